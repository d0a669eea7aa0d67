import type ExcelJS from 'exceljs';
import type { Settings } from '../core/settings';

/**
 * Evalsheet's own data inside the workbook: a very hidden sheet 「_evalsheet」 whose B1 holds JSON
 * { settings, owned }. Excel keeps very hidden sheets through any edit and users cannot unhide them
 * from the UI, so the settings travel with the file and the list of sheets Evalsheet generated
 * (and may regenerate) cannot be confused with a user's sheet of the same name.
 */
export const STORE_SHEET = '_evalsheet';
export const STORE_MARKER = 'evalsheet-store';
const MARKER = STORE_MARKER;

export interface Store {
  settings: Partial<Settings> | null;
  /** Names of sheets Evalsheet generated. */
  owned: string[];
}

export function readStore(wb: ExcelJS.Workbook): Store {
  const ws = wb.getWorksheet(STORE_SHEET);
  if (!ws || ws.getCell('A1').value !== MARKER) return { settings: null, owned: [] };
  return parseStoreJson(String(ws.getCell('B1').value ?? '{}'));
}

/** The store's JSON → settings (as stored; resolveSettings checks each field) and owned sheets. Never throws. */
export function parseStoreJson(json: string): Store {
  try {
    const parsed = JSON.parse(json) as Partial<Store> | null;
    if (!parsed || typeof parsed !== 'object') return { settings: null, owned: [] };
    return {
      settings: parsed.settings && typeof parsed.settings === 'object' && !Array.isArray(parsed.settings) ? parsed.settings : null,
      owned: Array.isArray(parsed.owned) ? parsed.owned.filter((n): n is string => typeof n === 'string') : [],
    };
  } catch {
    // A damaged store is treated as absent: nothing is owned, so nothing of the user's gets replaced.
    return { settings: null, owned: [] };
  }
}

export function writeStore(wb: ExcelJS.Workbook, store: Store): void {
  const ws = wb.getWorksheet(STORE_SHEET) ?? wb.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
  ws.state = 'veryHidden';
  ws.getCell('A1').value = MARKER;
  ws.getCell('B1').value = JSON.stringify({ settings: store.settings, owned: [...new Set(store.owned)] });
  writeMarks(wb, [...new Set(store.owned)]);
}

/**
 * The mark Evalsheet writes into each sheet it owns: a hidden defined name 「_evalsheet_owned_N」
 * referring to the sheet's A1. A name follows its sheet in Excel (renamed with it, turned into
 * #REF! when the sheet is deleted), so a user's sheet that later takes an owned sheet's name is
 * not marked, whatever a stale list in the store says. Owned = listed in the store AND marked.
 */
export const MARK_PREFIX = '_evalsheet_owned_';

function sheetOfRange(range: string): string | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!/.exec(range);
  return m ? (m[1] ?? m[2]).replace(/''/g, "'") : null;
}

export function markedSheets(wb: ExcelJS.Workbook): Set<string> {
  const out = new Set<string>();
  for (const d of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    if (!d.name.startsWith(MARK_PREFIX)) continue;
    for (const r of d.ranges) {
      const s = sheetOfRange(r);
      if (s !== null) out.add(s);
    }
  }
  return out;
}

export function writeMarks(wb: ExcelJS.Workbook, owned: string[]): void {
  for (const d of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    if (d.name.startsWith(MARK_PREFIX)) for (const r of d.ranges) wb.definedNames.remove(r, d.name);
  }
  owned.forEach((name, i) => {
    if (wb.getWorksheet(name)) wb.definedNames.add(`'${name.replace(/'/g, "''")}'!$A$1`, `${MARK_PREFIX}${i + 1}`);
  });
}

/** The owned sheets that really are Evalsheet's: in the store's list and carrying the mark. */
export function ownedNames(wb: ExcelJS.Workbook): string[] {
  const marked = markedSheets(wb);
  return readStore(wb).owned.filter((n) => marked.has(n));
}
