import { activeIndicators, fixFor, indicatorName, valueCells } from './helpers';
import type { Rule } from './types';

/**
 * A number written as text (「1,090」 as text, 「４３．５」, 「43人」). Not for 見込み values (value-estimate:
 * writing the plain number would lose the mark) nor for the labelled values that are the
 * baseline/target/current layout's own convention (「加入率 66.1%」).
 */
export const valueNormalized: Rule = {
  id: 'value-normalized',
  severity: 'info',
  scope: 'indicator',
  looksAt: 'value cells holding numbers as text',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      for (const c of valueCells(ind)) {
        const p = c.value.parsed;
        if (p.kind !== 'number' || p.normalized.length === 0 || p.estimate) continue;
        if (ind.layout === 'baseline-target-current' && p.label !== null) continue;
        yield { cell: c.value.cell, data: { indicator: indicatorName(ind), text: String(c.value.raw), value: p.value, normalized: p.normalized }, fix: fixFor(c.value, p.decimalText) };
      }
    }
  },
};
