import * as fs from 'fs';
import { XlsxReadError, XlsxWorkbook } from '../xlsx';
import { type CliContext, raiseExit } from './context';

/** Reads a file into the adapter; a missing or unreadable file becomes an XlsxReadError-like one-liner. */
export async function openWorkbook(absolute: string, display: string): Promise<XlsxWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(absolute));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'no such file / ファイルがありません' : code === 'EISDIR' ? 'is a folder / フォルダです' : `cannot be read (${code ?? (e as Error).message})`;
    throw new CliFileError('unreadable', `${display}: ${what}`);
  }
  return XlsxWorkbook.open(bytes, display);
}

/** A file that could not be opened: its code (RULES.md report `error.code`) and a one-line message. */
export class CliFileError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CliFileError';
  }
}

export function fileErrorOf(e: unknown): { code: string; message: string } | null {
  if (e instanceof XlsxReadError || e instanceof CliFileError) return { code: e.code, message: e.message };
  return null;
}

/**
 * Opens one file of a run. An unreadable one (missing, corrupt, not an .xlsx) is one stderr line
 * naming it and exit status 2; the caller gets the error and goes on with the other files.
 */
export async function openOrReport(ctx: CliContext, absolute: string, display: string): Promise<{ wb: XlsxWorkbook } | { error: { code: string; message: string } }> {
  try {
    return { wb: await openWorkbook(absolute, display) };
  } catch (e) {
    const error = fileErrorOf(e);
    if (!error) throw e;
    ctx.io.stderr(`evalsheet: ${error.message}\n`);
    raiseExit(ctx, 2);
    return { error };
  }
}
