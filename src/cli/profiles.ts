import * as fs from 'fs';
import * as path from 'path';
import { formatProblem, parseProfile, type LayoutProfile } from '../core/profile';
import { UsageError } from './context';

/**
 * --profile files → profiles, before any workbook is read or written: a file that cannot be read
 * or does not follow the schema is misuse (one line naming the file and the field, exit 2).
 */
export function loadProfiles(files: string[], cwd: string): LayoutProfile[] {
  return files.map((file) => {
    const abs = path.resolve(cwd, file);
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file / ファイルがありません。パスを確かめてください。' : code === 'EISDIR' ? 'is a folder, not a profile file / フォルダです。プロファイルの JSON ファイルを指定してください。' : `cannot be read (${code ?? (e as Error).message}) / 読み込めません。`;
      throw new UsageError(`--profile ${file}: ${why}`);
    }
    const r = parseProfile(text);
    if (!r.ok) {
      const first = r.problems[0];
      const more = r.problems.length > 1 ? ` (+${r.problems.length - 1} more / ほか ${r.problems.length - 1} 件)` : '';
      throw new UsageError(`--profile ${file}: ${formatProblem(first, 'en')} / ${formatProblem(first, 'ja')}${more}`);
    }
    return r.profile;
  });
}
