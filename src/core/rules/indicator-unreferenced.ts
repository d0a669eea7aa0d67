import { activeIndicators, indicatorName } from './helpers';
import type { Rule } from './types';

/** Only on sheets whose items refer to indicators (①②) at all; rows that are their own item are referenced. */
export const indicatorUnreferenced: Rule = {
  id: 'indicator-unreferenced',
  severity: 'info',
  scope: 'indicator',
  looksAt: 'indicators vs the items’ references',
  *check(ctx) {
    const items = ctx.model.items;
    if (!items.some((it) => it.indicatorRefs.length > 0)) return;
    const referenced = new Set(items.flatMap((it) => it.indicatorKeys));
    for (const { indicator: ind } of activeIndicators(ctx)) {
      if (ind.itemKey !== null || referenced.has(ind.key)) continue;
      yield { cell: ind.cell, data: { indicator: indicatorName(ind) } };
    }
  },
};
