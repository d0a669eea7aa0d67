import { CHART_DATA_SHEET, CHARTS_SHEET } from '../charts';
import { DEPARTMENT_FINDINGS_PREFIX, ROLLUP_SHEET, STATUS_SHEET, SUMMARY_SHEET } from './names';

/** Sheets Evalsheet writes: never read as submissions, and the only ones a regeneration replaces. */
export const OWN_SHEETS: readonly string[] = [SUMMARY_SHEET, STATUS_SHEET, ROLLUP_SHEET, CHARTS_SHEET, CHART_DATA_SHEET];

/** One of OWN_SHEETS, or a findings sheet per department (「指摘 …」, its name made from the department's). */
export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.includes(name) || name.startsWith(DEPARTMENT_FINDINGS_PREFIX);
}
