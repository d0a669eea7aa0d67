import { activeIndicators, indicatorName } from './helpers';
import type { Rule } from './types';

export const actualFuture: Rule = {
  id: 'actual-future',
  severity: 'warning',
  scope: 'indicator',
  looksAt: '実績値 cells after the evaluated year',
  *check(ctx) {
    const ey = ctx.evaluationYear;
    if (ey === null) return;
    for (const { indicator: ind } of activeIndicators(ctx)) {
      for (const y of ind.years) {
        const p = y.actual?.parsed;
        if (!y.actual || y.year <= ey || !p || p.kind === 'blank' || p.kind === 'no-data') continue;
        yield { cell: y.actual.cell, data: { indicator: indicatorName(ind), year: y.year, actual: p.kind === 'number' ? p.value : p.text, evaluationYear: ey } };
      }
    }
  },
};
