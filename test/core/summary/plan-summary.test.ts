import { analyzeWorkbook } from '../../../src/core/analyze';
import type { WorkbookAnalysis } from '../../../src/core/analyze/types';
import type { Finding } from '../../../src/core/findings/types';
import type { CellSpec, ChartSpec, EditPlan, SheetSpec } from '../../../src/core/plan/types';
import { planSummary, SUMMARY_CHART_ID, SUMMARY_SHEET } from '../../../src/core/summary';
import { policyGroups } from '../../../src/core/summary/counts';
import { seedSnapshot } from '../../support/seed-tsv';
import { blockIndicator, indicatorAnalysis, item, kitakami, sheetAnalysis, workbook } from '../charts/build';

function sheetOf(plan: EditPlan): SheetSpec {
  const op = plan.ops.find((o) => o.op === 'put-sheet');
  if (!op || op.op !== 'put-sheet') throw new Error('no put-sheet');
  return op.spec;
}
function chartOf(plan: EditPlan): ChartSpec | null {
  const op = plan.ops.find((o) => o.op === 'add-chart');
  return op && op.op === 'add-chart' ? op.chart : null;
}
const values = (row: CellSpec[]) => row.map((c) => c.value);

function finding(cell: string): Finding {
  return { rule: 'actual-missing', severity: 'error', sheet: '9-2', cell, message: { ja: '', en: '' }, data: {}, fix: null };
}

/** Kitakami with items 1 (→ ②, grade B (B)), 2 (→ ①, C (B)), 3 (no indicator, no grade). */
function graded(): WorkbookAnalysis {
  const a = kitakami();
  const sa = a.sheets[0];
  const items = [item('1', 'A20', 'B', 'B', ['②']), item('2', 'A22', 'C', 'B', ['①']), item('3', 'A24', null, null, [])];
  const [one, two, three] = sa.indicators;
  const withProgress = [
    { ...one, progress: { year: 2023, value: 2.944, actual: 96, expected: 61, baseline: 43, target: 70 }, suggestedGrade: 'A' },
    { ...two, progress: { year: 2023, value: -5.211, actual: 38.7, expected: 50.5, baseline: 48.6, target: 51.5 }, suggestedGrade: 'D' },
    three,
  ];
  const s = sheetAnalysis('9-2', withProgress, items, {}, { findings: [finding('G48'), finding('F48'), finding('A24'), finding('Z99')] });
  s.items[0].suggestedGrade = 'D';
  s.items[1].suggestedGrade = 'A';
  return workbook('kitakami.xlsx', [s]);
}

const POLICY = '9.誰もが主体的に参画する市民協働の深化 / 9-2.まちづくりで広がる市民協働の深化';
/** Rows above the data: title, info line, column headers. */
const TOP = 3;

