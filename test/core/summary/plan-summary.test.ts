import { analyzeWorkbook } from '../../../src/core/analyze';
import type { WorkbookAnalysis } from '../../../src/core/analyze/types';
import type { Finding } from '../../../src/core/findings/types';
import type { CellSpec, ChartSpec, EditPlan, SheetSpec } from '../../../src/core/plan/types';
import { planSummary, SUMMARY_CHART_ID, SUMMARY_SHEET } from '../../../src/core/summary';
import { policyGroups } from '../../../src/core/summary/counts';
import { breakWords } from '../../../src/core/summary/columns';
import { displayWidth } from '../../../src/core/summary/layout';
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
/** The table's header row (below the overview), found by its first column. */
const tableHeader = (spec: SheetSpec) => spec.rows.findIndex((r) => r[0]?.value === '基本方針 / 基本施策\nPolicy');
const dataTop = (spec: SheetSpec) => tableHeader(spec) + 1;
const col = (spec: SheetSpec, ja: string) => spec.rows[tableHeader(spec)].findIndex((c) => String(c.value).split('\n')[0] === ja);

describe('planSummary', () => {
  test('a committee document: the title from the evaluated year, the date in 令和, page numbers in the footer', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: graded() }], { generatedAt: new Date(2025, 5, 1, 9, 5) }));
    expect(spec).toMatchObject({ name: SUMMARY_SHEET, owner: 'evalsheet' });
    expect(spec.rows[0][0].value).toBe('令和5年度 施策評価 結果一覧');
    expect(spec.rows[1][0].value).toBe('作成日：令和7年6月1日　｜　対象シート：9-2　｜　Evalsheet が作成（再作成すると置き換わります）');
    expect(spec.print).toMatchObject({
      orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true,
      header: { left: '令和5年度 施策評価 結果一覧', right: '作成日：令和7年6月1日' },
      footer: { center: '&P / &N ページ' },
    });
    // The table's header is what repeats on every printed page, not the overview above it.
    expect(spec.print?.titleRows).toEqual({ first: tableHeader(spec), last: tableHeader(spec) });
    expect(spec.freezeRows).toBeUndefined();
  });

  test('the title names every evaluated year, latest first; 令和元年度 and Heisei years as written', () => {
    const a = graded();
    const b = graded();
    b.sheets[0].evaluationYear = 2019;
    b.sheets[0].model.sheet = '9-3';
    expect(sheetOf(planSummary([{ file: 'a.xlsx', analysis: b }, { file: 'b.xlsx', analysis: a }])).rows[0][0].value).toBe('令和5年度・令和元年度 施策評価 結果一覧');
    a.sheets[0].evaluationYear = 2018;
    expect(sheetOf(planSummary([{ file: null, analysis: a }])).rows[0][0].value).toBe('平成30年度 施策評価 結果一覧');
  });

  test('without a date from the caller neither the info line nor the header has one (the engine never reads the clock)', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: graded() }]));
    expect(spec.rows[1][0].value).toBe('対象シート：9-2　｜　Evalsheet が作成（再作成すると置き換わります）');
    expect(spec.print?.header).toEqual({ left: '令和5年度 施策評価 結果一覧' });
  });

  test('policy first, file and sheet last; 指標からみた評価（参考）, never 推奨評価', () => {
    const spec = sheetOf(planSummary([{ file: 'k.xlsx', analysis: graded() }]));
    const heads = spec.rows[tableHeader(spec)].map((c) => String(c.value).split('\n').slice(0, -1).join(''));
    expect(heads).toEqual(['基本方針 / 基本施策', 'No. / 事業', '担当部署', '指標', '単位', '基準値', '目標値', '評価年度', '実績値', '期待値', '進捗率（%）', '評価', '前年度評価', '指標からみた評価（参考）', '指摘件数', 'ファイル', 'シート']);
    expect(JSON.stringify(spec.rows)).not.toContain('推奨');
  });

  test('one row per item and indicator with the evaluated year, progress, grades and findings, linked to the source; never a negative progress', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: graded() }]));
    const TOP = dataTop(spec);
    // Item 1's indicator is below its baseline: words, not 「−521.1」.
    expect(values(spec.rows[TOP])).toEqual([POLICY, '1', 'まちづくり部', '② 地域活動やボランティア活動などに参加している市民の割合', '%', 48.6, 51.5, 'R5', 38.7, 50.5, '基準値を\n下回る', 'B', 'B', 'D', 2, '9-2']);
    expect(values(spec.rows[TOP + 1])).toEqual([null, '2', 'まちづくり部', '① まちづくりスタートアップ塾への参加人数', '人', 43, 70, 'R5', 96, 61, 294.4, 'C', 'B', 'A', 0, '9-2']);
    // An item without an indicator still gets its row (its finding counted).
    expect(values(spec.rows[TOP + 2])).toEqual([null, '3', 'まちづくり部', '', null, null, null, 'R5', null, null, null, null, null, null, 1, '9-2']);
    for (const row of spec.rows.slice(TOP)) for (const c of row) if (typeof c.value === 'number') expect(c.value).toBeGreaterThanOrEqual(0);
    const sheetCol = spec.rows[TOP].length - 1;
    expect(spec.rows[TOP][sheetCol].link).toEqual({ sheet: '9-2', cell: 'A20' });
    expect(spec.rows[TOP][1].link).toEqual({ sheet: '9-2', cell: 'A20' });
    expect(spec.rows[TOP][sheetCol].fileLink).toBeUndefined();
    expect(spec.rows[TOP][5].style?.numberFormat).toBe('#,##0.0');
  });

  test("a policy's cells merged over its rows, its name once; the merged name's height is shared by its rows", () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: graded() }]));
    const TOP = dataTop(spec);
    expect(spec.merges).toContain(`A${TOP + 1}:A${TOP + 3}`);
    expect(spec.rows[TOP][0].value).toBe(POLICY);
    // The policy no longer makes each row three lines tall: row 3 (no indicator) is one or two lines.
    expect(spec.rowHeights?.[TOP + 2] ?? 15).toBeLessThan(45);
  });

  test('long texts wrap in wide columns; every row that needs more than one line gets a height that grows with its text', () => {
    const a = graded();
    const long = a.sheets[0].indicators.find((i) => i.indicator.key === '②')!.indicator;
    // Item 1's indicator gets a name four times as long.
    if (long.name) long.name = { ...long.name, text: long.name.text.repeat(4) };
    const spec = sheetOf(planSummary([{ file: null, analysis: a }]));
    const TOP = dataTop(spec);
    const widths = spec.columnWidths ?? [];
    expect(widths[col(spec, '基本方針 / 基本施策')]).toBeGreaterThanOrEqual(20);
    expect(widths[col(spec, '指標')]).toBeGreaterThanOrEqual(20);
    expect(widths[col(spec, '評価')]).toBeLessThanOrEqual(8);
    expect(spec.rows[TOP][col(spec, '指標')].style).toMatchObject({ wrap: true, horizontal: 'left' });
    const h = spec.rowHeights ?? [];
    expect(h).toHaveLength(spec.rows.length);
    expect(h[tableHeader(spec)]).toBeGreaterThan(15);
    // Item 1 wraps a four times longer indicator: taller than item 2.
    expect(h[TOP]).toBeGreaterThanOrEqual(90);
    expect(h[TOP]).toBeGreaterThan((h[TOP + 1] ?? 15) as number);
  });

  test('grade cells coloured by conditional fills over the three grade columns', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: graded() }]));
    const TOP = dataTop(spec);
    const fills = spec.conditionalFills ?? [];
    expect(fills.filter((f) => f.range === `L${TOP + 1}:L${TOP + 3}`).map((f) => f.equals)).toEqual(['A', 'B', 'C', 'D']);
    expect(fills.map((f) => f.range.replace(/\d+/g, ''))).toEqual([...Array(4).fill('L:L'), ...Array(4).fill('M:M'), ...Array(4).fill('N:N')]);
    expect(fills.find((f) => f.equals === 'D')?.fill).toBe('FFC7CE');
  });

  test('the overview first: grade counts per policy (each item once) and a chart stacking each policy’s grades, the table from a page of its own', () => {
    const a = graded();
    // A second sheet of another policy, one item graded A with two indicators: counted once.
    const ind = indicatorAnalysis(blockIndicator({ key: '①', name: 'x', unit: '人', labelRow: 40, actuals: [1, 2], expecteds: [1, 2] }));
    const ind2 = indicatorAnalysis(blockIndicator({ key: '②', name: 'y', unit: '人', labelRow: 50, actuals: [1, 2], expecteds: [1, 2] }));
    a.sheets.push(sheetAnalysis('5-1', [ind, ind2], [item('1', 'A20', 'A', null, ['①', '②'])], { policy: [{ label: '基本施策', value: '5-1.健康', cell: 'B4' }] }));
    const plan = planSummary([{ file: null, analysis: a }]);
    const spec = sheetOf(plan);
    const header = spec.rows.findIndex((r) => r.some((c) => c.value === '略称'));
    // Title, info line, a blank row, the counts' title: then the counts' header, above the table.
    expect(header).toBe(4);
    expect(header).toBeLessThan(tableHeader(spec));
    expect(values(spec.rows[header])).toEqual(['略称', '基本方針 / 基本施策', null, null, 'A', 'B', 'C', 'D', '計']);
    expect(values(spec.rows[header + 1])).toEqual(['9-2', POLICY, null, null, 0, 1, 1, 0, 2]);
    expect(values(spec.rows[header + 2])).toEqual(['5-1', '5-1.健康', null, null, 1, 0, 0, 0, 1]);
    // The policy's name spans the columns between its key and its counts.
    expect(spec.merges).toEqual(expect.arrayContaining(['B5:D5', 'B6:D6', 'B7:D7']));
    // The table starts a printed page of its own.
    expect(spec.print?.pageBreaksBefore).toEqual([tableHeader(spec)]);
    const chart = chartOf(plan) as ChartSpec;
    expect(chart).toMatchObject({ id: SUMMARY_CHART_ID, kind: 'grade-distribution', type: 'column', stacked: true, sheet: SUMMARY_SHEET, anchor: { cell: 'A9' } });
    expect(chart.categories).toEqual({ labels: ['9-2', '5-1'], ref: { sheet: SUMMARY_SHEET, range: 'A6:A7' } });
    expect(chart.series.map((s) => [s.name, s.ref?.range, s.values])).toEqual([
      ['A', 'E6:E7', [0, 1]],
      ['B', 'F6:F7', [1, 0]],
      ['C', 'G6:G7', [1, 0]],
      ['D', 'H6:H7', [0, 0]],
    ]);
    expect(new Set(chart.series.map((s) => s.color)).size).toBe(4);
    // Below the counts and above the table: the rows it covers have their height set, and add up to more than the chart.
    const chartRow = Number(chart.anchor.cell.slice(1)) - 1;
    expect(chartRow).toBeGreaterThan(header + 2);
    const covered = spec.rowHeights!.slice(chartRow, tableHeader(spec));
    expect(covered.every((h) => h === 15)).toBe(true);
    expect((covered.length * 15 * 4) / 3).toBeGreaterThanOrEqual(chart.anchor.heightPx);
    for (const r of spec.rows.slice(chartRow, tableHeader(spec))) expect(r).toEqual([]);
    expect(plan.ops.map((o) => o.op)).toEqual(['put-sheet', 'add-chart']);
  });

  test('several files: the file column (base names, links keeping the whole path) after the numbers; own sheets and unrecognized sheets left out', () => {
    const b = graded();
    b.sheets.push(sheetAnalysis(SUMMARY_SHEET, [], [item('9', 'A3', 'A', null, [])]));
    b.sheets.push(sheetAnalysis('メモ', [], [item('9', 'A3', 'A', null, [])], { kind: 'unrecognized' }));
    const plan = planSummary([
      { file: 'a/kitakami.xlsx', analysis: graded() },
      { file: '../b/kitakami2.xlsx', analysis: b },
    ]);
    const spec = sheetOf(plan);
    const fileCol = col(spec, 'ファイル');
    expect(fileCol).toBe(spec.rows[tableHeader(spec)].length - 2);
    expect(spec.rows[1][0].value).toBe('対象：kitakami.xlsx（9-2）、kitakami2.xlsx（9-2）　｜　Evalsheet が作成（再作成すると置き換わります）');
    const TOP = dataTop(spec);
    const data = spec.rows.slice(TOP, TOP + 6);
    expect(data.map((r) => r[fileCol].value)).toEqual(['kitakami.xlsx', 'kitakami.xlsx', 'kitakami.xlsx', 'kitakami2.xlsx', 'kitakami2.xlsx', 'kitakami2.xlsx']);
    expect(spec.rows.length).toBe(TOP + 6);
    expect(data[3][fileCol].fileLink).toEqual({ file: '../b/kitakami2.xlsx', sheet: '9-2', cell: 'A20' });
    expect(data[3][fileCol].link).toBeUndefined();
    expect(spec.columnWidths?.[fileCol]).toBeGreaterThanOrEqual('kitakami2.xlsx'.length);
    // The same policy in two submissions is one policy: one merged cell, one column counting both.
    expect(spec.merges).toContain(`A${TOP + 1}:A${TOP + 6}`);
    expect(chartOf(plan)?.series.map((s) => [s.name, s.values])).toEqual([['A', [0]], ['B', [2]], ['C', [2]], ['D', [0]]]);
    expect(plan.ops[0]).toEqual({ op: 'delete-owned-charts', sheet: SUMMARY_SHEET });
    expect(plan.title.en).toBe('Build the evaluation summary (2 files, 6 rows)');
  });

  test('rows of one policy come together, whichever file they are in', () => {
    const a = graded();
    const other = graded();
    other.sheets[0].model.policy = [{ label: '基本施策', value: '5-1.健康', cell: 'B4' }] as never;
    const spec = sheetOf(planSummary([{ file: 'a.xlsx', analysis: a }, { file: 'b.xlsx', analysis: other }, { file: 'c.xlsx', analysis: graded() }]));
    const TOP = dataTop(spec);
    const fileCol = col(spec, 'ファイル');
    expect(spec.rows.slice(TOP).map((r) => r[fileCol].value)).toEqual(['a.xlsx', 'a.xlsx', 'a.xlsx', 'c.xlsx', 'c.xlsx', 'c.xlsx', 'b.xlsx', 'b.xlsx', 'b.xlsx']);
    expect(spec.rows[TOP + 6][0].value).toBe('5-1.健康');
  });

  test('nothing to summarise: a clear line, no counts, no chart, no page break', () => {
    const plan = planSummary([{ file: null, analysis: workbook('empty.xlsx', []) }]);
    const spec = sheetOf(plan);
    expect(String(spec.rows[dataTop(spec)][0].value)).toMatch(/見つかりません。.*選んでください。$/);
    expect(spec.rows[0][0].value).toBe('施策評価 結果一覧');
    expect(chartOf(plan)).toBeNull();
    expect(spec.print?.pageBreaksBefore).toBeUndefined();
  });
});

