/**
 * Writes a SheetSpec into a fresh worksheet, queued in the caller's batch (no sync here).
 * Styles are written per run of equal style in a row, so a summary of 500 rows is a few hundred
 * queued commands, not thousands. Features above ExcelApi 1.4 are skipped where unsupported.
 */
import type { CellSpec, CellStyle, SheetSpec } from '../core/plan/types';
import type { CellValue } from '../core/snapshot/types';
import { columnName, quoteSheetName, rangeAddress } from '../core/snapshot/address';
import type { Features } from './features';
import { columnWidthPoints, textInTextCell, toExcelValue, toOfficeColor } from './values';

const LINK_COLOR = '#0563C1';

function styleKey(c: CellSpec): string {
  return JSON.stringify([c.style ?? null, Boolean(c.link)]);
}

function applyStyle(range: Excel.Range, style: CellStyle | undefined, linked: boolean): void {
  if (style?.bold) range.format.font.bold = true; // ExcelApi 1.1
  if (style?.fontColor) range.format.font.color = toOfficeColor(style.fontColor);
  else if (linked) range.format.font.color = LINK_COLOR;
  if (style?.fill) range.format.fill.color = toOfficeColor(style.fill); // ExcelApi 1.1
  if (style?.wrap) range.format.wrapText = true; // ExcelApi 1.1
  if (style?.horizontal) range.format.horizontalAlignment = style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
  // Aligned cells read from the top in tall rows, as in the xlsx adapter. ExcelApi 1.1.
  if (style?.wrap || style?.horizontal) range.format.verticalAlignment = 'Top';
}

/** Runs of rows that share a height, so a long summary sets a few row ranges rather than every row. */
function heightRuns(heights: (number | null)[]): { first: number; last: number; height: number }[] {
  const runs: { first: number; last: number; height: number }[] = [];
  heights.forEach((h, r) => {
    if (h === null || !(h > 0)) return;
    const prev = runs[runs.length - 1];
    if (prev && prev.last === r - 1 && prev.height === h) prev.last = r;
    else runs.push({ first: r, last: r, height: h });
  });
  return runs;
}

/**
 * What one write request may carry, in estimated bytes: Excel on the web refuses a request above
 * 5 MB (RequestPayloadSizeLimitExceeded), so a sheet's rows past this go in further requests.
 * Below it (every ordinary summary: 80 submissions fit) a plan stays one write request.
 */
export const WRITE_BUDGET_BYTES = 4_800_000;

/** The bytes left in the current request; shared by every sheet of one plan. */
export interface WriteBudget {
  left: number;
  readonly limit: number;
}

/** UTF-8 bytes of a text as the request JSON carries it (conservative: every non-ASCII unit 3). */
function textBytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) < 0x80 ? 1 : 3;
  return n;
}

/** Per cell, per style run and per link: what the runtime adds to the request around the data (measured on the office.js runtime, rounded up). */
const CELL_BYTES = 24;
const STYLE_RUN_BYTES = 1200;
const LINK_BYTES = 700;

/** Estimated request bytes of one row: its values and number formats, and a command per style run and link. */
export function rowBytes(row: CellSpec[], width: number): number {
  let n = width * CELL_BYTES * 2;
  let runs = 0;
  let prev: string | null = null;
  for (let c = 0; c < width; c++) {
    const cell = row[c] ?? { value: null };
    n += textBytes(cell.value === null ? '' : String(cell.value)) + textBytes(cell.style?.numberFormat ?? (typeof cell.value === 'string' ? '@' : 'General'));
    const key = styleKey(cell);
    if (key !== prev && (cell.style || cell.link)) runs += 1;
    prev = key;
    if (cell.link) n += LINK_BYTES + textBytes(cell.link.sheet);
  }
  return n + runs * STYLE_RUN_BYTES;
}

/** Rows [from, to) of the spec in requests: the first in the current one, the rest each in a request of its own. */
function chunks(spec: SheetSpec, width: number, budget: WriteBudget): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  spec.rows.forEach((row, r) => {
    const bytes = rowBytes(row, width);
    // The current request is full: close it (the first chunk may be empty when earlier sheets filled it).
    if (bytes > budget.left && (r > from || budget.left < budget.limit)) {
      out.push([from, r]);
      from = r;
      budget.left = budget.limit;
    }
    budget.left -= bytes;
  });
  out.push([from, spec.rows.length]);
  return out;
}

