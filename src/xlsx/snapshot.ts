import type ExcelJS from 'exceljs';
import { parseCellAddress } from '../core/snapshot/address';
import type { CellValue, RangeBox, SheetSnapshot } from '../core/snapshot/types';
import { toCellValue } from './cell-value';

function parseRange(range: string): RangeBox {
  const [a, b = a] = range.split(':');
  const from = parseCellAddress(a);
  const to = parseCellAddress(b);
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

export function sheetMerges(ws: ExcelJS.Worksheet): RangeBox[] {
  // The worksheet model lists merges as "A1:C1"; the public API has no getter for them.
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return merges.map(parseRange);
}

/**
 * One worksheet as the engine sees it: the smallest rectangle holding every cell with a value or a
 * number format (like Excel's used range), values plain, formats as written ("General" where none).
 */
export function worksheetSnapshot(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const cells: { row: number; col: number; value: CellValue; format: string }[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      // Merged cells other than the master repeat the master's value in ExcelJS; Excel reports them blank.
      const isSlave = cell.isMerged && cell.master.address !== cell.address;
      const value = isSlave ? null : toCellValue(cell.value, date1904);
      const format = cell.numFmt || 'General';
      if (value === null && format === 'General') return;
      cells.push({ row: Number(cell.row) - 1, col: Number(cell.col) - 1, value, format });
    });
  });
  const merges = sheetMerges(ws);
  const visible = ws.state === 'visible' || ws.state === undefined;
  if (cells.length === 0) {
    return { name: ws.name, origin: { row: 0, col: 0 }, values: [], formats: [], merges, visible, ...(date1904 ? { date1904: true } : {}) };
  }
  // Loops, not Math.min(...): a spread of a large sheet's cells would overflow the call stack.
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => new Array<CellValue>(right - left + 1).fill(null));
  const formats: string[][] = Array.from({ length: bottom - top + 1 }, () => new Array<string>(right - left + 1).fill('General'));
  for (const c of cells) {
    values[c.row - top][c.col - left] = c.value;
    formats[c.row - top][c.col - left] = c.format;
  }
  return { name: ws.name, origin: { row: top, col: left }, values, formats, merges, visible, ...(date1904 ? { date1904: true } : {}) };
}