describe('qualitative values', () => {
  test('broken between words (and after 「・」), never inside one; the column as wide as the longest piece', () => {
    expect(breakWords('保険制度 一部実施', 9)).toBe('保険制度\n一部実施');
    expect(breakWords('情報の集約・提供 充実', 14)).toBe('情報の集約・\n提供 充実');
    expect(breakWords('実施', 9)).toBe('実施');
    for (const line of breakWords('継続的な支援 充実 さらに 拡大して 実施', 14).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(13);
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
      ['P3', 'x.xlsx / P3（基本方針の記載なし）', 2],
      ['P3 (2)', 'y.xlsx / P3（基本方針の記載なし）', 1],
    ]);
  });
});

describe('planSummary on the seed documents', () => {
  const analyse = (seed: Parameters<typeof seedSnapshot>[0], sheet: string) => analyzeWorkbook({ name: `${seed}.xlsx`, sheets: [seedSnapshot(seed, sheet)] });

  test('Kitakami: items 1–3 with their indicators, the engine’s numbers, grades B (B)', () => {
    const a = analyse('kitakami', '9-2');
    const spec = sheetOf(planSummary([{ file: null, analysis: a }]));
    const rows = spec.rows.slice(dataTop(spec)).filter((r) => r[r.length - 1]?.value === '9-2');
    const ia = a.sheets[0].indicators.find((i) => i.indicator.key === '①');
    const oneRow = rows.find((r) => String(r[3].value).startsWith('①')) as CellSpec[];
    expect(oneRow).toBeDefined();
    expect(values(oneRow).slice(5, 11)).toEqual([43, 70, 'R5', 96, 61, ia?.progress ? Math.round(ia.progress.value * 1000) / 10 : null]);
    expect(rows.every((r) => r[11].value === 'B' && r[12].value === 'B')).toBe(true);
    expect(rows.map((r) => r[1].value)).toEqual(expect.arrayContaining(['1', '2', '3']));
  });

  test('Nasushiobara: one row per project with its own grade, words kept as words, the year as R4 (not 「現状値 (R4)」)', () => {
    const a = analyse('nasushiobara', 'P3');
    const spec = sheetOf(planSummary([{ file: null, analysis: a }]));
    const rows = spec.rows.slice(dataTop(spec)).filter((r) => r[r.length - 1]?.value === 'P3');
    expect(rows.length).toBe(a.sheets[0].items.length);
    expect(new Set(rows.map((r) => r[7].value))).toEqual(new Set(['R4']));
    // A project name in the No. column wraps, unlinked (a link cell would not wrap in LibreOffice); a short one stays linked.
    const insurance = rows.find((r) => r[1].value === '市民活動保険制度の検討') as CellSpec[];
    expect(insurance[1]).toMatchObject({ style: { wrap: true, horizontal: 'left' } });
    expect(insurance[1].link).toBeUndefined();
    expect(insurance[insurance.length - 1].link).toBeDefined();
    expect(insurance[11].value).toBe('D');
    // Words kept whole: one to a line where both do not fit.
    expect(insurance[8]).toMatchObject({ value: '保険制度\n一部実施', style: { wrap: true } });
    const training = rows.find((r) => r[1].value === '市職員研修') as CellSpec[];
    expect(training[1].link).toBeDefined();
    // No 基本方針 line on this sheet: its title heads the policy, then the 項目 the row sits under; written once, merged down.
    const policyAbove = (row: CellSpec[]) => {
      let i = spec.rows.indexOf(row);
      while (spec.rows[i][0].value === null) i--;
      return spec.rows[i][0].value;
    };
    expect(policyAbove(insurance)).toBe('プロセス3 夢を描く(集う) / (1)市民の組織機能を強化するための支援');
    expect(policyAbove(training)).toBe('プロセス3 夢を描く(集う) / (3)市職員の市民団体活動などへの参加促進');
  });

  test('Niigata: the Heisei year as H30 (not 「平成30年度」)', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: analyse('niigata', '28') }]));
    const rows = spec.rows.slice(dataTop(spec)).filter((r) => r[r.length - 1]?.value === '28');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r[7].value))).toEqual(new Set(['H30']));
    expect(spec.rows[0][0].value).toBe('平成30年度 施策評価 結果一覧');
  });

  test('Shinjo (schedule only): no rows, says so', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: analyse('shinjo', 'S') }]));
    expect(String(spec.rows[dataTop(spec)][0].value)).toMatch(/見つかりません/);
  });
});
