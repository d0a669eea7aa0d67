import type { Command } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeWorkbook } from '../../core/analyze';
import { planSummary, type SummaryInput } from '../../core/summary';
import { XlsxWorkbook } from '../../xlsx';
import { checkOutput, CliUsageError, reportSkipped, writeAtomic } from './charts';

/**
 * `evalsheet summary <files or folders…> -o summary.xlsx [--force]`: one summary workbook over many
 * submissions, one row per item and indicator of every file, the file named on each row.
 */

/** .xlsx files given or found in folders (recursively), in name order; Excel's ~$ lock files skipped. */
export function expandInputs(args: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith('~$') && !e.name.startsWith('.')) out.push(p);
    }
  };
  for (const a of args) {
    if (!fs.existsSync(a)) throw new CliUsageError(`${a}: no such file or folder / ファイル・フォルダがありません`);
    if (fs.statSync(a).isDirectory()) walk(a);
    else out.push(a);
  }
  return out;
}

export interface SummaryOptions {
  output: string;
  force: boolean;
}

/** Returns the exit status: 0 done, 2 when a file could not be read (the others are still summarised) or misuse. */
export async function runSummary(args: string[], o: SummaryOptions, err: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<number> {
  let status = 0;
  try {
    // A file named on the command line is never the output; a summary found in a folder (an earlier run) is left out.
    checkOutput(o.output, args.filter((a) => fs.existsSync(a) && fs.statSync(a).isFile()), o.force);
    const files = expandInputs(args).filter((f) => path.resolve(f) !== path.resolve(o.output));
    if (files.length === 0) throw new CliUsageError('no .xlsx files to summarise / 集計する .xlsx ファイルがありません');
    checkOutput(o.output, files, o.force);
    const inputs: SummaryInput[] = [];
    for (const [i, file] of files.entries()) {
      if (files.length > 1) err(`[${i + 1}/${files.length}] ${file}`);
      try {
        const wb = await XlsxWorkbook.open(fs.readFileSync(file), path.basename(file));
        const analysis = analyzeWorkbook(await wb.readSnapshot(), (await wb.readSettings()) ?? undefined);
        inputs.push({ file, analysis });
      } catch (e) {
        // One unreadable submission must not stop the other forty-nine.
        err(`${file}: skipped: ${(e as Error).message}`);
        status = 2;
      }
    }
    const wb = XlsxWorkbook.create(path.basename(o.output));
    const plan = planSummary(inputs);
    reportSkipped(await wb.applyPlan(plan), err);
    writeAtomic(o.output, await wb.toBytes());
    err(`${o.output}: ${plan.title.en}`);
    return status;
  } catch (e) {
    err((e as Error).message);
    return 2;
  }
}

export function registerSummary(program: Command): void {
  program
    .command('summary')
    .description('build the committee summary (評価サマリー) across workbooks / 評価サマリーを作成')
    .argument('<paths...>', '.xlsx files or folders of them')
    .requiredOption('-o, --output <summary.xlsx>', 'output workbook')
    .option('--force', 'replace the output if it exists', false)
    .action(async (paths: string[], opts: { output: string; force: boolean }) => {
      process.exitCode = await runSummary(paths, opts);
    });
}
