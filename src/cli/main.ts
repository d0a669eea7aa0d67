import { Command, CommanderError } from 'commander';
import { registerCharts } from './commands/charts';
import { registerSummary } from './commands/summary';
import { registerAnnotate } from './commands/annotate';
import { registerCheck } from './commands/check';
import { registerFill } from './commands/fill';
import { bindContext, type CliContext, type Io, UsageError } from './context';
import { langFromArgv, type Lang, usageText } from './lang';
import { OutputWriteError } from './output';
import { toolVersion } from './version';

export type { Io } from './context';

function buildProgram(ctx: CliContext): Command {
  const program = new Command('evalsheet');
  program
    .description('Check, fill and annotate Japanese municipal evaluation sheets (評価シート) in .xlsx files')
    .version(toolVersion(), '-V, --version')
    .exitOverride()
    .configureOutput(output(ctx));
  bindContext(program, ctx);
  registerCheck(program);
  registerFill(program);
  registerAnnotate(program);
  registerCharts(program);
  registerSummary(program);
  // Subcommands inherit exit handling and output routing from the program.
  for (const c of program.commands) c.exitOverride().configureOutput(output(ctx));
  return program;
}

/** Help goes where it is asked for; commander's own error lines are replaced by ours (run()). */
function output(ctx: CliContext) {
  return { writeOut: (s: string) => ctx.io.stdout(s), writeErr: (s: string) => ctx.io.stderr(s), outputError: () => undefined };
}

/** Commander's misuse, said in the user's language: what is wrong in one line. */
function commanderText(e: CommanderError, lang: Lang): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const en = e.message.replace(/^error: /, '');
  if (lang === 'en') return en;
  switch (e.code) {
    case 'commander.missingArgument':
      return `引数「${quoted}」がありません。`;
    case 'commander.optionMissingArgument':
      return `オプション「${quoted.split(' ')[0]}」に値がありません。`;
    case 'commander.missingMandatoryOptionValue':
      return `オプション「${quoted.split(' ')[0].replace(/,$/, '')}」の指定が必要です。`;
    case 'commander.unknownOption':
      return `「${quoted}」というオプションはありません。`;
    case 'commander.unknownCommand':
      return `「${quoted}」というコマンドはありません（check、fill、annotate、charts、summary のいずれか）。`;
    case 'commander.excessArguments':
      return '引数が多すぎます。';
    case 'commander.invalidArgument':
      return `値が正しくありません：${en}`;
    default:
      return en;
  }
}

/** The second line of a misuse: where the full help is. */
function helpHint(argv: string[], program: Command, lang: Lang): string {
  const sub = program.commands.find((c) => c.name() === argv[0])?.name();
  const command = sub ? `evalsheet ${sub} --help` : 'evalsheet --help';
  return lang === 'ja' ? `詳しくは ${command}` : `See ${command}`;
}

/** Runs the command line in-process (tests) or from bin/evalsheet.js; resolves to the exit status. */
export async function run(argv: string[], io: Io): Promise<number> {
  const lang = langFromArgv(argv, io.env);
  const ctx: CliContext = { io, exitCode: 0, lang, verbose: argv.includes('--verbose') };
  const program = buildProgram(ctx);
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with status 0; any other parse failure is misuse.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      io.stderr(`evalsheet: ${commanderText(e, lang)}\n${helpHint(argv, program, lang)}\n`);
      return 2;
    }
    if (e instanceof OutputWriteError) {
      // One plain line: the output, why, what to do (no help hint: the command was right).
      io.stderr(`evalsheet: ${lang === 'ja' ? e.ja : e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`evalsheet: ${usageText(e, lang)}\n${helpHint(argv, program, lang)}\n`);
      return 2;
    }
    io.stderr(`evalsheet: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}

export function nodeIo(): Io {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}

/** Entry for bin/evalsheet.js: waits for stdout to drain so piped JSON is never cut short. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  // `evalsheet check … | head`: the reader has gone, so the run ends quietly, never with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  process.exitCode = await run(argv, nodeIo());
}
