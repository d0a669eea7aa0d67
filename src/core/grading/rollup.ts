import type { GradePreset } from './types';

/**
 * Rolling grades up into one (総合評価 from item grades, an item's grade from several indicators):
 * the mean of the grades' points mapped to the grade whose points are nearest. A mean exactly
 * between two grades goes to the worse one: a flag should not flatter.
 */
export function rollUp(preset: GradePreset, grades: (string | null)[]): { grade: string | null; mean: number | null; counted: string[] } {
  const counted = grades.filter((g): g is string => g !== null && !preset.ungraded.includes(g) && preset.points[g] !== undefined);
  if (counted.length === 0) return { grade: null, mean: null, counted };
  const sum = counted.reduce((s, g) => s + preset.points[g], 0);
  const n = counted.length;
  let best: { grade: string; dist: number; points: number } | null = null;
  for (const g of preset.scale) {
    const p = preset.points[g];
    if (p === undefined || preset.ungraded.includes(g)) continue;
    // Compare |p − sum/n| as |p·n − sum| so integer points stay exact.
    const dist = Math.abs(p * n - sum);
    if (!best || dist < best.dist || (dist === best.dist && p < best.points)) best = { grade: g, dist, points: p };
  }
  return { grade: best ? best.grade : null, mean: sum / n, counted };
}
