import type { CellSpec, ChartSpec } from '../plan/types';
import { cellAddress, rangeAddress } from '../snapshot/address';
import { policyColor } from './colors';
import { baseName, HEADER_STYLE } from './columns';
import type { SummaryRow } from './rows';

/**
 * Grade counts per policy (this year's grade, each item once) and the grade-distribution chart
 * bound to them. The chart's categories are the grades of the scale (A, B, C, D …), one series
 * per policy named by its short key (「9-2」), so no long policy name has to fit under an axis.
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

/** Policies in order of appearance; rows without a policy grouped by their sheet, never lumped across cities. */
export function policyGroups(rows: SummaryRow[]): PolicyGroup[] {
  const groups = new Map<string, PolicyGroup>();
  for (const r of rows) {
    const id = r.policy !== '' ? `p:${r.policy}` : `s:${r.file ?? ''}\u0000${r.sheet}`;
    let g = groups.get(id);
    if (!g) {
      const where = r.file !== null ? `${baseName(r.file)} / ${r.sheet}` : r.sheet;
      g = r.policy !== '' ? { label: r.policy, key: policyKey(r.policy), rows: [] } : { label: `${where}（基本方針の記載なし / no policy given）`, key: truncate(r.sheet), rows: [] };
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
  chart: ChartSpec;
}

/**
 * The counts table placed at `top` (0-based row), its key in column `keyCol`, the policy in the
 * next column and one column per grade after it; the chart below it at column A.
 */
export function countsSection(groups: PolicyGroup[], grades: string[], o: { top: number; keyCol: number; sheet: string; chartId: string }): CountsSection {
  const pad = (): CellSpec[] => Array.from({ length: o.keyCol }, () => ({ value: null }));
  const nameCol = o.keyCol + 1;
  const firstGrade = nameCol + 1;
  const lastGrade = firstGrade + grades.length - 1;
  const rows: CellSpec[][] = [
    [...pad(), { value: '評価の件数（基本方針・施策別、今年度の評価、項目ごとに 1 件） / Grades by policy (this year, each item once)', style: { bold: true } }],
    [
      ...pad(),
      { value: '略称\nKey', style: HEADER_STYLE },
      { value: '基本方針 / 基本施策\nPolicy', style: HEADER_STYLE },
      ...grades.map((g) => ({ value: g, style: HEADER_STYLE })),
      { value: '計\nTotal', style: HEADER_STYLE },
    ],
  ];
  const header = o.top + 1;
  const counts = groups.map((g) => gradeCounts(g, grades));
  groups.forEach((g, i) => {
    rows.push([
      ...pad(),
      { value: g.key, style: { wrap: true, horizontal: 'center', bold: true } },
      { value: g.label, style: { wrap: true, horizontal: 'left' } },
      ...counts[i].map((n) => ({ value: n, style: { horizontal: 'center' as const } })),
      { value: counts[i].reduce((a, b) => a + b, 0), style: { bold: true, horizontal: 'center' } },
    ]);
  });
  const last = header + groups.length;
  // Legend entries at the bottom, about three to a line: the chart grows with them rather than
  // squeezing the plot.
  const legendLines = Math.ceil(groups.length / 3);
  const chart: ChartSpec = {
    id: o.chartId,
    kind: 'grade-distribution',
    type: 'column',
    sheet: o.sheet,
    anchor: { cell: cellAddress(last + 2, 0), widthPx: 800, heightPx: Math.min(720, 340 + 20 * legendLines) },
    title: '評価の分布（基本方針・施策別） / Grade distribution by policy',
    categories: { labels: grades, ref: { sheet: o.sheet, range: rangeAddress(header, firstGrade, header, lastGrade) } },
    series: groups.map((g, i) => ({
      name: g.key,
      ref: { sheet: o.sheet, range: rangeAddress(header + 1 + i, firstGrade, header + 1 + i, lastGrade) },
      values: counts[i],
      color: policyColor(i),
      marker: false,
      dashed: false,
      line: false,
    })),
    valueAxisTitle: '件数 / Items',
    targetIndex: null,
  };
  return { rows, chart };
}
