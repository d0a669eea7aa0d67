import type { CellValue } from '../../src/core/snapshot/types';
import type { EvaluationSheet, GradeCell, Indicator, IndicatorYear, Item, LayoutKind, ScheduleAction, ValueCell, YearRef } from '../../src/core/model/types';
import { cellAddress, parseCellAddress } from '../../src/core/snapshot/address';
import { parseValue } from '../../src/core/text/values';

/**
 * Builds EvaluationSheet models by hand, cell by cell, so the engine can be tested without the
 * readers (and with defects the readers would never produce from a real sheet).
 */

export function value(cell: string, raw: CellValue, format = 'General'): ValueCell {
  return { cell, raw, numberFormat: format, parsed: parseValue(raw, format) };
}

/** A grade cell as written: 「B (B)」 → B, previous B; 「Ｂ」 → B, normalized. */
export function grade(cell: string, raw: string | null): GradeCell {
  const written = raw ?? '';
  const t = written.normalize('NFKC').trim();
  if (t === '') return { cell, raw: written, value: null, previous: null, normalized: false };
  const m = /^(\S+?)\s*(?:\((.*)\))?$/.exec(t);
  const plain = (s: string) => (/^[a-z]$/.test(s) ? s.toUpperCase() : s);
  const v = plain(m ? m[1] : t);
  const p = m && m[2] ? plain(m[2].trim()) : null;
  const forms = p === null ? [v] : [`${v} (${p})`, `${v}(${p})`];
  return { cell, raw: written, value: v, previous: p, normalized: !forms.includes(written) };
}

function col(cell: string, offset: number): string {
  const { row, col: c } = parseCellAddress(cell);
  return cellAddress(row, c + offset);
}

function qualitativeOf(cells: (ValueCell | null)[]): boolean {
  const filled = cells.filter((c): c is ValueCell => c !== null && c.parsed.kind !== 'blank');
  return filled.length > 0 && filled.every((c) => c.parsed.kind === 'text' || c.parsed.kind === 'no-data') && filled.some((c) => c.parsed.kind === 'text');
}

const baseIndicator = (key: string, layout: LayoutKind, cell: string): Indicator => ({
  key,
  id: '',
  layout,
  cell,
  name: null,
  unit: null,
  unitText: null,
  department: null,
  description: null,
  baseline: null,
  target: null,
  current: null,
  years: [],
  cumulative: false,
  qualitative: false,
  precision: null,
  grade: null,
  itemKey: null,
  badYearHeaders: [],
});

export interface BlockSpec {
  id: string;
  /** Row (1-based) of the 指標 ① line; name on the next row, labels, actual, expected, notes after. */
  row: number;
  name?: string | null;
  unit?: string | null;
  years: number[];
  labels?: string[];
  actual: CellValue[];
  expected: CellValue[];
  notes?: (string | null)[];
  /** Number format of the value cells ("0.0"); 'auto' keeps General. */
  format?: string;
  /** Per-cell formats overriding `format`, keyed by A1. */
  formats?: Record<string, string>;
  precision?: number | null;
  cumulative?: boolean;
}

