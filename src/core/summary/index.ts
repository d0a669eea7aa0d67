import type { WorkbookAnalysis } from '../analyze/types';
import { CHART_DATA_SHEET, CHARTS_SHEET } from '../charts';
import type { CellSpec, ChartSpec, ConditionalFill, EditOp, EditPlan, SheetSpec } from '../plan/types';
import { cellAddress, rangeAddress } from '../snapshot/address';
import { gradeColor } from './colors';
import { SUMMARY_SHEET } from './names';
import { workbookRows, type SummaryRow } from './rows';

/**
 * The committee's summary sheet (評価サマリー): one row per item and indicator of every evaluation
 * sheet, linked to its source; grade counts per policy and a grade-distribution chart.
 * Headers are Japanese with the English below in the same cell (the committee reads Japanese;
 * the English keeps the sheet usable for anyone checking the tool).
 */

export { SUMMARY_SHEET } from './names';
export type { SummaryRow } from './rows';
export const SUMMARY_CHART_ID = `evalsheet:${SUMMARY_SHEET}:grades`;

export interface SummaryInput {
  file: string | null;
  analysis: WorkbookAnalysis;
}

interface Column {
  ja: string;
  en: string;
  width: number;
  cell: (r: SummaryRow) => CellSpec;
}

function decimalsFormat(precision: number | null): string | undefined {
  if (precision === null) return undefined;
  return precision > 0 ? `#,##0.${'0'.repeat(precision)}` : '#,##0';
}

function num(v: number | string | null, precision: number | null): CellSpec {
  return typeof v === 'number' ? { value: v, style: { numberFormat: decimalsFormat(precision), horizontal: 'right' } } : { value: v };
}

function link(r: SummaryRow, withFile: boolean): Pick<CellSpec, 'link' | 'fileLink'> {
  return withFile && r.file !== null ? { fileLink: { file: r.file, sheet: r.sheet, cell: r.source } } : { link: { sheet: r.sheet, cell: r.source } };
}

function columns(withFile: boolean): Column[] {
  const grade = (v: string | null): CellSpec => ({ value: v, style: { horizontal: 'center', bold: true } });
  const cols: Column[] = [
    { ja: 'シート', en: 'Sheet', width: 10, cell: (r) => ({ value: r.sheet, ...link(r, withFile) }) },
    { ja: '基本方針 / 基本施策', en: 'Policy', width: 34, cell: (r) => ({ value: r.policy, style: { wrap: true } }) },
    { ja: 'No.', en: 'Item', width: 6, cell: (r) => ({ value: r.itemNo, style: { horizontal: 'center' }, ...link(r, withFile) }) },
    { ja: '担当部署', en: 'Department', width: 14, cell: (r) => ({ value: r.department, style: { wrap: true } }) },
    { ja: '指標', en: 'Indicator', width: 34, cell: (r) => ({ value: r.indicator, style: { wrap: true } }) },
    { ja: '単位', en: 'Unit', width: 7, cell: (r) => ({ value: r.unit, style: { horizontal: 'center' } }) },
    { ja: '基準値', en: 'Baseline', width: 10, cell: (r) => num(r.baseline, r.precision) },
    { ja: '目標値', en: 'Target', width: 10, cell: (r) => num(r.target, r.precision) },
    { ja: '評価年度', en: 'Year', width: 9, cell: (r) => ({ value: r.yearLabel, style: { horizontal: 'center' } }) },
    { ja: '実績値', en: 'Actual', width: 10, cell: (r) => num(r.actual, r.precision) },
    { ja: '期待値', en: 'Expected', width: 10, cell: (r) => num(r.expected, r.precision) },
    { ja: '進捗率(%)', en: 'Progress %', width: 10, cell: (r) => (r.progress === null ? { value: null } : { value: r.progress, style: { numberFormat: '0.0', horizontal: 'right' } }) },
    { ja: '評価', en: 'Grade', width: 7, cell: (r) => grade(r.grade) },
    { ja: '前年度評価', en: 'Last year', width: 9, cell: (r) => grade(r.previousGrade) },
    { ja: '推奨評価', en: 'Suggested', width: 9, cell: (r) => grade(r.suggestedGrade) },
    { ja: '指摘件数', en: 'Findings', width: 8, cell: (r) => ({ value: r.findings, style: { horizontal: 'right' } }) },
  ];
  if (withFile) cols.unshift({ ja: 'ファイル', en: 'File', width: 22, cell: (r) => ({ value: r.file ?? '', ...link(r, true) }) });
  return cols;
}

const HEADER_STYLE = { bold: true, fill: '1F4E78', fontColor: 'FFFFFF', wrap: true, horizontal: 'center' as const };

function isOwnSheet(name: string): boolean {
  return name === SUMMARY_SHEET || name === CHARTS_SHEET || name === CHART_DATA_SHEET;
}

