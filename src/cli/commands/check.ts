import type { Command } from 'commander';
import { buildReport, errorReport, fileReport } from '../../core/report';
import type { FileReport } from '../../core/report/types';
import { analyzeOpened } from '../analyze';
import { cliContext, raiseExit, UsageError } from '../context';
import { expandInputsReport } from '../files';
import { formatReport } from '../format-report';
import { pickLang } from '../lang';
import { openOrReport } from '../open';
import { engineOptions, type EngineOptionValues } from '../options';
import { progress } from '../progress';
import { settingsFromOptions } from '../settings';
import { toolVersion } from '../version';

type CheckOptions = EngineOptionValues & { json?: boolean };

export function registerCheck(program: Command): void {
  engineOptions(
    program
      .command('check')
      .description('check evaluation sheets: a readable report, or the JSON report with --json / 評価シートをチェック')
      .argument('<paths...>', '.xlsx files or folders (every .xlsx inside, recursively)')
      .option('--json', 'print the JSON report of RULES.md on stdout'),
  )
    .addHelpText('after', '\nExit status: 0 no errors, 1 errors found, 2 a file could not be read or misuse.')
    .action(async (paths: string[], opts: CheckOptions, cmd: Command) => {
      const ctx = cliContext(cmd);
      const lang = pickLang(opts.lang, ctx.io.env);
      const settings = settingsFromOptions(opts);
      const { files, skipped } = expandInputsReport(paths, ctx.io.cwd);
      if (files.length === 0 && skipped.length === 0) throw new UsageError(`no .xlsx files in ${paths.join(', ')}`, `${paths.map((p) => `「${p}」`).join('、')}に .xlsx ファイルがありません。`);
      const step = progress(ctx.io, files.length);
      const reports: FileReport[] = [];
      for (const [i, f] of files.entries()) {
        step(i, f.display);
        // One line per unreadable file, and the run goes on with the others.
        const opened = await openOrReport(ctx, f.absolute, f.display);
        reports.push('error' in opened ? errorReport(f.display, opened.error.code, opened.error.message) : fileReport(f.display, await analyzeOpened(opened.wb, settings, ctx.io, lang)));
      }
      step.done();
      const report = buildReport(reports, toolVersion());
      // A file left out is named with the reason, never dropped silently (in --json, on stderr).
      if (opts.json) for (const sk of skipped) ctx.io.stderr(`evalsheet: ${sk.display}: ${sk.reason[lang]}\n`);
      ctx.io.stdout(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, lang, { columns: ctx.io.columns, skipped }));
      if (skipped.length > 0) raiseExit(ctx, 2);
      if (report.summary.errors > 0) raiseExit(ctx, 1);
    });
}
