import type { Command } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { planCharts } from '../../core/charts';
import { FINDINGS_SHEET, planAnnotate } from '../../core/plan';
import type { EditPlan } from '../../core/plan/types';
import { ruleName } from '../../core/findings/advice';
import { bySeverity } from '../format-report';
import { type CliContext, cliContext, raiseExit, UsageError } from '../context';
import { addedCharts, editWorkbook } from '../edit';
import { expandInputsReport } from '../files';
import { pickLang, type Lang } from '../lang';
import { copyOption, engineOptions, type EngineOptionValues, outputOptions, type OutputOptionValues, previousOption } from '../options';
import { loadPrevious } from '../previous';
import type { PreviousSheet } from '../../core/previous/types';
import { checkOutput, sameFile } from '../output';
import { settingsFromOptions } from '../settings';
import type { Settings } from '../../core/settings';

type AnnotateOptions = EngineOptionValues & OutputOptionValues;

/** Marks and the findings sheet (planAnnotate), then the progress charts beside each block, as issue 4 asks of annotate. */
function annotateWithCharts(marks: EditPlan, charts: EditPlan): EditPlan {
  return {
    title: { ja: `${marks.title.ja}、${charts.title.ja}`, en: `${marks.title.en}; ${charts.title.en}` },
    ops: [...marks.ops, ...charts.ops],
  };
}

