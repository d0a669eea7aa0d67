import { baseName } from './columns';
import { displayWidth } from './layout';
import type { SummaryRow } from './rows';

/**
 * The lines above the table: what the sheet is, and which files and sheets, which evaluation
 * year(s) and when it was made. The date comes from the caller (the engine never reads the clock).
 */

export const TITLE = '評価サマリー（Evalsheet が作成：再作成で置き換わります） / Evaluation summary (made by Evalsheet; regenerating replaces it)';

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
      out.push(`… ほか ${more} 件 / ${more} more`);
      break;
    }
    out.push(p);
    width += w;
  }
  return out.join('、');
}

/** Distinct evaluation years in order of appearance (R5, R4, H30). */
function years(rows: SummaryRow[]): string[] {
  return [...new Set(rows.map((r) => r.yearLabel).filter((y) => y !== ''))];
}

export function infoLine(inputs: { file: string | null; sheets: string[] }[], rows: SummaryRow[], generatedAt: Date | null): string {
  const what = inputs.some((i) => i.file !== null) ? `対象 / Files: ${sources(inputs)}` : `対象シート / Sheets: ${sources(inputs) || '—'}`;
  const ys = years(rows);
  const parts = [what, `評価年度 / Year: ${ys.length > 0 ? ys.join('・') : '—'}`];
  if (generatedAt) parts.push(`作成 / Made: ${formatMade(generatedAt)}`);
  return parts.join('　｜　');
}
