import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { fixturePath } from '../support/fixtures';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, in `cwd`, with a non-Japanese locale unless given. */
export async function cli(argv: string[], opts: { cwd?: string; env?: Record<string, string>; tty?: boolean; writeFile?: (file: string, bytes: Uint8Array) => void } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stderrIsTTY: opts.tty ?? false,
    env: opts.env ?? { LANG: 'C.UTF-8' },
    cwd: opts.cwd ?? process.cwd(),
    ...(opts.writeFile ? { writeFile: opts.writeFile } : {}),
  });
  return { code, stdout, stderr };
}

/** A scratch folder with copies of the named fixtures. */
export function scratch(files: string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-cli-'));
  for (const f of files) fs.copyFileSync(fixturePath(f), path.join(dir, f));
  return dir;
}
