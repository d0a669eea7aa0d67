import { activeIndicators, indicatorName, isPercentUnit, valueCells } from './helpers';
import type { Rule } from './types';

export const percentOutOfRange: Rule = {
  id: 'percent-out-of-range',
  severity: 'warning',
  scope: 'indicator',
  looksAt: 'values of % indicators (shown units: a 0.661 cell formatted 0.0% is 66.1)',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      for (const c of valueCells(ind)) {
        const p = c.value.parsed;
        if (p.kind !== 'number' || !isPercentUnit(ind, c.value)) continue;
        if (p.value < 0 || p.value > 100) yield { cell: c.value.cell, data: { indicator: indicatorName(ind), value: p.value } };
      }
    }
  },
};
