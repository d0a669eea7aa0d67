import type ExcelJS from 'exceljs';
import { cellAddress, quoteSheetName } from '../core/snapshot/address';
import type { CellSpec, CellStyle, SheetSpec } from '../core/plan/types';
import { toCellValue } from './cell-value';
import { argb, solidFill } from './styles';

/** A4 in the SpreadsheetML paperSize enumeration. */
const PAPER_A4 = 9;

function cellLinkTarget(sheet: string, cell: string): string {
  // ExcelJS writes "Sheet!A1" targets as internal links (a `location`), i.e. Excel's #'Sheet'!A1.
  return `${quoteSheetName(sheet)}!${cell}`;
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, 「#」, non-ASCII), separators as 「/」. */
function fileLinkTarget(file: string): string {
  return file
    .split(/[\\/]/)
    .map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg).replace(/!/g, '%21')))
    .join('/');
}

function styleOf(s: CellStyle | undefined): Partial<ExcelJS.Style> {
  if (!s) return {};
  const style: Partial<ExcelJS.Style> = {};
  if (s.bold || s.fontColor) style.font = { bold: s.bold ?? false, ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}) };
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.numberFormat) style.numFmt = s.numberFormat;
  if (s.wrap || s.horizontal) style.alignment = { wrapText: s.wrap ?? false, ...(s.horizontal ? { horizontal: s.horizontal } : {}), vertical: 'top' };
  return style;
}

function writeCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  const text = spec.value === null ? '' : String(spec.value);
  if (spec.link) {
    cell.value = { text, hyperlink: cellLinkTarget(spec.link.sheet, spec.link.cell) };
  } else if (spec.fileLink) {
    // A link to the other workbook itself (relative, so it works while the files keep their
    // places); exceljs cannot add the sheet and cell to an external link, so the tip names them.
    cell.value = { text, hyperlink: fileLinkTarget(spec.fileLink.file), tooltip: `${spec.fileLink.file} – ${quoteSheetName(spec.fileLink.sheet)}!${spec.fileLink.cell}` };
  } else {
    cell.value = spec.value;
  }
  const style = styleOf(spec.style);
  if ((spec.link || spec.fileLink) && !spec.style?.fontColor) style.font = { ...(style.font ?? {}), color: { argb: 'FF0563C1' }, underline: true };
  cell.style = style;
}

/** The rows repeated atop each printed page: the spec's title rows, else its first headerRows. */
function printTitles(spec: SheetSpec): { printTitlesRow?: string } {
  const t = spec.print?.titleRows;
  if (t) return { printTitlesRow: `${t.first + 1}:${t.last + 1}` };
  return spec.headerRows > 0 ? { printTitlesRow: `1:${spec.headerRows}` } : {};
}

type Part = { left?: string; center?: string; right?: string } | undefined;

/** SpreadsheetML's header/footer string: &L, &C, &R sections; a literal 「&」 in the text doubled. */
export function headerFooterSection(p: Part): string {
  if (!p) return '';
  const esc = (t: string) => t.replace(/&(?![PN])/g, '&&');
  return [['&L', p.left], ['&C', p.center], ['&R', p.right]].filter(([, t]) => t).map(([code, t]) => `${code}${esc(t as string)}`).join('');
}

function headerFooterText(header: Part, footer: Part): { oddHeader?: string; oddFooter?: string } | null {
  const h = headerFooterSection(header);
  const f = headerFooterSection(footer);
  if (!h && !f) return null;
  return { ...(h ? { oddHeader: h } : {}), ...(f ? { oddFooter: f } : {}) };
}

/** Fills a fresh worksheet from a spec: values, styles, widths, links, conditional fills, freeze, print setup. */
export function writeSheetSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.rows.forEach((row, r) => row.forEach((c, col) => writeCell(ws.getCell(r + 1, col + 1), c)));
  (spec.columnWidths ?? []).forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  (spec.rowHeights ?? []).forEach((h, i) => {
    if (h !== null && h > 0) ws.getRow(i + 1).height = h; // written with customHeight, so no application shrinks it
  });
  for (const cf of spec.conditionalFills ?? []) {
    const first = cf.range.split(':')[0].replace(/\$/g, '');
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [`${first}="${cf.equals.replace(/"/g, '""')}"`],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
            ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
          },
        },
      ],
    });
  }
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  if (spec.freezeRows) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: spec.freezeRows, topLeftCell: cellAddress(spec.freezeRows, 0) }];
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  // Hidden, not very hidden: a person may still unhide the chart data to see what is drawn.
  ws.state = spec.hidden ? 'hidden' : 'visible';
  if (spec.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: PAPER_A4,
      orientation: spec.print.orientation,
      fitToPage: spec.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(spec.print.repeatHeaderRows ? printTitles(spec) : {}),
    };
    const hf = headerFooterText(spec.print.header, spec.print.footer);
    if (hf) ws.headerFooter = { ...ws.headerFooter, ...hf };
    // A manual break after the 1-based row r - 1 is one before the 0-based row r.
    for (const r of spec.print.pageBreaksBefore ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  }
}

/**
 * A worksheet read back as a spec (values, plain styles, cell links, widths): how an undo plan
 * restores an owned sheet it replaced or deleted. Only Evalsheet's own sheets go through here, and
 * they were written from specs, so nothing they can hold is lost.
 */
export function specFromSheet(ws: ExcelJS.Worksheet, headerRows = 1): SheetSpec {
  const rows: CellSpec[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: CellSpec[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      const spec: CellSpec = { value: toCellValue(v) };
      if (v && typeof v === 'object' && 'hyperlink' in v) {
        const m = /^(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+\d+)$/.exec(v.hyperlink.replace(/^#/, ''));
        if (m) spec.link = { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), cell: m[3] };
      }
      const style: CellStyle = {};
      if (cell.font?.bold) style.bold = true;
      const fill = solidFill(cell);
      if (fill) style.fill = fill;
      if (cell.numFmt) style.numberFormat = cell.numFmt;
      if (cell.alignment?.wrapText) style.wrap = true;
      if (Object.keys(style).length > 0) spec.style = style;
      cells[c - 1] = spec;
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= { value: null };
    rows[r - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const heights: (number | null)[] = rows.map((_, r) => ws.getRow(r + 1).height ?? null);
  const widths: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width ?? 8.43);
  const frozen = (ws.views ?? []).find((v) => v.state === 'frozen') as { ySplit?: number } | undefined;
  return {
    name: ws.name,
    owner: 'evalsheet',
    rows,
    headerRows,
    columnWidths: widths,
    ...(heights.some((h) => h !== null) ? { rowHeights: heights } : {}),
    freezeRows: frozen?.ySplit,
    ...(ws.state === 'hidden' ? { hidden: true } : {}),
  };
}

