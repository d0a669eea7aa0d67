import { SheetFailure } from '../core/analyze/failure';
import { XlsxReadError } from '../xlsx/errors';
import type { DirectRead } from '../xlsx/read/index';
import { readRegularFile, readWorkbookFile } from '../xlsx/read/node';
import type { XlsxWorkbook } from '../xlsx/workbook';
import { type CliContext, raiseExit } from './context';

/**
 * Reads a file into the ExcelJS adapter, for the commands that write. ExcelJS is loaded here, on
 * first use, so check, summary's reading and --help never load it.
 */
export async function openWorkbook(absolute: string, display: string): Promise<XlsxWorkbook> {
  const bytes = readRegularFile(absolute, display);
  const { XlsxWorkbook } = await import('../xlsx/workbook');
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
 * A file error for a person, in one language: what is wrong with the file and what to do. The
 * library's own words (a zip error, an errno) only with --verbose.
 */
export function fileErrorText(display: string, error: { code: string; message: string }, lang: 'ja' | 'en', verbose: boolean): string {
  const m = error.message;
  const oldXls = /\.xls file|旧形式/.test(m);
  const missing = /no such file/.test(m);
  const folder = /is a folder/.test(m);
  const ja: Record<string, string> = {
    empty: `「${display}」は空のファイル（0 バイト）です。保存し直したファイルを指定してください。`,
    encrypted: `「${display}」はパスワードで保護されています。Excel で保護を解除して保存し直してください。`,
    'not-xlsx': oldXls ? `「${display}」は Excel 97-2003 形式（.xls）で、読めません。.xlsx で保存し直してください。` : `「${display}」は Excel ブック（.xlsx）ではありません。`,
    corrupt: `「${display}」は壊れていて読めません。Excel で開いて保存し直してください。`,
    unreadable: missing ? `「${display}」が見つかりません。ファイル名を確かめてください。` : folder ? `「${display}」はフォルダです。` : `「${display}」を読めません。`,
  };
  const en: Record<string, string> = {
    empty: `${display}: the file is empty (0 bytes); give a saved workbook.`,
    encrypted: `${display}: the workbook is password-protected; remove the password in Excel and save it again.`,
    'not-xlsx': oldXls ? `${display}: an Excel 97-2003 file (.xls), which cannot be read; save it as .xlsx.` : `${display}: not an Excel workbook (.xlsx).`,
    corrupt: `${display}: the workbook is damaged and cannot be read; open it in Excel and save it again.`,
    unreadable: missing ? `${display}: no such file; check the name.` : folder ? `${display}: is a folder.` : `${display}: cannot be read.`,
  };
  const text = (lang === 'ja' ? ja : en)[error.code] ?? m;
  return verbose ? `${text}\n  (${m})` : text;
}

/**
 * Opens one file of a run. An unreadable one (missing, corrupt, not an .xlsx) is one stderr line
 * naming it and exit status 2; the caller gets the error and goes on with the other files.
 */
export async function openOrReport(ctx: CliContext, absolute: string, display: string): Promise<{ wb: XlsxWorkbook } | { error: { code: string; message: string } }> {
  try {
    return { wb: await openWorkbook(absolute, display) };
  } catch (e) {
    const error = fileErrorOf(e) ?? internalError(display, e);
    ctx.io.stderr(`evalsheet: ${fileErrorText(display, error, ctx.lang ?? 'en', Boolean(ctx.verbose))}\n`);
    raiseExit(ctx, 2);
    return { error };
  }
}

/** Reads one file with the direct reader (no ExcelJS), for check and summary; same reporting as openOrReport. */
export function readOrReport(ctx: CliContext, absolute: string, display: string): { read: DirectRead } | { error: { code: string; message: string } } {
  try {
    return { read: readWorkbookFile(absolute, display) };
  } catch (e) {
    const error = fileErrorOf(e) ?? internalError(display, e);
    ctx.io.stderr(`evalsheet: ${fileErrorText(display, error, ctx.lang ?? 'en', Boolean(ctx.verbose))}\n`);
    raiseExit(ctx, 2);
    return { error };
  }
}

/**
 * Something inside the tool failed on this file (a bug, not the file's fault): one line naming the
 * file and, where known, the sheet and the step, never a stack. The run goes on with the others.
 */
export function internalError(display: string, e: unknown): { code: string; message: string } {
  const where = e instanceof SheetFailure ? ` (sheet 「${e.sheet}」, ${e.step})` : '';
  const cause = e instanceof SheetFailure ? e.cause : e;
  const what = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return {
    code: 'internal',
    message: `${display}${where}: internal error, this file was not checked (${what.split('\n')[0]}); please report it / 内部エラーのため、このファイルは点検できませんでした。お手数ですが開発元にお知らせください`,
  };
}
