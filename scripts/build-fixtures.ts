/**
 * Builds the .xlsx test fixtures (and samples/kitakami-9-2.xlsx) from the five seed documents.
 * Written with write-excel-file, a different library from exceljs (the one under test), so a bug
 * in one cannot hide a bug in the other.
 *
 *   npx tsx scripts/build-fixtures.ts            fixtures into test-output/fixtures, and samples/kitakami-9-2.xlsx
 *   npx tsx scripts/build-fixtures.ts <outDir>   fixtures into outDir only (what the tests do)
 *
 * Seed values are kept as the cities wrote them (test/support/seed-tsv.ts types the cells); the
 * seed is placed from A1, so a seed line n is row n. Defect variants change only the cells in
 * DEFECTS below; every planted defect names the rule it must raise (other rules may fire too,
 * e.g. every planted indicator with data that no item refers to also raises
 * indicator-unreferenced, and a negative count after a positive one is also a sudden change).
 *
 * Planted defects (file · sheet · cell · defect → rule):
 * | file                   | sheet          | cell | defect                                                 | rule                       |
 * |------------------------|----------------|------|--------------------------------------------------------|----------------------------|
 * | kitakami-defects.xlsx  | 9-2            | B16  | 総合評価 left empty                                     | overall-grade-missing      |
 * | kitakami-defects.xlsx  | 9-2            | G26  | item 1 grade written 「Ｂ (B)」 (full-width B)            | grade-normalized           |
 * | kitakami-defects.xlsx  | 9-2            | G28  | item 2 grade 「F (B)」, F is off the A–D legend          | grade-invalid              |
 * | kitakami-defects.xlsx  | 9-2            | G30  | item 3 grade left empty                                 | grade-missing              |
 * | kitakami-defects.xlsx  | 9-2            | F30  | item 3 refers to ⑤, whose block is empty               | indicator-ref-missing      |
 * | kitakami-defects.xlsx  | 9-2            | F39  | ① 期待値 R3 blank (interpolated: 52.0)                  | expected-missing           |
 * | kitakami-defects.xlsx  | 9-2            | H39  | ① 期待値 R5 62.0 instead of 61.0                        | expected-mismatch          |
 * | kitakami-defects.xlsx  | 9-2            | E44  | ② 実績値 R2 typed as text 「４８．０」                    | value-normalized           |
 * | kitakami-defects.xlsx  | 9-2            | F50  | ③ (%) 実績値 R3 = 120                                   | percent-out-of-range       |
 * | kitakami-defects.xlsx  | 9-2            | A47  | ③ has data and no item refers to it                     | indicator-unreferenced     |
 * | kitakami-defects.xlsx  | 9-2            | F56  | ④ (人) 実績値 R3 = -30                                  | negative-count             |
 * | kitakami-defects.xlsx  | 9-2            | G68  | ⑥ (累計) 実績値 R4 115 after R3 120                      | cumulative-decrease        |
 * | kitakami-defects.xlsx  | 9-2            | I74  | ⑦ 実績値 entered for R6, after the evaluated R5          | actual-future              |
 * | kitakami-defects.xlsx  | 9-2            | F80  | ⑧ 実績値 R3 blank, nothing in 備考                        | actual-missing             |
 * | kitakami-defects.xlsx  | 9-2            | A83  | ⑨ has values but no name (A84 blank)                    | indicator-name-missing     |
 * | kitakami-defects.xlsx  | 9-2            | B86  | ⑨ has values but no unit (B86 blank)                    | indicator-unit-missing     |
 * | kitakami-defects.xlsx  | 9-2            | F91  | ⑩ year header R1 R2 R3 「R2」 R5: goes backwards          | year-header-invalid        |
 * | kitakami-defects.xlsx  | 9-2            | E98  | ⑪ 実績値 R2 「210(見込み)」                               | value-estimate             |
 * | kitakami-defects.xlsx  | 9-2            | F98  | ⑪ 実績値 R3 「多数」                                       | value-not-numeric          |
 * | kitakami-defects.xlsx  | 9-2            | D104 | ⑫ no baseline: R1 実績値 and 期待値 blank                  | baseline-missing           |
 * | kitakami-defects.xlsx  | 9-2            | J111 | ⑬ no target: R7 期待値 blank                              | target-missing             |
 * | kitakami-defects.xlsx  | 9-2            | D117 | ⑭ R1 実績値 30 (D116) but R1 期待値 32                     | baseline-mismatch          |
 * | kitakami-defects.xlsx  | 9-2            | G122 | ⑮ 実績値 R4 250 after R3 110                              | sudden-change              |
 * | kitakami-overall.xlsx  | 9-2            | B16  | 総合評価 D while items are B, B, B                        | overall-grade-inconsistent |
 * | kitakami-overall.xlsx  | 9-2            | H30  | item 3 graded B (G30), analysis fields H31 I31 J30 emptied | narrative-missing       |
 * | kitakami-overall.xlsx  | 9-2            | F28  | 達成状況 ends 「参加者は120人となった。」 (① R5: 96)       | narrative-indicator-mismatch |
 * | kitakami-overall.xlsx  | 9-2            | H28  | 内部要因 「参加者は令和6年度:110人となった。」             | narrative-year-stale    |
 * | kitakami-noyear.xlsx   | 9-2            | B5   | 評価対象期間 (A3) and 対象:R5 (F24) removed; B5 heads the sheet | eval-year-missing     |
 * | shinjo-defects.xlsx    | 協働推進計画    | C92  | status 「未定義X」                                         | schedule-status-invalid    |
 * | shinjo-defects.xlsx    | 協働推進計画    | B93  | action 2's only status 実施 (C93) removed                 | schedule-empty             |
 * | unrecognized.xlsx      | 成果指標        | C3   | 目標 / 実績 rows under a year header, no indicator name   | sheet-unrecognized         |
 * Real seed quirks (not planted): kitakami ① R5 96 vs 期待値 61 and ② falling below baseline give
 * grade-inconsistent for items 2 and 1; ② R3 is blank with 未実施 in 備考 (actual-no-data);
 * nasushiobara rows carry their own grades (one its numbers do not support).
 * Plus unreadable files: not-an-xlsx.xlsx (text), corrupt.xlsx (a truncated zip), empty.xlsx (0 bytes).
 *
 * Last year's workbooks (issue 12, `--previous`), in previous/: each seed one year earlier, as the
 * city would have submitted it (PREVIOUS_YEAR below): the title's years one back, the evaluated
 * year's actuals, grade and analysis not written yet, last year's analysis worded as then. Compared
 * with its seed, none gives a finding. In previous-changed/, two of them with what does change
 * between years (file · last year's cell · what last year said → rule on this year's sheet):
 * | previous-changed/kitakami.xlsx | G28 | item 2 graded 「C (B)」; this year's bracket says B | previous-grade-mismatch (G28) |
 * | previous-changed/kitakami.xlsx | G44 | ② R4 actual 41.2; this year 40.9                   | actual-revised (G44)         |
 * | previous-changed/kitakami.xlsx | J39 | ① target R7 65 (expected 43 → 65); this year 70   | target-changed (J39)         |
 * | previous-changed/kitakami.xlsx | J30 | item 3 今後の方向性 as this year's, word for word | narrative-unchanged (J30)    |
 * | previous-changed/kitakami.xlsx | A47 | ③ 地域づくり研修の参加者数, used by item 3; gone now | indicator-dropped (E30)      |
 * | previous-changed/niigata.xlsx  | E50 | H29 graded B; this year's sheet says C for H29     | previous-grade-mismatch (E50) |
 * | previous-changed/niigata.xlsx  | E43 | H29 受講者数 1,450; this year 1,454                 | actual-revised (E43)         |
 * | previous-changed/niigata.xlsx  | B15 | named まちづくりセンター設置数 (B15, B44)               | indicator-dropped (B15)      |
 * | previous-changed/niigata.xlsx  | D51 | H29 課題 as this year's H30 text, word for word     | narrative-unchanged (F51)    |
 */
