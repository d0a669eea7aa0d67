import { activeIndicators, indicatorName, isCountUnit, valueCells } from './helpers';
import type { Rule } from './types';

export const negativeCount: Rule = {
  id: 'negative-count',
  severity: 'warning',
  scope: 'indicator',
  looksAt: 'values of count indicators (人, 件, 回, 団体, 箇所 …)',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      for (const c of valueCells(ind)) {
        const p = c.value.parsed;
        if (p.kind !== 'number' || p.value >= 0) continue;
        const unit = p.unit ?? ind.unitText;
        if (isCountUnit(unit)) yield { cell: c.value.cell, data: { indicator: indicatorName(ind), value: p.value, unit } };
      }
    }
  },
};
