import { analyzeWorkbook } from '../../src/core/analyze';
import { planCharts, planRemoveCharts } from '../../src/core/charts';
import { planSummary } from '../../src/core/summary';
import { defaultEngine } from '../../src/taskpane/state/engine-default';
import { seedSnapshot } from '../support/seed-tsv';

// The pane's engine loads the charts and summary code with their views; the plans must be the engine's own.
describe('the pane’s real engine', () => {
  const analysis = analyzeWorkbook({ name: 'kitakami.xlsx', sheets: [seedSnapshot('kitakami', '9-2')] });

  test('charts and summary plans, loaded on demand, are exactly what src/core makes', async () => {
    const beside = await defaultEngine.planCharts(analysis, { placement: 'beside' });
    expect(beside.ops.length).toBeGreaterThan(0);
    expect(beside).toEqual(planCharts(analysis, { placement: 'beside' }));
    expect(await defaultEngine.planCharts(analysis, { placement: 'sheet' })).toEqual(planCharts(analysis, { placement: 'sheet' }));
    expect(await defaultEngine.planRemoveCharts()).toEqual(planRemoveCharts());
    const summary = await defaultEngine.planSummary(analysis);
    expect(summary.ops.some((op) => op.op === 'put-sheet')).toBe(true);
    expect(summary).toEqual(planSummary([{ file: null, analysis }]));
  });

});
