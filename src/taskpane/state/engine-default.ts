import { analyzeWorkbook } from '../../core/analyze';
import { planCharts, planRemoveCharts } from '../../core/charts';
import { PRESETS } from '../../core/grading/presets';
import { planAnnotate, planFill, proposeFill, type FillChange } from '../../core/plan';
import { planSummary } from '../../core/summary';
import type { Engine, FillRow } from './engine';

function toRow(change: FillChange): FillRow {
  return {
    key: `${change.sheet}!${change.cell}`,
    sheet: change.sheet,
    cell: change.cell,
    from: change.from,
    to: change.to,
    reason: change.message,
    change,
  };
}

/** The real engine (src/core), bound to the pane's Engine shape. */
export const defaultEngine: Engine = {
  presets: PRESETS,
  analyze: (snapshot, settings) => analyzeWorkbook(snapshot, settings),
  proposeFill: (analysis, options) => proposeFill(analysis, options).map(toRow),
  planFill: (rows) => planFill(rows.map((r) => r.change as FillChange)),
  planAnnotate: (analysis) => planAnnotate(analysis),
  planCharts: (analysis, options) => planCharts(analysis, options),
  planRemoveCharts: () => planRemoveCharts(),
  planSummary: (analysis) => planSummary([{ file: null, analysis }]),
};