import * as fs from 'fs';
import * as path from 'path';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';
import { parseCellAddress } from '../src/core/snapshot/address';
import type { CellValue } from '../src/core/snapshot/types';
import { seedCells, type SeedCells, type SeedName } from '../test/support/seed-tsv';

export interface PlantedDefect {
  file: string;
  sheet: string;
  cell: string;
  defect: string;
  rule: string;
}

/** A cell edit on top of a seed: the value (null = blank) and, for numbers, a number format. */
interface Edit {
  cell: string;
  value: CellValue;
  format?: string;
}

interface SheetPlan {
  name: string;
  grid: SeedCells;
  /** Horizontal merges as [cell, columns], e.g. the title row. */
  spans?: [string, number][];
  /** Cells drawn bold on a grey fill (header rows), to show that styles survive. */
  headers?: string[];
}

interface FixturePlan {
  file: string;
  sheets: SheetPlan[];
}

const SHEETS = {
  kitakami: '9-2',
  ichinoseki: '成果指標',
  niigata: 'No.28',
  shinjo: '協働推進計画',
  nasushiobara: 'プロセス3',
} as const satisfies Record<SeedName, string>;

function copyGrid(g: SeedCells): SeedCells {
  return { values: g.values.map((r) => [...r]), formats: g.formats.map((r) => [...r]) };
}

function ensureSize(g: SeedCells, rows: number, cols: number): void {
  const width = Math.max(cols, g.values[0]?.length ?? 0);
  while (g.values.length < rows) {
    g.values.push([]);
    g.formats.push([]);
  }
  for (let r = 0; r < g.values.length; r++) {
    while (g.values[r].length < width) {
      g.values[r].push(null);
      g.formats[r].push('General');
    }
  }
}

function applyEdits(g: SeedCells, edits: Edit[]): SeedCells {
  const out = copyGrid(g);
  for (const e of edits) {
    const { row, col } = parseCellAddress(e.cell);
    ensureSize(out, row + 1, col + 1);
    out.values[row][col] = e.value;
    out.formats[row][col] = e.format ?? (typeof e.value === 'number' && !Number.isInteger(e.value) ? '0.0' : 'General');
  }
  return out;
}

