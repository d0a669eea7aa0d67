import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from './context';

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    // The output may not exist yet: resolve its folder, which must.
    try {
      return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
    } catch {
      return path.resolve(p);
    }
  }
}

/** The same file by path, symlink or hard link. */
export function sameFile(a: string, b: string): boolean {
  if (realOrSelf(a) === realOrSelf(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino; // hard links
  } catch {
    return false;
  }
}

/**
 * Checks an output path before any work is done: never an input (by path, symlink or hard link),
 * an existing file only with --force, and a folder that exists.
 */
export function checkOutput(inputs: string | string[], output: string, force: boolean): void {
  const clash = (typeof inputs === 'string' ? [inputs] : inputs).find((input) => sameFile(input, output));
  if (clash !== undefined) {
    throw new UsageError(`${output}: the output would overwrite the input ${clash}; choose another name / 入力ファイルには書き込みません`);
  }
  if (isSymlink(output)) {
    throw new UsageError(`${output}: is a symbolic link; give the file it points to or another name / 出力先「${output}」はシンボリックリンクです。リンク先のファイル名か、別の名前を指定してください。`);
  }
  if (!fs.existsSync(path.dirname(path.resolve(output)))) {
    throw new UsageError(`${output}: the folder ${path.dirname(output)} does not exist / 出力先フォルダがありません`);
  }
  if (fs.existsSync(output)) {
    if (fs.statSync(output).isDirectory()) throw new UsageError(`${output}: is a folder / フォルダです`);
    if (!force) throw new UsageError(`${output}: already exists; add --force to replace it / 既にあります（上書きは --force）`);
  }
}

/** Temp files being written now: removed if the process is interrupted (Ctrl-C, kill). */
const pendingTemps = new Set<string>();
let handlersInstalled = false;

/** Removes every pending temp file; then the signal ends the process as it would have (exit 128+n). */
export function onInterrupt(signal: 'SIGINT' | 'SIGTERM', exit: (code: number) => void = (c) => process.exit(c)): void {
  for (const t of pendingTemps) fs.rmSync(t, { force: true });
  pendingTemps.clear();
  exit(signal === 'SIGINT' ? 130 : 143);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // Only while a write is pending does Evalsheet handle the signals itself (see writeAtomically).
  process.on('SIGINT', () => (pendingTemps.size > 0 ? onInterrupt('SIGINT') : process.exit(130)));
  process.on('SIGTERM', () => (pendingTemps.size > 0 ? onInterrupt('SIGTERM') : process.exit(143)));
}

/** Temp files pending right now (for tests). */
export function pendingTempFiles(): string[] {
  return [...pendingTemps];
}

/**
 * Writes bytes to a temporary file in the output's folder, then renames it over the output: one
 * rename(2), atomic on the same file system, so a reader sees the old file or the new one, never a
 * half-written one, and a hard link to the old file keeps the old bytes. An output that is a
 * symbolic link is refused (renaming would replace the link with a file, writing through it would
 * change a file elsewhere): name the real file instead.
 */
export function writeAtomically(output: string, bytes: Uint8Array, hooks: { beforeRename?: (tmp: string) => void } = {}): void {
  let link = false;
  try {
    link = fs.lstatSync(output).isSymbolicLink();
  } catch {
    // absent: fine
  }
  if (link) {
    throw new UsageError(
      `${output}: is a symbolic link; give the file it points to (${safeReal(output)}) or another name / ` +
        `出力先「${output}」はシンボリックリンクです。リンク先のファイル名か、別の名前を指定してください。`,
    );
  }
  const dir = path.dirname(path.resolve(output));
  const tmp = path.join(dir, `.${path.basename(output)}.${process.pid}.${Date.now()}.tmp`);
  installHandlers();
  pendingTemps.add(tmp);
  try {
    fs.writeFileSync(tmp, bytes, { flag: 'wx' });
    hooks.beforeRename?.(tmp);
    fs.renameSync(tmp, output);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  } finally {
    pendingTemps.delete(tmp);
  }
}

function isSymlink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function safeReal(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return 'missing';
  }
}
