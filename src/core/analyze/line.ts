import { parseDec, type Dec } from '../interpolate/decimal';
import { interpolate } from '../interpolate';
import { precisionOf } from '../interpolate/precision';
import type { Indicator } from '../model/types';
import type { Settings } from '../settings';

/** Baseline and target as exact decimals with their years, when both are numbers. */
export function lineEnds(ind: Indicator): { baseline: { year: number; value: Dec }; target: { year: number; value: Dec } } | null {
  const b = ind.baseline;
  const t = ind.target;
  if (!b || !t || b.year === null || t.year === null || b.year === t.year) return null;
  if (b.value?.parsed.kind !== 'number' || t.value?.parsed.kind !== 'number') return null;
  return { baseline: { year: b.year, value: parseDec(b.value.parsed.decimalText) }, target: { year: t.year, value: parseDec(t.value.parsed.decimalText) } };
}

/** The interpolated expected value of an indicator in a year, at its precision, under the settings. */
export function expectedAt(sheet: string, ind: Indicator, year: number, settings: Settings): Dec | null {
  const ends = lineEnds(ind);
  if (!ends) return null;
  return interpolate(ends.baseline, ends.target, year, {
    precision: precisionOf(ind),
    rounding: settings.rounding,
    knots: settings.interimTargets[`${sheet}!${ind.key}`] ?? [],
  });
}
