import type { Indicator, ValueCell } from '../model/types';

/**
 * Decimals for an indicator's expected values: the precision the sheet shows (number formats,
 * read by the readers), else the most decimals written in its baseline, target and expected values.
 */
export function precisionOf(indicator: Indicator): number {
  if (indicator.precision !== null && indicator.precision >= 0) return indicator.precision;
  const cells: (ValueCell | null | undefined)[] = [indicator.baseline?.value, indicator.target?.value, ...indicator.years.map((y) => y.expected)];
  let max = 0;
  for (const c of cells) if (c && c.parsed.kind === 'number') max = Math.max(max, c.parsed.decimals);
  return max;
}
