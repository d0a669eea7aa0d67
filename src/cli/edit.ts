import * as path from 'path';
import type { WorkbookAnalysis } from '../core/analyze/types';
import type { ApplyResult, EditPlan } from '../core/plan/types';
import type { Settings } from '../core/settings';
import type { XlsxWorkbook } from '../xlsx';
import { analyzeOpened } from './analyze';
import { type CliContext, raiseExit } from './context';
import type { Lang } from './lang';
import { fileErrorOf, openWorkbook } from './open';
import { checkOutput, writeAtomically } from './output';

export interface EditRun {
  input: string;
  output: string;
  force: boolean;
  settings: Partial<Settings>;
  lang: Lang;
}

/**
 * The shared path of fill and annotate: check the output first (never the input, never an existing
 * file unasked), open, refuse when saving would lose parts ExcelJS cannot keep (unless --force),
 * analyse, apply the plan, write atomically. Returns null when nothing was written.
 */
export async function editWorkbook(
  ctx: CliContext,
  run: EditRun,
  makePlan: (a: WorkbookAnalysis, wb: XlsxWorkbook) => EditPlan,
): Promise<{ analysis: WorkbookAnalysis; result: ApplyResult; wb: XlsxWorkbook } | null> {
  const { io } = ctx;
  checkOutput(path.resolve(io.cwd, run.input), path.resolve(io.cwd, run.output), run.force);
  let wb: XlsxWorkbook;
  try {
    wb = await openWorkbook(path.resolve(io.cwd, run.input), run.input);
  } catch (e) {
    const err = fileErrorOf(e);
    if (!err) throw e;
    io.stderr(`evalsheet: ${err.message}\n`);
    raiseExit(ctx, 2);
    return null;
  }
  if (wb.lostParts.length > 0) {
    const list = wb.lostParts.join(', ');
    if (!run.force) {
      io.stderr(
        `evalsheet: ${run.input}: saving would LOSE parts this tool cannot keep (${list}): charts, pivot tables or macros. Nothing written; add --force to write anyway. / ` +
          `保存するとグラフ・ピボット等（${list}）が失われます。書き込みませんでした（--force で続行）\n`,
      );
      raiseExit(ctx, 2);
      return null;
    }
    io.stderr(`evalsheet: WARNING ${run.input}: ${run.output} is written WITHOUT ${list} (--force) / ${list} は失われます\n`);
  }
  const analysis = await analyzeOpened(wb, run.settings, io, run.lang);
  const plan = makePlan(analysis, wb);
  const result = await wb.applyPlan(plan);
  writeAtomically(path.resolve(io.cwd, run.output), await wb.toBytes());
  for (const s of result.skipped) {
    const where = 'sheet' in s.op ? s.op.sheet : '';
    io.stderr(`evalsheet: ${run.input}: skipped ${where}${'cell' in s.op ? `!${s.op.cell}` : ''}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}\n`);
  }
  return { analysis, result, wb };
}
