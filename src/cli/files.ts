import * as fs from 'fs';
import * as path from 'path';

export interface InputFile {
  /** The path as given (or as found under a folder given), for messages and the report. */
  display: string;
  absolute: string;
}

/** Excel's lock files (~$book.xlsx) are not workbooks. */
function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$');
}

function walk(dir: string, display: string, out: InputFile[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    const shown = path.join(display, e.name);
    if (e.isDirectory()) walk(abs, shown, out);
    else if ((e.isFile() || e.isSymbolicLink()) && isWorkbookName(e.name)) out.push({ display: shown, absolute: abs });
  }
}

/**
 * Arguments → files: a file is taken as given (whatever its name, so a wrong file gets a clear
 * message); a folder gives every .xlsx under it, recursively, in name order.
 * A path that does not exist is returned too, and fails when read.
 */
export function expandInputs(args: string[], cwd: string): InputFile[] {
  const out: InputFile[] = [];
  for (const a of args) {
    const abs = path.resolve(cwd, a);
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) walk(abs, a, out);
    else out.push({ display: a, absolute: abs });
  }
  return out;
}
