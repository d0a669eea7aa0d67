import type { EvaluationSheet } from '../model/types';
import type { Settings } from '../settings';

/**
 * The evaluated fiscal year in force: settings, else the sheet's own (評価対象期間), else inferred —
 * the latest graded year of plan/actual items, else the current-value year of baseline/target/current rows.
 */
export function effectiveYear(model: EvaluationSheet, settings: Settings): { year: number | null; source: 'settings' | 'sheet' | 'inferred' | null } {
  if (settings.evaluationYear !== null) return { year: settings.evaluationYear, source: 'settings' };
  if (model.evaluationYear) return { year: model.evaluationYear.year, source: 'sheet' };
  const graded = model.items.flatMap((it) => it.yearlyGrades.filter((g) => g.grade.value !== null).map((g) => g.year));
  if (graded.length > 0) return { year: Math.max(...graded), source: 'inferred' };
  const current = model.indicators.filter((i) => i.layout === 'baseline-target-current' && i.current?.year != null).map((i) => i.current!.year as number);
  if (current.length > 0) return { year: Math.max(...current), source: 'inferred' };
  return { year: null, source: null };
}
