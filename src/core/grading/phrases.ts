import { fold } from '../text/normalize';
import { PRESETS } from './presets';
import type { EvaluationSheet } from '../model/types';
import { writtenGrades } from './mark-scales';
import type { GradePreset } from './types';

/**
 * Phrase scales (presets marked `phrases`, the national 地方創生 effect scale): a grade written as
 * a sentence that ends in one of their phrases (「地方創生に相当程度効果があった」) is that grade.
 * The longest phrase wins (相当程度効果があった, not 効果があった).
 */
const PHRASES = PRESETS.filter((p) => p.phrases)
  .flatMap((p) => p.scale.map((g) => ({ grade: g, form: fold(g), preset: p })))
  .sort((a, b) => b.form.length - a.form.length);

export function phraseGrade(text: string): string | null {
  const t = fold(text).replace(/[。.\s]+$/, '');
  if (t === '') return null;
  return PHRASES.find((p) => t.endsWith(p.form))?.grade ?? null;
}

/** The phrase preset whose scale holds every one of these grades (at least one), else null. */
export function phraseScaleOf(grades: string[]): GradePreset | null {
  if (grades.length === 0) return null;
  return PRESETS.find((p) => p.phrases && grades.every((g) => p.scale.includes(g))) ?? null;
}

/**
 * The preset a sheet graded only in a phrase scale's words is graded on (as markPresetFor does for
 * ◎ ○ △ ×): its form prints the scale. null keeps `current` (letter sheets, the seeds).
 */
export function phrasePresetFor(model: EvaluationSheet, current: GradePreset): GradePreset | null {
  const grades = writtenGrades(model);
  if (grades.some((g) => current.scale.includes(g))) return null;
  const p = phraseScaleOf(grades);
  return p && p.id !== current.id ? p : null;
}
