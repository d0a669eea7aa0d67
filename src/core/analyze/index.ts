import { readWorkbook } from '../read';
import type { WorkbookSnapshot } from '../snapshot/types';
import { analyzeSheets, type EngineSettings } from './sheets';
import type { WorkbookAnalysis } from './types';

/** Snapshot → analysis: read every sheet, then check it under the settings (bad settings become problems, not crashes). */
export function analyzeWorkbook(w: WorkbookSnapshot, settings?: EngineSettings): WorkbookAnalysis {
  return analyzeSheets(w.name, readWorkbook(w), settings);
}

export { analyzeSheet, analyzeSheets } from './sheets';
export type { EngineSettings } from './sheets';
