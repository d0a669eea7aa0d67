import { effectiveYear } from '../analyze/year';
import { PRESETS } from '../grading/presets';
import { validProfiles } from '../profile/stored';
import { readSheet } from '../read';
import { resolveSettings, type Settings } from '../settings';
import type { WorkbookSnapshot } from '../snapshot/types';
import type { PreviousSheet } from './types';

/**
 * Last year's workbook read for the comparison: every sheet's model and its evaluated year, under
 * the settings stored in that workbook (its own year and profiles, never this year's --year).
 * A sheet a reader throws on is left out: last year's workbook only informs, it is not checked.
 */
export function preparePrevious(w: WorkbookSnapshot, stored: Partial<Settings> = {}, file: string = w.name): PreviousSheet[] {
  const { settings } = resolveSettings(stored, PRESETS);
  const profiles = validProfiles(stored.profiles);
  const out: PreviousSheet[] = [];
  for (const s of w.sheets) {
    let model;
    try {
      model = readSheet(s, { profiles });
    } catch {
      continue;
    }
    if (model.kind !== 'evaluation') continue;
    out.push({ file, model, evaluationYear: effectiveYear(model, settings).year });
  }
  return out;
}

export { matchSheets, matchItems, matchIndicators, sheetScore } from './match';
export { similarity, textKey, titleKey, splitCode } from './similarity';
export type { IndicatorPair, ItemPair, MatchBasis, PreviousSheet, SheetMatch } from './types';
