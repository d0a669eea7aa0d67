import { align, parseDec } from '../interpolate/decimal';
import { activeIndicators, decimalText, indicatorName } from './helpers';
import type { Rule } from './types';

/** |actual − previous actual| / |previous actual| > 0.5, decided exactly, over the yearly actuals (blanks skipped). */
export const suddenChange: Rule = {
  id: 'sudden-change',
  severity: 'info',
  scope: 'indicator',
  looksAt: 'consecutive 実績値',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      let prev: { year: number; text: string } | null = null;
      for (const y of [...ind.years].sort((a, c) => a.year - c.year)) {
        const text = decimalText(y.actual);
        if (text === null) continue;
        if (prev) {
          const [a, p] = align(parseDec(text), parseDec(prev.text));
          const diff = a > p ? a - p : p - a;
          const base = p < 0n ? -p : p;
          if (base !== 0n && 2n * diff > base) {
            const change = Number(diff) / Number(base);
            yield { cell: y.actual!.cell, data: { indicator: indicatorName(ind), year: y.year, actual: Number(text), previousYear: prev.year, previous: Number(prev.text), change } };
          }
        }
        prev = { year: y.year, text };
      }
    }
  },
};
