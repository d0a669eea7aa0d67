import type { Command } from 'commander';

/**
 * Options several commands share, declared once so their names and help read the same everywhere.
 */

/** --year, --preset, --thresholds, --lang: how the engine reads the sheets and which language messages use. */
export function engineOptions(cmd: Command): Command {
  return cmd
    .option('--year <year>', 'evaluated fiscal year, e.g. R5 or 2023 (overrides the sheet)')
    .option('--preset <name>', 'grade preset (default, osaka-library, nagoya-port, tama, sano, kitakami, a-e)')
    .option('--thresholds <list>', 'minimum progress per grade in percent, e.g. "A=100,B=80,C=50" (the last grade takes the rest; "preset": the preset\'s own)')
    .option('--lang <lang>', 'ja or en (default: from LC_ALL, LC_MESSAGES, LANG, then the OS locale)')
    .option('--profile <file.json>', 'a layout profile (docs/layout-profiles.md) to read the sheets with; repeatable, used before the workbook\'s own', (v: string, list: string[] = []) => [...list, v])
    .option('--verbose', "show the library's detail of file errors");
}

/** -o and --force of a command that writes a workbook (never an input). */
export function outputOptions(cmd: Command, forceHelp = 'replace an existing output file; write even if charts/pivots of the input would be lost'): Command {
  return cmd.requiredOption('-o, --output <file>', 'the .xlsx to write (never an input)').option('--force', forceHelp);
}

/** --copy of fill, annotate and charts: with nothing to change, write the input's bytes anyway. */
export function copyOption(cmd: Command): Command {
  return cmd.option('--copy', 'when there is nothing to change, still write the output as a byte-for-byte copy of the input');
}

/** --previous of check, annotate and summary: last year's workbooks to compare with (issue 12). */
export function previousOption(cmd: Command): Command {
  return cmd.option('--previous <paths...>', "last year's workbooks (files or folders) to compare with: grades, actuals, targets, indicators and analysis against last year's (put it after the inputs)");
}

/** What engineOptions gives an action. */
export interface EngineOptionValues {
  year?: string;
  preset?: string;
  thresholds?: string;
  lang?: string;
  /** --profile, repeatable: paths of layout profile files. */
  profile?: string[];
  verbose?: boolean;
  /** --previous: last year's workbooks (previousOption). */
  previous?: string[];
}

/** What outputOptions gives an action. */
export interface OutputOptionValues {
  output: string;
  force?: boolean;
  copy?: boolean;
}