function writeRows(ws: Excel.Worksheet, spec: SheetSpec, features: Features, width: number, from: number, to: number): void {
  if (to <= from || width === 0) return;
  const cellAt = (r: number, c: number): CellSpec => spec.rows[r][c] ?? { value: null };
  const all = ws.getRange(rangeAddress(from, 0, to - 1, width - 1)); // ExcelApi 1.1
  // Number formats before values, so Excel does not guess a format from the value; text cells get
  // the text format "@", so 「9-2」 or 「-」 stay as written (Excel would make a date or a formula).
  const formatOf = (cell: CellSpec) => cell.style?.numberFormat ?? (typeof cell.value === 'string' ? '@' : 'General');
  const rows = spec.rows.slice(from, to);
  all.numberFormat = rows.map((_, i) => Array.from({ length: width }, (_, c) => formatOf(cellAt(from + i, c))));
  all.values = rows.map((_, i) =>
    Array.from({ length: width }, (_, c) => (formatOf(cellAt(from + i, c)) === '@' ? textInTextCell(cellAt(from + i, c).value as CellValue) : toExcelValue(cellAt(from + i, c).value as CellValue))),
  );
  for (let r = from; r < to; r++) {
    let start = 0;
    for (let c = 1; c <= width; c++) {
      if (c < width && styleKey(cellAt(r, c)) === styleKey(cellAt(r, start))) continue;
      const first = cellAt(r, start);
      if (first.style || first.link) applyStyle(ws.getRange(rangeAddress(r, start, r, c - 1)), first.style, Boolean(first.link));
      start = c;
    }
    if (features.api17) {
      spec.rows[r].forEach((cell, c) => {
        if (!cell.link) return;
        // Range.hyperlink: ExcelApi 1.7. A link inside the workbook is a documentReference.
        ws.getRange(rangeAddress(r, c, r, c)).hyperlink = {
          documentReference: `${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`,
          textToDisplay: cell.value === null ? '' : String(cell.value),
        };
      });
    }
    // fileLink (a cell in another workbook) stays text, as in the xlsx adapter: such links break
    // as soon as the files move.
  }
}

/**
 * Queues the sheet in the caller's batch: its rows as far as `budget` allows, and everything that
 * is not rows (widths, heights, conditional fills, panes, page layout). Returns the writes of the
 * remaining rows, each to be queued in a request of its own (none for any ordinary sheet).
 */
export function writeSheetSpec(ws: Excel.Worksheet, spec: SheetSpec, features: Features, budget: WriteBudget = { left: Infinity, limit: Infinity }): (() => void)[] {
  const width = Math.max(0, ...spec.rows.map((r) => r.length));
  const parts = width > 0 ? chunks(spec, width, budget) : [];
  const [first, ...rest] = parts;
  if (first) writeRows(ws, spec, features, width, first[0], first[1]);
  (spec.columnWidths ?? []).forEach((w, i) => {
    const col = columnName(i);
    ws.getRange(`${col}:${col}`).format.columnWidth = columnWidthPoints(w); // ExcelApi 1.2
  });
  for (const run of heightRuns(spec.rowHeights ?? [])) {
    // RangeFormat.rowHeight (points): ExcelApi 1.2, below the manifest's minimum. Whole rows by "3:5".
    ws.getRange(`${run.first + 1}:${run.last + 1}`).format.rowHeight = run.height;
  }
  if (features.conditionalFormats) {
    for (const cf of spec.conditionalFills ?? []) {
      // ConditionalFormatCollection.add, cellValue rule: ExcelApi 1.6.
      const f = ws.getRange(cf.range).conditionalFormats.add('CellValue');
      f.cellValue.format.fill.color = toOfficeColor(cf.fill);
      if (cf.fontColor) f.cellValue.format.font.color = toOfficeColor(cf.fontColor);
      f.cellValue.rule = { formula1: `="${cf.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
    }
  }
  if (features.api17) {
    if (spec.freezeRows) ws.freezePanes.freezeRows(spec.freezeRows); // ExcelApi 1.7
    if (spec.tabColor) ws.tabColor = toOfficeColor(spec.tabColor); // ExcelApi 1.7
  }
  if (spec.print && features.pageLayout) {
    const pl = ws.pageLayout; // ExcelApi 1.9
    pl.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    pl.paperSize = 'A4';
    if (spec.print.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.print.repeatHeaderRows && spec.headerRows > 0) pl.setPrintTitleRows(`$1:$${spec.headerRows}`);
    // PageBreakCollection.add: a break before the range's top-left cell. ExcelApi 1.9.
    for (const r of spec.print.pageBreaksBefore ?? []) if (r > 0) ws.horizontalPageBreaks.add(`A${r + 1}`);
  }
  return rest.map(([from, to]) => () => writeRows(ws, spec, features, width, from, to));
}

/**
 * An owned sheet as a spec from what the adapter read of it (values and number formats), for the
 * undo of a replacement or deletion. Evalsheet regenerates its sheets, so values are what matter;
 * colours and links of the old sheet are not restored (README, "Undo").
 */
export function specFromValues(name: string, values: unknown[][], formats: unknown[][], origin: { row: number; col: number }): SheetSpec {
  const rows: CellSpec[][] = [];
  for (let r = 0; r < origin.row + values.length; r++) {
    const row: CellSpec[] = [];
    const src = r >= origin.row ? values[r - origin.row] : null;
    const width = src ? origin.col + src.length : 0;
    for (let c = 0; c < width; c++) {
      const v = src && c >= origin.col ? src[c - origin.col] : '';
      const f = src && c >= origin.col ? formats[r - origin.row]?.[c - origin.col] : 'General';
      const value: CellValue = v === '' || v === undefined || v === null ? null : typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
      row.push(typeof f === 'string' && f !== 'General' && f !== '' ? { value, style: { numberFormat: f } } : { value });
    }
    rows.push(row);
  }
  return { name, owner: 'evalsheet', rows, headerRows: 1 };
}
