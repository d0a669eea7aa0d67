import { analyzeWorkbook } from '../core/analyze';
import type { WorkbookAnalysis } from '../core/analyze/types';
import type { Settings } from '../core/settings';
import type { XlsxWorkbook } from '../xlsx';

/** Settings stored in the workbook, overridden by the command line's; then the engine. */
export async function analyzeOpened(wb: XlsxWorkbook, cli: Partial<Settings>): Promise<WorkbookAnalysis> {
  const stored = (await wb.readSettings()) ?? {};
  return analyzeWorkbook(await wb.readSnapshot(), { ...stored, ...cli });
}
