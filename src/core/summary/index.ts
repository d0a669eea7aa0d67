import type { WorkbookAnalysis } from '../analyze/types';
import type { CellSpec, ConditionalFill, EditOp, EditPlan, SheetSpec } from '../plan/types';
import { rangeAddress } from '../snapshot/address';
import { gradeColor } from './colors';
import { columns, HEADER_STYLE } from './columns';
import { countsSection, groupId, policyGroups } from './counts';
import { infoLine, summaryTitle } from './header';
import { DEFAULT_ROW_PT, estimateRowHeights } from './layout';
import { cellAddress } from '../snapshot/address';
import { eraDateLabel } from '../text/years';
import { ROLLUP_SHEET, SUMMARY_SHEET } from './names';
import { isOwnSheet } from './own';
import { rollupSheet } from './rollup';
import { statusSheet, type Submission } from './status';
import { workbookRows, type SummaryRow } from './rows';

/**
 * The committee's summary sheet (評価サマリー): a title and a line naming the files, sheets,
 * evaluation years and date; one row per item and indicator of every evaluation sheet, linked to
 * its source; grade counts per policy and a grade-distribution chart. Headers are Japanese with
 * the English below in the same cell (the committee reads Japanese; the English keeps the sheet
 * usable for anyone checking the tool). Row heights are estimated so wrapped text never overlaps.
 */

export { ROLLUP_SHEET, STATUS_SHEET, SUMMARY_SHEET } from './names';
export { OWN_SHEETS, isOwnSheet } from './own';
export { statusRows, statusSheet, SUBMISSION_STATES, type StatusRow, type Submission, type SubmissionState } from './status';
export { departmentFindings, planDepartmentFindings, DEPARTMENT_FINDINGS_COLUMNS, NO_DEPARTMENT, type DepartmentFinding, type DepartmentFindingsOptions } from './department-findings';
export { DEPARTMENT_FINDINGS_PREFIX } from './names';
export { rollupNodes, rollupSheet, ROLLUP_CHART_ID, type RollupNode } from './rollup';
export type { SummaryRow } from './rows';
export { digestSubmission, type SubmissionDigest } from './digest';
export const SUMMARY_CHART_ID = `evalsheet:${SUMMARY_SHEET}:grades`;

export interface SummaryInput {
  /** The workbook's path as the link should reach it (relative to the summary); shown by its base name. null: this workbook. */
  file: string | null;
  analysis: WorkbookAnalysis;
  /** Its rows, computed before (digestSubmission); else from the analysis. */
  rows?: SummaryRow[];
}

export interface SummaryOptions {
  /** When the summary is made, shown above the table; the caller reads the clock. */
  generatedAt?: Date | null;
}

/** Pixels per point: chart sizes are in pixels, row heights in points. */
const PX_PER_PT = 4 / 3;

/** Grades in scale order (the first input's scale first), then any others seen. */
function gradeOrder(rows: SummaryRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) for (const g of r.scale) if (!out.includes(g)) out.push(g);
  for (const r of rows) for (const g of [r.grade, r.previousGrade, r.suggestedGrade]) if (g && !out.includes(g)) out.push(g);
  return out;
}

/** Rows of a policy together (policies in order of first appearance), each policy's rows in their own order. */
function byPolicy(rows: SummaryRow[]): SummaryRow[] {
  const order = new Map<string, number>();
  for (const r of rows) if (!order.has(groupId(r))) order.set(groupId(r), order.size);
  return rows.map((r, i) => ({ r, i })).sort((a, b) => (order.get(groupId(a.r)) as number) - (order.get(groupId(b.r)) as number) || a.i - b.i).map((x) => x.r);
}

/** Page header and footer of the committee's copy: the title and date above, 「1 / 3 ページ」 below. */
function pageMarks(title: string, generatedAt: Date | null): Pick<NonNullable<SheetSpec['print']>, 'header' | 'footer'> {
  return {
    header: { left: title, ...(generatedAt ? { right: `作成日：${eraDateLabel(generatedAt)}` } : {}) },
    footer: { center: '&P / &N ページ' },
  };
}

