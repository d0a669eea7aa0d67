import type { Command } from 'commander';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeWorkbook } from '../../core/analyze';
import { planCharts } from '../../core/charts';
import type { ApplyResult } from '../../core/plan/types';
import { XlsxWorkbook } from '../../xlsx';

/**
 * `evalsheet charts <in.xlsx> -o <out.xlsx> [--placement beside|sheet] [--force]`: the workbook
 * with a native progress chart per indicator. Never writes over the input; writes atomically.
 */

export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/**
 * Output safety shared by charts and summary (same rules as check/fill/annotate): the output is
 * not an input, an existing output needs --force, and the file appears whole or not at all.
 */
export function checkOutput(out: string, inputs: string[], force: boolean): void {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const target = real(out);
  const clash = inputs.find((i) => real(i) === target);
  if (clash) throw new CliUsageError(`${out}: the output would overwrite the input ${clash}; choose another -o / 入力ファイルは上書きしません`);
  if (fs.existsSync(out) && !force) throw new CliUsageError(`${out}: already exists; add --force to replace it / 既に存在します（置き換えるには --force）`);
  if (!fs.existsSync(path.dirname(path.resolve(out)))) throw new CliUsageError(`${out}: folder ${path.dirname(out)} does not exist / フォルダがありません`);
}

export function writeAtomic(out: string, data: Uint8Array): void {
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, out);
  } finally {
    if (fs.existsSync(tmp)) fs.rmSync(tmp, { force: true });
  }
}

/** The adapter's skipped ops, one line each, so nothing is dropped silently. */
export function reportSkipped(result: ApplyResult, err: (line: string) => void): void {
  for (const s of result.skipped) {
    // Cleaning up an Evalsheet sheet that is not there is not news.
    if (s.reason === 'missing-sheet' && (s.op.op === 'delete-sheet' || s.op.op === 'delete-owned-charts')) continue;
    const what = s.op.op === 'add-chart' ? `chart ${s.op.chart.id}` : s.op.op === 'put-sheet' ? `sheet ${s.op.spec.name}` : s.op.op;
    err(`  skipped ${what}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`);
  }
}

export function warnLostParts(file: string, wb: XlsxWorkbook, err: (line: string) => void): void {
  if (wb.lostParts.length === 0) return;
  err(`${file}: warning: ${wb.lostParts.join(', ')} cannot be carried over into the output (ExcelJS drops them); the input is unchanged / 出力には引き継がれません（入力は変更しません）`);
}

export interface ChartsOptions {
  output: string;
  placement: 'beside' | 'sheet';
  force: boolean;
}

/** Runs the command; returns the exit status (0 done, 2 unreadable file or misuse). */
export async function runCharts(input: string, o: ChartsOptions, err: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<number> {
  try {
    if (o.placement !== 'beside' && o.placement !== 'sheet') throw new CliUsageError(`--placement must be beside or sheet, not "${o.placement}"`);
    if (!fs.existsSync(input)) throw new CliUsageError(`${input}: no such file / ファイルがありません`);
    checkOutput(o.output, [input], o.force);
    const wb = await XlsxWorkbook.open(fs.readFileSync(input), path.basename(input));
    warnLostParts(input, wb, err);
    const snapshot = await wb.readSnapshot();
    const analysis = analyzeWorkbook(snapshot, (await wb.readSettings()) ?? undefined);
    const plan = planCharts(analysis, { placement: o.placement, snapshot });
    const result = await wb.applyPlan(plan);
    reportSkipped(result, err);
    writeAtomic(o.output, await wb.toBytes());
    const n = plan.ops.filter((op) => op.op === 'add-chart').length;
    err(`${o.output}: ${n} chart${n === 1 ? '' : 's'} (${o.placement}) / グラフ ${n} 件`);
    return 0;
  } catch (e) {
    err(`${(e as Error).message}`);
    return 2;
  }
}

export function registerCharts(program: Command): void {
  program
    .command('charts')
    .description('add a progress chart (actual vs expected) per indicator / 指標ごとの進捗グラフを追加')
    .argument('<in.xlsx>', 'evaluation workbook')
    .requiredOption('-o, --output <out.xlsx>', 'output workbook (never the input)')
    .option('--placement <where>', 'beside each indicator block, or all on one sheet: beside | sheet', 'beside')
    .option('--force', 'replace the output if it exists', false)
    .action(async (input: string, opts: { output: string; placement: 'beside' | 'sheet'; force: boolean }) => {
      process.exitCode = await runCharts(input, opts);
    });
}
