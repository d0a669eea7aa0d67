import { percentText, presetThresholds, thresholdGrades, thresholdsProblem, type Thresholds } from '../../core/grading/thresholds';
import type { GradePreset } from '../../core/grading/types';

/** The Settings view's threshold fields: grade → the percent as typed ("80", "57.5"). */
export type ThresholdTexts = Record<string, string>;

/** What the fields mean: thresholds to save (null: the preset's own), or why they cannot be saved. */
export type ThresholdsInput =
  | { ok: true; value: Thresholds | null }
  | { ok: false; badFields: string[]; problem: { ja: string; en: string } | null };

/** The fields for a preset: the saved minimums where they name its grades, the preset's own elsewhere. */
export function thresholdTexts(preset: GradePreset, saved: Thresholds | null | undefined): ThresholdTexts {
  const own = presetThresholds(preset);
  return Object.fromEntries(
    thresholdGrades(preset).map((g) => {
      const s = saved?.[g];
      return [g, percentText(typeof s === 'number' && Number.isFinite(s) ? s : own[g])];
    }),
  );
}

/** "80", "８０％", " 57.5 % " → 0.8, 0.575; blank or anything else → undefined. */
export function readPercentInput(text: string): number | undefined {
  const t = text.normalize('NFKC').trim().replace(/\s*%$/, '').replace(/−/g, '-');
  if (t === '' || !/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  // Division, not × 0.01: 80 / 100 is exactly the double nearest 0.8.
  return Number(t) / 100;
}

/**
 * The fields read for saving: every one a percentage, falling from the best grade (the engine's
 * own check, so the pane refuses what the engine would). Equal to the preset's own → null, so a
 * later change of preset or of the preset's data is not shadowed by a copy.
 */
export function readThresholds(preset: GradePreset, texts: ThresholdTexts): ThresholdsInput {
  const grades = thresholdGrades(preset);
  const value: Thresholds = {};
  const badFields: string[] = [];
  for (const g of grades) {
    const v = readPercentInput(texts[g] ?? '');
    if (v === undefined) badFields.push(g);
    else value[g] = v;
  }
  if (badFields.length > 0) return { ok: false, badFields, problem: null };
  const problem = thresholdsProblem(value, preset);
  if (problem) return { ok: false, badFields: [], problem };
  const own = presetThresholds(preset);
  return { ok: true, value: grades.every((g) => value[g] === own[g]) ? null : value };
}
