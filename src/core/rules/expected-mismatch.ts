import { expectedAt, lineEnds } from '../analyze/line';
import { cmpDec, decToNumber, decToText, parseDec, roundDec } from '../interpolate/decimal';
import { activeIndicators, fixFor, indicatorName } from './helpers';
import type { Rule } from './types';

/**
 * A written 期待値 that differs from the line after rounding to the sheet's precision. The baseline
 * year is baseline-mismatch's and the target cell defines the line, so neither is compared here.
 */
export const expectedMismatch: Rule = {
  id: 'expected-mismatch',
  severity: 'warning',
  scope: 'indicator',
  looksAt: '期待値 cells between baseline and target',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      if (ind.layout !== 'indicator-blocks' || ind.qualitative) continue;
      const ends = lineEnds(ind);
      if (!ends) continue;
      for (const y of ind.years) {
        const p = y.expected?.parsed;
        if (!y.expected || p?.kind !== 'number' || y.year === ends.baseline.year || y.expected.cell === ind.target?.value?.cell) continue;
        const e = expectedAt(ctx.model.sheet, ind, y.year, ctx.settings);
        if (!e) continue;
        const written = parseDec(p.decimalText);
        if (cmpDec(roundDec(written, e.s, ctx.settings.rounding), e) === 0) continue;
        yield {
          cell: y.expected.cell,
          data: { indicator: indicatorName(ind), year: y.year, written: p.value, value: decToNumber(e), baseline: decToNumber(ends.baseline.value), target: decToNumber(ends.target.value), precision: e.s },
          fix: fixFor(y.expected, decToText(e)),
        };
      }
    }
  },
};
