import type ExcelJS from 'exceljs';
import { parseCellAddress } from '../core/snapshot/address';
import type { CellValue, RangeBox, SheetSnapshot, ValidationList } from '../core/snapshot/types';
import { listSource } from './read/sheet';
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
 * The sheet's drop-down lists (data validation of type list), as the direct reader gives them:
 * ExcelJS lists each covered cell (or 「range:A1:B9」) with its formula; equal formulas are one list.
 */
export function sheetValidations(ws: ExcelJS.Worksheet): ValidationList[] {
  const model = (ws as unknown as { dataValidations?: { model?: Record<string, { type?: string; formulae?: unknown[] }> } }).dataValidations?.model ?? {};
  const byFormula = new Map<string, RangeBox[]>();
  let seen = 0;
  for (const [key, dv] of Object.entries(model)) {
    if (++seen > 10_000) break;
    const formula = dv?.type === 'list' && typeof dv.formulae?.[0] === 'string' ? (dv.formulae[0] as string) : null;
    if (!formula) continue;
    const ranges = key.replace(/^range:/, '').split(/\s+/).filter(Boolean).map((r) => parseRange(r.replace(/\$/g, '')));
    byFormula.set(formula, [...(byFormula.get(formula) ?? []), ...ranges]);
  }
  const out: ValidationList[] = [];
  for (const [formula, ranges] of byFormula) {
    const source = listSource(formula);
    let list = source?.list;
    if (!list && source?.ref) {
      const from = source.ref.sheet ? ws.workbook.getWorksheet(source.ref.sheet) : ws;
      const b = source.ref.box;
      list = [];
      for (let r = b.top; r <= Math.min(b.bottom, b.top + 199) && from; r++) {
        for (let c = b.left; c <= Math.min(b.right, b.left + 19); c++) {
          const v = toCellValue(from.getCell(r + 1, c + 1).value, false);
          if (v !== null && v !== '') list.push(String(v));
        }
      }
    }
    if (list && list.length > 0) out.push({ ranges, list });
  }
  return out;
}

/**
 * One worksheet as the engine sees it: the smallest rectangle holding every cell with a value or a
 * number format (like Excel's used range), values plain, formats as written ("General" where none).
 */
/** Rows with a height of their own (as the direct reader reads <row ht>), and the sheet's default. */
function rowHeightsOf(ws: ExcelJS.Worksheet): Pick<SheetSnapshot, 'rowHeights' | 'defaultRowHeight'> {
  const out: { row: number; height: number }[] = [];
  // ExcelJS keeps every row it read, with or without cells, in _rows (sparse); the public API creates rows as it walks.
  const rows = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows ?? [];
  rows.forEach((r, i) => {
    if (r && typeof r.height === 'number' && r.height >= 0 && r.height <= 409 && out.length < 20000) out.push({ row: i, height: r.height });
  });
  const d = (ws.properties as { defaultRowHeight?: number }).defaultRowHeight;
  return { ...(out.length > 0 ? { rowHeights: out } : {}), ...(typeof d === 'number' && d > 0 ? { defaultRowHeight: d } : {}) };
}

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
  const heights = rowHeightsOf(ws);
  const visible = ws.state === 'visible' || ws.state === undefined;
  const lists = sheetValidations(ws);
  const validations = lists.length > 0 ? { validations: lists } : {};
  if (cells.length === 0) {
    return { name: ws.name, origin: { row: 0, col: 0 }, values: [], formats: [], merges, ...heights, visible, ...validations, ...(date1904 ? { date1904: true } : {}) };
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
  return { name: ws.name, origin: { row: top, col: left }, values, formats, merges, ...heights, visible, ...validations, ...(date1904 ? { date1904: true } : {}) };
}
