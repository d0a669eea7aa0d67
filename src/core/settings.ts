import { thresholdsProblem } from './grading/thresholds';
import type { GradePreset } from './grading/types';
import type { LayoutProfile } from './profile/schema';
import { checkStoredProfiles } from './profile/stored';

/**
 * Settings that override what a sheet says. One interface, documented defaults, one place that
 * checks ranges (HyperFormula's lesson): a bad setting is reported, it does not crash a run.
 */

export type Rounding = 'round' | 'floor' | 'ceil';

export interface Settings {
  /** The evaluated fiscal year (Western, R5 = 2023); null: read it from each sheet. */
  evaluationYear: number | null;
  /** Grade preset id (see grading/presets); default 'default' (A–D on progress toward 期待値). */
  preset: string;
  /** How interpolated expected values are rounded to the sheet's precision. Default: 'round' (half away from zero, as Excel's ROUND). */
  rounding: Rounding;
  /**
   * Interim targets (中間目標) as knots of a piecewise-linear line, per indicator:
   * key "<sheet>!<indicator key>" → knots. Default: none (straight line baseline → target).
   */
  interimTargets: Record<string, { year: number; value: number }[]>;
  /** Overrides of the preset's roll-up points (総合評価 from item grades), e.g. { A: 4, B: 3 }. */
  points: Record<string, number> | null;
  /**
   * Overrides of the preset's grade thresholds: grade → minimum progress as a fraction, e.g.
   * { A: 1, B: 0.8, C: 0.5 } (for Kitakami, whose thresholds are not published). Grades the record
   * leaves out keep the preset's minimum; the last grade takes the rest. Default null: the preset's own.
   */
  thresholds: Record<string, number> | null;
  /**
   * Layout profiles a person taught (src/core/profile, docs/layout-profiles.md): tables these find
   * are read by them first. Saved in the workbook by the pane; `--profile` on the command line adds
   * its own in front. Default: none.
   */
  profiles: LayoutProfile[];
}

export const DEFAULT_SETTINGS: Settings = {
  evaluationYear: null,
  preset: 'default',
  rounding: 'round',
  interimTargets: {},
  points: null,
  thresholds: null,
  profiles: [],
};

/** "<sheet>!<indicator>" → a list of { year, value } knots, every number finite. */
function validInterimTargets(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.values(v).every((knots) => Array.isArray(knots) && knots.every((k) => typeof k === 'object' && k !== null && Number.isInteger((k as { year: unknown }).year) && typeof (k as { value: unknown }).value === 'number' && Number.isFinite((k as { value: number }).value)));
}

export interface SettingsProblem {
  field: keyof Settings;
  message: { ja: string; en: string };
}

/**
 * Defaults filled in and every value checked against the presets (grading/presets PRESETS): a bad
 * value is a problem with a message, and the default in its place.
 */
export function resolveSettings(partial: Partial<Settings> | undefined, presets: readonly GradePreset[]): { settings: Settings; problems: SettingsProblem[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  // A key present but undefined (a spread of optional options) means "not set", not undefined.
  for (const [k, v] of Object.entries(partial ?? {})) if (v !== undefined) (settings as unknown as Record<string, unknown>)[k] = v;
  const problems: SettingsProblem[] = [];
  const presetIds = presets.map((p) => p.id);
  if (settings.evaluationYear !== null && !(Number.isInteger(settings.evaluationYear) && settings.evaluationYear >= 1989 && settings.evaluationYear <= 2100)) {
    problems.push({ field: 'evaluationYear', message: { ja: `評価年度 ${settings.evaluationYear} は年度として読めません`, en: `Evaluation year ${settings.evaluationYear} is not a fiscal year` } });
    settings.evaluationYear = null;
  }
  if (typeof settings.preset !== 'string' || !presetIds.includes(settings.preset)) {
    problems.push({ field: 'preset', message: { ja: `評価基準「${settings.preset}」はありません（${presetIds.join(', ')}）`, en: `No grade preset "${settings.preset}" (one of ${presetIds.join(', ')})` } });
    settings.preset = DEFAULT_SETTINGS.preset;
  }
  if (typeof settings.rounding !== 'string' || !['round', 'floor', 'ceil'].includes(settings.rounding)) {
    problems.push({ field: 'rounding', message: { ja: `丸め方「${settings.rounding}」は使えません`, en: `Unknown rounding "${settings.rounding}"` } });
    settings.rounding = 'round';
  }
  if (!validInterimTargets(settings.interimTargets)) {
    problems.push({ field: 'interimTargets', message: { ja: '中間目標の設定が読めないため、使わずに点検しました。設定画面で中間目標を設定し直してください', en: 'The stored interim targets cannot be read and were not used; set them again in Settings' } });
    settings.interimTargets = {};
  }
  const p = settings.points;
  if (p !== null && !(typeof p === 'object' && Object.values(p).every((v) => typeof v === 'number' && Number.isFinite(v)))) {
    problems.push({ field: 'points', message: { ja: '評価の点数は数値で指定してください', en: 'Grade points must be numbers' } });
    settings.points = null;
  }
  const preset = presets.find((x) => x.id === settings.preset);
  const bad = settings.thresholds === null || !preset ? null : thresholdsProblem(settings.thresholds, preset);
  if (bad) {
    problems.push({ field: 'thresholds', message: bad });
    settings.thresholds = null;
  }
  const taught = checkStoredProfiles(settings.profiles);
  for (const { index, name, problem } of taught.problems) {
    const which = name ? `「${name}」` : ` ${index + 1} `;
    problems.push({ field: 'profiles', message: { ja: `レイアウトプロファイル${which}の ${problem.field}: ${problem.message.ja}`, en: `Layout profile ${name ? `"${name}"` : index + 1}: ${problem.field}: ${problem.message.en}` } });
  }
  settings.profiles = taught.profiles;
  return { settings, problems };
}
