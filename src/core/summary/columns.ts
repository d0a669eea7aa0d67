import type { CellSpec, CellStyle } from '../plan/types';
import { displayWidth } from './layout';
import type { SummaryRow } from './rows';

/**
 * The summary table's columns. Widths (Excel's column unit) are set per kind so the table fits an
 * A4 landscape page at a readable scale: long names (policy, project, indicator) wrap in wide
 * columns, numbers and grades sit in narrow ones. Every cell is top-aligned by its style, so a
 * tall row reads from the top.
 */

export type ColumnId = 'file' | 'sheet' | 'policy' | 'no' | 'department' | 'indicator' | 'unit' | 'baseline' | 'target' | 'year' | 'actual' | 'expected' | 'progress' | 'grade' | 'previousGrade' | 'suggestedGrade' | 'findings';

export interface Column {
  id: ColumnId;
  ja: string;
  en: string;
  width: number;
  cell: (r: SummaryRow) => CellSpec;
}

const TEXT: CellStyle = { wrap: true, horizontal: 'left' };

/** The last part of a path, for display; the link keeps the whole path. */
export function baseName(file: string): string {
  const parts = file.split(/[\\/]/).filter((p) => p !== '');
  return parts.length > 0 ? parts[parts.length - 1] : file;
}

function decimalsFormat(precision: number | null): string | undefined {
  if (precision === null) return undefined;
  return precision > 0 ? `#,##0.${'0'.repeat(precision)}` : '#,##0';
}

/**
 * Pieces a qualitative value may break between: its words (split at spaces), each word also after
 * a 「・」 (「情報の集約・」「提供」), never inside a piece.
 */
function pieces(v: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  for (const word of v.split(/[\s\u3000]+/).filter((w) => w !== '')) {
    const parts = word.split('・');
    parts.forEach((p, i) => {
      const text = i < parts.length - 1 ? `${p}・` : p;
      if (text !== '') out.push({ text, space: i === 0 && out.length > 0 });
    });
  }
  return out;
}

