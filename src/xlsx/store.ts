import type ExcelJS from 'exceljs';
import type { Settings } from '../core/settings';

/**
 * Evalsheet's own data inside the workbook: a very hidden sheet 「_evalsheet」 whose B1 holds JSON
 * { settings, owned }. Excel keeps very hidden sheets through any edit and users cannot unhide them
 * from the UI, so the settings travel with the file and the list of sheets Evalsheet generated
 * (and may regenerate) cannot be confused with a user's sheet of the same name.
 */
export const STORE_SHEET = '_evalsheet';
const MARKER = 'evalsheet-store';

export interface Store {
  settings: Partial<Settings> | null;
  /** Names of sheets Evalsheet generated. */
  owned: string[];
}

export function readStore(wb: ExcelJS.Workbook): Store {
  const ws = wb.getWorksheet(STORE_SHEET);
  if (!ws || ws.getCell('A1').value !== MARKER) return { settings: null, owned: [] };
  try {
    const parsed = JSON.parse(String(ws.getCell('B1').value ?? '{}')) as Partial<Store>;
    return {
      settings: parsed.settings && typeof parsed.settings === 'object' ? parsed.settings : null,
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