/** Kitakami-style indicator block: values from column D, baseline = first year, target = last expected. */
export function block(s: BlockSpec): Indicator {
  const r = s.row;
  const labelRow = r + 2;
  const fmt = (cell: string) => s.formats?.[cell] ?? s.format ?? 'General';
  const years: IndicatorYear[] = s.years.map((year, i) => {
    const a = cellAddress(r + 2, 3 + i);
    const e = cellAddress(r + 3, 3 + i);
    const n = cellAddress(r + 4, 3 + i);
    const note = s.notes?.[i] ?? null;
    return {
      year,
      label: s.labels?.[i] ?? `R${year - 2018}`,
      labelCell: cellAddress(labelRow - 1, 2 + i),
      actual: value(a, s.actual[i] ?? null, fmt(a)),
      expected: value(e, s.expected[i] ?? null, fmt(e)),
      note: note === null ? { cell: n, text: '' } : { cell: n, text: note },
    };
  });
  const first = years[0];
  const last = years[years.length - 1];
  const ind = baseIndicator(s.id, 'indicator-blocks', `A${r}`);
  const cells = years.flatMap((y) => [y.actual, y.expected]);
  return {
    ...ind,
    id: s.id,
    name: s.name ? { cell: `A${r + 1}`, text: s.name } : null,
    unit: { cell: `B${r + 3}`, text: s.unit ?? '' },
    unitText: s.unit ?? null,
    baseline: { year: first.year, label: first.label, labelCell: first.labelCell, value: first.actual },
    target: { year: last.year, label: last.label, labelCell: last.labelCell, value: last.expected },
    years,
    cumulative: s.cumulative ?? false,
    qualitative: qualitativeOf(cells),
    precision: s.precision ?? null,
  };
}

export interface RowSpec {
  key: string;
  row: number;
  name: string;
  layout?: 'baseline-target' | 'baseline-target-current';
  unit?: string | null;
  /** [year, raw, format?] */
  baseline: [number, CellValue, string?];
  target: [number, CellValue, string?];
  current?: [number, CellValue, string?];
  grade?: string | null;
  itemKey?: string | null;
  cumulative?: boolean;
}

/** Nasushiobara-style row (grade in F, 基準値 H, 目標値 I, 現状値 J) or Ichinoseki-style (C unit, D 現状, E 目標). */
export function rowIndicator(s: RowSpec): Indicator {
  const btc = (s.layout ?? 'baseline-target-current') === 'baseline-target-current';
  const [bc, tc, cc] = btc ? ['H', 'I', 'J'] : ['D', 'E', 'F'];
  const ref = (c: string, spec: [number, CellValue, string?]): YearRef => ({ year: spec[0], label: String(spec[0]), labelCell: null, value: value(`${c}${s.row}`, spec[1], spec[2] ?? 'General') });
  const baseline = ref(bc, s.baseline);
  const target = ref(tc, s.target);
  const current = s.current ? ref(cc, s.current) : null;
  const fromValues = [baseline, target, current].map((y) => (y?.value?.parsed.kind === 'number' ? y.value.parsed.unit : null)).find((u) => u) ?? null;
  const ind = baseIndicator(s.key, btc ? 'baseline-target-current' : 'baseline-target', btc ? `B${s.row}` : `A${s.row}`);
  return {
    ...ind,
    id: btc ? '' : s.key,
    name: { cell: `B${s.row}`, text: s.name },
    unit: btc ? null : { cell: `C${s.row}`, text: s.unit ?? '' },
    unitText: s.unit ?? fromValues,
    baseline,
    target,
    current,
    years: current ? [{ year: current.year!, label: current.label!, labelCell: `${cc}1`, actual: current.value, expected: null, note: null }] : [],
    cumulative: s.cumulative ?? false,
    qualitative: qualitativeOf([baseline.value, target.value, current?.value ?? null]),
    grade: s.grade === undefined ? null : grade(`F${s.row}`, s.grade),
    itemKey: s.itemKey ?? null,
  };
}

export interface ItemSpec {
  key: string;
  no?: string;
  row: number;
  grade?: string | null;
  /** Grade column letter; 'G' (Kitakami) by default. */
  gradeCol?: string;
  refs?: string[];
  indicatorKeys?: string[];
  narrative?: (string | [string, string])[];
  yearlyGrades?: { year: number; cell: string; raw: string | null }[];
  title?: string;
}