/**
 * The committee's document, top to bottom: the title from the evaluated year (「令和5年度 施策評価
 * 結果一覧」), a line with the date (in 令和) and what it covers; the overview — grade counts per
 * policy and a chart stacking each policy's grades — on the first page; then, from a page of its
 * own, the table: policy first (merged over its rows), the item, indicator and numbers, the grades,
 * the file and sheet last. The chart is anchored above rows whose heights are set, so it covers
 * blank rows only, in any application.
 */
export function planSummary(inputs: SummaryInput[], options: SummaryOptions = {}): EditPlan {
  const generatedAt = options.generatedAt ?? null;
  const withFile = inputs.length > 1 || inputs.some((i) => i.file !== null);
  const rows = byPolicy(inputs.flatMap((i) => i.rows ?? workbookRows(i.file, i.analysis, isOwnSheet)));
  const cols = columns(rows, withFile);
  const grades = gradeOrder(rows);
  const sources = inputs.map((i) => ({ file: i.file, sheets: i.analysis.sheets.filter((s) => s.model.kind === 'evaluation' && !isOwnSheet(s.model.sheet)).map((s) => s.model.sheet) }));
  const title = summaryTitle(rows.map((r) => r.year).filter((y): y is number => y !== null));
  const sheetRows: CellSpec[][] = [[{ value: title, style: { bold: true } }], [{ value: infoLine(sources, generatedAt) }], []];
  const merges: string[] = [];

  // The overview: counts, then the chart over rows of a set height below them.
  const groups = grades.length > 0 ? policyGroups(rows) : [];
  const counts = groups.length > 0 ? countsSection(groups, grades, { top: sheetRows.length, sheet: SUMMARY_SHEET, chartId: SUMMARY_CHART_ID }) : null;
  let chartTop = -1;
  if (counts) {
    sheetRows.push(...counts.rows);
    merges.push(...counts.merges);
    sheetRows.push([]);
    chartTop = sheetRows.length;
    counts.chart.anchor.cell = cellAddress(chartTop, 0);
    const reserved = Math.ceil(counts.chart.anchor.heightPx / (DEFAULT_ROW_PT * PX_PER_PT)) + 1;
    for (let i = 0; i < reserved; i++) sheetRows.push([]);
  }

  // The table, from a page of its own when the overview is above it.
  const tableHeader = sheetRows.length;
  sheetRows.push(cols.map((c) => ({ value: `${c.ja}\n${c.en}`, style: HEADER_STYLE })));
  const firstData = sheetRows.length;
  sheetRows.push(...rows.map((r) => cols.map((c) => c.cell(r))));
  const lastData = sheetRows.length - 1;
  // Each policy's name once, merged down over its rows.
  const policyCol = cols.findIndex((c) => c.id === 'policy');
  for (let start = 0; start < rows.length; ) {
    let end = start;
    while (end + 1 < rows.length && groupId(rows[end + 1]) === groupId(rows[start])) end++;
    if (end > start && rows[start].policy !== '') {
      merges.push(rangeAddress(firstData + start, policyCol, firstData + end, policyCol));
      for (let r = start + 1; r <= end; r++) sheetRows[firstData + r][policyCol] = { value: null, style: sheetRows[firstData + start][policyCol].style };
    }
    start = end + 1;
  }
  if (rows.length === 0) sheetRows.push([{ value: '評価シートの項目・指標が見つかりません。評価シートを含むブックを選んでください。' }]);

  // Grade cells coloured by conditional formatting, so a grade typed later is coloured too.
  const fills: ConditionalFill[] = [];
  const gradeCols = (['grade', 'previousGrade', 'suggestedGrade'] as const).map((id) => cols.findIndex((c) => c.id === id));
  if (rows.length > 0) {
    for (const col of gradeCols) {
      grades.forEach((g, i) => {
        const c = gradeColor(i);
        fills.push({ range: rangeAddress(firstData, col, lastData, col), equals: g, fill: c.fill, fontColor: c.font });
      });
    }
  }

  const widths = cols.map((c) => c.width);
  const estimated = estimateRowHeights(sheetRows, widths, 8.43, merges);
  // Rows under the chart get their height written (LibreOffice's default row is lower than
  // Excel's), so the chart covers exactly them and ends above the table in either application.
  const rowHeights = estimated.map((h, r) => (chartTop >= 0 && r >= chartTop && r < tableHeader ? DEFAULT_ROW_PT : h));
  const ops: EditOp[] = [];
  if (inputs.some((i) => i.analysis.sheets.some((s) => s.model.sheet === SUMMARY_SHEET))) ops.push({ op: 'delete-owned-charts', sheet: SUMMARY_SHEET });
  const spec: SheetSpec = {
    name: SUMMARY_SHEET,
    owner: 'evalsheet',
    rows: sheetRows,
    headerRows: 2,
    columnWidths: widths,
    rowHeights,
    conditionalFills: fills,
    merges,
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatHeaderRows: true,
      titleRows: { first: tableHeader, last: tableHeader },
      ...(counts ? { pageBreaksBefore: [tableHeader] } : {}),
      ...pageMarks(title, generatedAt),
    },
    tabColor: '1F4E78',
  };
  ops.push({ op: 'put-sheet', spec });
  if (counts) ops.push({ op: 'add-chart', chart: counts.chart });
  const files = inputs.length;
  return {
    title: { ja: `評価サマリーを作成（${files} ファイル、${rows.length} 行）`, en: `Build the evaluation summary (${files} file${files === 1 ? '' : 's'}, ${rows.length} rows)` },
    ops,
  };
}

