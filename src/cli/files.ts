import * as fs from 'fs';
import * as path from 'path';

export interface InputFile {
  /** The path as given (or as found under a folder given), for messages and the report. */
  display: string;
  absolute: string;
}

/** A file a folder run did not read, and why (named on stderr and counted in the closing line). */
export interface SkippedFile {
  display: string;
  reason: { ja: string; en: string };
}

/** Excel's lock files (~$book.xlsx) are not workbooks; .xlsm is an .xlsx with macros (read, macros untouched). */
function isWorkbookName(name: string): boolean {
  return /\.xls[xm]$/i.test(name) && !name.startsWith('~$');
}

/** Natural order, as Explorer sorts: 部局2 before 部局10. */
const NATURAL = new Intl.Collator('ja', { numeric: true, sensitivity: 'variant' });
export const naturalCompare = (a: string, b: string): number => NATURAL.compare(a, b);

const XLS_REASON = {
  ja: 'Excel 97-2003 形式（.xls）は読めません。.xlsx で保存し直してください。',
  en: 'the Excel 97-2003 format (.xls) cannot be read; save it as .xlsx.',
};

function walk(dir: string, display: string, out: InputFile[], skipped: SkippedFile[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => naturalCompare(a.name, b.name));
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    const shown = path.join(display, e.name);
    if (e.isDirectory()) walk(abs, shown, out, skipped);
    else if (!(e.isFile() || e.isSymbolicLink()) || e.name.startsWith('~$')) continue;
    else if (isWorkbookName(e.name)) out.push({ display: shown, absolute: abs });
    else if (/\.xls$/i.test(e.name)) skipped.push({ display: shown, reason: XLS_REASON });
  }
}

/** expandInputs, and the files of the folders given that were not read, with the reason. */
export function expandInputsReport(args: string[], cwd: string): { files: InputFile[]; skipped: SkippedFile[] } {
  const files: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const a of args) {
    const abs = path.resolve(cwd, a);
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) walk(abs, a, files, skipped);
    else files.push({ display: a, absolute: abs });
  }
  return { files, skipped };
}

/**
 * Arguments → files: a file is taken as given (whatever its name, so a wrong file gets a clear
 * message); a folder gives every .xlsx under it, recursively, in name order.
 * A path that does not exist is returned too, and fails when read.
 */
export function expandInputs(args: string[], cwd: string): InputFile[] {
  return expandInputsReport(args, cwd).files;
}
