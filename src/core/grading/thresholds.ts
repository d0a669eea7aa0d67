import type { GradePreset } from './types';

/**
 * Threshold overrides (Settings.thresholds): grade → minimum progress as a fraction
 * ({ A: 1, B: 0.8, C: 0.5 }), for presets whose cities do not publish theirs (Kitakami). A record
 * may name only some grades; the others keep the preset's minimum.
 */
export type Thresholds = Record<string, number>;

type Message = { ja: string; en: string };

/** Grades a minimum can be set for, best first: the preset's graded ones but the last, which takes the rest. */
export function thresholdGrades(preset: GradePreset): string[] {
  return preset.thresholds.slice(0, -1).map((t) => t.grade);
}

/** The preset's own minimums as a record: { A: 1, B: 0.8, C: 0.5 }. */
export function presetThresholds(preset: GradePreset): Thresholds {
  return Object.fromEntries(preset.thresholds.slice(0, -1).map((t) => [t.grade, t.min]));
}

/** A fraction as people write it, without binary noise: 0.8 → "80", 0.575 → "57.5". */
export function percentText(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(12)));
}

function isRecordOfNumbers(value: unknown): value is Thresholds {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'number' && Number.isFinite(v));
}

/**
 * Why `value` cannot be the preset's thresholds, or null when it can: numbers, grades the preset
 * sets a minimum for, strictly falling from the best grade (the preset's minimum filling in a grade
 * the record leaves out). One message, the first problem found.
 */
export function thresholdsProblem(value: unknown, preset: GradePreset): Message | null {
  if (!isRecordOfNumbers(value)) {
    return { ja: '評価のしきい値は「評価: 割合」の数値で指定してください（例 A: 1, B: 0.8, C: 0.5）', en: 'Thresholds must be numbers, grade: fraction (e.g. A: 1, B: 0.8, C: 0.5)' };
  }
  const grades = thresholdGrades(preset);
  const last = preset.thresholds[preset.thresholds.length - 1]?.grade ?? '';
  const unknown = Object.keys(value).filter((g) => !grades.includes(g));
  if (unknown.length > 0) {
    return {
      ja: `評価基準「${preset.id}」では ${unknown.join('、')} にしきい値を指定できません（指定できるのは ${grades.join('、')}。${last} はそれ未満）`,
      en: `Preset "${preset.id}" has no threshold for ${unknown.join(', ')} (thresholds are for ${grades.join(', ')}; ${last} takes the rest)`,
    };
  }
  const merged = preset.thresholds.slice(0, -1).map((t) => ({ grade: t.grade, min: value[t.grade] ?? t.min }));
  for (let i = 1; i < merged.length; i++) {
    const [hi, lo] = [merged[i - 1], merged[i]];
    if (lo.min >= hi.min) {
      return {
        ja: `しきい値は上位の評価ほど高くしてください: ${lo.grade} ${percentText(lo.min)}% が ${hi.grade} ${percentText(hi.min)}% 以上です`,
        en: `Thresholds must fall from the best grade down: ${lo.grade} ${percentText(lo.min)}% is not below ${hi.grade} ${percentText(hi.min)}%`,
      };
    }
  }
  return null;
}