export function registerAnnotate(program: Command): void {
  previousOption(copyOption(engineOptions(
    outputOptions(
      program
        .command('annotate')
        .description(`mark every flagged cell (fill + note), add the findings sheet 「${FINDINGS_SHEET}」 and a progress chart beside each indicator, in a copy / 指摘と進捗グラフを書き込む`)
        .argument('<input>', 'the .xlsx to read (never written)'),
    ),
  )))
    .addHelpText('after', '\nA folder: every .xlsx / .xlsm in it (sub-folders too) is annotated into the -o folder under the same name; the -o folder is never the input folder.')
    .action(async (input: string, opts: AnnotateOptions, cmd: Command) => {
      const ctx = cliContext(cmd);
      const lang = pickLang(opts.lang, ctx.io.env);
      const settings = settingsFromOptions(opts, ctx.io.cwd);
      const previous = loadPrevious(ctx, opts.previous, lang);
      if (isFolder(path.resolve(ctx.io.cwd, input))) await annotateFolder(ctx, input, opts, lang, settings, previous);
      else await annotateOne(ctx, input, opts.output, opts, lang, settings, previous);
    });
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `inner` is `outer` or lies under it (by real path where it exists). */
function within(inner: string, outer: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const rel = path.relative(real(outer), real(inner));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** One workbook annotated: the marks, the findings sheet and the charts, then what was done. Returns whether a file was written. */
async function annotateOne(ctx: CliContext, input: string, output: string, opts: AnnotateOptions, lang: Lang, settings: Partial<Settings>, previous?: PreviousSheet[]): Promise<boolean> {
  const done = await editWorkbook(ctx, { input, output, force: Boolean(opts.force), copy: Boolean(opts.copy), settings, lang, previous }, (a, { snapshot }) =>
    annotateWithCharts(planAnnotate(a, { lang }), planCharts(a, { placement: 'beside', snapshot })),
  );
  if (!done) return false;
  const findings = done.analysis.findings;
  const cells = new Set(findings.map((f) => `${f.sheet}!${f.cell}`));
  const sheet = done.wb.ownedSheets().find((n) => n.startsWith(FINDINGS_SHEET)) ?? FINDINGS_SHEET;
  const charts = addedCharts(done.plan, done.result);
  ctx.io.stdout(
    lang === 'ja'
      ? `${input} → ${output}: ${cells.size} セルに印とメモ（指摘 ${findings.length} 件）、一覧はシート「${sheet}」、進捗グラフ ${charts} 件\n`
      : `${input} → ${output}: ${cells.size} cells marked with a fill and a note (${findings.length} findings); list in sheet "${sheet}"; ${charts} progress chart${charts === 1 ? '' : 's'}\n`,
  );
  const severity = lang === 'ja' ? { error: 'エラー', warning: '警告', info: '情報' } : { error: 'error', warning: 'warning', info: 'info' };
  for (const f of bySeverity(findings)) ctx.io.stdout(`  ${f.sheet}!${f.cell}  ${severity[f.severity]}  ${ruleName(f.rule, lang)}\n`);
  return true;
}

/**
 * `annotate <folder> -o <out-folder>`: one annotated copy of every workbook, under the same name
 * and sub-folder, never over an input. Every output is checked before anything is written; a file
 * that cannot be read is named and the others go on (exit 2).
 */
async function annotateFolder(ctx: CliContext, input: string, opts: AnnotateOptions, lang: Lang, settings: Partial<Settings>, previous?: PreviousSheet[]): Promise<void> {
  const { io } = ctx;
  const inDir = path.resolve(io.cwd, input);
  const outDir = path.resolve(io.cwd, opts.output);
  if (within(outDir, inDir) && within(inDir, outDir)) {
    throw new UsageError(
      `${opts.output}: is the folder being annotated; give another folder for the annotated copies`,
      `出力先「${opts.output}」は印を付けるフォルダそのものです。写しを書き込む別のフォルダを指定してください。`,
    );
  }
  if (fs.existsSync(outDir) && !isFolder(outDir)) {
    throw new UsageError(`${opts.output}: is a file; with a folder to annotate, -o names a folder`, `出力先「${opts.output}」はファイルです。フォルダを指定した場合、-o には出力先のフォルダを指定してください。`);
  }
  const expanded = expandInputsReport([input], io.cwd);
  // Copies an earlier run wrote into a folder inside the input are not submissions.
  const files = expanded.files.filter((f) => !within(f.absolute, outDir));
  if (files.length === 0 && expanded.skipped.length === 0) throw new UsageError(`no .xlsx files in ${input}`, `「${input}」に .xlsx ファイルがありません。`);
  for (const sk of expanded.skipped) io.stderr(`evalsheet: ${sk.display}: ${sk.reason[lang]}\n`);
  if (expanded.skipped.length > 0) raiseExit(ctx, 2);
  const planned = files.map((f) => ({ f, output: path.join(opts.output, path.relative(inDir, f.absolute)) }));
  // Every output checked first: an existing copy without --force, or one that is an input, stops the run before anything is written.
  const inputs = files.map((f) => f.absolute);
  for (const p of planned) {
    const out = path.resolve(io.cwd, p.output);
    if (inputs.some((i) => sameFile(i, out))) checkOutput(inputs, out, Boolean(opts.force));
    if (fs.existsSync(out)) checkOutput(p.f.absolute, out, Boolean(opts.force));
  }
  let written = 0;
  for (const p of planned) {
    // A folder made for a copy that is then not written (an unreadable file) is taken away again.
    const made = fs.mkdirSync(path.dirname(path.resolve(io.cwd, p.output)), { recursive: true });
    if (await annotateOne(ctx, p.f.display, p.output, opts, lang, settings, previous)) written += 1;
    else if (made && fs.readdirSync(made, { recursive: true }).every((e) => isFolder(path.join(made, String(e))))) fs.rmSync(made, { recursive: true });
  }
  const notWritten = files.length - written;
  io.stdout(
    lang === 'ja'
      ? `${opts.output}: ${files.length} ファイル中 ${written} ファイルに印を付けて書き込みました${notWritten > 0 ? `（書き込まなかったもの ${notWritten}）` : ''}。\n`
      : `${opts.output}: ${written} of ${files.length} file${files.length === 1 ? '' : 's'} annotated${notWritten > 0 ? ` (${notWritten} not written)` : ''}.\n`,
  );
}
