import { activeIndicators, indicatorName, valueCells } from './helpers';
import { fold } from '../text/normalize';
import type { Rule } from './types';

/**
 * A 単位 cell left blank beside numbers; the finding points at that cell, where the unit goes.
 * The readers give `unit: { cell, text: '' }` for a blank 単位 cell and null where the layout has no
 * unit column (Niigata's plan/actual rows, Nasushiobara's labelled values name the unit in the
 * indicator or the values: nothing to fill in there); qualitative rows need none.
 * A blank 単位 cell fires also when the values carry a unit (「３６人」): the unit belongs in its
 * cell, and the fix proposes the unit the values carry most often (first seen on a tie).
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
      if (fold(ind.unit.text) !== '') continue;
      const counts = new Map<string, number>();
      for (const c of numbers) {
        const u = c.value.parsed.kind === 'number' ? c.value.parsed.unit : null;
        if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
      }
      let proposed: string | null = null;
      for (const [u, n] of counts) if (proposed === null || n > counts.get(proposed)!) proposed = u;
      yield {
        cell: ind.unit.cell,
        data: { indicator: indicatorName(ind), unit: proposed },
        fix: proposed === null ? null : { cell: ind.unit.cell, value: proposed },
      };
    }
  },
};
