import { analyzeWorkbook } from '../core/analyze';
import type { WorkbookAnalysis } from '../core/analyze/types';
import type { Settings } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot/types';
import type { XlsxWorkbook } from '../xlsx';
import type { Io } from './context';
import type { Lang } from './lang';

/**
 * Settings stored in the workbook, overridden by the command line's; then the engine. Problems
 * outside the sheets (a stored preset that does not exist, a rule that failed) go to stderr, one
 * line each naming the file: they are not findings, and never stop the run.
 */
export async function analyzeOpened(wb: XlsxWorkbook, cli: Partial<Settings>, io: Io, lang: Lang, snapshot?: WorkbookSnapshot): Promise<WorkbookAnalysis> {
  const stored = (await wb.readSettings()) ?? {};
  const analysis = analyzeWorkbook(snapshot ?? (await wb.readSnapshot()), { ...stored, ...cli });
  for (const p of analysis.problems ?? []) {
    io.stderr(`evalsheet: ${wb.name}${p.sheet ? `!${p.sheet}` : ''}: ${p.source} ${p.subject}: ${p.message[lang]}\n`);
  }
  return analysis;
}
