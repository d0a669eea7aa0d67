import * as path from 'path';
import type { WorkbookAnalysis } from '../core/analyze/types';
import { nothingToWorkOn } from '../core/findings/advice';
import type { ApplyResult, EditPlan } from '../core/plan/types';
import type { PreviousSheet } from '../core/previous/types';
import type { Settings } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot/types';
import type { XlsxWorkbook } from '../xlsx';
import { analyzeOpened } from './analyze';
import { type CliContext, type Io, raiseExit } from './context';
import type { Lang } from './lang';
import { openOrReport } from './open';
import { checkOutput, writeAtomically } from './output';

export interface EditRun {
  input: string;
  output: string;
  force: boolean;
  /** With nothing to change: write a byte copy of the input instead of no file. */
  copy?: boolean;
  settings: Partial<Settings>;
  lang: Lang;
  /** --previous: last year's sheets to compare with. */
  previous?: PreviousSheet[];
}

/** The adapter's skipped ops on stderr, one line each naming the file, so nothing is dropped silently. */
export function reportSkipped(io: Io, file: string, result: ApplyResult): void {
  for (const s of result.skipped) {
    // Cleaning up an Evalsheet sheet or chart that is not there is not news.
    if (s.reason === 'missing-sheet' && (s.op.op === 'delete-sheet' || s.op.op === 'delete-owned-charts')) continue;
    const op = s.op;
    // Removing what is not there (an old chart, a mark on a deleted sheet) is not news either.
    if (s.reason === 'missing-sheet' && /^(delete|remove|clear)/.test(op.op)) continue;
    const where =
      op.op === 'add-chart' ? `chart ${op.chart.id}` : op.op === 'put-sheet' ? `sheet ${op.spec.name}` : `${op.sheet ?? ''}${'cell' in op ? `!${op.cell}` : ''}`;
    io.stderr(`evalsheet: ${file}: skipped ${where}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}\n`);
  }
}

/**
 * The shared path of fill, annotate and charts: check the output first (never the input, never an
 * existing file unasked), open, analyse, plan, refuse when saving would lose parts ExcelJS cannot
 * keep (unless --force), apply the plan, write atomically. Returns null when nothing was written.
 */
export async function editWorkbook(
  ctx: CliContext,
  run: EditRun,
  makePlan: (a: WorkbookAnalysis, opened: { wb: XlsxWorkbook; snapshot: WorkbookSnapshot }) => EditPlan,
): Promise<{ analysis: WorkbookAnalysis; plan: EditPlan; result: ApplyResult; wb: XlsxWorkbook } | null> {
  const { io } = ctx;
  checkOutput(path.resolve(io.cwd, run.input), path.resolve(io.cwd, run.output), run.force);
  const opened = await openOrReport(ctx, path.resolve(io.cwd, run.input), run.input);
  if ('error' in opened) return null;
  const { wb } = opened;
  const snapshot = await wb.readSnapshot();
  const analysis = await analyzeOpened(wb, run.settings, io, run.lang, snapshot, run.previous);
  // No evaluation sheet: said once, nothing written, exit 2 (a copy of the input is not a result).
  const nothing = nothingToWorkOn(analysis);
  if (nothing) {
    io.stderr(`evalsheet: ${run.input}: ${nothing[run.lang]}${run.lang === 'ja' ? '出力は書きませんでした。' : ' Nothing written.'}\n`);
    raiseExit(ctx, 2);
    return null;
  }
  const plan = makePlan(analysis, { wb, snapshot });
  // Evalsheet's own charts count as lost only when the plan does not draw them again.
  const lost = wb.lostPartsWith(plan);
  if (lost.length > 0) {
    const list = lost.join(', ');
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
  const result = await wb.applyPlan(plan);
  if (!wb.hasChanges() && !run.copy) {
    // An empty plan (or one whose every op was skipped) writes nothing: no "copy" that is not one.
    reportSkipped(io, run.input, result);
    io.stdout(
      run.lang === 'ja'
        ? `${run.input}: 変更する箇所がないため、${run.output} は書き込みませんでした。写しが必要な場合は --copy を付けてください。\n`
        : `${run.input}: nothing to change, so ${run.output} was not written; add --copy to write a copy anyway.\n`,
    );
    return null;
  }
  writeAtomically(path.resolve(io.cwd, run.output), await wb.toBytes(), { writeFile: io.writeFile, display: run.output });
  reportSkipped(io, run.input, result);
  return { analysis, plan, result, wb };
}

/** The titles (indicators) of the charts the adapter took, in plan order. */
export function addedChartTitles(plan: EditPlan, result: ApplyResult): string[] {
  const skipped = new Set(result.skipped.flatMap((s) => (s.op.op === 'add-chart' ? [s.op.chart.id] : [])));
  return plan.ops.flatMap((o) => (o.op === 'add-chart' && !skipped.has(o.chart.id) ? [o.chart.title] : []));
}

/** How many charts of the plan the adapter took (added, not skipped). */
export function addedCharts(plan: EditPlan, result: ApplyResult): number {
  const skipped = new Set(result.skipped.flatMap((s) => (s.op.op === 'add-chart' ? [s.op.chart.id] : [])));
  return plan.ops.filter((o) => o.op === 'add-chart' && !skipped.has(o.chart.id)).length;
}
