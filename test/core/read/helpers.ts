import type { Indicator, IndicatorYear, ValueCell } from '../../../src/core/model/types';

/** The number a value cell holds (shown units), or its text / no-data mark, or null when blank. */
export function shown(v: ValueCell | null | undefined): number | string | null {
  if (!v) return null;
  const p = v.parsed;
  if (p.kind === 'number') return p.value;
  if (p.kind === 'no-data') return p.mark;
  if (p.kind === 'text') return p.text;
  return null;
}

export const actuals = (i: Indicator) => i.years.map((y: IndicatorYear) => shown(y.actual));
export const expecteds = (i: Indicator) => i.years.map((y: IndicatorYear) => shown(y.expected));
export const yearsOf = (i: Indicator) => i.years.map((y) => y.year);