/** Replaces the text of a cell through a function (keeps the real seed wording around an edit). */
function textEdit(g: SeedCells, cell: string, f: (s: string) => string): Edit {
  const { row, col } = parseCellAddress(cell);
  return { cell, value: f(String(g.values[row][col] ?? '')) };
}

const YEARS = ['R1 (現状値)', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'];

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  years?: string[];
  actual: (number | string | null)[];
  expected: (number | string | null)[];
  notes?: (string | null)[];
}

/** An indicator block in the Kitakami layout (6 rows), values shifted one column right of the years as in the seed. */
function blockRows(b: Block): CellValue[][] {
  const years = b.years ?? YEARS;
  const pad = (xs: (number | string | null)[]) => [...xs, ...new Array(7 - xs.length).fill(null)];
  return [
    [`指標 ${b.no}`, null, '指標の説明', null, null, null, null, null, null, null],
    [b.name || null, null, b.description || null, null, null, null, null, null, null, null],
    ['担当部等', '単位', ...years, null],
    [b.name ? 'まちづくり部' : null, b.unit || null, '実績値', ...pad(b.actual)],
    [null, null, '期待値 ※R7は目標値', ...pad(b.expected)],
    [null, null, '備考', ...pad(b.notes ?? [])],
  ];
}

function appendBlocks(g: SeedCells, blocks: Block[]): SeedCells {
  const out = copyGrid(g);
  for (const b of blocks) {
    for (const row of blockRows(b)) {
      out.values.push(row);
      out.formats.push(row.map((v) => (typeof v === 'number' && !Number.isInteger(v) ? '0.0' : 'General')));
    }
  }
  ensureSize(out, out.values.length, 10);
  return out;
}

const step = (from: number, by: number, n = 7) => Array.from({ length: n }, (_, i) => from + by * i);

/** Kitakami 9-2 as far as the blocks ① and ② (rows 1–46): the sheet's header, items and both real indicators. */
function kitakamiHead(): SeedCells {
  return seedCells('kitakami', 1, 46);
}

function kitakamiDefects(): SeedCells {
  const head = kitakamiHead();
  const edited = applyEdits(head, [
    { cell: 'B16', value: null },
    { cell: 'G26', value: 'Ｂ (B)' },
    { cell: 'G28', value: 'F (B)' },
    { cell: 'G30', value: null },
    textEdit(head, 'F30', (s) => `⑤ ${s}`),
    { cell: 'F39', value: null },
    { cell: 'H39', value: 62, format: '0.0' },
    { cell: 'E44', value: '４８．０' },
  ]);
  return appendBlocks(edited, [
    { no: '③', name: 'ボランティア活動の満足度', description: '参加者アンケートで「満足」と答えた割合', unit: '%', actual: [80, 85, 120, 90, 92], expected: step(80, 2) },
    { no: '④', name: '防災訓練の参加者数', description: '地域の防災訓練に参加した人数', unit: '人', actual: [500, 520, -30, 540, 560], expected: step(500, 20) },
    { no: '⑤', name: '', description: '', unit: '', actual: [], expected: [] },
    { no: '⑥', name: '市民活動センター登録団体数(累計)', description: '登録団体の累計', unit: '団体', actual: [100, 110, 120, 115, 130], expected: step(100, 10) },
    { no: '⑦', name: '出前講座の開催回数', description: '年度ごとの開催回数', unit: '回', actual: [10, 12, 14, 16, 18, 20], expected: step(10, 2) },
    { no: '⑧', name: '協働事業の件数', description: '年度ごとの協働事業数', unit: '件', actual: [20, 22, null, 26, 28], expected: step(20, 2) },
    { no: '⑨', name: '', description: '', unit: '', actual: [5, 6, 7, 8, 9], expected: step(5, 1) },
    { no: '⑩', name: '地域清掃活動の参加団体数', description: '年度ごとの参加団体数', unit: '団体', years: ['R1 (現状値)', 'R2', 'R3', 'R2', 'R5', 'R6', 'R7'], actual: [30, 31, 32, 33, 34], expected: step(30, 1) },
    { no: '⑪', name: '地域づくり講座の参加者数', description: '年度ごとの参加者数', unit: '人', actual: [200, '210(見込み)', '多数', 230, 240], expected: step(200, 10) },
    { no: '⑫', name: 'NPO法人数', description: '市内に事務所を置くNPO法人の数', unit: '団体', actual: [null, 12, 13, 14, 15], expected: [null, null, null, null, null, null, 20] },
    { no: '⑬', name: '自治会加入率', description: '全世帯に占める加入世帯の割合', unit: '%', actual: [80, 79, 78, 77, 76], expected: [80] },
    { no: '⑭', name: '地域行事の開催数', description: '年度ごとの開催数', unit: '回', actual: [30, 31, 32, 33, 34], expected: step(32, 1) },
    { no: '⑮', name: '市民活動の相談件数', description: '市民活動センターへの相談件数', unit: '件', actual: [100, 105, 110, 250, 260], expected: step(100, 10) },
  ]);
}

