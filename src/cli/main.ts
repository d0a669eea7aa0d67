import { Command, CommanderError } from 'commander';
import { registerCharts } from './commands/charts';
import { registerSummary } from './commands/summary';
import { registerAnnotate } from './commands/annotate';
import { registerCheck } from './commands/check';
import { registerFill } from './commands/fill';
import { bindContext, type CliContext, type Io, UsageError } from './context';
import { toolVersion } from './version';

export type { Io } from './context';

function buildProgram(ctx: CliContext): Command {
  const program = new Command('evalsheet');
  program
    .description('Check, fill and annotate Japanese municipal evaluation sheets (評価シート) in .xlsx files')
    .version(toolVersion(), '-V, --version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) });
  bindContext(program, ctx);
  registerCheck(program);
  registerFill(program);
  registerAnnotate(program);
  registerCharts(program);
  registerSummary(program);
  // Subcommands inherit exit handling and output routing from the program.
  for (const c of program.commands) c.exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) });
  return program;
}

/** Runs the command line in-process (tests) or from bin/evalsheet.js; resolves to the exit status. */
export async function run(argv: string[], io: Io): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0 };
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
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`evalsheet: ${e.message}\n`);
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
  };
}

/** Entry for bin/evalsheet.js: waits for stdout to drain so piped JSON is never cut short. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await run(argv, nodeIo());
}