describe('planSummary', () => {
  test('a title, a line naming the sheets, years and date, then the table with its header repeated and frozen', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: graded() }], { generatedAt: new Date(2025, 5, 1, 9, 5) }));
    expect(spec).toMatchObject({ name: SUMMARY_SHEET, owner: 'evalsheet', headerRows: TOP, freezeRows: TOP });
    expect(spec.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true });
    expect(String(spec.rows[0][0].value)).toMatch(/^評価サマリー/);
    expect(spec.rows[1][0].value).toBe('対象シート / Sheets: 9-2　｜　評価年度 / Year: R5　｜　作成 / Made: 2025-06-01 09:05');
    expect(values(spec.rows[2])[0]).toBe('シート\nSheet');
    expect(spec.rows[2]).toHaveLength(16);
  });

  test('without a date from the caller the info line has none (the engine never reads the clock)', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: graded() }]));
    expect(spec.rows[1][0].value).toBe('対象シート / Sheets: 9-2　｜　評価年度 / Year: R5');
  });

  test('one row per item and indicator with the evaluated year, progress, grades and findings, linked to the source', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: graded() }]));
    expect(values(spec.rows[TOP])).toEqual(['9-2', POLICY, '1', 'まちづくり部', '② 地域活動やボランティア活動などに参加している市民の割合', '%', 48.6, 51.5, 'R5', 38.7, 50.5, -521.1, 'B', 'B', 'D', 2]);
    expect(values(spec.rows[TOP + 1])).toEqual(['9-2', POLICY, '2', 'まちづくり部', '① まちづくりスタートアップ塾への参加人数', '人', 43, 70, 'R5', 96, 61, 294.4, 'C', 'B', 'A', 0]);
    // An item without an indicator still gets its row (its finding counted).
    expect(values(spec.rows[TOP + 2])).toEqual(['9-2', POLICY, '3', 'まちづくり部', '', '', null, null, 'R5', null, null, null, null, null, null, 1]);
    expect(spec.rows[TOP][0].link).toEqual({ sheet: '9-2', cell: 'A20' });
    expect(spec.rows[TOP][2].link).toEqual({ sheet: '9-2', cell: 'A20' });
    expect(spec.rows[TOP][0].fileLink).toBeUndefined();
    expect(spec.rows[TOP][6].style?.numberFormat).toBe('#,##0.0');
  });

  test('long texts wrap in wide columns; every row that needs more than one line gets a height that grows with its text', () => {
    const a = graded();
    const long = a.sheets[0].indicators.find((i) => i.indicator.key === '②')!.indicator;
    // Item 1's indicator gets a name four times as long.
    if (long.name) long.name = { ...long.name, text: long.name.text.repeat(4) };
    const spec = sheetOf(planSummary([{ file: null, analysis: a }]));
    const widths = spec.columnWidths ?? [];
    const col = (ja: string) => spec.rows[2].findIndex((c) => String(c.value).startsWith(ja));
    // Names get wide columns, grades narrow ones.
    expect(widths[col('基本方針')]).toBeGreaterThanOrEqual(20);
    expect(widths[col('指標')]).toBeGreaterThanOrEqual(20);
    expect(widths[col('評価\nGrade')]).toBeLessThanOrEqual(8);
    expect(spec.rows[TOP][col('指標')].style).toMatchObject({ wrap: true, horizontal: 'left' });
    expect(spec.rows[TOP][col('基本方針')].style).toMatchObject({ wrap: true });
    const h = spec.rowHeights ?? [];
    expect(h).toHaveLength(spec.rows.length);
    // The title and info line stay at the default height; the two-line header row does not.
    expect(h[0]).toBeNull();
    expect(h[2]).toBeGreaterThan(15);
    // Item 2 wraps its policy (3+ lines); item 1 wraps a four times longer indicator: taller still.
    expect(h[TOP + 1]).toBeGreaterThanOrEqual(45);
    expect(h[TOP]).toBeGreaterThan(h[TOP + 1] as number);
  });

  test('grade cells coloured by conditional fills over the three grade columns', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: graded() }]));
    const fills = spec.conditionalFills ?? [];
    expect(fills.filter((f) => f.range === 'M4:M6').map((f) => f.equals)).toEqual(['A', 'B', 'C', 'D']);
    expect(fills.map((f) => f.range.replace(/\d+/g, ''))).toEqual([...Array(4).fill('M:M'), ...Array(4).fill('N:N'), ...Array(4).fill('O:O')]);
    expect(fills.find((f) => f.equals === 'D')?.fill).toBe('FFC7CE');
  });

  test('grade counts per policy (each item once); the chart: grades as categories, one series per policy named by its number', () => {
    const a = graded();
    // A second sheet of another policy, one item graded A with two indicators: counted once.
    const ind = indicatorAnalysis(blockIndicator({ key: '①', name: 'x', unit: '人', labelRow: 40, actuals: [1, 2], expecteds: [1, 2] }));
    const ind2 = indicatorAnalysis(blockIndicator({ key: '②', name: 'y', unit: '人', labelRow: 50, actuals: [1, 2], expecteds: [1, 2] }));
    a.sheets.push(sheetAnalysis('5-1', [ind, ind2], [item('1', 'A20', 'A', null, ['①', '②'])], { policy: [{ label: '基本施策', value: '5-1.健康', cell: 'B4' }] }));
    const plan = planSummary([{ file: null, analysis: a }]);
    const spec = sheetOf(plan);
    const header = spec.rows.findIndex((r) => r.some((c) => c.value === '略称\nKey'));
    expect(header).toBe(TOP + 5 + 2); // 5 data rows, a blank row, the counts' title
    // Key beside the department, the policy under the indicator column, the grades in the value columns.
    expect(values(spec.rows[header])).toEqual([null, null, null, '略称\nKey', '基本方針 / 基本施策\nPolicy', 'A', 'B', 'C', 'D', '計\nTotal']);
    expect(values(spec.rows[header + 1]).slice(3)).toEqual(['9-2', POLICY, 0, 1, 1, 0, 2]);
    expect(values(spec.rows[header + 2]).slice(3)).toEqual(['5-1', '5-1.健康', 1, 0, 0, 0, 1]);
    // The counts start a printed page of their own.
    expect(spec.print?.pageBreaksBefore).toEqual([header - 1]);
    const chart = chartOf(plan) as ChartSpec;
    expect(chart).toMatchObject({ id: SUMMARY_CHART_ID, kind: 'grade-distribution', type: 'column', sheet: SUMMARY_SHEET, anchor: { cell: 'A15' } });
    expect(chart.categories).toEqual({ labels: ['A', 'B', 'C', 'D'], ref: { sheet: SUMMARY_SHEET, range: 'F11:I11' } });
    expect(chart.series.map((s) => [s.name, s.ref?.range, s.values])).toEqual([
      ['9-2', 'F12:I12', [0, 1, 1, 0]],
      ['5-1', 'F13:I13', [1, 0, 0, 0]],
    ]);
    expect(new Set(chart.series.map((s) => s.color)).size).toBe(2);
    // Below the counts, never over them.
    expect(Number(chart.anchor.cell.slice(1)) - 1).toBeGreaterThan(header + 2);
    expect(plan.ops.map((o) => o.op)).toEqual(['put-sheet', 'add-chart']);
  });

  test('several files: a file column with base names, links keeping the whole path; own sheets and unrecognized sheets left out', () => {
    const b = graded();
    b.sheets.push(sheetAnalysis(SUMMARY_SHEET, [], [item('9', 'A3', 'A', null, [])]));
    b.sheets.push(sheetAnalysis('メモ', [], [item('9', 'A3', 'A', null, [])], { kind: 'unrecognized' }));
    const plan = planSummary([
      { file: 'a/kitakami.xlsx', analysis: graded() },
      { file: '../b/kitakami2.xlsx', analysis: b },
    ]);
    const spec = sheetOf(plan);
    expect(values(spec.rows[TOP - 1])[0]).toBe('ファイル\nFile');
    expect(spec.rows[1][0].value).toBe('対象 / Files: kitakami.xlsx（9-2）、kitakami2.xlsx（9-2）　｜　評価年度 / Year: R5');
    const data = spec.rows.slice(TOP, TOP + 6);
    expect(data.map((r) => r[0].value)).toEqual(['kitakami.xlsx', 'kitakami.xlsx', 'kitakami.xlsx', 'kitakami2.xlsx', 'kitakami2.xlsx', 'kitakami2.xlsx']);
    expect(spec.rows[TOP + 6]).toEqual([]);
    expect(data[3][0].fileLink).toEqual({ file: '../b/kitakami2.xlsx', sheet: '9-2', cell: 'A20' });
    expect(data[3][0].link).toBeUndefined();
    // The file column is as wide as the longest name (links do not wrap).
    expect(spec.columnWidths?.[0]).toBeGreaterThanOrEqual('kitakami2.xlsx'.length);
    // The same policy in two submissions is one policy: one series counting both.
    expect(chartOf(plan)?.series.map((s) => [s.name, s.values])).toEqual([['9-2', [0, 2, 2, 0]]]);
    // The earlier summary exists in b: its chart goes before the sheet is replaced.
    expect(plan.ops[0]).toEqual({ op: 'delete-owned-charts', sheet: SUMMARY_SHEET });
    expect(plan.title.en).toBe('Build the evaluation summary (2 files, 6 rows)');
  });

  test('nothing to summarise: a clear line, no counts, no chart, no page break', () => {
    const plan = planSummary([{ file: null, analysis: workbook('empty.xlsx', []) }]);
    const spec = sheetOf(plan);
    expect(String(spec.rows[TOP][0].value)).toMatch(/No items or indicators/);
    expect(chartOf(plan)).toBeNull();
    expect(spec.print?.pageBreaksBefore).toBeUndefined();
  });
});