export const DEFECTS: PlantedDefect[] = [
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'B16', defect: '総合評価 empty', rule: 'overall-grade-missing' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'G26', defect: 'grade 「Ｂ (B)」', rule: 'grade-normalized' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'G28', defect: 'grade 「F (B)」 off the legend', rule: 'grade-invalid' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'G30', defect: 'item 3 grade empty', rule: 'grade-missing' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'F30', defect: 'item 3 refers to the empty ⑤', rule: 'indicator-ref-missing' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'F39', defect: '① 期待値 R3 blank', rule: 'expected-missing' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'H39', defect: '① 期待値 R5 62.0, not 61.0', rule: 'expected-mismatch' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'E44', defect: '② R2 「４８．０」 as text', rule: 'value-normalized' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'F50', defect: '③ 120 %', rule: 'percent-out-of-range' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'A47', defect: '③ referred to by no item', rule: 'indicator-unreferenced' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'F56', defect: '④ -30 人', rule: 'negative-count' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'G68', defect: '⑥ 累計 down 120 → 115', rule: 'cumulative-decrease' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'I74', defect: '⑦ actual in R6 > R5', rule: 'actual-future' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'F80', defect: '⑧ R3 blank, no note', rule: 'actual-missing' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'A83', defect: '⑨ no name (A84 blank)', rule: 'indicator-name-missing' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'B86', defect: '⑨ no unit (B86 blank)', rule: 'indicator-unit-missing' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'F91', defect: '⑩ years go backwards (R3 → R2)', rule: 'year-header-invalid' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'E98', defect: '⑪ 「210(見込み)」', rule: 'value-estimate' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'F98', defect: '⑪ 「多数」', rule: 'value-not-numeric' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'D104', defect: '⑫ no baseline', rule: 'baseline-missing' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'J111', defect: '⑬ no target', rule: 'target-missing' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'D117', defect: '⑭ R1 actual 30 (D116), expected 32', rule: 'baseline-mismatch' },
  { file: 'kitakami-defects.xlsx', sheet: '9-2', cell: 'G122', defect: '⑮ 110 → 250', rule: 'sudden-change' },
  { file: 'kitakami-overall.xlsx', sheet: '9-2', cell: 'B16', defect: '総合評価 D, items B B B', rule: 'overall-grade-inconsistent' },
  { file: 'kitakami-overall.xlsx', sheet: '9-2', cell: 'H30', defect: 'item 3 (graded B) analysis fields empty', rule: 'narrative-missing' },
  { file: 'kitakami-overall.xlsx', sheet: '9-2', cell: 'F28', defect: '達成状況 「参加者は120人」, ① R5 actual 96', rule: 'narrative-indicator-mismatch' },
  { file: 'kitakami-overall.xlsx', sheet: '9-2', cell: 'H28', defect: '内部要因 「令和6年度:110人」 in an R5 evaluation', rule: 'narrative-year-stale' },
  { file: 'kitakami-noyear.xlsx', sheet: '9-2', cell: 'B5', defect: 'no 評価対象期間 (A3) / 対象:R5 (F24)', rule: 'eval-year-missing' },
  { file: 'shinjo-defects.xlsx', sheet: '協働推進計画', cell: 'C92', defect: 'status 「未定義X」', rule: 'schedule-status-invalid' },
  { file: 'shinjo-defects.xlsx', sheet: '協働推進計画', cell: 'B93', defect: 'action 2 without any status (C93 emptied)', rule: 'schedule-empty' },
  { file: 'unrecognized.xlsx', sheet: '成果指標', cell: 'C3', defect: '目標 / 実績 rows under a year header, no indicator name', rule: 'sheet-unrecognized' },
];

/** The value each planted defect cell holds (null = blank), so a test can check the table against the files. */
export const DEFECT_VALUES: Record<string, CellValue> = {
  'kitakami-defects.xlsx!B16': null,
  'kitakami-defects.xlsx!G26': 'Ｂ (B)',
  'kitakami-defects.xlsx!G28': 'F (B)',
  'kitakami-defects.xlsx!G30': null,
  'kitakami-defects.xlsx!F39': null,
  'kitakami-defects.xlsx!H39': 62,
  'kitakami-defects.xlsx!E44': '４８．０',
  'kitakami-defects.xlsx!F50': 120,
  'kitakami-defects.xlsx!A47': '指標 ③',
  'kitakami-defects.xlsx!A48': 'ボランティア活動の満足度',
  'kitakami-defects.xlsx!F56': -30,
  'kitakami-defects.xlsx!G68': 115,
  'kitakami-defects.xlsx!I74': 20,
  'kitakami-defects.xlsx!F80': null,
  'kitakami-defects.xlsx!A83': '指標 ⑨',
  'kitakami-defects.xlsx!A84': null,
  'kitakami-defects.xlsx!B86': null,
  'kitakami-defects.xlsx!F91': 'R2',
  'kitakami-defects.xlsx!E98': '210(見込み)',
  'kitakami-defects.xlsx!F98': '多数',
  'kitakami-defects.xlsx!D104': null,
  'kitakami-defects.xlsx!J111': null,
  'kitakami-defects.xlsx!D116': 30,
  'kitakami-defects.xlsx!D117': 32,
  'kitakami-defects.xlsx!G122': 250,
  'kitakami-overall.xlsx!B16': 'D',
  'kitakami-overall.xlsx!G30': 'B (B)',
  'kitakami-overall.xlsx!H30': null,
  'kitakami-overall.xlsx!H31': null,
  'kitakami-overall.xlsx!J30': null,
  'kitakami-overall.xlsx!H28': '参加者は令和6年度:110人となった。',
  'kitakami-noyear.xlsx!A3': '北上市総合計画 2021～2030 令和6年度基本施策事後評価シート',
  'shinjo-defects.xlsx!C92': '未定義X',
  'shinjo-defects.xlsx!C93': null,
  'unrecognized.xlsx!B4': '目標',
};

