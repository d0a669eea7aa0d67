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
  if (!fs.existsSync(path.dirname(path.resolve(output)))) {
    throw new UsageError(`${output}: the folder ${path.dirname(output)} does not exist / 出力先フォルダがありません`);
  }
  if (fs.existsSync(output)) {
    if (fs.statSync(output).isDirectory()) throw new UsageError(`${output}: is a folder / フォルダです`);
    if (!force) throw new UsageError(`${output}: already exists; add --force to replace it / 既にあります（上書きは --force）`);
  }
}

/** Writes bytes to a temporary file in the output's folder, then renames it: never a half-written output. */
export function writeAtomically(output: string, bytes: Uint8Array): void {
  const dir = path.dirname(path.resolve(output));
  const tmp = path.join(dir, `.${path.basename(output)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, output);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
