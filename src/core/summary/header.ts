import { baseName } from './columns';
import { displayWidth } from './layout';
import { eraDateLabel, eraFiscalYearLabel } from '../text/years';

/**
 * The lines above the table: what the sheet is, and which files and sheets, which evaluation
 * year(s) and when it was made. The date comes from the caller (the engine never reads the clock).
 */

/** What the sheet is, for the committee: 「令和5年度 施策評価 結果一覧」 (the evaluated years, latest first). */
export const TITLE_SUFFIX = '施策評価 結果一覧';

export function summaryTitle(fiscalYears: number[]): string {
  const ys = [...new Set(fiscalYears)].sort((a, b) => b - a);
  return ys.length > 0 ? `${ys.map(eraFiscalYearLabel).join('・')} ${TITLE_SUFFIX}` : TITLE_SUFFIX;
}

/** Said once, in the info line: the sheet is Evalsheet's and is replaced when made again. */
export const MADE_BY = 'Evalsheet が作成（再作成すると置き換わります）';

/** The info line is one unwrapped cell: kept within about the printed table's width. */
const MAX_SOURCES_WIDTH = 120;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** 「2025-06-01 09:30」 in the caller's local time. */
export function formatMade(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** 「kitakami.xlsx（9-2）」 per file, or the sheets of the one workbook; cut short with how many more. */
function sources(inputs: { file: string | null; sheets: string[] }[]): string {
  const parts = inputs.map((i) => (i.file === null ? i.sheets.join('・') : `${baseName(i.file)}（${i.sheets.join('・') || '—'}）`)).filter((p) => p !== '');
  const out: string[] = [];
  let width = 0;
  for (const [n, p] of parts.entries()) {
    const w = displayWidth(p) + 2;
    if (out.length > 0 && width + w > MAX_SOURCES_WIDTH) {
      const more = parts.length - n;
      out.push(`… ほか ${more} 件`);
      break;
    }
    out.push(p);
    width += w;
  }
  return out.join('、');
}

/**
 * The line under the title: the date it was made (in 令和), the files or sheets it covers, and who
 * made it. The evaluated year is the title's; the engine never reads the clock.
 */
export function infoLine(inputs: { file: string | null; sheets: string[] }[], generatedAt: Date | null): string {
  const what = inputs.some((i) => i.file !== null) ? `対象：${sources(inputs)}` : `対象シート：${sources(inputs) || '—'}`;
  return [...(generatedAt ? [`作成日：${eraDateLabel(generatedAt)}`] : []), what, MADE_BY].join('　｜　');
}
