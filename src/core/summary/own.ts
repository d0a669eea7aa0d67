import { CHART_DATA_SHEET, CHARTS_SHEET } from '../charts';
import { ROLLUP_SHEET, STATUS_SHEET, SUMMARY_SHEET } from './names';

/** Sheets Evalsheet writes: never read as submissions, and the only ones a regeneration replaces. */
export const OWN_SHEETS: readonly string[] = [SUMMARY_SHEET, STATUS_SHEET, ROLLUP_SHEET, CHARTS_SHEET, CHART_DATA_SHEET];

export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.includes(name);
}
