import type { SheetAnalysis } from '../analyze/types';
import { rollUp } from '../grading/rollup';
import type { GradePreset } from '../grading/types';
import type { CellSpec, ChartSpec, ConditionalFill, SheetSpec } from '../plan/types';
import { cellAddress, rangeAddress } from '../snapshot/address';
import { gradeColor, policyColor } from './colors';
import { baseName, HEADER_STYLE } from './columns';
import { policyKey } from './counts';
import { estimateRowHeights } from './layout';
import { ROLLUP_SHEET } from './names';
import { isOwnSheet } from './own';
import { policyParts } from './rows';

/**
 * The roll-up (集計): one row per policy level the sheets carry (基本方針 → 基本施策 → the item's
 * heading), each with its items, this year's grades counted per grade (each item once), the mean
 * of their points, the overall grade those items give (the preset's roll-up, as 総合評価) against
 * the one written on the sheet, and the indicators that reached their expected value (順調) or not
 * (遅れ). A grade chart per policy below. Computed from the same analyses as 評価サマリー.
 */

export const ROLLUP_CHART_ID = `evalsheet:${ROLLUP_SHEET}:grades`;

export interface RollupInput {
  file: string | null;
  sheets: SheetAnalysis[];
}

export interface RollupNode {
  /** The policy path down to this level. */
  path: string[];
  /** 1 = the top level (基本方針). */
  level: number;
  sheets: number;
  items: number;
  /** Items per grade, in the order of `grades` of the roll-up. */
  gradeCounts: number[];
  /** Mean points of the graded items (each under its sheet's preset); null when none is graded. */
  meanPoints: number | null;
  /** The overall grade the items' grades give; null when none is graded. */
  itemsGrade: string | null;
  /** The overall grade (総合評価) written on the sheets at exactly this level, distinct, or null. */
  writtenGrade: string | null;
  onTrack: number;
  behind: number;
  /** Whether no level lies below it (the chart's series are the leaves). */
  leaf: boolean;
}

interface Acc {
  path: string[];
  sheets: Set<SheetAnalysis>;
  grades: { grade: string; preset: GradePreset }[];
  items: number;
  written: string[];
  onTrack: number;
  behind: number;
  children: string[];
}

const SEP = '\u0000';

/** Grades in scale order (the first sheet's scale first), then any others written. */
function gradeOrder(inputs: RollupInput[]): string[] {
  const out: string[] = [];
  for (const i of inputs) for (const s of i.sheets) for (const g of s.preset.scale) if (!out.includes(g)) out.push(g);
  for (const i of inputs) for (const s of i.sheets) for (const it of s.items) if (it.item.grade?.value && !out.includes(it.item.grade.value)) out.push(it.item.grade.value);
  return out;
}

/** Where a sheet without any policy or title sits: its file and sheet, never lumped with other cities'. */
function sheetPath(file: string | null, sa: SheetAnalysis): string[] {
  const parts = policyParts(sa, null);
  if (parts.length > 0) return parts;
  const where = file !== null ? `${baseName(file)} / ${sa.model.sheet}` : sa.model.sheet;
  return [`${where}（基本方針の記載なし / no policy given）`];
}