describe('policy keys (the chart\'s series names)', () => {
  const row = (policy: string, sheet = 'S', file: string | null = null) =>
    ({ policy, sheet, file, firstOfItem: true, grade: 'A' }) as unknown as import('../../../src/core/summary').SummaryRow;

  test('the number leading the most specific part, else its first 14 characters with 「…」', () => {
    const groups = policyGroups([row(POLICY), row('3-1 安全なまち'), row('地域活動の担い手を育む仕組みづくり(住民自治)'), row('短い施策'), row('プロセス3 夢を描く(集う) / (1)市民の組織機能を強化するための支援')]);
    expect(groups.map((g) => g.key)).toEqual(['9-2', '3-1', '地域活動の担い手を育む仕組み…', '短い施策', 'プロセス3 (1)']);
  });

  test('sheets without a policy are grouped by file and sheet, never lumped together', () => {
    const groups = policyGroups([row('', 'P3', 'a/x.xlsx'), row('', 'P3', 'b/y.xlsx'), row('', 'P3', 'a/x.xlsx')]);
    expect(groups.map((g) => [g.key, g.label, g.rows.length])).toEqual([
      ['P3', 'x.xlsx / P3（基本方針の記載なし / no policy given）', 2],
      ['P3 (2)', 'y.xlsx / P3（基本方針の記載なし / no policy given）', 1],
    ]);
  });
});

