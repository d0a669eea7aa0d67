/**
 * The scale of a grade axis (必要性 / 効率性 / 手段の適切性 / 目的達成度 …). A table that grades each
 * project on several axes often writes points (4–1) rather than letters; the points scales a sheet
 * may use are data, like the presets. An axis takes the smallest points scale that holds every
 * digit written on it, when most of its cells are digits; otherwise the sheet's letter scale (its
 * legend, else the preset's). So 「4」 on a 4–1 axis is valid, 「7」 or 「B」 there is not.
 */
export const POINTS_SCALES: readonly (readonly string[])[] = [
  ['3', '2', '1'],
  ['4', '3', '2', '1'],
  ['5', '4', '3', '2', '1'],
];

/** The grades valid on one axis, given every grade written on it and the sheet's letter scale. */
export function axisScale(written: (string | null)[], letters: string[]): string[] {
  const values = written.filter((v): v is string => v !== null && v !== '');
  const digits = values.filter((v) => /^\d$/.test(v));
  if (values.length === 0 || digits.length * 2 <= values.length) return letters;
  const max = Math.max(...digits.map(Number));
  const fit = POINTS_SCALES.find((s) => s.includes(String(max)) && digits.every((d) => s.includes(d)));
  // Digits beyond every points scale (0, 6–9): the largest scale, so those cells are the finding.
  return [...(fit ?? POINTS_SCALES[POINTS_SCALES.length - 1])];
}