export function rollupNodes(inputs: RollupInput[]): { grades: string[]; nodes: RollupNode[] } {
  const grades = gradeOrder(inputs);
  const accs = new Map<string, Acc>();
  const roots: string[] = [];
  const node = (path: string[]): Acc => {
    const id = path.join(SEP);
    let a = accs.get(id);
    if (!a) {
      a = { path, sheets: new Set(), grades: [], items: 0, written: [], onTrack: 0, behind: 0, children: [] };
      accs.set(id, a);
      if (path.length === 1) roots.push(id);
      else node(path.slice(0, -1)).children.push(id);
    }
    return a;
  };
  /** Every level from the top down to `path`. */
  const chain = (path: string[]): Acc[] => path.map((_, i) => node(path.slice(0, i + 1)));

  for (const input of inputs) {
    for (const sa of input.sheets) {
      if (sa.model.kind !== 'evaluation' || isOwnSheet(sa.model.sheet)) continue;
      const top = sheetPath(input.file, sa);
      for (const a of chain(top)) a.sheets.add(sa);
      const written = sa.model.overallGrade?.value ?? null;
      if (written !== null) node(top).written.push(written);
      const itemPath = new Map<string, string[]>();
      for (const ia of sa.items) {
        const extra = policyParts(sa, ia.item).slice(policyParts(sa, null).length);
        const path = [...top, ...extra];
        itemPath.set(ia.item.key, path);
        const g = ia.item.grade?.value ?? null;
        for (const a of chain(path)) {
          a.sheets.add(sa);
          a.items += 1;
          if (g !== null) a.grades.push({ grade: g, preset: sa.preset });
        }
      }
      // Each indicator once, under the first item that claims it (else the sheet).
      for (const ind of sa.indicators) {
        if (!ind.progress) continue;
        const owner = sa.items.find((it) => it.item.indicatorKeys.includes(ind.indicator.key) || ind.indicator.itemKey === it.item.key);
        const path = (owner && itemPath.get(owner.item.key)) ?? top;
        const reached = ind.progress.value >= 1;
        for (const a of chain(path)) {
          if (reached) a.onTrack += 1;
          else a.behind += 1;
        }
      }
    }
  }

  const nodes: RollupNode[] = [];
  const visit = (id: string) => {
    const a = accs.get(id) as Acc;
    const graded = a.grades.filter((g) => !g.preset.ungraded.includes(g.grade) && g.preset.points[g.grade] !== undefined);
    const meanPoints = graded.length > 0 ? graded.reduce((s, g) => s + g.preset.points[g.grade], 0) / graded.length : null;
    // The roll-up under the level's first preset (a level mixes presets only across cities).
    const preset = a.grades[0]?.preset ?? null;
    const itemsGrade = preset ? rollUp(preset, a.grades.map((g) => g.grade)).grade : null;
    const written = [...new Set(a.written)];
    nodes.push({
      path: a.path,
      level: a.path.length,
      sheets: a.sheets.size,
      items: a.items,
      gradeCounts: grades.map((g) => a.grades.filter((x) => x.grade === g).length),
      meanPoints,
      itemsGrade,
      writtenGrade: written.length > 0 ? written.join('、') : null,
      onTrack: a.onTrack,
      behind: a.behind,
      leaf: a.children.length === 0,
    });
    for (const c of a.children) visit(c);
  };
  for (const r of roots) visit(r);
  return { grades, nodes };
}

export const ROLLUP_TITLE = '集計（基本方針・施策別、Evalsheet が作成：再作成で置き換わります） / Roll-up by policy (made by Evalsheet; regenerating replaces it)';
/** Rows above the table: the title, a line saying how it is counted, the column headers. */
export const ROLLUP_HEADER_ROWS = 3;
const NOTE =
  '評価は今年度の評価を項目ごとに 1 件、指標は期待値に達したものを「順調」として数えています。 / Grades: this year, each item once; an indicator is on track when its actual reached the expected value.';

/** Whether the items' overall grade and the written one agree: 一致 / 相違, blank when either is missing. */
export function agreement(n: RollupNode): string | null {
  if (n.itemsGrade === null || n.writtenGrade === null) return null;
  return n.writtenGrade === n.itemsGrade ? '一致' : '相違';
}

