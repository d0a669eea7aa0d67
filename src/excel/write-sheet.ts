/**
 * Writes a SheetSpec into a fresh worksheet, queued in the caller's batch; a sheet larger than the
 * queue's budget is written in row blocks, the queue syncing between them (write-budget.ts).
 * Styles are written per run of equal style in a row, so a summary of 500 rows is a few hundred
 * queued commands, not thousands. Features above ExcelApi 1.4 are skipped where unsupported.
 */
import type { CellSpec, CellStyle, SheetSpec } from '../core/plan/types';
import type { CellValue } from '../core/snapshot/types';
import { columnName, quoteSheetName, rangeAddress } from '../core/snapshot/address';
import type { Features } from './features';
import { columnWidthPoints, textInTextCell, toExcelValue, toOfficeColor } from './values';
import { ACTION_BYTES, jsonBytes, type WriteQueue } from './write-budget';

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
 * Rows in blocks whose estimated request fits the queue's budget (one block without a queue).
 * Each block's values and formats are one command each; its styles one per run of equal cells.
 */
function rowBlocks(spec: SheetSpec, width: number, queue: WriteQueue | undefined, uniform: Set<number>): { first: number; last: number; bytes: number }[] {
  const blocks: { first: number; last: number; bytes: number }[] = [];
  let current: { first: number; last: number; bytes: number } | null = null;
  spec.rows.forEach((row, r) => {
    const bytes = queue ? rowBytes(row, width, r >= spec.headerRows ? uniform : NONE) : 0;
    if (current && queue && current.bytes + bytes > queue.budget) current = null;
    if (!current) {
      // A block's uniform columns are styled once, as column ranges.
      current = { first: r, last: r, bytes: uniform.size * 6 * ACTION_BYTES };
      blocks.push(current);
    }
    current.last = r;
    current.bytes += bytes;
  });
  return blocks;
}

const NONE = new Set<number>();

/**
 * Columns whose cells below the header rows all share one style and no link (the findings sheet's
 * text columns): styled once per block as a column range instead of once per row, so a long sheet
 * of uniform rows stays within one request.
 */
function uniformColumns(spec: SheetSpec, width: number): Set<number> {
  const out = new Set<number>();
  const body = spec.rows.slice(spec.headerRows);
  if (body.length < 2) return out;
  for (let c = 0; c < width; c++) {
    const first = body[0][c];
    if (!first?.style || first.link) continue;
    const key = styleKey(first);
    if (body.every((row) => row[c] !== undefined && !row[c].link && styleKey(row[c]) === key)) out.add(c);
  }
  return out;
}

/** Runs of equal style in a row, uniform columns left out (they are styled as column ranges). */
function styleRuns(row: CellSpec[], width: number, uniform: Set<number>): { start: number; end: number; cell: CellSpec }[] {
  const runs: { start: number; end: number; cell: CellSpec }[] = [];
  const at = (c: number): CellSpec => row[c] ?? { value: null };
  let start = -1;
  for (let c = 0; c <= width; c++) {
    const breaks = c === width || uniform.has(c) || (start >= 0 && styleKey(at(c)) !== styleKey(at(start)));
    if (breaks && start >= 0) {
      const first = at(start);
      if (first.style || first.link) runs.push({ start, end: c - 1, cell: first });
      start = -1;
    }
    if (c < width && !uniform.has(c) && start < 0) start = c;
  }
  return runs;
}

/** The request bytes a row costs: its values and formats, and the actions of its style runs and links. */
function rowBytes(row: CellSpec[], width: number, uniform: Set<number>): number {
  let actions = 0;
  for (const { cell: first } of styleRuns(row, width, uniform)) {
    actions += 2 + Object.keys(first.style ?? {}).length + (first.style?.wrap || first.style?.horizontal ? 1 : 0) + (first.link ? 1 : 0);
  }
  actions += 3 * row.filter((cell) => cell?.link).length;
  return jsonBytes(row.map((cell) => cell?.value ?? null)) * 2 + actions * ACTION_BYTES;
}

export async function writeSheetSpec(ws: Excel.Worksheet, spec: SheetSpec, features: Features, queue?: WriteQueue): Promise<void> {
  const height = spec.rows.length;
  const width = Math.max(0, ...spec.rows.map((r) => r.length));
  if (height > 0 && width > 0) {
    const cellAt = (r: number, c: number): CellSpec => spec.rows[r][c] ?? { value: null };
    // Number formats before values, so Excel does not guess a format from the value; text cells get
    // the text format "@", so 「9-2」 or 「-」 stay as written (Excel would make a date or a formula).
    const formatOf = (cell: CellSpec) => cell.style?.numberFormat ?? (typeof cell.value === 'string' ? '@' : 'General');
    const uniform = uniformColumns(spec, width);
    for (const block of rowBlocks(spec, width, queue, uniform)) {
      // A sheet larger than one request is written in parts (Excel on the web: 5 MB a request).
      if (queue) await queue.room(block.bytes);
      const rows = spec.rows.slice(block.first, block.last + 1).map((_, i) => block.first + i);
      const part = ws.getRange(rangeAddress(block.first, 0, block.last, width - 1)); // ExcelApi 1.1
      part.numberFormat = rows.map((r) => Array.from({ length: width }, (_, c) => formatOf(cellAt(r, c))));
      part.values = rows.map((r) =>
        Array.from({ length: width }, (_, c) => (formatOf(cellAt(r, c)) === '@' ? textInTextCell(cellAt(r, c).value as CellValue) : toExcelValue(cellAt(r, c).value as CellValue))),
      );
      const bodyFirst = Math.max(block.first, spec.headerRows);
      if (bodyFirst <= block.last) for (const c of uniform) applyStyle(ws.getRange(rangeAddress(bodyFirst, c, block.last, c)), cellAt(bodyFirst, c).style, false);
      for (const r of rows) {
        for (const run of styleRuns(spec.rows[r], width, r >= spec.headerRows ? uniform : NONE)) applyStyle(ws.getRange(rangeAddress(r, run.start, r, run.end)), run.cell.style, Boolean(run.cell.link));
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
  }
  // Range.merge: ExcelApi 1.2. The value stays in the top-left cell, which is the only one the spec fills.
  for (const m of spec.merges ?? []) ws.getRange(m).merge(false);
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
    const t = spec.print.titleRows;
    if (spec.print.repeatHeaderRows && t) pl.setPrintTitleRows(`$${t.first + 1}:$${t.last + 1}`);
    else if (spec.print.repeatHeaderRows && spec.headerRows > 0) pl.setPrintTitleRows(`$1:$${spec.headerRows}`);
    // Page header and footer (「&P / &N ページ」): PageLayout.headersFooters, ExcelApi 1.9 as the rest.
    const hf = pl.headersFooters.defaultForAllPages;
    const { header, footer } = spec.print;
    if (header?.left) hf.leftHeader = header.left;
    if (header?.center) hf.centerHeader = header.center;
    if (header?.right) hf.rightHeader = header.right;
    if (footer?.left) hf.leftFooter = footer.left;
    if (footer?.center) hf.centerFooter = footer.center;
    if (footer?.right) hf.rightFooter = footer.right;
    // PageBreakCollection.add: a break before the range's top-left cell. ExcelApi 1.9.
    for (const r of spec.print.pageBreaksBefore ?? []) if (r > 0) ws.horizontalPageBreaks.add(`A${r + 1}`);
  }
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
