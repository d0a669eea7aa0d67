import type { IndicatorAnalysis, WorkbookAnalysis } from '../analyze/types';
import type { CellSpec, ChartSpec, EditOp, EditPlan, SheetSpec } from '../plan/types';
import { cellAddress } from '../snapshot/address';
import type { WorkbookSnapshot } from '../snapshot/types';
import { SUMMARY_SHEET } from '../summary/names';
import { bindLiteralsToDataSheet, CHART_DATA_SHEET } from './data-sheet';
import { BesidePlacer, CHART_HEIGHT_PX, CHART_WIDTH_PX, CHARTS_SHEET_ROW_PT, ROWS_PER_CHART } from './placement';
import { progressSeries } from './series';

/** Progress charts (actual against expected) as data: one line chart per indicator with numbers. */

export const CHARTS_SHEET = 'Evalsheet グラフ';
export { CHART_DATA_SHEET } from './data-sheet';
export const CHART_ID_PREFIX = 'evalsheet:';

export interface ChartOptions {
  placement: 'beside' | 'sheet';
  /** The snapshot the analysis came from, to find free columns beside each block (else the model's cells are used). */
  snapshot?: WorkbookSnapshot;
}

export function chartId(sheet: string, indicatorKey: string): string {
  return `${CHART_ID_PREFIX}${sheet}:${indicatorKey}`;
}

function chartTitle(ia: IndicatorAnalysis): string {
  const ind = ia.indicator;
  const t = [ind.id, ind.name?.text ?? ''].map((s) => s.trim()).filter((s) => s !== '').join(' ');
  return t || ind.key;
}

/** The chart for one indicator, or null when it has no number to draw (qualitative, empty). */
export function progressChart(sheet: string, ia: IndicatorAnalysis, anchorSheet: string, anchorCell: string, evaluationYear: number | null = null): ChartSpec | null {
  const s = progressSeries(sheet, ia);
  if (!s.hasData) return null;
  const targetYear = ia.indicator.target?.year ?? null;
  const targetIndex = targetYear === null ? -1 : s.years.indexOf(targetYear);
  const evaluatedIndex = evaluationYear === null ? -1 : s.years.indexOf(evaluationYear);
  return {
    id: chartId(sheet, ia.indicator.key),
    kind: 'progress',
    type: 'line',
    sheet: anchorSheet,
    anchor: { cell: anchorCell, widthPx: CHART_WIDTH_PX, heightPx: CHART_HEIGHT_PX },
    title: chartTitle(ia),
    categories: { labels: s.labels, ref: s.labelRef },
    series: [s.actual, s.expected],
    valueAxisTitle: ia.indicator.unitText?.trim() || null,
    targetIndex: targetIndex >= 0 ? targetIndex : null,
    // The evaluated year: its actual point marked and labelled 「評価年度」 by the adapters.
    evaluatedIndex: evaluatedIndex >= 0 ? evaluatedIndex : null,
  };
}

/** Sheets Evalsheet writes itself: never read as evaluation sheets for charts. */
function isOwnSheet(name: string): boolean {
  return name === CHARTS_SHEET || name === SUMMARY_SHEET || name === CHART_DATA_SHEET;
}

/** Deletes Evalsheet's earlier progress charts (never the summary's) so regenerating does not duplicate. */
function deleteOps(a: WorkbookAnalysis): EditOp[] {
  return a.sheets.filter((s) => s.model.sheet !== SUMMARY_SHEET && s.model.sheet !== CHART_DATA_SHEET).map((s) => ({ op: 'delete-owned-charts', sheet: s.model.sheet }));
}

function chartsSheet(charts: ChartSpec[]): SheetSpec {
  const rows: CellSpec[][] = [
    [{ value: 'Evalsheet グラフ（実績値と期待値） / Progress charts (actual vs expected)', style: { bold: true } }],
    [{ value: `${charts.length} 件のグラフ。再作成すると置き換わります / ${charts.length} charts; regenerating replaces them.` }],
  ];
  // Rows written 15 pt high down to the last chart, so each chart covers its own rows in LibreOffice too (its default row is lower).
  const rowHeights = Array.from({ length: 3 + charts.length * ROWS_PER_CHART }, () => CHARTS_SHEET_ROW_PT);
  return { name: CHARTS_SHEET, owner: 'evalsheet', rows, headerRows: 1, columnWidths: [12], rowHeights, tabColor: '2F5597' };
}

export function planCharts(a: WorkbookAnalysis, o: ChartOptions): EditPlan {
  const charts: ChartSpec[] = [];
  const firstChartRow = 3;
  for (const sa of a.sheets) {
    const sheet = sa.model.sheet;
    if (isOwnSheet(sheet) || sa.model.kind !== 'evaluation') continue;
    const placer = new BesidePlacer(o.snapshot?.sheets.find((s) => s.name === sheet) ?? null);
    for (const ia of sa.indicators) {
      const chart = progressChart(sheet, ia, sheet, 'A1', sa.evaluationYear);
      if (!chart) continue;
      if (o.placement === 'beside') chart.anchor.cell = placer.place(ia.indicator);
      else {
        chart.sheet = CHARTS_SHEET;
        chart.anchor.cell = cellAddress(firstChartRow + charts.length * ROWS_PER_CHART, 1);
      }
      charts.push(chart);
    }
  }
  const ops: EditOp[] = deleteOps(a);
  // The one place literal values go, for every adapter: LibreOffice drops literal chart values and
  // Office.js sets series only from ranges, so they are copied to a hidden owned sheet and bound there.
  const data = bindLiteralsToDataSheet(charts);
  // Evalsheet's own sheets from an earlier run that this one does not use (placement changed, no
  // literal series now). Adapters hide owned sheets from the snapshot, so delete unconditionally:
  // a missing sheet is skipped ('missing-sheet'), which is harmless.
  if (data) ops.push({ op: 'put-sheet', spec: data });
  else ops.push({ op: 'delete-sheet', sheet: CHART_DATA_SHEET });
  if (o.placement === 'sheet') ops.push({ op: 'put-sheet', spec: chartsSheet(charts) });
  else ops.push({ op: 'delete-sheet', sheet: CHARTS_SHEET });
  for (const chart of charts) ops.push({ op: 'add-chart', chart });
  return {
    title: { ja: `進捗グラフを作成（${charts.length} 件）`, en: `Add progress charts (${charts.length})` },
    ops,
  };
}

/**
 * Removes Evalsheet's progress charts. Given the analysis, sheet by sheet so the summary's grade chart
 * stays; without it, every Evalsheet chart in the workbook.
 */
export function planRemoveCharts(a?: WorkbookAnalysis): EditPlan {
  const ops: EditOp[] = a ? deleteOps(a) : [{ op: 'delete-owned-charts', sheet: null }];
  ops.push({ op: 'delete-sheet', sheet: CHART_DATA_SHEET }, { op: 'delete-sheet', sheet: CHARTS_SHEET });
  return { title: { ja: 'Evalsheet のグラフを削除', en: 'Remove Evalsheet charts' }, ops };
}