export function rollupSheet(inputs: RollupInput[]): { spec: SheetSpec; chart: ChartSpec | null; nodes: RollupNode[]; grades: string[] } {
  const { grades, nodes } = rollupNodes(inputs);
  const gradeCol0 = 4;
  const header: CellSpec[] = [
    { value: '階層\nLevel', style: HEADER_STYLE },
    { value: '基本方針 / 基本施策\nPolicy', style: HEADER_STYLE },
    { value: 'シート数\nSheets', style: HEADER_STYLE },
    { value: '項目数\nItems', style: HEADER_STYLE },
    ...grades.map((g) => ({ value: g, style: HEADER_STYLE })),
    { value: '平均点\nMean points', style: HEADER_STYLE },
    { value: '項目の評価からみた総合評価\nOverall from items', style: HEADER_STYLE },
    { value: '記載の総合評価\nOverall written', style: HEADER_STYLE },
    { value: '照合\nMatch', style: HEADER_STYLE },
    { value: '指標 順調\nOn track', style: HEADER_STYLE },
    { value: '指標 遅れ\nBehind', style: HEADER_STYLE },
  ];
  const center = { horizontal: 'center' as const };
  const body: CellSpec[][] = nodes.map((n) => [
    { value: n.level, style: center },
    // Deeper levels indented with full-width spaces, so the tree reads down the column.
    { value: `${'　'.repeat(n.level - 1)}${n.path[n.path.length - 1]}`, style: { wrap: true, horizontal: 'left', bold: n.level === 1 } },
    { value: n.sheets, style: center },
    { value: n.items, style: center },
    ...n.gradeCounts.map((c) => ({ value: c, style: center })),
    { value: n.meanPoints, style: { numberFormat: '0.00', horizontal: 'right' } },
    { value: n.itemsGrade, style: { horizontal: 'center', bold: true } },
    { value: n.writtenGrade, style: { horizontal: 'center', bold: true } },
    { value: agreement(n), style: center },
    { value: n.onTrack, style: center },
    { value: n.behind, style: center },
  ]);
  const rows: CellSpec[][] = [[{ value: ROLLUP_TITLE, style: { bold: true } }], [{ value: NOTE }], header, ...body];
  if (nodes.length === 0) rows.push([{ value: '評価シートの項目が見つかりません / No items found on any evaluation sheet' }]);
  const widths = [6, 40, 8, 8, ...grades.map(() => 6), 9, 14, 12, 7, 9, 9];
  const first = ROLLUP_HEADER_ROWS;
  const last = first + nodes.length - 1;
  const fills: ConditionalFill[] = [];
  if (nodes.length > 0) {
    const overallCols = [gradeCol0 + grades.length + 1, gradeCol0 + grades.length + 2];
    for (const col of overallCols) grades.forEach((g, i) => fills.push({ range: rangeAddress(first, col, last, col), equals: g, fill: gradeColor(i).fill, fontColor: gradeColor(i).font }));
    const match = gradeCol0 + grades.length + 3;
    fills.push({ range: rangeAddress(first, match, last, match), equals: '相違', fill: gradeColor(3).fill, fontColor: gradeColor(3).font });
  }

  // The chart: one series per policy at its deepest level, bound to its grade cells.
  const leaves = nodes.map((n, i) => ({ n, row: first + i })).filter((x) => x.n.leaf && x.n.items > 0);
  const seen = new Map<string, number>();
  const names = leaves.map((x) => {
    const key = policyKey(x.n.path.join(' / '));
    const k = (seen.get(key) ?? 0) + 1;
    seen.set(key, k);
    return k > 1 ? `${key} (${k})` : key;
  });
  const lastGrade = gradeCol0 + grades.length - 1;
  const chart: ChartSpec | null =
    leaves.length > 0 && grades.length > 0
      ? {
          id: ROLLUP_CHART_ID,
          kind: 'grade-distribution',
          type: 'column',
          sheet: ROLLUP_SHEET,
          anchor: { cell: cellAddress(rows.length + 1, 1), widthPx: 800, heightPx: Math.min(720, 340 + 20 * Math.ceil(leaves.length / 3)) },
          title: '評価の分布（基本方針・施策別） / Grade distribution by policy',
          categories: { labels: grades, ref: { sheet: ROLLUP_SHEET, range: rangeAddress(first - 1, gradeCol0, first - 1, lastGrade) } },
          series: leaves.map((x, i) => ({
            name: names[i],
            ref: { sheet: ROLLUP_SHEET, range: rangeAddress(x.row, gradeCol0, x.row, lastGrade) },
            values: x.n.gradeCounts,
            color: policyColor(i),
            marker: false,
            dashed: false,
            line: false,
          })),
          valueAxisTitle: '件数 / Items',
          targetIndex: null,
        }
      : null;
  const spec: SheetSpec = {
    name: ROLLUP_SHEET,
    owner: 'evalsheet',
    rows,
    headerRows: ROLLUP_HEADER_ROWS,
    columnWidths: widths,
    rowHeights: estimateRowHeights(rows, widths),
    conditionalFills: fills,
    freezeRows: ROLLUP_HEADER_ROWS,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true },
    tabColor: '548235',
  };
  return { spec, chart, nodes, grades };
}
