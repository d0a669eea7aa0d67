import { readWorkbook } from '../read';
import type { WorkbookSnapshot } from '../snapshot/types';
import type { Settings } from '../settings';
import { analyzeSheets } from './sheets';
import { validProfiles } from '../profile/stored';
import type { WorkbookAnalysis } from './types';

/** Snapshot → analysis: read every sheet, then check it under the settings (bad settings become problems, not crashes). */
export function analyzeWorkbook(w: WorkbookSnapshot, settings?: Partial<Settings>): WorkbookAnalysis {
  return analyzeSheets(w.name, readWorkbook(w, { profiles: validProfiles(settings?.profiles) }), settings);
}

export { analyzeSheet, analyzeSheets } from './sheets';