export function item(s: ItemSpec): Item {
  const narrative = (s.narrative ?? []).map((n, i) => {
    const [label, text] = Array.isArray(n) ? n : [['内部要因', '外部要因', '今後の方向性'][i] ?? `field${i}`, n];
    return { label, cell: col(`H${s.row}`, i), text };
  });
  return {
    key: s.key,
    no: s.no ?? s.key,
    cell: `A${s.row}`,
    title: s.title ?? null,
    department: null,
    grade: s.grade === undefined ? null : grade(`${s.gradeCol ?? 'G'}${s.row}`, s.grade),
    indicatorRefs: s.refs ?? [],
    refCell: s.refs && s.refs.length ? `F${s.row}` : null,
    indicatorKeys: s.indicatorKeys ?? s.refs ?? [],
    narrative,
    yearlyGrades: (s.yearlyGrades ?? []).map((y) => ({ year: y.year, label: String(y.year), grade: grade(y.cell, y.raw) })),
  };
}

export function action(key: string, row: number, name: string, years: number[], statuses: (string | null)[]): ScheduleAction {
  return {
    key,
    no: key,
    name,
    cell: `A${row}`,
    statuses: years.map((year, i) => ({ year, label: String(year), cell: cellAddress(row - 1, 2 + i), status: statuses[i] ?? null })),
  };
}

export function sheet(s: Partial<EvaluationSheet> & { sheet?: string }): EvaluationSheet {
  const indicators = s.indicators ?? [];
  return {
    sheet: s.sheet ?? 'Sheet1',
    kind: s.kind ?? 'evaluation',
    layouts: s.layouts ?? Array.from(new Set(indicators.map((i) => i.layout))),
    title: s.title ?? null,
    policy: s.policy ?? [],
    evaluationYear: s.evaluationYear ?? null,
    legend: s.legend ?? null,
    overallGrade: s.overallGrade ?? null,
    items: s.items ?? [],
    indicators,
    schedule: s.schedule ?? [],
    badYearHeaders: s.badYearHeaders ?? [],
    reading: s.reading ?? [],
    ...(s.unread !== undefined ? { unread: s.unread } : {}),
  };
}

export const legendAD = () => ['A', 'B', 'C', 'D'].map((g, i) => ({ grade: g, meaning: ['順調', '概ね順調', 'やや遅れている', '遅れている'][i], cell: `B${11 + i}` }));

