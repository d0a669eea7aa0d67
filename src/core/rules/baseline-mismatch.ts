import { cmpDec, parseDec } from '../interpolate/decimal';
import { activeIndicators, decimalText, indicatorName } from './helpers';
import type { Rule } from './types';

export const baselineMismatch: Rule = {
  id: 'baseline-mismatch',
  severity: 'warning',
  scope: 'indicator',
  looksAt: "the baseline year's 実績値 and 期待値",
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      const by = ind.baseline?.year;
      const y = ind.years.find((x) => x.year === by);
      if (!y) continue;
      const a = decimalText(y.actual);
      const e = decimalText(y.expected);
      if (a === null || e === null || cmpDec(parseDec(a), parseDec(e)) === 0) continue;
      yield { cell: y.expected!.cell, data: { indicator: indicatorName(ind), year: y.year, actual: Number(a), expected: Number(e) } };
    }
  },
};
