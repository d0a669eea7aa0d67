import { fold } from '../text/normalize';
import { isEmptyIndicator } from './helpers';
import type { Rule } from './types';

export const indicatorRefMissing: Rule = {
  id: 'indicator-ref-missing',
  severity: 'warning',
  scope: 'item',
  looksAt: 'indicator numbers (①②) an item refers to',
  *check(ctx) {
    const present = ctx.model.indicators.filter((i) => !isEmptyIndicator(i));
    for (const it of ctx.model.items) {
      for (const ref of it.indicatorRefs) {
        const r = fold(ref);
        const found = present.some((i) => fold(i.id) === r || i.key === ref);
        if (!found) yield { cell: it.refCell ?? it.cell, data: { item: it.no, ref } };
      }
    }
  },
};
