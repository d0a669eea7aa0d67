import { analyzeWorkbook } from '../../../src/core/analyze';
import { CHART_DATA_SHEET, planCharts } from '../../../src/core/charts';
import type { ChartSpec } from '../../../src/core/plan/types';
import { seedSnapshot, type SeedName } from '../../support/seed-tsv';

function chartsOf(seed: SeedName, sheet: string): ChartSpec[] {
  const snap = { name: `${seed}.xlsx`, sheets: [seedSnapshot(seed, sheet)] };
  return planCharts(analyzeWorkbook(snap), { placement: 'beside', snapshot: snap }).ops.flatMap((o) => (o.op === 'add-chart' ? [o.chart] : []));
}

describe('planCharts on the seed documents', () => {
  test('Kitakami: charts for ① and ② only, bound to their rows, the 未実施 year a gap', () => {
    const cs = chartsOf('kitakami', '9-2');
    expect(cs.map((c) => c.id)).toEqual(['evalsheet:9-2:①', 'evalsheet:9-2:②']);
    const [one, two] = cs;
    expect(one.series[0].ref?.sheet).toBe('9-2');
    expect(one.series[0].values).toEqual([43, 43, 27, 36, 96, null, null]);
    expect(one.series[1].values).toEqual([43, 47.5, 52, 56.5, 61, 65.5, 70]);
    expect(one.targetIndex).toBe(6);
    expect(two.series[0].values).toEqual([48.6, 48, null, 40.9, 38.7, null, null]);
    expect(two.valueAxisTitle).toBe('%');
    // The anchor is right of every used cell of the rows the chart covers (the long 指標の説明 texts included).
    for (const c of cs) expect(c.anchor.cell).toMatch(/^[K-Z]\d+$/);
  });

  test('Niigata: plan and actual columns alternate, so both series come from the data sheet', () => {
    const cs = chartsOf('niigata', 'No.28');
    expect(cs.length).toBe(2);
    for (const c of cs) {
      expect(c.series.map((s) => s.ref?.sheet)).toEqual([CHART_DATA_SHEET, CHART_DATA_SHEET]);
      expect(c.series[0].literalReason).toBeTruthy();
      expect(c.series[0].values.filter((v) => v !== null).length).toBeGreaterThanOrEqual(3);
    }
  });

  test('Ichinoseki: baseline → target with no yearly values still draws the expected line', () => {
    const cs = chartsOf('ichinoseki', '協働');
    expect(cs.length).toBeGreaterThan(3);
    const first = cs[0];
    expect(first.series[1].values[0]).toBe(first.series[0].values[0]);
    expect(first.series[1].values.every((v) => v !== null)).toBe(true);
  });

  test('Shinjo (schedule only): no chart', () => {
    expect(chartsOf('shinjo', 'S')).toEqual([]);
  });
});