const R = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const RL = ['R1 (現状値)', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'];

/** Seed 000 (Kitakami 9-2) as the readers should see it: items 1–3, indicators ①, ② and an empty ③. */
export function kitakamiModel(): EvaluationSheet {
  const one = block({ id: '①', row: 35, name: 'まちづくりスタートアップ塾への参加人数', unit: '人', years: R, labels: RL, actual: [43, 43, 27, 36, 96, null, null], expected: [43, 47.5, 52, 56.5, 61, 65.5, 70], format: '0.0', precision: 1 });
  const two = block({ id: '②', row: 41, name: '地域活動やボランティア活動などに参加している市民の割合', unit: '%', years: R, labels: RL, actual: [48.6, 48, null, 40.9, 38.7, null, null], expected: [48.6, 49.1, 49.6, 50.1, 50.5, 51, 51.5], notes: ['H30', null, '未実施'], format: '0.0', precision: 1 });
  const three = block({ id: '③', row: 47, years: R, labels: RL, actual: [], expected: [] });
  return sheet({
    sheet: '9-2',
    title: '令和6年度基本施策事後評価シート',
    evaluationYear: { year: 2023, label: '令和5年度', cell: 'A3' },
    legend: legendAD(),
    overallGrade: grade('B16', 'B'),
    items: [
      item({ key: '1', row: 26, grade: 'B (B)', refs: ['②'], narrative: ['・協働のまちづくりを浸透させるため…', '賃貸に居住する人の割合が…', '◇多様な主体による…'] }),
      item({ key: '2', row: 28, grade: 'B (B)', refs: ['①'], narrative: ['20～40代の移住者…', '新型コロナウイルス…', '◇大人の放課後ゼミナール…'] }),
      item({ key: '3', row: 30, grade: 'B (B)', refs: [], narrative: ['', '', '◇地域づくり組織運営アドバイザー…'] }),
    ],
    indicators: [one, two, three],
  });
}

/** Seed 004 (Nasushiobara) rows as the readers should see them; every row is an item with its grade. */
export function nasushiobaraModel(): EvaluationSheet {
  const rows: [string, string, string, CellValue, CellValue, CellValue, string?][] = [
    // key, name, grade, 基準値 (H27), 目標値 (R4), 現状値 (R4), format of 現状値
    ['各種助成制度の情報提供', '各種助成制度の情報提供', 'B', '情報の集約・提供 実施', '情報の集約・提供 充実', '情報の集約・提供 充実'],
    ['コミュニティ設立支援', 'コミュニティ設立支援', 'D', '未設置地区 4地区', '未設置地区 2地区', '未設置地区 2地区'],
    ['市民活動保険制度の検討', '市民活動保険制度の検討', 'D', '保険制度 未実施', '保険制度 実施', '保険制度 一部実施'],
    ['自治会活動支援', '自治会活動支援', 'C', '補助金活用自治会 93%', '補助金活用自治会 95%', '補助金活用自治会 88.4%'],
    ['自治会加入促進に関する連携', '自治会加入促進に関する連携', 'C', '加入率 66.1%', '加入率 70.0%', '加入率 58.2%'],
    ['自主防災組織結成促進・支援事業', '自主防災組織結成促進・支援事業', 'C', '世帯力 バー率 73%', '世帯力 バー率 95%', 0.82, '0%'],
    ['消費者団体の育成', '消費者団体の育成(消費生活推進連絡会・生活学校)', 'B', '継続的な支援 実施', '継続的な支援 充実', '継続的な支援 充実'],
    ['コミュニティ助成', 'コミュニティ助成', 'C', '交付団体 14団体', '交付団体 16団体', '交付団体 11団体'],
    ['自治公民館施設整備', '自治公民館施設整備', 'B', '継続的な支援 実施', '継続的な支援 充実', '継続的な支援 充実'],
    ['協働のまちづくり推進団体登録事業', '協働のまちづくり推進団体登録事業', 'A', '登録団体数 0団体', '登録団体数 50団体', '登録団体数 142団体'],
    ['市民ポータルサイトによるネットワーク化の推進', '市民ポータルサイトによるネットワーク化の推進', 'E', '登録団体数 64団体', '登録団体数 100団体', '-'],
    ['避難行動要支援者の支援', '避難行動要支援者の支援', 'C', '個別計画の作成率 0%', '個別計画の作成率 50%', '個別計画の作成率 57%'],
    ['地域住民助け合い事業', '地域住民助け合い事業', 'A', '助け合い団体数 8団体', '助け合い団体数 50団体', '助け合い団体数 138団体'],
    ['地域学校協働本部の設置', '地域学校協働本部の設置', 'C', '地域コーディネーター配置率 0%', '地域コーディネーター配置率 100%', '地域コーディネーター配置率 93%'],
    ['市職員への市民活動アンケート調査', '市職員への市民活動アンケート調査', 'A', '調査・活用 実施', '調査・活用 充実', '調査・活用 実施'],
    ['市職員研修', '市職員研修', 'D', '回数 1回', '回数 2回', '回数 2回'],
  ];
  const indicators: Indicator[] = [];
  const items: Item[] = [];
  rows.forEach(([key, name, g, b, t, c, cf], i) => {
    const row = 5 + i;
    indicators.push(rowIndicator({ key, row, name, baseline: [2015, b], target: [2022, t], current: [2022, c, cf], grade: g, itemKey: key }));
    items.push(item({ key, no: name, row, grade: g, gradeCol: 'F', indicatorKeys: [key], narrative: [['効果又は理由(改善策)', key === '市民ポータルサイトによるネットワーク化の推進' ? '-' : '…']] }));
  });
  return sheet({ sheet: 'プロセス3', layouts: ['baseline-target-current'], indicators, items });
}

export { R as REIWA_1_TO_7, RL as REIWA_LABELS };
