import { activeIndicators, indicatorName, numeric } from './helpers';
import type { Rule } from './types';

/** A 累計 indicator can only grow: compare each actual with the one before (the baseline first). */
export const cumulativeDecrease: Rule = {
  id: 'cumulative-decrease',
  severity: 'warning',
  scope: 'indicator',
  looksAt: 'actuals of 累計 indicators in year order',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      if (!ind.cumulative) continue;
      let prev: { year: number; value: number; cell: string } | null = null;
      const b = numeric(ind.baseline?.value);
      if (b !== null && ind.baseline?.year != null) prev = { year: ind.baseline.year, value: b, cell: ind.baseline.value!.cell };
      for (const y of [...ind.years].sort((a, c) => a.year - c.year)) {
        const a = numeric(y.actual);
        if (a === null || (prev && prev.cell === y.actual!.cell)) continue;
        if (prev && a < prev.value) yield { cell: y.actual!.cell, data: { indicator: indicatorName(ind), year: y.year, actual: a, previousYear: prev.year, previous: prev.value } };
        prev = { year: y.year, value: a, cell: y.actual!.cell };
      }
    }
  },
};
