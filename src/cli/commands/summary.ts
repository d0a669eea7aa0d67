import type { Command } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { digestSubmission, planDepartmentFindings, planSubmissions, type Submission } from '../../core/summary';
import { analyzeRead } from '../analyze';
import { cliContext, raiseExit, UsageError } from '../context';
import { reportSkipped } from '../edit';
import { expandInputsReport } from '../files';
import { nothingToWorkOn } from '../../core/findings/advice';
import { pickLang } from '../lang';
import { fileErrorText, internalError, readOrReport } from '../open';
import { engineOptions, type EngineOptionValues, outputOptions, type OutputOptionValues, previousOption } from '../options';
import { loadPrevious } from '../previous';
import { checkOutput, sameFile, writeAtomically } from '../output';
import { progress } from '../progress';
import { settingsFromOptions } from '../settings';

/**
 * `evalsheet summary <files or folders…> -o summary.xlsx`: one summary workbook over many
 * submissions, one row per item and indicator of every file, the file named on each row.
 * An unreadable submission is named on stderr and the others are still summarised (exit 2).
 */

type SummaryOptions = EngineOptionValues & OutputOptionValues & { findings?: boolean };

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The input's path relative to the summary's folder, with 「/」 (a hyperlink's form on every system). */
function linkPath(output: string, input: string): string {
  return path.relative(path.dirname(output), input).split(path.sep).join('/');
}

/** The file's last-modified time, for 提出状況; null when it cannot be read (a missing file). */
function modifiedAt(absolute: string): Date | null {
  try {
    return fs.statSync(absolute).mtime;
  } catch {
    return null;
  }
}

/** A workbook whose every sheet is Evalsheet's (marked as owned): a summary an earlier run wrote. */
async function isEarlierSummary(absolute: string, display: string): Promise<boolean> {
  try {
    const { XlsxWorkbook } = await import('../../xlsx/workbook');
    const wb = await XlsxWorkbook.open(new Uint8Array(fs.readFileSync(absolute)), display);
    return wb.ownedSheets().length > 0 && (await wb.readSnapshot()).sheets.length === 0;
  } catch {
    return false;
  }
}

export function registerSummary(program: Command): void {
  previousOption(engineOptions(
    outputOptions(
      program
        .command('summary')
        .description('build the submission status (提出状況), the committee summary (評価サマリー) and the roll-up (集計) across workbooks / 提出状況・評価サマリー・集計を作成')
        .argument('<paths...>', '.xlsx files or folders (every .xlsx inside, recursively)'),
      'replace an existing output file',
    ),
  ))
    .option('--findings', 'also write a findings sheet per department (「指摘 <部署>」), as the pane’s 「指摘一覧を書き出す」 / 部署ごとの指摘一覧も書き出す')
    .addHelpText('after', '\nExit status: 0 written, 2 a file could not be read (it is a 読めません row of 提出状況; the others are summarised) or misuse.')
    .action(async (paths: string[], opts: SummaryOptions, cmd: Command) => {
      const ctx = cliContext(cmd);
      const { io } = ctx;
      const lang = pickLang(opts.lang, io.env);
      const settings = settingsFromOptions(opts, ctx.io.cwd);
      const output = path.resolve(io.cwd, opts.output);
      // A file named on the command line is never the output ...
      checkOutput(paths.map((p) => path.resolve(io.cwd, p)).filter(isFile), output, Boolean(opts.force));
      // ... and a summary an earlier run left in a folder given is not a submission; but a
      // submission is never replaced by the summary (it would be left out and then overwritten).
      const expanded = expandInputsReport(paths, io.cwd);
      const all = expanded.files;
      const clash = all.find((f) => sameFile(f.absolute, output));
      if (clash && !(await isEarlierSummary(clash.absolute, clash.display))) {
        throw new UsageError(
          `${opts.output}: is one of the submissions to summarise (${clash.display}); choose an output outside the folder or another name`,
          `出力先「${opts.output}」は集計する提出ファイルの一つです。別の名前か、フォルダの外を指定してください。`,
        );
      }
      const files = all.filter((f) => !sameFile(f.absolute, output));
      if (files.length === 0 && expanded.skipped.length === 0) throw new UsageError(`no .xlsx files in ${paths.join(', ')}`, `${paths.map((p) => `「${p}」`).join('、')}に集計する .xlsx ファイルがありません。`);
      // A department must never vanish from the committee's summary unnoticed: each file left out is named.
      for (const sk of expanded.skipped) io.stderr(`evalsheet: ${sk.display}: ${sk.reason[lang]}\n`);
      if (expanded.skipped.length > 0) raiseExit(ctx, 2);
      const previous = loadPrevious(ctx, opts.previous, lang);
      let empty = 0;
      let usable = 0;
      const step = progress(io, files.length);
      // Every file given is a row of 提出状況, read or not: a department never vanishes from it.
      const submissions: Submission[] = expanded.skipped.map((sk) => ({ file: linkPath(output, path.resolve(io.cwd, sk.display)), modified: modifiedAt(path.resolve(io.cwd, sk.display)), analysis: null, error: sk.reason }));
      const unreadable = (f: { display: string; absolute: string }, error: { code: string; message: string }): Submission => ({
        file: linkPath(output, f.absolute),
        modified: modifiedAt(f.absolute),
        analysis: null,
        error: { ja: fileErrorText(f.display, error, 'ja', false), en: fileErrorText(f.display, error, 'en', false) },
      });
      for (const [i, f] of files.entries()) {
        step(i, f.display);
        // One unreadable submission must not stop the other forty-nine.
        const read = readOrReport(ctx, f.absolute, f.display);
        if ('error' in read) {
          submissions.push(unreadable(f, read.error));
          continue;
        }
        let analysis;
        try {
          analysis = analyzeRead(read.read, settings, io, lang, previous);
        } catch (e) {
          if (e instanceof UsageError) throw e;
          const error = internalError(f.display, e);
          io.stderr(`evalsheet: ${error.message}\n`);
          raiseExit(ctx, 2);
          submissions.push(unreadable(f, error));
          continue;
        }
        const nothing = nothingToWorkOn(analysis);
        if (nothing) {
          io.stderr(`evalsheet: ${f.display}: ${nothing[lang]}\n`);
          empty += 1;
        } else usable += 1;
        // The file as a link from where the summary is written; the sheets show its base name.
        // Only its digest is kept (its rows and a slim analysis): memory stays flat over a large batch.
        // With --findings the whole analysis is kept (the findings sheets name each indicator and read its cells).
        const file = linkPath(output, f.absolute);
        submissions.push({ file, modified: modifiedAt(f.absolute), ...(opts.findings ? { analysis } : digestSubmission(file, analysis)) });
      }
      step.done();
      const bad = files.length - usable - empty + expanded.skipped.length;
      if (usable === 0) {
        io.stderr(lang === 'ja' ? `evalsheet: 集計できる評価シートがないため、${opts.output} は書きませんでした。\n` : `evalsheet: no evaluation sheet to summarise; ${opts.output} not written.\n`);
        raiseExit(ctx, 2);
        return;
      }
      // ExcelJS only now, to write the summary.
      const { XlsxWorkbook } = await import('../../xlsx/workbook');
      const wb = XlsxWorkbook.create(path.basename(output));
      const plan = planSubmissions(submissions, { generatedAt: new Date() });
      reportSkipped(io, opts.output, await wb.applyPlan(plan));
      // The same findings sheets per department as the pane writes.
      if (opts.findings) reportSkipped(io, opts.output, await wb.applyPlan(planDepartmentFindings(submissions, { generatedAt: new Date() })));
      writeAtomically(output, await wb.toBytes(), { writeFile: io.writeFile, display: opts.output });
      const left = [
        bad > 0 ? (lang === 'ja' ? `読めないファイル ${bad} 件` : `${bad} unreadable file${bad === 1 ? '' : 's'}`) : '',
        empty > 0 ? (lang === 'ja' ? `評価シートのないファイル ${empty} 件` : `${empty} file${empty === 1 ? '' : 's'} without an evaluation sheet`) : '',
      ].filter((x) => x !== '');
      io.stdout(
        lang === 'ja'
          ? `${opts.output}: ${plan.title.ja}${left.length > 0 ? `。${left.join('、')}は評価サマリー・集計から除外し、提出状況に記載しました。` : ''}\n`
          : `${opts.output}: ${plan.title.en}${left.length > 0 ? `; ${left.join(', ')} left out of the summary and roll-up, listed in 提出状況` : ''}\n`,
      );
    });
}
