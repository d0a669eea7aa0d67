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
    jest.useFakeTimers({ now: new Date('2026-11-20T09:00:00+09:00') });
    try {
      const summary = await defaultEngine.planSummary(analysis);
      expect(summary.ops.some((op) => op.op === 'put-sheet')).toBe(true);
      // The pane dates the summary (core never reads the clock).
      expect(summary).toEqual(planSummary([{ file: null, analysis }], { generatedAt: new Date('2026-11-20T09:00:00+09:00') }));
    } finally {
      jest.useRealTimers();
    }
  });

  test("the findings sheet in the pane's language: Japanese Office → Japanese only, English Office → English only", () => {
    const sheetOf = (lang: 'ja' | 'en') => {
      const put = defaultEngine.planAnnotate(analysis, lang).ops.find((o) => o.op === 'put-sheet');
      return put && put.op === 'put-sheet' ? put.spec.rows : [];
    };
    expect(sheetOf('ja')[0].map((c) => c.value)).toEqual(['シート', 'セル', '区分', '指摘', '内容', '対応', '修正']);
    expect(sheetOf('en')[0].map((c) => c.value)).toEqual(['Sheet', 'Cell', 'Severity', 'Rule', 'Message', 'To do', 'Fix']);
    expect(sheetOf('ja').slice(1).map((r) => r[2].value).every((v) => ['エラー', '警告', '情報'].includes(String(v)))).toBe(true);
  });

  test('fill rows show the new value as the sheet will (one decimal: 52.0)', () => {
    const snapshot = seedSnapshot('kitakami', '9-2');
    // Blank ①'s R3 期待値 (52.0 in the real sheet).
    const row = snapshot.values.findIndex((r) => r.includes(47.5));
    const col = snapshot.values[row].indexOf(52);
    snapshot.values[row][col] = null;
    const rows = defaultEngine.proposeFill(analyzeWorkbook({ name: 'k.xlsx', sheets: [snapshot] }), { overwriteMismatches: false });
    expect(rows.map((r) => [r.from, r.to])).toEqual([[null, '52.0']]);
  });

});
