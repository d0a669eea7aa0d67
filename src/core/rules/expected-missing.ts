import { expectedAt, lineEnds } from '../analyze/line';
import { decToNumber, decToText } from '../interpolate/decimal';
import { activeIndicators, fixFor, indicatorName, isBlank } from './helpers';
import type { Rule } from './types';

/** Only layouts with expected cells of their own (indicator blocks); the target cell is target-missing's. */
export const expectedMissing: Rule = {
  id: 'expected-missing',
  severity: 'warning',
  scope: 'indicator',
  looksAt: '期待値 cells between baseline and target',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      if (ind.layout !== 'indicator-blocks' || ind.qualitative) continue;
      const ends = lineEnds(ind);
      if (!ends) continue;
      for (const y of ind.years) {
        if (!y.expected || !isBlank(y.expected) || y.expected.cell === ind.target?.value?.cell) continue;
        // A space or 「　」 alone marks the cell deliberately empty, and a formula without a saved
        // result is the sheet's own calculation: neither is a missing value to fill.
        if (y.expected.formula || (typeof y.expected.raw === 'string' && y.expected.raw !== '')) continue;
        const e = expectedAt(ctx.model.sheet, ind, y.year, ctx.settings);
        if (!e) continue;
        yield {
          cell: y.expected.cell,
          data: { indicator: indicatorName(ind), year: y.year, value: decToNumber(e), baseline: decToNumber(ends.baseline.value), target: decToNumber(ends.target.value), precision: e.s },
          fix: fixFor(y.expected, decToText(e)),
        };
      }
    }
  },
};
