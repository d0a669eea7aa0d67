import type { CellValue, SheetSnapshot } from './types';

/**
 * Cell values of a snapshot in either form (dense from Office.js and ExcelJS, sparse from the
 * direct reader), by absolute position, without building a Grid: the pane's cell preview and the
 * chart placement need a few cells, not the readers' index. The sparse form is indexed by row once
 * per snapshot (kept while the snapshot lives).
 */

const byRow = new WeakMap<SheetSnapshot, Map<number, Map<number, CellValue>>>();

function rowsOf(sheet: SheetSnapshot): Map<number, Map<number, CellValue>> {
  let rows = byRow.get(sheet);
  if (rows) return rows;
  rows = new Map();
  for (const c of sheet.cells ?? []) {
    if (c.value === null || c.value === '') continue;
    let r = rows.get(c.row);
    if (!r) rows.set(c.row, (r = new Map()));
    r.set(c.col, c.value);
  }
  byRow.set(sheet, rows);
  return rows;
}

/** The value at (row, col), 0-based absolute; null when blank or outside the sheet. */
export function valueAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  if (sheet.cells) return rowsOf(sheet).get(row)?.get(col) ?? null;
  const v = sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col];
  return v === undefined || v === '' ? null : v;
}

/** The rightmost column (0-based) holding a value in row `row`, or -1 when the row is blank. */
export function lastColumnOfRow(sheet: SheetSnapshot, row: number): number {
  if (sheet.cells) {
    let last = -1;
    for (const col of rowsOf(sheet).get(row)?.keys() ?? []) if (col > last) last = col;
    return last;
  }
  const values = sheet.values[row - sheet.origin.row];
  if (!values) return -1;
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null && values[i] !== '') return sheet.origin.col + i;
  return -1;
}
