import { PRESET_IDS } from '../core/grading/presets';
import type { Settings } from '../core/settings';
import { parseFiscalYear } from '../core/text/years';
import { UsageError } from './context';

export interface EngineOptions {
  year?: string;
  preset?: string;
}

/** --year R5 | 令和5年度 | 2023 → 2023; a value that is not a fiscal year is a usage error. */
export function parseYearOption(text: string): number {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  const parsed = parseFiscalYear(t);
  if (!parsed || parsed.form === 'bare') throw new UsageError(`--year: "${text}" is not a fiscal year (R5, 令和5年度 or 2023) / 年度として読めません`);
  return parsed.year;
}

/** Settings from the command line; they override what the workbook stores. */
export function settingsFromOptions(o: EngineOptions): Partial<Settings> {
  const s: Partial<Settings> = {};
  if (o.year !== undefined) s.evaluationYear = parseYearOption(o.year);
  if (o.preset !== undefined) {
    if (!PRESET_IDS.includes(o.preset)) throw new UsageError(`--preset: no preset "${o.preset}" (one of ${PRESET_IDS.join(', ')}) / 評価基準がありません`);
    s.preset = o.preset;
  }
  return s;
}
