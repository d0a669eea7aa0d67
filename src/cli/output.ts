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

/**
 * The output could not be written (a read-only folder, no permission, a full disk): one line naming
 * the output and what to do, in the run's language; exit 2, no stack, no temporary file left.
 */
export class OutputWriteError extends Error {
  override name = 'OutputWriteError';
  constructor(
    message: string,
    readonly ja: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** A file-system error of writing `output` (named as the person gave it: `display`) → the plain message for a person. */
export function outputWriteError(display: string, absolute: string, e: unknown): OutputWriteError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const output = display;
  const name = display;
  const folder = path.dirname(absolute);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new OutputWriteError(
      `${output}: cannot be written: the folder ${folder} is read-only or you may not write in it; give another folder with -o, or ask for write permission.`,
      `「${name}」を書き込めません。出力先フォルダ「${folder}」が読み取り専用か、書き込みの権限がありません。-o で別のフォルダを指定するか、書き込みの権限を確かめてください。`,
      code,
    );
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new OutputWriteError(
      `${output}: cannot be written: the disk is full; free some space, or give another disk with -o, then run again.`,
      `「${name}」を書き込めません。ディスクの空き容量が足りません。空き容量を増やすか、-o で別のディスクを指定して、もう一度実行してください。`,
      code,
    );
  }
  if (code === 'EISDIR') {
    return new OutputWriteError(`${output}: is a folder; give a file name with -o.`, `「${name}」はフォルダです。-o でファイル名を指定してください。`, code);
  }
  return new OutputWriteError(
    `${output}: cannot be written (${code ?? 'unknown error'}); check the folder and the disk, or give another place with -o.`,
    `「${name}」を書き込めません（${code ?? '不明なエラー'}）。出力先のフォルダとディスクを確かめるか、-o で別の場所を指定してください。`,
    code,
  );
}

/** How bytes reach the disk: the seam tests use to make a write fail (a full disk). */
export type WriteFile = (file: string, bytes: Uint8Array) => void;

const writeNew: WriteFile = (file, bytes) => fs.writeFileSync(file, bytes, { flag: 'wx' });

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
export function writeAtomically(output: string, bytes: Uint8Array, hooks: { beforeRename?: (tmp: string) => void; writeFile?: WriteFile; display?: string } = {}): void {
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
    (hooks.writeFile ?? writeNew)(tmp, bytes);
    hooks.beforeRename?.(tmp);
    fs.renameSync(tmp, output);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing was created (a read-only folder): nothing to remove.
    }
    throw (e as NodeJS.ErrnoException | null)?.code ? outputWriteError(hooks.display ?? output, output, e) : e;
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
