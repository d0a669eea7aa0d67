import { readSheet } from '../read';
import { SheetFailure } from './failure';
import type { WorkbookSnapshot } from '../snapshot/types';
import type { Settings } from '../settings';
import { analyzeSheets, type AnalyzeOptions } from './sheets';
import { validProfiles } from '../profile/stored';
import type { AnalysisProblem, WorkbookAnalysis } from './types';

/** Snapshot → analysis: read every sheet, then check it under the settings (bad settings become problems, not crashes). */
export function analyzeWorkbook(w: WorkbookSnapshot, settings?: Partial<Settings>, options: AnalyzeOptions = {}): WorkbookAnalysis {
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
  const analysis = analyzeSheets(w.name, models, settings, undefined, options);
  // What the adapter could not read (a sheet over the host's cell limit, merges unread) is said,
  // sheet by sheet, where the settings' and rules' problems are: the pane and the CLI show them.
  const read: AnalysisProblem[] = w.sheets.flatMap((s) => (s.readIssues ?? []).map((i) => ({ source: 'read' as const, subject: i.code, sheet: s.name, message: { ja: i.ja, en: i.en } })));
  return read.length > 0 ? { ...analysis, problems: [...read, ...(analysis.problems ?? [])] } : analysis;
}

export { analyzeSheet, analyzeSheets, type AnalyzeOptions } from './sheets';
export { SheetFailure } from './failure';
