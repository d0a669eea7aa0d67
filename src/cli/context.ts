import type { Command } from 'commander';

/** Where a run writes, and what it knows of its surroundings: injected so tests run the CLI in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress lines are shown only then). */
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** How output files are written (tests inject a failing one, e.g. a full disk); fs.writeFileSync by default. */
  writeFile?: (file: string, bytes: Uint8Array) => void;
  /** Columns of the terminal stdout is, for wrapping findings; undefined when stdout is not a terminal (never wrapped). */
  columns?: number;
}

export interface CliContext {
  io: Io;
  /** The run's exit status; commands raise it (never lower it): 0 ok, 1 errors found, 2 unreadable file or misuse. */
  exitCode: number;
  /** The language of this run's messages (--lang, else the locale), known before any command parses. */
  lang?: 'ja' | 'en';
  /** --verbose: library detail of file errors. */
  verbose?: boolean;
}

const contexts = new WeakMap<Command, CliContext>();

export function bindContext(program: Command, ctx: CliContext): void {
  contexts.set(program, ctx);
}

/** The run context of any command (its root program's), for command actions: `cliContext(cmd).io.stdout(…)`. */
export function cliContext(cmd: Command): CliContext {
  let c: Command | null = cmd;
  while (c) {
    const ctx = contexts.get(c);
    if (ctx) return ctx;
    c = c.parent;
  }
  throw new Error('evalsheet: command run outside run()');
}

export function raiseExit(ctx: CliContext, code: number): void {
  ctx.exitCode = Math.max(ctx.exitCode, code);
}

/** A usage mistake: reported in one line, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The Japanese of the message, when it is given apart (else the message's 「en / ja」 halves are used). */
  constructor(
    message: string,
    readonly ja?: string,
  ) {
    super(message);
  }
}
