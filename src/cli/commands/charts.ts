import type { Command } from 'commander';
import { planCharts } from '../../core/charts';
import { cliContext, UsageError } from '../context';
import { addedCharts, addedChartTitles, editWorkbook } from '../edit';
import { pickLang } from '../lang';
import { copyOption, engineOptions, type EngineOptionValues, outputOptions, type OutputOptionValues } from '../options';
import { settingsFromOptions } from '../settings';

/**
 * `evalsheet charts <in.xlsx> -o <out.xlsx> [--placement beside|sheet]`: the workbook with a native
 * progress chart per indicator, through the same safe path as fill and annotate.
 */

type ChartsOptions = EngineOptionValues & OutputOptionValues & { placement: string };

export function registerCharts(program: Command): void {
  copyOption(engineOptions(
    outputOptions(
      program
        .command('charts')
        .description('add a progress chart (actual vs expected) per indicator, in a copy / 指標ごとの進捗グラフを追加')
        .argument('<input>', 'the .xlsx to read (never written)'),
    ).option('--placement <where>', 'beside each indicator block, or all on one sheet: beside | sheet', 'beside'),
  )).action(async (input: string, opts: ChartsOptions, cmd: Command) => {
    const ctx = cliContext(cmd);
    const lang = pickLang(opts.lang, ctx.io.env);
    const placement = opts.placement;
    if (placement !== 'beside' && placement !== 'sheet') throw new UsageError(`--placement must be beside or sheet, not "${placement}"`, `--placement には beside か sheet を指定してください（「${placement}」は使えません）。`);
    const settings = settingsFromOptions(opts, ctx.io.cwd);
    const done = await editWorkbook(ctx, { input, output: opts.output, force: Boolean(opts.force), copy: Boolean(opts.copy), settings, lang }, (a, { snapshot }) =>
      planCharts(a, { placement, snapshot }),
    );
    if (!done) return;
    const n = addedCharts(done.plan, done.result);
    ctx.io.stdout(
      lang === 'ja'
        ? `${input} → ${opts.output}: 進捗グラフ ${n} 件（${placement === 'beside' ? '各指標の横' : 'シート「Evalsheet グラフ」'}）\n`
        : `${input} → ${opts.output}: ${n} chart${n === 1 ? '' : 's'} (${placement})\n`,
    );
    for (const title of addedChartTitles(done.plan, done.result)) ctx.io.stdout(`  ${title}\n`);
  });
}
