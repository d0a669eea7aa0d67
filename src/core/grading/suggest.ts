import type { EvaluationSheet } from '../model/types';
import { PRESETS } from './presets';
import type { GradePreset } from './types';

/**
 * The preset that fits a sheet better than the one in use, for a grade off the scale: first a
 * preset whose meanings match the sheet's legend word for word (Kitakami's A 順調 … D 遅れている),
 * then the smallest preset whose scale holds every grade written on the sheet (A–E for an E).
 * null when the current preset is already the best fit or none fits.
 */
export function suggestPreset(model: EvaluationSheet, grades: string[], current: string): GradePreset | null {
  const legend = (model.legend ?? []).filter((l) => l.meaning);
  if (legend.length > 0) {
    const byLegend = PRESETS.find((p) => p.meanings && legend.every((l) => p.scale.includes(l.grade) && p.meanings?.[l.grade]?.ja === l.meaning?.trim()));
    if (byLegend) return byLegend.id === current ? null : byLegend;
  }
  const fitting = PRESETS.filter((p) => grades.every((g) => p.scale.includes(g))).sort((a, b) => a.scale.length - b.scale.length);
  if (fitting.length === 0 || fitting.some((p) => p.id === current)) return null;
  return fitting[0];
}
