import type { Command } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { planSummary, type SummaryInput } from '../../core/summary';
import { XlsxWorkbook } from '../../xlsx';
import { analyzeOpened } from '../analyze';
import { cliContext, raiseExit, UsageError } from '../context';
import { reportSkipped } from '../edit';
import { expandInputs } from '../files';
import { pickLang } from '../lang';
import { fileErrorOf, openWorkbook } from '../open';
import { engineOptions, outputOptions } from '../options';
import { checkOutput, sameFile, writeAtomically } from '../output';
import { progress } from '../progress';
import { settingsFromOptions } from '../settings';

/**
 * `evalsheet summary <files or folders…> -o summary.xlsx`: one summary workbook over many
 * submissions, one row per item and indicator of every file, the file named on each row.
 * An unreadable submission is named on stderr and the others are still summarised (exit 2).
 */

interface SummaryOptions {
  output: string;
  year?: string;
  preset?: string;
  force?: boolean;
  lang?: string;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function registerSummary(program: Command): void {
  engineOptions(
    outputOptions(
      program
        .command('summary')
        .description('build the committee summary (評価サマリー) across workbooks / 評価サマリーを作成')
        .argument('<paths...>', '.xlsx files or folders (every .xlsx inside, recursively)'),
      'replace an existing output file',
    ),
  )
    .addHelpText('after', '\nExit status: 0 written, 2 a file could not be read (the others are summarised) or misuse.')
    .action(async (paths: string[], opts: SummaryOptions, cmd: Command) => {
      const ctx = cliContext(cmd);
      const { io } = ctx;
      const lang = pickLang(opts.lang, io.env);
      const settings = settingsFromOptions(opts);
      const output = path.resolve(io.cwd, opts.output);
      // A file named on the command line is never the output ...
      checkOutput(paths.map((p) => path.resolve(io.cwd, p)).filter(isFile), output, Boolean(opts.force));
      // ... and a summary an earlier run left in a folder given is not a submission.
      const files = expandInputs(paths, io.cwd).filter((f) => !sameFile(f.absolute, output));
      if (files.length === 0) throw new UsageError(`no .xlsx files in ${paths.join(', ')} / 集計する .xlsx ファイルがありません`);
      const step = progress(io, files.length);
      const inputs: SummaryInput[] = [];
      for (const [i, f] of files.entries()) {
        step(i, f.display);
        try {
          const wb = await openWorkbook(f.absolute, f.display);
          inputs.push({ file: f.display, analysis: await analyzeOpened(wb, settings, io, lang) });
        } catch (e) {
          const err = fileErrorOf(e);
          if (!err) throw e;
          // One unreadable submission must not stop the other forty-nine.
          io.stderr(`evalsheet: ${err.message}\n`);
          raiseExit(ctx, 2);
        }
      }
      const wb = XlsxWorkbook.create(path.basename(output));
      const plan = planSummary(inputs);
      reportSkipped(io, opts.output, await wb.applyPlan(plan));
      writeAtomically(output, await wb.toBytes());
      const bad = files.length - inputs.length;
      io.stdout(
        lang === 'ja'
          ? `${opts.output}: ${plan.title.ja}${bad > 0 ? `（読めないファイル ${bad} 件は除外）` : ''}\n`
          : `${opts.output}: ${plan.title.en}${bad > 0 ? ` (${bad} unreadable file${bad === 1 ? '' : 's'} left out)` : ''}\n`,
      );
    });
}