function kitakamiOverall(): SeedCells {
  const g = seedCells('kitakami');
  return applyEdits(g, [
    { cell: 'B16', value: 'D' },
    { cell: 'H31', value: null },
    { cell: 'I31', value: null },
    { cell: 'J30', value: null },
    // Item 2 (①) told with a figure its indicator does not hold (R5 actual 96), and a later year's result.
    textEdit(g, 'F28', (t) => `${t}参加者は120人となった。`),
    { cell: 'H28', value: '参加者は令和6年度:110人となった。' },
  ]);
}

function kitakamiNoYear(): SeedCells {
  const g = seedCells('kitakami');
  return applyEdits(g, [
    textEdit(g, 'A3', (s) => s.replace(/（評価対象期間：[^）]*）/, '')),
    textEdit(g, 'F24', (s) => s.replace(/\(対象:R5\)\s*/, '')),
  ]);
}

function shinjoDefects(): SeedCells {
  return applyEdits(seedCells('shinjo'), [
    { cell: 'C92', value: '未定義X' },
    { cell: 'C93', value: null },
  ]);
}

/** The demo sample: the real sheet as a department holds it before filling in ②'s 期待値 (R2–R6 blank). */
function kitakamiSample(): SeedCells {
  return applyEdits(seedCells('kitakami'), ['E45', 'F45', 'G45', 'H45', 'I45'].map((cell) => ({ cell, value: null })));
}

/** An Excel date serial (1900 system) of a calendar day. */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/**
 * Year headers typed as dates (issue 8), three ways in three blocks of the real sheet: R2–R7 as
 * 20xx/4/1 shown 「令和2年度」 by `[$-411]ggge"年度"` (①), as days within each fiscal year shown
 * `yyyy/m/d`, March 31 of the next calendar year among them (②), and as 20xx/4/1 shown 「2020年度」 (③).
 * The sheet must read exactly as kitakami.xlsx, whose headers are text.
 */
function kitakamiDateYears(): SeedCells {
  const edits: Edit[] = [];
  ['D', 'E', 'F', 'G', 'H', 'I'].forEach((c, i) => {
    const fy = 2020 + i;
    edits.push({ cell: `${c}37`, value: serial(fy, 4, 1), format: '[$-411]ggge"年度"' });
    edits.push({ cell: `${c}43`, value: i % 2 === 1 ? serial(fy + 1, 3, 31) : serial(fy, 10, 1), format: 'yyyy/m/d' });
    edits.push({ cell: `${c}48`, value: serial(fy, 4, 1), format: 'yyyy"年度"' });
  });
  return applyEdits(seedCells('kitakami'), edits);
}

/** A generic years-across table (目標 / 実績 rows) whose year headers are dates, or (twin) text. */
function genericYears(asDates: boolean): SeedCells {
  const years = [2021, 2022, 2023, 2024];
  const header: CellValue[] = ['成果指標', '単位', '区分', ...years.map((y) => (asDates ? serial(y, 4, 1) : `令和${y - 2018}年度`)), '目標値'];
  const values: CellValue[][] = [
    ['市民活動の指標（令和3年度～令和6年度）'],
    ['対象年度', '令和5年度'],
    header,
    ['市民活動への参加率', '%', '目標', 30, 32, 34, 36, 36],
    [null, null, '実績', 29, 33, 35, null, null],
    ['講座の受講者数', '人', '目標', 100, 110, 120, 130, 130],
    [null, null, '実績', 95, 108, null, null, null],
  ];
  const width = Math.max(...values.map((r) => r.length));
  const g: SeedCells = { values: values.map((r) => [...r, ...new Array(width - r.length).fill(null)]), formats: values.map(() => new Array(width).fill('General')) };
  if (asDates) years.forEach((_, i) => (g.formats[2][3 + i] = '[$-411]ggge"年度"'));
  return g;
}

/**
 * A sheet no reader can read (sheet-unrecognized): a year header with 目標 / 実績 rows and numbers,
 * but no indicator name anywhere (a person would add one, or teach the layout). Beside it, in the
 * same workbook, the memo: no evaluation words, so no finding.
 */
function unreadSheet(): SeedCells {
  const values: CellValue[][] = [
    ['令和5年度 評価調書'],
    [],
    [null, '区分', 'R2', 'R3', 'R4', 'R5'],
    [null, '目標', 120, 130, 140, 150],
    [null, '実績', 118, 133, 129, 151],
  ];
  const width = 6;
  return {
    values: values.map((r) => [...r, ...new Array(width - r.length).fill(null)]),
    formats: values.map(() => new Array(width).fill('General')),
  };
}

