import type { CellSpec, ChartSpec } from '../plan/types';
import { rangeAddress } from '../snapshot/address';
import { gradeColor } from './colors';
import { baseName, HEADER_STYLE } from './columns';
import type { SummaryRow } from './rows';

/**
 * Grade counts per policy (this year's grade, each item once) and the grade-distribution chart
 * bound to them: one stacked column per policy, named by its short key (「9-2」), so no long policy
 * name has to fit under an axis.
 */

/** Longest short key, in characters, before 「…」. */
const KEY_CHARS = 14;

export interface PolicyGroup {
  /** The full policy text, or for a sheet without one, which sheet it is. */
  label: string;
  /** The chart's series name: the policy's number (「9-2」) or its first characters with 「…」. */
  key: string;
  rows: SummaryRow[];
}

function truncate(text: string): string {
  const chars = [...text.trim()];
  return chars.length > KEY_CHARS ? `${chars.slice(0, KEY_CHARS).join('')}…` : chars.join('');
}

/**
 * 「9-2」 from 「… / 9-2.まちづくりで広がる…」: the number leading the policy's most specific part;
 * a bracketed heading number 「(1)市民の…」 goes after its parent's first word: 「プロセス3 (1)」.
 */
export function policyKey(policy: string): string {
  const parts = policy.split(' / ').map((p) => p.trim()).filter((p) => p !== '');
  const last = parts[parts.length - 1] ?? '';
  const code = /^([0-9０-９]+(?:[-－‐−][0-9０-９]+)*)(?=[.．、\s)）]|$)/.exec(last);
  if (code) return code[1];
  const bracketed = /^([(（][0-9０-９]+[)）])/.exec(last);
  if (bracketed) {
    const parent = parts.length > 1 ? parts[parts.length - 2].split(/\s+/)[0] : '';
    return truncate(parent ? `${parent} ${bracketed[1]}` : bracketed[1]);
  }
  return truncate(last);
}

/** What groups a row: its policy, or for a row without one, its file and sheet. */
export function groupId(r: SummaryRow): string {
  return r.policy !== '' ? `p:${r.policy}` : `s:${r.file ?? ''}\u0000${r.sheet}`;
}

/** Policies in order of appearance; rows without a policy grouped by their sheet, never lumped across cities. */
export function policyGroups(rows: SummaryRow[]): PolicyGroup[] {
  const groups = new Map<string, PolicyGroup>();
  for (const r of rows) {
    const id = groupId(r);
    let g = groups.get(id);
    if (!g) {
      const where = r.file !== null ? `${baseName(r.file)} / ${r.sheet}` : r.sheet;
      g = r.policy !== '' ? { label: r.policy, key: policyKey(r.policy), rows: [] } : { label: `${where}（基本方針の記載なし）`, key: truncate(r.sheet), rows: [] };
      groups.set(id, g);
    }
    g.rows.push(r);
  }
  // Series names must tell the policies apart: a key seen before gets its number (「9-2 (2)」).
  const seen = new Map<string, number>();
  for (const g of groups.values()) {
    const n = (seen.get(g.key) ?? 0) + 1;
    seen.set(g.key, n);
    if (n > 1) g.key = `${g.key} (${n})`;
  }
  return [...groups.values()];
}

export function gradeCounts(g: PolicyGroup, grades: string[]): number[] {
  const counted = g.rows.filter((r) => r.firstOfItem && r.grade !== null);
  return grades.map((grade) => counted.filter((r) => r.grade === grade).length);
}

export interface CountsSection {
  /** Rows to append to the sheet, starting at `top`. */
  rows: CellSpec[][];
  /** Merged areas (A1) of the rows: each policy's name over the columns between its key and its counts. */
  merges: string[];
  chart: ChartSpec;
}

/** Columns of the counts table: the key, the policy's name merged over the next `NAME_COLS`, then one per grade and the total. */
export const NAME_COLS = 3;

/**
 * The counts table placed at `top` (0-based row): the policy's key in column A, its name merged over
 * the next columns, one column per grade and the total. The chart (placed by the caller) stacks each
 * policy's grades in one column: categories are the policies' keys, one series per grade in the
 * grade's colour, so the legend is the scale (A, B, C …) however many policies there are.
 */
export function countsSection(groups: PolicyGroup[], grades: string[], o: { top: number; sheet: string; chartId: string }): CountsSection {
  const nameCol = 1;
  const firstGrade = nameCol + NAME_COLS;
  const blanks = (n: number): CellSpec[] => Array.from({ length: n }, () => ({ value: null }));
  const rows: CellSpec[][] = [
    [{ value: '評価の件数（基本方針・施策別、今年度の評価、項目ごとに 1 件）', style: { bold: true } }],
    [
      { value: '略称', style: HEADER_STYLE },
      { value: '基本方針 / 基本施策', style: HEADER_STYLE },
      ...blanks(NAME_COLS - 1).map(() => ({ value: null, style: HEADER_STYLE })),
      ...grades.map((g) => ({ value: g, style: HEADER_STYLE })),
      { value: '計', style: HEADER_STYLE },
    ],
  ];
  const header = o.top + 1;
  const merges = [rangeAddress(header, nameCol, header, nameCol + NAME_COLS - 1)];
  const counts = groups.map((g) => gradeCounts(g, grades));
  groups.forEach((g, i) => {
    const r = header + 1 + i;
    rows.push([
      { value: g.key, style: { wrap: true, horizontal: 'center', bold: true } },
      { value: g.label, style: { wrap: true, horizontal: 'left' } },
      ...blanks(NAME_COLS - 1),
      ...counts[i].map((n) => ({ value: n, style: { horizontal: 'center' as const } })),
      { value: counts[i].reduce((a, b) => a + b, 0), style: { bold: true, horizontal: 'center' } },
    ]);
    merges.push(rangeAddress(r, nameCol, r, nameCol + NAME_COLS - 1));
  });
  const first = header + 1;
  const last = header + groups.length;
  // Wider with more policies, so each column keeps room for its key under the axis.
  const chart: ChartSpec = {
    id: o.chartId,
    kind: 'grade-distribution',
    type: 'column',
    stacked: true,
    sheet: o.sheet,
    anchor: { cell: 'A1', widthPx: Math.min(1100, Math.max(640, 120 + 56 * groups.length)), heightPx: 340 },
    title: '評価の分布（基本方針・施策別）',
    categories: { labels: groups.map((g) => g.key), ref: { sheet: o.sheet, range: rangeAddress(first, 0, last, 0) } },
    series: grades.map((grade, j) => ({
      name: grade,
      ref: { sheet: o.sheet, range: rangeAddress(first, firstGrade + j, last, firstGrade + j) },
      values: counts.map((c) => c[j]),
      color: gradeColor(j).bar,
      marker: false,
      dashed: false,
      line: false,
    })),
    valueAxisTitle: '件数',
    targetIndex: null,
  };
  return { rows, merges, chart };
}
