import { activeIndicators, indicatorName, valueCells } from './helpers';
import { fold } from '../text/normalize';
import type { Rule } from './types';

/**
 * A 単位 cell left blank beside numbers; the finding points at that cell, where the unit goes.
 * The readers give `unit: { cell, text: '' }` for a blank 単位 cell and null where the layout has no
 * unit column (Niigata's plan/actual rows, Nasushiobara's labelled values name the unit in the
 * indicator or the values: nothing to fill in there). A unit read from the values (「66.1%」,
 * 「14団体」) counts; qualitative rows need none.
 */
export const indicatorUnitMissing: Rule = {
  id: 'indicator-unit-missing',
  severity: 'warning',
  scope: 'indicator',
  looksAt: 'the 単位 cell or a unit written with the values',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      if (ind.qualitative || ind.unit === null) continue;
      const numbers = valueCells(ind).filter((c) => c.value.parsed.kind === 'number');
      if (numbers.length === 0) continue;
      const unit = ind.unitText ?? ind.unit?.text ?? null;
      const fromValues = numbers.some((c) => c.value.parsed.kind === 'number' && c.value.parsed.unit);
      if ((unit && fold(unit) !== '') || fromValues) continue;
      yield { cell: ind.unit.cell, data: { indicator: indicatorName(ind) } };
    }
  },
};
