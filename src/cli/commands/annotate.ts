import type { Command } from 'commander';
import { FINDINGS_SHEET, planAnnotate } from '../../core/plan';
import { cliContext } from '../context';
import { editWorkbook } from '../edit';
import { pickLang } from '../lang';
import { settingsFromOptions } from '../settings';

interface AnnotateOptions {
  output: string;
  year?: string;
  preset?: string;
  force?: boolean;
  lang?: string;
}

export function registerAnnotate(program: Command): void {
  program
    .command('annotate')
    .description(`mark every flagged cell (fill + note) and add the findings sheet 「${FINDINGS_SHEET}」 in a copy / 指摘を書き込む`)
    .argument('<input>', 'the .xlsx to read (never written)')
    .requiredOption('-o, --output <file>', 'the .xlsx to write (not the input)')
    .option('--year <year>', 'evaluated fiscal year, e.g. R5 or 2023')
    .option('--preset <name>', 'grade preset')
    .option('--force', 'replace an existing output file; write even if charts/pivots of the input would be lost')
    .option('--lang <lang>', 'ja or en (default: from LANG)')
    .action(async (input: string, opts: AnnotateOptions, cmd: Command) => {
      const ctx = cliContext(cmd);
      const lang = pickLang(opts.lang, ctx.io.env);
      const settings = settingsFromOptions(opts);
      const done = await editWorkbook(ctx, { input, output: opts.output, force: Boolean(opts.force), settings, lang }, (a) => planAnnotate(a));
      if (!done) return;
      const findings = done.analysis.findings;
      const cells = new Set(findings.map((f) => `${f.sheet}!${f.cell}`));
      const sheet = done.wb.ownedSheets().find((n) => n.startsWith(FINDINGS_SHEET)) ?? FINDINGS_SHEET;
      ctx.io.stdout(
        lang === 'ja'
          ? `${input} → ${opts.output}: ${cells.size} セルに印とメモ（指摘 ${findings.length} 件）、一覧はシート「${sheet}」\n`
          : `${input} → ${opts.output}: ${cells.size} cells marked with a fill and a note (${findings.length} findings); list in sheet "${sheet}"\n`,
      );
      for (const f of findings) ctx.io.stdout(`  ${f.sheet}!${f.cell}  ${f.severity}  ${f.rule}\n`);
    });
}
