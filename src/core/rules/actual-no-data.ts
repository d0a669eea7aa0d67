import { dueActuals, explanation, indicatorName, isBlank } from './helpers';
import type { Rule } from './types';

/** The explained counterpart of actual-missing: 「未実施」 in 備考, 「—」 or 「調査なし」 in the cell. */
export const actualNoData: Rule = {
  id: 'actual-no-data',
  severity: 'info',
  scope: 'indicator',
  looksAt: '実績値 cells and the 備考 row',
  *check(ctx) {
    for (const { ind, y } of dueActuals(ctx)) {
      if (!isBlank(y.actual) && y.actual.parsed.kind !== 'no-data') continue;
      const reason = explanation(y);
      if (reason !== null) yield { cell: y.actual.cell, data: { indicator: indicatorName(ind), year: y.year, reason } };
    }
  },
};
