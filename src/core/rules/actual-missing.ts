import { activeIndicators, explanation, indicatorName, isBlank } from './helpers';
import type { Rule } from './types';

/** Years after the baseline up to the evaluated year: a blank actual that nothing explains. */
export const actualMissing: Rule = {
  id: 'actual-missing',
  severity: 'error',
  scope: 'indicator',
  looksAt: '実績値 cells and the 備考 row',
  *check(ctx) {
    const ey = ctx.evaluationYear;
    if (ey === null) return;
    for (const { indicator: ind } of activeIndicators(ctx)) {
      const by = ind.baseline?.year ?? null;
      for (const y of ind.years) {
        if (!y.actual || (by !== null && y.year <= by) || y.year > ey) continue;
        if (isBlank(y.actual) && explanation(y) === null) yield { cell: y.actual.cell, data: { indicator: indicatorName(ind), year: y.year, evaluationYear: ey } };
      }
    }
  },
};
