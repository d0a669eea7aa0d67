import * as fs from 'fs';
import { XlsxReadError } from '../errors';
import { readDirect, type DirectRead } from './index';
import type { ReadLimits } from './limits';

/**
 * The file-system side of the direct reader (Node only; the reader core has no Node APIs).
 * Only regular files are opened: the type is checked with stat before open, so a FIFO, a device
 * or a folder named .xlsx gets a message instead of blocking or failing strangely.
 */

function plain(code: string | undefined, display: string): XlsxReadError {
  const what =
    code === 'ENOENT' ? 'no such file / ファイルがありません'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied / 読み取りの権限がありません。権限を確かめてください'
    : code === 'ELOOP' ? 'a symbolic link that loops / 循環するシンボリックリンクです'
    : code === 'EISDIR' ? 'is a folder / フォルダです'
    : code === 'ENAMETOOLONG' ? 'the path is too long / パスが長すぎます'
    : `cannot be read (${code ?? 'unknown error'}) / 読み取れません`;
  return new XlsxReadError('unreadable', display, `${display}: ${what}`);
}

/** The bytes of a regular file; anything else is a one-line XlsxReadError naming it. */
export function readRegularFile(absolute: string, display: string, maxBytes = 512 * 1024 * 1024): Uint8Array {
  let st: fs.Stats;
  try {
    st = fs.statSync(absolute);
  } catch (e) {
    throw plain((e as NodeJS.ErrnoException).code, display);
  }
  if (st.isDirectory()) throw plain('EISDIR', display);
  if (!st.isFile()) throw new XlsxReadError('unreadable', display, `${display}: not a regular file (a pipe, device or socket) / 通常のファイルではありません`);
  if (st.size > maxBytes) throw new XlsxReadError('too-large', display, `${display}: too large to check (${st.size} bytes) / ブックが大きすぎるため点検できません`);
  try {
    return new Uint8Array(fs.readFileSync(absolute));
  } catch (e) {
    throw plain((e as NodeJS.ErrnoException).code, display);
  }
}

export function readWorkbookFile(absolute: string, display: string, limits?: ReadLimits): DirectRead {
  return readDirect(readRegularFile(absolute, display), display, limits);
}
