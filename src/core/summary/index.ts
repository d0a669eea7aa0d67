import type { WorkbookAnalysis } from '../analyze/types';
import type { CellSpec, ConditionalFill, EditOp, EditPlan, SheetSpec } from '../plan/types';
import { rangeAddress } from '../snapshot/address';
import { gradeColor } from './colors';
import { columns, HEADER_STYLE } from './columns';
import { countsSection, policyGroups } from './counts';
import { infoLine, TITLE } from './header';
import { estimateRowHeights } from './layout';
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

/** Rows above the table: the title and the info line. */
const INFO_ROWS = 2;


/** Grades in scale order (the first input's scale first), then any others seen. */
function gradeOrder(rows: SummaryRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) for (const g of r.scale) if (!out.includes(g)) out.push(g);
  for (const r of rows) for (const g of [r.grade, r.previousGrade, r.suggestedGrade]) if (g && !out.includes(g)) out.push(g);
  return out;
}

export function planSummary(inputs: SummaryInput[], options: SummaryOptions = {}): EditPlan {
  const withFile = inputs.length > 1 || inputs.some((i) => i.file !== null);
  const rows = inputs.flatMap((i) => i.rows ?? workbookRows(i.file, i.analysis, isOwnSheet));
  const cols = columns(rows, withFile);
  const grades = gradeOrder(rows);
  const sources = inputs.map((i) => ({ file: i.file, sheets: i.analysis.sheets.filter((s) => s.model.kind === 'evaluation' && !isOwnSheet(s.model.sheet)).map((s) => s.model.sheet) }));
  const header: CellSpec[] = cols.map((c) => ({ value: `${c.ja}\n${c.en}`, style: HEADER_STYLE }));
  const sheetRows: CellSpec[][] = [
    [{ value: TITLE, style: { bold: true } }],
    [{ value: infoLine(sources, rows, options.generatedAt ?? null) }],
    header,
    ...rows.map((r) => cols.map((c) => c.cell(r))),
  ];
  const headerRows = INFO_ROWS + 1;
  const firstData = headerRows; // 0-based row of the first data row
  const lastData = firstData + rows.length - 1;

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
  if (rows.length === 0) sheetRows.push([{ value: '評価シートの項目・指標が見つかりません / No items or indicators found on any evaluation sheet' }]);

  // Counts and chart below a blank row, in the narrow columns: the key beside the department,
  // the policy under the (wide) indicator column, the grades in the value columns.
  const groups = grades.length > 0 ? policyGroups(rows) : [];
  sheetRows.push([]);
  const indicatorCol = cols.findIndex((c) => c.id === 'indicator');
  const counts = groups.length > 0 ? countsSection(groups, grades, { top: sheetRows.length, keyCol: indicatorCol - 1, sheet: SUMMARY_SHEET, chartId: SUMMARY_CHART_ID }) : null;
  const countsTop = sheetRows.length;
  if (counts) sheetRows.push(...counts.rows);

  const widths = cols.map((c) => c.width);
  const ops: EditOp[] = [];
  if (inputs.some((i) => i.analysis.sheets.some((s) => s.model.sheet === SUMMARY_SHEET))) ops.push({ op: 'delete-owned-charts', sheet: SUMMARY_SHEET });
  const spec: SheetSpec = {
    name: SUMMARY_SHEET,
    owner: 'evalsheet',
    rows: sheetRows,
    headerRows,
    columnWidths: widths,
    rowHeights: estimateRowHeights(sheetRows, widths),
    conditionalFills: fills,
    freezeRows: headerRows,
    // The counts and their chart start a page, so neither is split between two sheets of paper.
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true, ...(counts ? { pageBreaksBefore: [countsTop] } : {}) },
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
