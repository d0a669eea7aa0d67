/** A city's grade scale and how numbers map onto it: data, not code. */

/**
 * - progress: (actual − baseline) / (expected − baseline) for the evaluated year (DOMAIN.md);
 * - ratio: actual / expected;
 * - target-ratio: actual / target (cumulative targets);
 * - pro-rata-target: Tama's ①②③ — progress toward the pro-rata share of the target.
 */
export type ProgressBasis = 'progress' | 'ratio' | 'target-ratio' | 'pro-rata-target';

export interface GradePreset {
  id: string;
  name: { ja: string; en: string };
  /** Valid grades, best first: ['A', 'B', 'C', 'D']. */
  scale: string[];
  /** Grades on the scale that mean "not evaluable" (E: 評価不能); never suggested, never inconsistent. */
  ungraded: string[];
  basis: ProgressBasis;
  /** Minimum progress (a fraction: 1.0 = 100%) for each grade, best first; the last grade takes the rest. */
  thresholds: { grade: string; min: number }[];
  /** Points for rolling item grades up into the overall grade (総合評価); mean of points, nearest grade. */
  points: Record<string, number>;
  /** What each grade means, as a sheet's legend would say it (A: 順調 / on track). Optional. */
  meanings?: Record<string, { ja: string; en: string }>;
  /**
   * The grades are phrases (the national 地方創生 effect scale): a grade cell that ends in one of
   * them after a lead (「地方創生に非常に効果的であった」) reads as that grade, and a sheet whose grades
   * are all phrases of this scale is graded on it (grading/phrases.ts; its form prints the scale).
   */
  phrases?: boolean;
  /** Where the thresholds come from (the city's own evaluation guide), for README and the pane. */
  source: string;
}
