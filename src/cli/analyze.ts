import { analyzeWorkbook } from '../core/analyze';
import type { WorkbookAnalysis } from '../core/analyze/types';
import type { PreviousSheet } from '../core/previous/types';
import type { Settings } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot/types';
import type { XlsxWorkbook } from '../xlsx/workbook';
import type { DirectRead } from '../xlsx/read/index';
import { UsageError, type Io } from './context';
import type { Lang } from './lang';

/** The workbook's stored settings overridden by the command line's. */
export function mergeSettings(stored: Partial<Settings>, cli: Partial<Settings>): Partial<Settings> {
  const merged = { ...stored, ...cli };
  // Stored thresholds were set for the stored preset: another preset on the command line starts from its own.
  if (cli.preset !== undefined && cli.preset !== stored.preset && cli.thresholds === undefined) merged.thresholds = null;
  // --profile goes in front of the workbook's own taught profiles, which still apply after it.
  if (cli.profiles !== undefined) merged.profiles = [...cli.profiles, ...(Array.isArray(stored.profiles) ? stored.profiles : [])];
  return merged;
}

/**
 * Settings stored in the workbook, overridden by the command line's; then the engine. Problems
 * outside the sheets (a stored preset that does not exist, a rule that failed) go to stderr, one
 * line each naming the file: they are not findings, and never stop the run. Thresholds given on the
 * command line that do not fit the file's preset are misuse (exit 2), not a problem to skip past.
 */
export async function analyzeOpened(wb: XlsxWorkbook, cli: Partial<Settings>, io: Io, lang: Lang, snapshot?: WorkbookSnapshot, previous?: PreviousSheet[]): Promise<WorkbookAnalysis> {
  const stored = (await wb.readSettings()) ?? {};
  return analyzeSnapshot(wb.name, stored, snapshot ?? (await wb.readSnapshot()), cli, io, lang, previous);
}

/** The same over what the direct reader read (check and summary: no ExcelJS). */
export function analyzeRead(read: DirectRead, cli: Partial<Settings>, io: Io, lang: Lang, previous?: PreviousSheet[]): WorkbookAnalysis {
  return analyzeSnapshot(read.snapshot.name, read.settings ?? {}, read.snapshot, cli, io, lang, previous);
}

function analyzeSnapshot(name: string, stored: Partial<Settings>, snapshot: WorkbookSnapshot, cli: Partial<Settings>, io: Io, lang: Lang, previous?: PreviousSheet[]): WorkbookAnalysis {
  // --previous: last year's sheets; without it the rules against last year do not run.
  const analysis = analyzeWorkbook(snapshot, mergeSettings(stored, cli), previous ? { previous } : {});
  const misfit = cli.thresholds ? analysis.problems?.find((p) => p.source === 'settings' && p.subject === 'thresholds') : undefined;
  if (misfit) throw new UsageError(`--thresholds: ${name} (preset ${analysis.settings.preset}): ${misfit.message.en} / ${misfit.message.ja}`);
  for (const p of analysis.problems ?? []) {
    io.stderr(`evalsheet: ${name}${p.sheet ? `!${p.sheet}` : ''}: ${p.source} ${p.subject}: ${p.message[lang]}\n`);
  }
  return analysis;
}
