import { readSheet } from '../read';
import { SheetFailure } from './failure';
import type { WorkbookSnapshot } from '../snapshot/types';
import type { Settings } from '../settings';
import { analyzeSheets } from './sheets';
import { validProfiles } from '../profile/stored';
import type { WorkbookAnalysis } from './types';

/** Snapshot → analysis: read every sheet, then check it under the settings (bad settings become problems, not crashes). */
export function analyzeWorkbook(w: WorkbookSnapshot, settings?: Partial<Settings>): WorkbookAnalysis {
  // A reader that throws on a sheet it did not foresee names that sheet; the caller decides (the
  // CLI turns it into an `internal` error for this file and goes on with the others).
  const profiles = validProfiles(settings?.profiles);
  const models = w.sheets.map((s) => {
    try {
      return readSheet(s, { profiles });
    } catch (e) {
      throw new SheetFailure(s.name, 'reading the layout', e);
    }
  });
  return analyzeSheets(w.name, models, settings);
}

export { analyzeSheet, analyzeSheets } from './sheets';
export { SheetFailure } from './failure';
