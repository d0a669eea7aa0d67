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
}