/**
 * The planning division's three sheets over many submissions: 提出状況 (every file, readable or
 * not), 評価サマリー (as planSummary, over the files that have evaluation sheets) and 集計 (the
 * roll-up per policy level, with its grade chart). One plan: an adapter writes it in one batch.
 */
export function planSubmissions(submissions: Submission[], options: SummaryOptions = {}): EditPlan {
  const generatedAt = options.generatedAt ?? null;
  const read = submissions.filter((s): s is Submission & { analysis: WorkbookAnalysis } => s.analysis !== null);
  // A workbook without an evaluation sheet is a 読めません row of 提出状況 only.
  const summarised = read.filter((s) => s.analysis.sheets.some((sa) => sa.model.kind === 'evaluation' && !isOwnSheet(sa.model.sheet)));
  const summary = planSummary(summarised.map((s) => ({ file: s.file, analysis: s.analysis, rows: s.rows })), options);
  const status = statusSheet(submissions, generatedAt);
  const rollup = rollupSheet(read.map((s) => ({ file: s.file, sheets: s.analysis.sheets })));
  const regenerating = (name: string) => read.some((s) => s.analysis.sheets.some((sa) => sa.model.sheet === name));
  const ops: EditOp[] = [{ op: 'put-sheet', spec: status.spec }, ...summary.ops];
  if (regenerating(ROLLUP_SHEET)) ops.push({ op: 'delete-owned-charts', sheet: ROLLUP_SHEET });
  ops.push({ op: 'put-sheet', spec: rollup.spec });
  if (rollup.chart) ops.push({ op: 'add-chart', chart: rollup.chart });
  const c = status.counts.states;
  const n = submissions.length;
  return {
    title: {
      ja: `提出状況・評価サマリー・集計を作成（${n} ファイル：提出可 ${c.ok}、要修正 ${c.fix}、読めません ${c.unreadable}）`,
      en: `Build the submission status, evaluation summary and roll-up (${n} file${n === 1 ? '' : 's'}: ${c.ok} ready, ${c.fix} to correct, ${c.unreadable} unreadable)`,
    },
    ops,
  };
}
