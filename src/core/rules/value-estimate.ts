import { activeIndicators, indicatorName, valueCells } from './helpers';
import type { Rule } from './types';

export const valueEstimate: Rule = {
  id: 'value-estimate',
  severity: 'info',
  scope: 'indicator',
  looksAt: 'values marked 見込み / 予定',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      for (const c of valueCells(ind)) {
        const p = c.value.parsed;
        if (p.kind === 'number' && p.estimate) yield { cell: c.value.cell, data: { indicator: indicatorName(ind), text: String(c.value.raw), value: p.value, qualifier: p.qualifier } };
      }
    }
  },
};
