import { PRESET_IDS, getPreset } from '../core/grading/presets';
import { thresholdsProblem, type Thresholds } from '../core/grading/thresholds';
import type { Settings } from '../core/settings';
import { parseFiscalYear } from '../core/text/years';
import { UsageError } from './context';
import { loadProfiles } from './profiles';

export interface EngineOptions {
  year?: string;
  preset?: string;
  thresholds?: string;
  profile?: string[];
}

/** --year R5 | 令和5年度 | 2023 → 2023; a value that is not a fiscal year is a usage error. */
export function parseYearOption(text: string): number {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  const parsed = parseFiscalYear(t);
  if (!parsed || parsed.form === 'bare') throw new UsageError(`--year: "${text}" is not a fiscal year (R5, 令和5年度 or 2023) / 年度として読めません`);
  return parsed.year;
}

/**
 * --thresholds "A=100,B=80,C=50" (percent, as people write them; 「％」 and full-width digits too)
 * → { A: 1, B: 0.8, C: 0.5 }; "preset" → null, the preset's own (ignoring thresholds stored in the
 * workbook). Whether the grades fit the preset is checked once the preset is known.
 */
export function parseThresholdsOption(text: string): Thresholds | null {
  const misuse = (why: string) => new UsageError(`--thresholds: "${text}" ${why}; write grade=percent pairs, e.g. A=100,B=80,C=50 / 「A=100,B=80,C=50」の形で指定してください`);
  if (text.trim().toLowerCase() === 'preset') return null;
  const out: Thresholds = {};
  for (const part of text.split(/[,，、]/)) {
    const m = /^\s*([^=＝\s]+)\s*[=＝]\s*([^%％]*?)\s*[%％]?\s*$/.exec(part);
    if (!m) throw misuse(part.trim() === '' ? 'has an empty entry' : `has "${part.trim()}", not grade=percent`);
    // Full-width digits fold to ASCII; the grade is kept as typed (NFKC would turn ① into 1).
    const digits = m[2].normalize('NFKC').replace(/−/g, '-');
    const percent = digits === '' ? Number.NaN : Number(digits);
    if (!Number.isFinite(percent)) throw misuse(`gives "${m[2]}" for ${m[1]}, not a number`);
    if (m[1] in out) throw misuse(`gives ${m[1]} twice`);
    // Division, not × 0.01: 80 / 100 is exactly the double nearest 0.8.
    out[m[1]] = percent / 100;
  }
  return out;
}

/** Thresholds that do not fit the preset they are for, as a usage error naming where they came from. */
export function checkThresholdsFit(thresholds: Thresholds, presetId: string, where: string): void {
  const preset = getPreset(presetId);
  const bad = preset ? thresholdsProblem(thresholds, preset) : null;
  if (bad) throw new UsageError(`--thresholds${where}: ${bad.en} / ${bad.ja}`);
}

/** Settings from the command line; they override what the workbook stores. */
export function settingsFromOptions(o: EngineOptions, cwd = process.cwd()): Partial<Settings> {
  const s: Partial<Settings> = {};
  if (o.year !== undefined) s.evaluationYear = parseYearOption(o.year);
  if (o.preset !== undefined) {
    if (!PRESET_IDS.includes(o.preset)) throw new UsageError(`--preset: no preset "${o.preset}" (one of ${PRESET_IDS.join(', ')}) / 評価基準がありません`);
    s.preset = o.preset;
  }
  if (o.thresholds !== undefined) {
    s.thresholds = parseThresholdsOption(o.thresholds);
    // With --preset the fit is known before any file is read; without, each file's preset decides (analyzeOpened).
    if (s.thresholds && s.preset !== undefined) checkThresholdsFit(s.thresholds, s.preset, '');
  }
  if (o.profile !== undefined && o.profile.length > 0) s.profiles = loadProfiles(o.profile, cwd);
  return s;
}
