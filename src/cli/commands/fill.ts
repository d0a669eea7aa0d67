import type { Command } from 'commander';
import { planFill, proposeFill, type FillChange } from '../../core/plan';
import { cliContext } from '../context';
import { editWorkbook } from '../edit';
import { pickLang, type Lang } from '../lang';
import { copyOption, engineOptions, type EngineOptionValues, outputOptions, type OutputOptionValues } from '../options';
import { isPercentFormat } from '../../core/text/values';
import { settingsFromOptions } from '../settings';

type FillOptions = EngineOptionValues & OutputOptionValues & { overwriteMismatches?: boolean };

function show(v: FillChange['from']): string {
  return v === null || (typeof v === 'string' && v.trim() === '') ? '(blank)' : String(v);
}

/** The new value as the cell will show it (51 in a "0.0" cell reads 51.0). */
function shown(c: FillChange): string {
  const m = c.numberFormat ? /0\.(0+)(?![^"]*")/.exec(c.numberFormat) : null;
  return m && !isPercentFormat(c.numberFormat!) ? c.to.toFixed(m[1].length) : String(c.to);
}

function changeLine(c: FillChange, lang: Lang): string {
  return `  ${c.sheet}!${c.cell}  ${show(c.from)} → ${shown(c)}  [${c.rule}] ${c.message[lang]}\n`;
}

export function registerFill(program: Command): void {
  copyOption(engineOptions(
    outputOptions(
      program
        .command('fill')
        .description('write interpolated expected values (期待値) into blank expected cells of a copy / 期待値を記入')
        .argument('<input>', 'the .xlsx to read (never written)'),
    ).option('--overwrite-mismatches', 'also replace written expected values that differ from the line'),
  )).action(async (input: string, opts: FillOptions, cmd: Command) => {
      const ctx = cliContext(cmd);
      const lang = pickLang(opts.lang, ctx.io.env);
      const settings = settingsFromOptions(opts, ctx.io.cwd);
      let changes: FillChange[] = [];
      const done = await editWorkbook(ctx, { input, output: opts.output, force: Boolean(opts.force), copy: Boolean(opts.copy), settings, lang }, (a) => {
        changes = proposeFill(a, { overwriteMismatches: Boolean(opts.overwriteMismatches) });
        return planFill(changes);
      });
      if (!done) return;
      const skipped = new Set(done.result.skipped.map((s) => ('cell' in s.op ? `${s.op.sheet}!${s.op.cell}` : '')));
      const written = changes.filter((c) => !skipped.has(`${c.sheet}!${c.cell}`));
      ctx.io.stdout(lang === 'ja' ? `${input} → ${opts.output}: 期待値 ${written.length} か所を記入\n` : `${input} → ${opts.output}: ${written.length} expected values filled\n`);
      for (const c of written) ctx.io.stdout(changeLine(c, lang));
      if (changes.length === 0) ctx.io.stdout(lang === 'ja' ? '  記入する期待値はありません（出力は入力の写しです）\n' : '  nothing to fill (the output is a copy of the input)\n');
    });
}