describe('planSummary on the seed documents', () => {
  const analyse = (seed: Parameters<typeof seedSnapshot>[0], sheet: string) => analyzeWorkbook({ name: `${seed}.xlsx`, sheets: [seedSnapshot(seed, sheet)] });

  test('Kitakami: items 1–3 with their indicators, the engine’s numbers, grades B (B)', () => {
    const a = analyse('kitakami', '9-2');
    const spec = sheetOf(planSummary([{ file: null, analysis: a }]));
    const rows = spec.rows.slice(TOP).filter((r) => r[0]?.value === '9-2');
    const ia = a.sheets[0].indicators.find((i) => i.indicator.key === '①');
    const oneRow = rows.find((r) => String(r[4].value).startsWith('①')) as CellSpec[];
    expect(oneRow).toBeDefined();
    expect(values(oneRow).slice(6, 12)).toEqual([43, 70, 'R5', 96, 61, ia?.progress ? Math.round(ia.progress.value * 1000) / 10 : null]);
    expect(rows.every((r) => r[12].value === 'B' && r[13].value === 'B')).toBe(true);
    expect(rows.map((r) => r[2].value)).toEqual(expect.arrayContaining(['1', '2', '3']));
  });

  test('Nasushiobara: one row per project with its own grade, words kept as words, the year as R4 (not 「現状値 (R4)」)', () => {
    const a = analyse('nasushiobara', 'P3');
    const spec = sheetOf(planSummary([{ file: null, analysis: a }]));
    const rows = spec.rows.slice(TOP).filter((r) => r[0]?.value === 'P3');
    expect(rows.length).toBe(a.sheets[0].items.length);
    expect(new Set(rows.map((r) => r[8].value))).toEqual(new Set(['R4']));
    // A project name in the No. column wraps, unlinked (a link cell would not wrap in LibreOffice); a short one stays linked.
    const insurance = rows.find((r) => r[2].value === '市民活動保険制度の検討') as CellSpec[];
    expect(insurance[2]).toMatchObject({ style: { wrap: true, horizontal: 'left' } });
    expect(insurance[2].link).toBeUndefined();
    expect(insurance[0].link).toBeDefined();
    expect(insurance[12].value).toBe('D');
    expect(insurance[9]).toMatchObject({ value: '保険制度 一部実施', style: { wrap: true } });
    const training = rows.find((r) => r[2].value === '市職員研修') as CellSpec[];
    expect(training[2].link).toBeDefined();
    // No 基本方針 line on this sheet: its title heads the policy, then the 項目 the row sits under.
    expect(insurance[1].value).toBe('プロセス3 夢を描く(集う) / (1)市民の組織機能を強化するための支援');
    expect(training[1].value).toBe('プロセス3 夢を描く(集う) / (3)市職員の市民団体活動などへの参加促進');
  });

  test('Niigata: the Heisei year as H30 (not 「平成30年度」)', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: analyse('niigata', '28') }]));
    const rows = spec.rows.slice(TOP).filter((r) => r[0]?.value === '28');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r[8].value))).toEqual(new Set(['H30']));
    expect(spec.rows[1][0].value).toContain('評価年度 / Year: H30');
  });

  test('Shinjo (schedule only): no rows, says so', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: analyse('shinjo', 'S') }]));
    expect(String(spec.rows[TOP][0].value)).toMatch(/見つかりません/);
  });
});
