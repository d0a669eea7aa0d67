import type { Command } from 'commander';
import { planCharts } from '../../core/charts';
import { FINDINGS_SHEET, planAnnotate } from '../../core/plan';
import type { EditPlan } from '../../core/plan/types';
import { ruleName } from '../../core/findings/advice';
import { bySeverity } from '../format-report';
import { cliContext } from '../context';
import { addedCharts, editWorkbook } from '../edit';
import { pickLang } from '../lang';
import { copyOption, engineOptions, type EngineOptionValues, outputOptions, type OutputOptionValues } from '../options';
import { settingsFromOptions } from '../settings';

type AnnotateOptions = EngineOptionValues & OutputOptionValues;

/** Marks and the findings sheet (planAnnotate), then the progress charts beside each block, as issue 4 asks of annotate. */
function annotateWithCharts(marks: EditPlan, charts: EditPlan): EditPlan {
  return {
    title: { ja: `${marks.title.ja}、${charts.title.ja}`, en: `${marks.title.en}; ${charts.title.en}` },
    ops: [...marks.ops, ...charts.ops],
  };
}

export function registerAnnotate(program: Command): void {
  copyOption(engineOptions(
    outputOptions(
      program
        .command('annotate')
        .description(`mark every flagged cell (fill + note), add the findings sheet 「${FINDINGS_SHEET}」 and a progress chart beside each indicator, in a copy / 指摘と進捗グラフを書き込む`)
        .argument('<input>', 'the .xlsx to read (never written)'),
    ),
  )).action(async (input: string, opts: AnnotateOptions, cmd: Command) => {
    const ctx = cliContext(cmd);
    const lang = pickLang(opts.lang, ctx.io.env);
    const settings = settingsFromOptions(opts, ctx.io.cwd);
    const done = await editWorkbook(ctx, { input, output: opts.output, force: Boolean(opts.force), copy: Boolean(opts.copy), settings, lang }, (a, { snapshot }) =>
      annotateWithCharts(planAnnotate(a), planCharts(a, { placement: 'beside', snapshot })),
    );
    if (!done) return;
    const findings = done.analysis.findings;
    const cells = new Set(findings.map((f) => `${f.sheet}!${f.cell}`));
    const sheet = done.wb.ownedSheets().find((n) => n.startsWith(FINDINGS_SHEET)) ?? FINDINGS_SHEET;
    const charts = addedCharts(done.plan, done.result);
    ctx.io.stdout(
      lang === 'ja'
        ? `${input} → ${opts.output}: ${cells.size} セルに印とメモ（指摘 ${findings.length} 件）、一覧はシート「${sheet}」、進捗グラフ ${charts} 件\n`
        : `${input} → ${opts.output}: ${cells.size} cells marked with a fill and a note (${findings.length} findings); list in sheet "${sheet}"; ${charts} progress chart${charts === 1 ? '' : 's'}\n`,
    );
    const severity = lang === 'ja' ? { error: 'エラー', warning: '警告', info: '情報' } : { error: 'error', warning: 'warning', info: 'info' };
    for (const f of bySeverity(findings)) ctx.io.stdout(`  ${f.sheet}!${f.cell}  ${severity[f.severity]}  ${ruleName(f.rule, lang)}\n`);
  });
}
