import { preparePrevious } from '../core/previous';
import type { PreviousSheet } from '../core/previous/types';
import { type CliContext, UsageError } from './context';
import { expandInputsReport } from './files';
import type { Lang } from './lang';
import { readOrReport } from './open';

/**
 * `--previous <files or folders…>`: last year's workbooks, read with the direct reader as check
 * reads, every evaluation sheet of them pooled for the matching (src/core/previous). A file that
 * cannot be read is named (exit 2) and the others are still used; none at all is misuse.
 * Without the option: undefined, and the rules against last year do not run.
 */
export function loadPrevious(ctx: CliContext, paths: string[] | undefined, lang: Lang): PreviousSheet[] | undefined {
  if (paths === undefined) return undefined;
  const { files, skipped } = expandInputsReport(paths, ctx.io.cwd);
  if (files.length === 0) {
    throw new UsageError(`--previous: no .xlsx files in ${paths.join(', ')}`, `--previous に指定した${paths.map((p) => `「${p}」`).join('、')}に .xlsx ファイルがありません。前年度のブックを指定してください。`);
  }
  for (const sk of skipped) ctx.io.stderr(`evalsheet: --previous ${sk.display}: ${sk.reason[lang]}\n`);
  const out: PreviousSheet[] = [];
  for (const f of files) {
    const read = readOrReport(ctx, f.absolute, f.display);
    if ('error' in read) continue;
    out.push(...preparePrevious(read.read.snapshot, read.read.settings ?? {}, f.display));
  }
  return out;
}
