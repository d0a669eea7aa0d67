import type { Command } from 'commander';
import { buildReport, errorReport, fileReport } from '../../core/report';
import type { FileReport, Report } from '../../core/report/types';
import { analyzeRead } from '../analyze';
import { cliContext, raiseExit, UsageError } from '../context';
import { expandInputsReport } from '../files';
import { formatReport } from '../format-report';
import { pickLang } from '../lang';
import { internalError, readOrReport } from '../open';
import { engineOptions, previousOption, type EngineOptionValues } from '../options';
import { loadPrevious } from '../previous';
import { progress } from '../progress';
import { settingsFromOptions } from '../settings';
import { toolVersion } from '../version';

type CheckOptions = EngineOptionValues & { json?: boolean };

/** JSON.stringify(value, null, 2) indented by `depth` more levels, for a document written piece by piece. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

export function registerCheck(program: Command): void {
  previousOption(engineOptions(
    program
      .command('check')
      .description('check evaluation sheets: a readable report, or the JSON report with --json / 評価シートを点検')
      .argument('<paths...>', '.xlsx files or folders (every .xlsx inside, recursively)')
      .option('--json', 'print the JSON report of RULES.md on stdout'),
  ))
    .addHelpText('after', '\nExit status: 0 no errors, 1 errors found, 2 a file could not be read or misuse.')
    .action(async (paths: string[], opts: CheckOptions, cmd: Command) => {
      const ctx = cliContext(cmd);
      const { io } = ctx;
      const lang = pickLang(opts.lang, io.env);
      const settings = settingsFromOptions(opts, io.cwd);
      const { files, skipped } = expandInputsReport(paths, io.cwd);
      if (files.length === 0 && skipped.length === 0) throw new UsageError(`no .xlsx files in ${paths.join(', ')}`, `${paths.map((p) => `「${p}」`).join('、')}に .xlsx ファイルがありません。`);
      const previous = loadPrevious(ctx, opts.previous, lang);
      const step = progress(io, files.length);
      // --json streams file by file: only the counts are kept, so memory stays flat over any batch.
      // The readable report keeps the file reports for its closing table of files.
      const kept: FileReport[] = [];
      const summary: Report['summary'] = { files: 0, errors: 0, warnings: 0, info: 0 };
      if (opts.json) io.stdout(`{\n  "version": ${JSON.stringify(toolVersion())},\n  "files": [`);
      for (const [i, f] of files.entries()) {
        step(i, f.display);
        // One line per unreadable file, and the run goes on with the others.
        const read = readOrReport(ctx, f.absolute, f.display);
        let report: FileReport;
        if ('error' in read) {
          report = errorReport(f.display, read.error.code, read.error.message);
        } else {
          try {
            report = fileReport(f.display, analyzeRead(read.read, settings, io, lang, previous));
          } catch (e) {
            if (e instanceof UsageError) throw e;
            // A reader or step that throws on this file: an `internal` error for it alone.
            const error = internalError(f.display, e);
            io.stderr(`evalsheet: ${error.message}\n`);
            raiseExit(ctx, 2);
            report = errorReport(f.display, error.code, error.message);
          }
        }
        summary.files++;
        for (const x of report.findings) {
          if (x.severity === 'error') summary.errors++;
          else if (x.severity === 'warning') summary.warnings++;
          else summary.info++;
        }
        if (opts.json) io.stdout(`${i === 0 ? '' : ','}\n    ${indented(report, 2)}`);
        else kept.push(report);
      }
      step.done();
      // A file left out is named with the reason, never dropped silently (in --json, on stderr).
      if (opts.json) {
        for (const sk of skipped) io.stderr(`evalsheet: ${sk.display}: ${sk.reason[lang]}\n`);
        io.stdout(`\n  ],\n  "summary": ${indented(summary, 1)}\n}\n`);
      } else {
        io.stdout(formatReport(buildReport(kept, toolVersion()), lang, { columns: io.columns, skipped }));
      }
      if (skipped.length > 0) raiseExit(ctx, 2);
      if (summary.errors > 0) raiseExit(ctx, 1);
    });
}
