import type { EvaluationSheet } from '../model/types';
import { PRESETS } from './presets';
import type { GradePreset } from './types';

/**
 * Forms that grade with marks (◎ ○ △ ×) instead of letters (issue 7: 地域再生計画 事後評価調書,
 * 都市再生整備計画 事後評価シート). Under a letter preset every such grade would be off the scale, so
 * a sheet whose grades are all marks, none of them on the preset in use, is graded on the smallest
 * mark preset (presets.ts) whose scale holds every mark written: ○ △ → 「toshisaisei」, ◎ ○ △ →
 * 「marks」. Letter sheets keep the preset in use (the seed sheets' findings do not change).
 */

const MARK = /^[◎○△×]$/;

/** Every grade value written on the sheet: overall, items, yearly grades, axes, indicators. */
export function writtenGrades(model: EvaluationSheet): string[] {
  const out: (string | null | undefined)[] = [model.overallGrade?.value];
  for (const it of model.items) {
    out.push(it.grade?.value);
    for (const yg of it.yearlyGrades) out.push(yg.grade?.value);
    for (const a of it.axes ?? []) out.push(a.grade.value);
  }
  for (const ind of model.indicators) out.push(ind.grade?.value);
  return out.filter((g): g is string => typeof g === 'string' && g !== '');
}

/** The mark preset a sheet is graded on, or null to keep `current` (see above). */
export function markPresetFor(model: EvaluationSheet, current: GradePreset): GradePreset | null {
  const grades = writtenGrades(model);
  if (grades.length === 0 || !grades.every((g) => MARK.test(g)) || grades.some((g) => current.scale.includes(g))) return null;
  const fitting = PRESETS.filter((p) => p.scale.every((g) => MARK.test(g)) && grades.every((g) => p.scale.includes(g)));
  return fitting.sort((a, b) => a.scale.length - b.scale.length)[0] ?? null;
}
