import { analyzeWorkbook } from '../../core/analyze';
import { PRESETS } from '../../core/grading/presets';
import { planAnnotate, planFill, proposeFill, type FillChange } from '../../core/plan';
import type { Engine, FillRow } from './engine';

function toRow(change: FillChange): FillRow {
  return {
    key: `${change.sheet}!${change.cell}`,
    sheet: change.sheet,
    cell: change.cell,
    from: change.from,
    // As the sheet will show it (「52.0」), not the stored double (52).
    to: change.toText,
    reason: change.message,
    change,
  };
}

// Charts and summary plans load with their views (same chunk names as in components/lazyViews.ts), not at open.
const charts = () => import(/* webpackChunkName: "view-charts" */ '../../core/charts');
const summary = () => import(/* webpackChunkName: "view-summary" */ '../../core/summary');

/** The real engine (src/core), bound to the pane's Engine shape. */
export const defaultEngine: Engine = {
  presets: PRESETS,
  analyze: (snapshot, settings) => analyzeWorkbook(snapshot, settings),
  proposeFill: (analysis, options) => proposeFill(analysis, options).map(toRow),
  planFill: (rows) => planFill(rows.map((r) => r.change as FillChange)),
  planAnnotate: (analysis) => planAnnotate(analysis),
  planCharts: async (analysis, options) => (await charts()).planCharts(analysis, options),
  planRemoveCharts: async () => (await charts()).planRemoveCharts(),
  planSummary: async (analysis) => (await summary()).planSummary([{ file: null, analysis }], { generatedAt: new Date() }),
};