function memoSheet(): SeedCells {
  const values: CellValue[][] = [['メモ'], ['提出前に担当課長の確認を受けること'], ['締切', '令和6年5月31日'], ['照会先', '企画課 内線 1234']];
  const width = 2;
  return {
    values: values.map((r) => [...r, ...new Array(width - r.length).fill(null)]),
    formats: values.map(() => new Array(width).fill('General')),
  };
}

/** Era years in a text one year back: 令和6年度 → 令和5年度, R5 → R4, 平成30年度 → 平成29年度. */
function yearEarlier(text: string): string {
  return text
    .replace(/(令和|平成)(\d+)(年)/g, (_m, era: string, n: string, y: string) => `${era}${Math.max(1, Number(n) - 1)}${y}`)
    .replace(/(^|[^A-Za-z])R(\d+)(?!\d)/g, (_m, before: string, n: string) => `${before}R${Math.max(1, Number(n) - 1)}`);
}

/**
 * Last year's wording of an analysis cell: staff start from last year's text and add to it, so last
 * year's is this year's with its years one back and, where that changes nothing, without its last
 * sentence (or last clause).
 */
function earlierAnalysis(text: string): string {
  if (text.trim() === '') return text;
  const shifted = yearEarlier(text);
  if (shifted !== text) return shifted;
  const sentences = (text.match(/[^。]*。|[^。]+$/g) ?? []).filter((x) => x.trim() !== '');
  if (sentences.length > 1) return sentences.slice(0, -1).join('');
  const clause = text.lastIndexOf('、');
  return clause > 0 ? `${text.slice(0, clause)}。` : `${text}（継続）`;
}

function cellText(g: SeedCells, cell: string): string {
  const { row, col } = parseCellAddress(cell);
  return String(g.values[row]?.[col] ?? '');
}

const range = (cols: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => Array.from(cols).map((c) => `${c}${from + i}`)).flat();

/** Kitakami 9-2 as submitted a year earlier (R4): R5's actuals blank, last year's analysis, last year's grades. */
function kitakamiPrevious(changed: boolean): SeedCells {
  const g = seedCells('kitakami');
  const analysis = range('HIJ', 26, 31).filter((c) => cellText(g, c) !== '');
  const edits: Edit[] = [
    textEdit(g, 'A3', yearEarlier),
    textEdit(g, 'F24', yearEarlier),
    { cell: 'H38', value: null },
    { cell: 'H44', value: null },
    // This year's brackets say B, B, B: last year's grades, with the year before's in brackets.
    { cell: 'G26', value: 'B (B)' },
    { cell: 'G28', value: changed ? 'C (B)' : 'B (C)' },
    { cell: 'G30', value: 'B (B)' },
    ...analysis.filter((c) => !(changed && c === 'J30')).map((c) => textEdit(g, c, earlierAnalysis)),
  ];
  if (changed) {
    edits.push({ cell: 'G44', value: 41.2, format: '0.0' });
    const line = [43, 46.7, 50.3, 54, 57.7, 61.3, 65];
    ['D', 'E', 'F', 'G', 'H', 'I', 'J'].forEach((c, i) => edits.push({ cell: `${c}39`, value: line[i], format: '0.0' }));
    edits.push(textEdit(g, 'F30', (x) => `③ ${x}`));
  }
  const edited = applyEdits(g, edits);
  if (!changed) return edited;
  // Last year's ③, which item 3 used: a full block after ②, the empty blocks below it one row down.
  const head: SeedCells = { values: edited.values.slice(0, 46), formats: edited.formats.slice(0, 46) };
  const withBlock = appendBlocks(head, [{ no: '③', name: '地域づくり研修の参加者数', description: '地域づくり組織向け研修会の参加者数', unit: '人', actual: [25, 31, 28, 40], expected: step(25, 5) }]);
  return { values: [...withBlock.values, ...edited.values.slice(46)], formats: [...withBlock.formats, ...edited.formats.slice(46)] };
}

/** Niigata No.28 as submitted for H29: H30's actuals, grade and evaluation not written yet. */
function niigataPrevious(changed: boolean): SeedCells {
  const g = seedCells('niigata');
  const edits: Edit[] = [
    { cell: 'G43', value: null },
    { cell: 'G44', value: null },
    { cell: 'G50', value: null },
    { cell: 'F50', value: null },
    { cell: 'F51', value: null },
  ];
  if (changed) {
    edits.push({ cell: 'E50', value: 'B' });
    edits.push({ cell: 'E43', value: 1450, format: '#,##0' });
    edits.push({ cell: 'B15', value: 'まちづくりセンター設置数' }, { cell: 'B44', value: 'まちづくりセンター設置数' });
    edits.push({ cell: 'D51', value: cellText(g, 'F51') });
  }
  return applyEdits(g, edits);
}

/** Nasushiobara プロセス3 as submitted for R3: 現状値 (R3), last year's figures and wording. */
function nasushiobaraPrevious(): SeedCells {
  const g = seedCells('nasushiobara');
  const analysis = range('G', 10, 33).filter((c) => cellText(g, c) !== '');
  return applyEdits(g, [
    textEdit(g, 'D7', yearEarlier),
    textEdit(g, 'J8', yearEarlier),
    { cell: 'J14', value: '加入率 59.0%' },
    { cell: 'J15', value: 0.8, format: '0%' },
    ...analysis.map((c) => textEdit(g, c, earlierAnalysis)),
  ]);
}

