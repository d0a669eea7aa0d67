import { activeIndicators, indicatorName, valueCells } from './helpers';
import { fold } from '../text/normalize';
import type { Rule } from './types';

/** Numbers need a unit; a unit read from the values (「66.1%」, 「14団体」) counts. Qualitative indicators need none. */
export const indicatorUnitMissing: Rule = {
  id: 'indicator-unit-missing',
  severity: 'warning',
  scope: 'indicator',
  looksAt: 'the 単位 cell or a unit written with the values',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      if (ind.qualitative) continue;
      const numbers = valueCells(ind).filter((c) => c.value.parsed.kind === 'number');
      if (numbers.length === 0) continue;
      const unit = ind.unitText ?? ind.unit?.text ?? null;
      const fromValues = numbers.some((c) => c.value.parsed.kind === 'number' && c.value.parsed.unit);
      if ((unit && fold(unit) !== '') || fromValues) continue;
      yield { cell: ind.unit?.cell ?? ind.cell, data: { indicator: indicatorName(ind) } };
    }
  },
};