/** Grades in scale order (the first input's scale first), then any others seen. */
function gradeOrder(rows: SummaryRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) for (const g of r.scale) if (!out.includes(g)) out.push(g);
  for (const r of rows) for (const g of [r.grade, r.previousGrade, r.suggestedGrade]) if (g && !out.includes(g)) out.push(g);
  return out;
}

export function planSummary(inputs: SummaryInput[]): EditPlan {
  const withFile = inputs.length > 1 || inputs.some((i) => i.file !== null);
  const rows = inputs.flatMap((i) => workbookRows(i.file, i.analysis, isOwnSheet));
  const cols = columns(withFile);
  const grades = gradeOrder(rows);
  const title: CellSpec[] = [{ value: '評価サマリー（Evalsheet が作成：再作成で置き換わります） / Evaluation summary (made by Evalsheet; regenerating replaces it)', style: { bold: true } }];
  const header: CellSpec[] = cols.map((c) => ({ value: `${c.ja}\n${c.en}`, style: HEADER_STYLE }));
  const sheetRows: CellSpec[][] = [title, header, ...rows.map((r) => cols.map((c) => c.cell(r)))];
  const firstData = 2; // 0-based row of the first data row
  const lastData = firstData + rows.length - 1;

  // Grade cells coloured by conditional formatting, so a grade typed later is coloured too.
  const fills: ConditionalFill[] = [];
  const gradeCols = ['評価', '前年度評価', '推奨評価'].map((ja) => cols.findIndex((c) => c.ja === ja));
  if (rows.length > 0) {
    for (const col of gradeCols) {
      grades.forEach((g, i) => {
        const c = gradeColor(i);
        fills.push({ range: rangeAddress(firstData, col, lastData, col), equals: g, fill: c.fill, fontColor: c.font });
      });
    }
  }

  if (rows.length === 0) sheetRows.push([{ value: '評価シートの項目・指標が見つかりません / No items or indicators found on any evaluation sheet' }]);
  // Counts of this year's grades per policy, each item once.
  const policies = grades.length > 0 ? [...new Set(rows.map((r) => r.policy))] : [];
  const countsTop = sheetRows.length + 1;
  sheetRows.push([]);
  if (policies.length > 0) sheetRows.push([{ value: '基本方針 / 基本施策\nPolicy', style: HEADER_STYLE }, ...grades.map((g) => ({ value: g, style: HEADER_STYLE })), { value: '計\nTotal', style: HEADER_STYLE }]);
  for (const p of policies) {
    const counted = rows.filter((r) => r.policy === p && r.firstOfItem && r.grade !== null);
    const counts = grades.map((g) => counted.filter((r) => r.grade === g).length);
    sheetRows.push([{ value: p === '' ? '（なし / none）' : p, style: { wrap: true } }, ...counts.map((n) => ({ value: n, style: { horizontal: 'right' as const } })), { value: counts.reduce((a, b) => a + b, 0), style: { bold: true, horizontal: 'right' } }]);
  }
  const countsFirst = countsTop + 1;
  const countsLast = countsTop + policies.length;
  const policyCol = 0;

  const ops: EditOp[] = [];
  if (inputs.some((i) => i.analysis.sheets.some((s) => s.model.sheet === SUMMARY_SHEET))) ops.push({ op: 'delete-owned-charts', sheet: SUMMARY_SHEET });
  const spec: SheetSpec = {
    name: SUMMARY_SHEET,
    owner: 'evalsheet',
    rows: sheetRows,
    headerRows: 2,
    columnWidths: cols.map((c) => c.width),
    conditionalFills: fills,
    freezeRows: 2,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true },
    tabColor: '1F4E78',
  };
  ops.push({ op: 'put-sheet', spec });
  if (policies.length > 0 && grades.length > 0) {
    const chart: ChartSpec = {
      id: SUMMARY_CHART_ID,
      kind: 'grade-distribution',
      type: 'column',
      sheet: SUMMARY_SHEET,
      anchor: { cell: cellAddress(countsLast + 2, 0), widthPx: 560, heightPx: 300 },
      title: '評価の分布 / Grade distribution',
      categories: { labels: policies.map((p) => (p === '' ? '（なし / none）' : p)), ref: { sheet: SUMMARY_SHEET, range: rangeAddress(countsFirst, policyCol, countsLast, policyCol) } },
      series: grades.map((g, i) => ({
        name: g,
        ref: { sheet: SUMMARY_SHEET, range: rangeAddress(countsFirst, i + 1, countsLast, i + 1) },
        values: policies.map((p) => rows.filter((r) => r.policy === p && r.firstOfItem && r.grade === g).length),
        color: gradeColor(i).bar,
        marker: false,
        dashed: false,
        line: false,
      })),
      valueAxisTitle: '件数',
      targetIndex: null,
    };
    ops.push({ op: 'add-chart', chart });
  }
  const files = inputs.length;
  return {
    title: { ja: `評価サマリーを作成（${files} ファイル、${rows.length} 行）`, en: `Build the evaluation summary (${files} file${files === 1 ? '' : 's'}, ${rows.length} rows)` },
    ops,
  };
}