/**
 * Last year's workbook of each seed, by file name: a plan (Ichinoseki) and a schedule (Shinjo)
 * are the same document a year earlier.
 */
export const PREVIOUS_YEAR: FixturePlan[] = [
  { file: 'kitakami.xlsx', sheets: [{ name: '9-2', grid: kitakamiPrevious(false) }] },
  { file: 'ichinoseki.xlsx', sheets: [{ name: '成果指標', grid: seedCells('ichinoseki') }] },
  { file: 'niigata.xlsx', sheets: [{ name: 'No.28', grid: niigataPrevious(false) }] },
  { file: 'shinjo.xlsx', sheets: [{ name: '協働推進計画', grid: seedCells('shinjo') }] },
  { file: 'nasushiobara.xlsx', sheets: [{ name: 'プロセス3', grid: nasushiobaraPrevious() }] },
];

/**
 * What previous-changed/ plants, as the finding each gives on this year's seed (the `file` checked,
 * `previous` the last year's workbook given with --previous, `cell` this year's).
 */
export const PREVIOUS_PLANTED: (PlantedDefect & { previous: string })[] = [
  { file: 'kitakami.xlsx', previous: 'previous-changed/kitakami.xlsx', sheet: '9-2', cell: 'G28', defect: 'item 2 graded C last year, bracket says B', rule: 'previous-grade-mismatch' },
  { file: 'kitakami.xlsx', previous: 'previous-changed/kitakami.xlsx', sheet: '9-2', cell: 'E30', defect: '③, used by item 3 last year, gone', rule: 'indicator-dropped' },
  { file: 'kitakami.xlsx', previous: 'previous-changed/kitakami.xlsx', sheet: '9-2', cell: 'J30', defect: 'item 3 今後の方向性 copied', rule: 'narrative-unchanged' },
  { file: 'kitakami.xlsx', previous: 'previous-changed/kitakami.xlsx', sheet: '9-2', cell: 'J39', defect: '① R7 target 65 → 70, no note', rule: 'target-changed' },
  { file: 'kitakami.xlsx', previous: 'previous-changed/kitakami.xlsx', sheet: '9-2', cell: 'G44', defect: '② R4 41.2 → 40.9', rule: 'actual-revised' },
  { file: 'niigata.xlsx', previous: 'previous-changed/niigata.xlsx', sheet: 'No.28', cell: 'B15', defect: 'まちづくりセンター設置数 renamed', rule: 'indicator-dropped' },
  { file: 'niigata.xlsx', previous: 'previous-changed/niigata.xlsx', sheet: 'No.28', cell: 'E43', defect: 'H29 受講者数 1,450 → 1,454', rule: 'actual-revised' },
  { file: 'niigata.xlsx', previous: 'previous-changed/niigata.xlsx', sheet: 'No.28', cell: 'E50', defect: 'H29 graded B last year, C now', rule: 'previous-grade-mismatch' },
  { file: 'niigata.xlsx', previous: 'previous-changed/niigata.xlsx', sheet: 'No.28', cell: 'F51', defect: 'H30 課題 = last year\'s H29 課題', rule: 'narrative-unchanged' },
];

/** Last year's workbooks with what changes between years planted (the table at the top). */
export const PREVIOUS_CHANGED: FixturePlan[] = [
  { file: 'kitakami.xlsx', sheets: [{ name: '9-2', grid: kitakamiPrevious(true) }] },
  { file: 'niigata.xlsx', sheets: [{ name: 'No.28', grid: niigataPrevious(true) }] },
];

const KITAKAMI_STYLE = { spans: [['A3', 10]] as [string, number][], headers: ['A24', 'B24', 'C24', 'D24', 'E24', 'F24', 'G24', 'H24'] };

export const FIXTURES: FixturePlan[] = [
  { file: 'kitakami.xlsx', sheets: [{ name: SHEETS.kitakami, grid: seedCells('kitakami'), ...KITAKAMI_STYLE }] },
  { file: 'ichinoseki.xlsx', sheets: [{ name: SHEETS.ichinoseki, grid: seedCells('ichinoseki') }] },
  { file: 'niigata.xlsx', sheets: [{ name: SHEETS.niigata, grid: seedCells('niigata') }] },
  { file: 'shinjo.xlsx', sheets: [{ name: SHEETS.shinjo, grid: seedCells('shinjo') }] },
  { file: 'nasushiobara.xlsx', sheets: [{ name: SHEETS.nasushiobara, grid: seedCells('nasushiobara') }] },
  {
    file: 'multi.xlsx',
    sheets: [
      { name: SHEETS.kitakami, grid: seedCells('kitakami'), ...KITAKAMI_STYLE },
      { name: 'メモ', grid: memoSheet() },
      { name: SHEETS.nasushiobara, grid: seedCells('nasushiobara') },
    ],
  },
  { file: 'kitakami-defects.xlsx', sheets: [{ name: SHEETS.kitakami, grid: kitakamiDefects() }] },
  { file: 'kitakami-overall.xlsx', sheets: [{ name: SHEETS.kitakami, grid: kitakamiOverall() }] },
  { file: 'kitakami-noyear.xlsx', sheets: [{ name: SHEETS.kitakami, grid: kitakamiNoYear() }] },
  { file: 'shinjo-defects.xlsx', sheets: [{ name: SHEETS.shinjo, grid: shinjoDefects() }] },
  { file: 'kitakami-9-2.xlsx', sheets: [{ name: SHEETS.kitakami, grid: kitakamiSample(), ...KITAKAMI_STYLE }] },
  {
    file: 'date-years.xlsx',
    sheets: [
      { name: SHEETS.kitakami, grid: kitakamiDateYears(), ...KITAKAMI_STYLE },
      { name: '成果指標', grid: genericYears(true) },
      { name: '成果指標（文字）', grid: genericYears(false) },
    ],
  },
  {
    file: 'unrecognized.xlsx',
    sheets: [
      { name: '成果指標', grid: unreadSheet() },
      { name: 'メモ', grid: memoSheet() },
    ],
  },
];