/** A qualitative value broken by hand between its pieces so each line fits `width`; the application never breaks a word. */
export function breakWords(v: string, width: number): string {
  const cap = Math.max(1, Math.floor(width - 1));
  const lines: string[] = [];
  let line = '';
  for (const p of pieces(v)) {
    const joined = line === '' ? p.text : `${line}${p.space ? ' ' : ''}${p.text}`;
    if (line !== '' && displayWidth(joined) > cap) {
      lines.push(line);
      line = p.text;
    } else line = joined;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/**
 * A value column: numbers right-aligned at the sheet's precision; words (「保険制度 一部実施」)
 * broken by hand between words where they do not fit one line, centred apart from the numbers
 * beside them. The column is made as wide as its longest piece (within bounds).
 */
function num(v: number | string | null, precision: number | null, width: number): CellSpec {
  if (typeof v === 'number') return { value: v, style: { numberFormat: decimalsFormat(precision), horizontal: 'right' } };
  if (typeof v === 'string' && !fitsLine(v, width)) return { value: breakWords(v, width), style: { wrap: true, horizontal: 'center' } };
  return { value: v, style: { wrap: true, horizontal: 'center' } };
}

/** A value column's width: the default, or its longest piece's (plus padding) up to `max`. */
function valueWidth(texts: (number | string | null)[], min: number, max: number): number {
  const longest = Math.max(0, ...texts.filter((t): t is string => typeof t === 'string').flatMap((t) => pieces(t).map((p) => displayWidth(p.text))));
  return Math.min(max, Math.max(min, longest + 2));
}

/**
 * Progress as a percent; below the baseline it is no percent at all (「進捗 −521%」 says nothing a
 * committee can use): the words 「基準値を下回る」 instead (docs/terminology.md), broken by hand.
 */
function progressCell(r: SummaryRow): CellSpec {
  if (r.progress === null) return { value: null };
  if (r.progress < 0) return { value: BELOW_BASELINE, style: { wrap: true, horizontal: 'center' } };
  return { value: r.progress, style: { numberFormat: '0.0', horizontal: 'right' } };
}

export const BELOW_BASELINE = '基準値を\n下回る';

function text(v: string): CellSpec {
  return { value: v, style: TEXT };
}

/** Whether a text fits one line of a column (Excel's unit; full-width characters count 2). */
function fitsLine(v: string, width: number): boolean {
  return displayWidth(v) <= width - 1;
}

function link(r: SummaryRow, withFile: boolean): Pick<CellSpec, 'link' | 'fileLink'> {
  return withFile && r.file !== null ? { fileLink: { file: r.file, sheet: r.sheet, cell: r.source } } : { link: { sheet: r.sheet, cell: r.source } };
}

/**
 * A linked label: LibreOffice draws a hyperlink cell on one line whatever its wrap setting, so a
 * text too long for its column (a project name in the No. column) is written wrapped and unlinked;
 * the row's file and sheet cells still link to the source.
 */
function linkedLabel(v: string, width: number, r: SummaryRow, withFile: boolean): CellSpec {
  // A link on an empty text is written by ExcelJS as the JSON of its value ({"text":"",…}): a row
  // with no item keeps its No. cell blank and links through its file and sheet cells only.
  if (v.trim() === '') return { value: null };
  if (!fitsLine(v, width)) return { value: v, style: TEXT };
  return { value: v, style: { horizontal: 'center' }, ...link(r, withFile) };
}

/** A column as wide as its longest text, within bounds: the file and sheet cells are links and never wrap. */
function fitWidth(texts: string[], min: number, max: number): number {
  return Math.min(max, Math.max(min, ...texts.map((t) => displayWidth(t) + 2)));
}

const grade = (v: string | null): CellSpec => ({ value: v, style: { horizontal: 'center', bold: true } });

/**
 * Policy first (its cells merged over its rows by the caller), then the item, the indicator and
 * its numbers, the grades, and where each row comes from (file, sheet) last.
 */
export function columns(rows: SummaryRow[], withFile: boolean): Column[] {
  const sheetWidth = fitWidth(rows.map((r) => r.sheet), 7, 16);
  const noWidth = 12;
  const vw = (pick: (r: SummaryRow) => number | string | null) => valueWidth(rows.map(pick), 9, 16);
  const widths = { baseline: vw((r) => r.baseline), target: vw((r) => r.target), actual: vw((r) => r.actual), unit: valueWidth(rows.map((r) => r.unit), 6, 12) };
  const cols: Column[] = [
    { id: 'policy', ja: '基本方針 / 基本施策', en: 'Policy', width: 24, cell: (r) => text(r.policy) },
    { id: 'no', ja: 'No. / 事業', en: 'Item', width: noWidth, cell: (r) => linkedLabel(r.itemNo, noWidth, r, withFile) },
    { id: 'department', ja: '担当部署', en: 'Department', width: 12, cell: (r) => text(r.department) },
    { id: 'indicator', ja: '指標', en: 'Indicator', width: 24, cell: (r) => text(r.indicator) },
    { id: 'unit', ja: '単位', en: 'Unit', width: widths.unit, cell: (r) => num(r.unit === '' ? null : r.unit, null, widths.unit) },
    { id: 'baseline', ja: '基準値', en: 'Baseline', width: widths.baseline, cell: (r) => num(r.baseline, r.precision, widths.baseline) },
    { id: 'target', ja: '目標値', en: 'Target', width: widths.target, cell: (r) => num(r.target, r.precision, widths.target) },
    // Japanese headers broken by hand where they would otherwise break mid-word (前年度評|価).
    { id: 'year', ja: '評価\n年度', en: 'Year', width: 6, cell: (r) => ({ value: r.yearLabel, style: { horizontal: 'center' } }) },
    { id: 'actual', ja: '実績値', en: 'Actual', width: widths.actual, cell: (r) => num(r.actual, r.precision, widths.actual) },
    { id: 'expected', ja: '期待値', en: 'Expected', width: 9, cell: (r) => num(r.expected, r.precision, 9) },
    { id: 'progress', ja: '進捗率\n（%）', en: 'Progress', width: 9, cell: progressCell },
    { id: 'grade', ja: '評価', en: 'Grade', width: 6, cell: (r) => grade(r.grade) },
    { id: 'previousGrade', ja: '前年度\n評価', en: 'Last year', width: 7, cell: (r) => grade(r.previousGrade) },
    { id: 'suggestedGrade', ja: '指標からみた\n評価（参考）', en: 'By indicators', width: 14, cell: (r) => grade(r.suggestedGrade) },
    { id: 'findings', ja: '指摘\n件数', en: 'Findings', width: 9, cell: (r) => ({ value: r.findings, style: { horizontal: 'right' } }) },
  ];
  if (withFile) {
    const width = fitWidth(rows.map((r) => (r.file === null ? '' : baseName(r.file))), 10, 30);
    cols.push({ id: 'file', ja: 'ファイル', en: 'File', width, cell: (r) => ({ value: r.file === null ? '' : baseName(r.file), style: { horizontal: 'left' }, ...link(r, true) }) });
  }
  cols.push({ id: 'sheet', ja: 'シート', en: 'Sheet', width: sheetWidth, cell: (r) => ({ value: r.sheet, style: { horizontal: 'center' }, ...link(r, withFile) }) });
  return cols;
}

export const HEADER_STYLE: CellStyle = { bold: true, fill: '1F4E78', fontColor: 'FFFFFF', wrap: true, horizontal: 'center' };