/** Unreadable inputs: each must give a one-line message and exit 2, without stopping the other files. */
export const BAD_FILES = ['not-an-xlsx.xlsx', 'corrupt.xlsx', 'empty.xlsx'] as const;

function toSheetData(plan: SheetPlan): SheetData {
  const spans = new Map((plan.spans ?? []).map(([cell, n]) => [cell, n]));
  const headers = new Set(plan.headers ?? []);
  const covered = new Set<string>();
  for (const [cell, n] of spans) {
    const { row, col } = parseCellAddress(cell);
    for (let c = col + 1; c < col + n; c++) covered.add(`${row}:${c}`);
  }
  return plan.grid.values.map((row, r) =>
    row.map((value, c): Cell => {
      if (covered.has(`${r}:${c}`)) return null;
      const address = `${String.fromCharCode(65 + c)}${r + 1}`;
      const span = c < 26 ? spans.get(address) : undefined;
      const style = headers.has(address) ? { fontWeight: 'bold' as const, backgroundColor: '#D9D9D9' } : {};
      if (value === null) return span || headers.has(address) ? { value: '', type: String, ...(span ? { columnSpan: span } : {}), ...style } : null;
      const format = plan.grid.formats[r][c];
      if (typeof value === 'number') return { value, type: Number, ...(format !== 'General' ? { format } : {}), ...(span ? { columnSpan: span } : {}), ...style };
      if (typeof value === 'boolean') return { value, type: Boolean };
      return { value, type: String, ...(span ? { columnSpan: span } : {}), ...style };
    }),
  );
}

async function writeFixture(plan: FixturePlan, file: string): Promise<void> {
  const sheets = plan.sheets.map((s) => ({ data: toSheetData(s), sheet: s.name }));
  const buffer = await writeXlsxFile(sheets).toBuffer();
  fs.writeFileSync(file, buffer);
}

async function writeBadFiles(outDir: string): Promise<void> {
  fs.writeFileSync(path.join(outDir, 'not-an-xlsx.xlsx'), 'これは Excel ブックではありません。\nThis is plain text, not a workbook.\n');
  fs.writeFileSync(path.join(outDir, 'empty.xlsx'), '');
  const good = fs.readFileSync(path.join(outDir, 'kitakami.xlsx'));
  fs.writeFileSync(path.join(outDir, 'corrupt.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
}

export async function buildFixtures(outDir: string, samplesDir?: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const plan of FIXTURES) {
    const file = path.join(outDir, plan.file);
    await writeFixture(plan, file);
    written.push(file);
  }
  for (const [dir, plans] of [['previous', PREVIOUS_YEAR], ['previous-changed', PREVIOUS_CHANGED]] as const) {
    fs.mkdirSync(path.join(outDir, dir), { recursive: true });
    for (const plan of plans) {
      const file = path.join(outDir, dir, plan.file);
      await writeFixture(plan, file);
      written.push(file);
    }
  }
  await writeBadFiles(outDir);
  if (samplesDir) {
    fs.mkdirSync(samplesDir, { recursive: true });
    fs.copyFileSync(path.join(outDir, 'kitakami-9-2.xlsx'), path.join(samplesDir, 'kitakami-9-2.xlsx'));
  }
  return written;
}

if (require.main === module) {
  const root = path.join(__dirname, '..');
  const outDir = path.resolve(process.argv[2] ?? path.join(root, 'test-output', 'fixtures'));
  // The committed sample is rewritten only on a plain run, never by the tests' fixture builds.
  const samplesDir = process.argv[2] ? undefined : path.join(root, 'samples');
  buildFixtures(outDir, samplesDir)
    .then((files) => {
      process.stdout.write(`${files.length} workbooks and ${BAD_FILES.length} unreadable files in ${outDir}${samplesDir ? '; sample in samples/kitakami-9-2.xlsx' : ''}\n`);
    })
    .catch((e: unknown) => {
      process.stderr.write(`build-fixtures: ${(e as Error).stack ?? e}\n`);
      process.exit(1);
    });
}
