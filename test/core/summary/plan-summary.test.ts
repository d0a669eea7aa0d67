import { analyzeWorkbook } from '../../../src/core/analyze';
import type { WorkbookAnalysis } from '../../../src/core/analyze/types';
import type { Finding } from '../../../src/core/findings/types';
import type { CellSpec, ChartSpec, EditPlan, SheetSpec } from '../../../src/core/plan/types';
import { planSummary, SUMMARY_CHART_ID, SUMMARY_SHEET } from '../../../src/core/summary';
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

describe('planSummary', () => {
  test('one row per item and indicator with the evaluated year, progress, grades and findings, linked to the source', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: graded() }]));
    expect(spec).toMatchObject({ name: SUMMARY_SHEET, owner: 'evalsheet', headerRows: 2, freezeRows: 2 });
    expect(spec.print).toEqual({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true });
    expect(values(spec.rows[1])[0]).toBe('シート\nSheet');
    expect(spec.rows[1]).toHaveLength(16);
    const policy = '9.誰もが主体的に参画する市民協働の深化 / 9-2.まちづくりで広がる市民協働の深化';
    expect(values(spec.rows[2])).toEqual(['9-2', policy, '1', 'まちづくり部', '② 地域活動やボランティア活動などに参加している市民の割合', '%', 48.6, 51.5, 'R5', 38.7, 50.5, -521.1, 'B', 'B', 'D', 2]);
    expect(values(spec.rows[3])).toEqual(['9-2', policy, '2', 'まちづくり部', '① まちづくりスタートアップ塾への参加人数', '人', 43, 70, 'R5', 96, 61, 294.4, 'C', 'B', 'A', 0]);
    // An item without an indicator still gets its row (its finding counted).
    expect(values(spec.rows[4])).toEqual(['9-2', policy, '3', 'まちづくり部', '', '', null, null, 'R5', null, null, null, null, null, null, 1]);
    expect(spec.rows[2][0].link).toEqual({ sheet: '9-2', cell: 'A20' });
    expect(spec.rows[2][2].link).toEqual({ sheet: '9-2', cell: 'A20' });
    expect(spec.rows[2][0].fileLink).toBeUndefined();
    expect(spec.rows[2][6].style?.numberFormat).toBe('#,##0.0');
  });

  test('grade cells coloured by conditional fills over the three grade columns', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: graded() }]));
    const fills = spec.conditionalFills ?? [];
    expect(fills.filter((f) => f.range === 'M3:M5').map((f) => f.equals)).toEqual(['A', 'B', 'C', 'D']);
    expect(fills.map((f) => f.range.replace(/\d+/g, ''))).toEqual([...Array(4).fill('M:M'), ...Array(4).fill('N:N'), ...Array(4).fill('O:O')]);
    expect(fills.find((f) => f.equals === 'D')?.fill).toBe('FFC7CE');
  });

  test('grade counts per policy (each item once) and a column chart bound to them', () => {
    const a = graded();
    // A second sheet of another policy, one item graded A with two indicators: counted once.
    const ind = indicatorAnalysis(blockIndicator({ key: '①', name: 'x', unit: '人', labelRow: 40, actuals: [1, 2], expecteds: [1, 2] }));
    const ind2 = indicatorAnalysis(blockIndicator({ key: '②', name: 'y', unit: '人', labelRow: 50, actuals: [1, 2], expecteds: [1, 2] }));
    a.sheets.push(sheetAnalysis('5-1', [ind, ind2], [item('1', 'A20', 'A', null, ['①', '②'])], { policy: [{ label: '基本施策', value: '5-1.健康', cell: 'B4' }] }));
    const plan = planSummary([{ file: null, analysis: a }]);
    const spec = sheetOf(plan);
    const start = spec.rows.findIndex((r) => r[0]?.value === '基本方針 / 基本施策\nPolicy');
    expect(start).toBe(8); // 2 header rows + 5 data rows + a blank row
    expect(values(spec.rows[start])).toEqual(['基本方針 / 基本施策\nPolicy', 'A', 'B', 'C', 'D', '計\nTotal']);
    expect(values(spec.rows[start + 1])).toEqual(['9.誰もが主体的に参画する市民協働の深化 / 9-2.まちづくりで広がる市民協働の深化', 0, 1, 1, 0, 2]);
    expect(values(spec.rows[start + 2])).toEqual(['5-1.健康', 1, 0, 0, 0, 1]);
    const chart = chartOf(plan) as ChartSpec;
    expect(chart).toMatchObject({ id: SUMMARY_CHART_ID, kind: 'grade-distribution', type: 'column', sheet: SUMMARY_SHEET, anchor: { cell: 'A13' } });
    expect(chart.categories.ref).toEqual({ sheet: SUMMARY_SHEET, range: 'A10:A11' });
    expect(chart.series.map((s) => [s.name, s.ref?.range, s.values])).toEqual([
      ['A', 'B10:B11', [0, 1]],
      ['B', 'C10:C11', [1, 0]],
      ['C', 'D10:D11', [1, 0]],
      ['D', 'E10:E11', [0, 0]],
    ]);
    expect(plan.ops.map((o) => o.op)).toEqual(['put-sheet', 'add-chart']);
  });

  test('several files: a file column, links across workbooks; own sheets and unrecognized sheets are left out', () => {
    const b = graded();
    b.sheets.push(sheetAnalysis(SUMMARY_SHEET, [], [item('9', 'A3', 'A', null, [])]));
    b.sheets.push(sheetAnalysis('メモ', [], [item('9', 'A3', 'A', null, [])], { kind: 'unrecognized' }));
    const plan = planSummary([
      { file: 'a/kitakami.xlsx', analysis: graded() },
      { file: 'b/kitakami2.xlsx', analysis: b },
    ]);
    const spec = sheetOf(plan);
    expect(values(spec.rows[1])[0]).toBe('ファイル\nFile');
    const data = spec.rows.slice(2, 8);
    expect(data.map((r) => r[0].value)).toEqual(['a/kitakami.xlsx', 'a/kitakami.xlsx', 'a/kitakami.xlsx', 'b/kitakami2.xlsx', 'b/kitakami2.xlsx', 'b/kitakami2.xlsx']);
    expect(spec.rows[8]).toEqual([]);
    expect(data[3][0].fileLink).toEqual({ file: 'b/kitakami2.xlsx', sheet: '9-2', cell: 'A20' });
    expect(data[3][0].link).toBeUndefined();
    // The earlier summary exists in b: its chart goes before the sheet is replaced.
    expect(plan.ops[0]).toEqual({ op: 'delete-owned-charts', sheet: SUMMARY_SHEET });
    expect(plan.title.en).toBe('Build the evaluation summary (2 files, 6 rows)');
  });

  test('nothing to summarise: a clear line, no counts, no chart', () => {
    const plan = planSummary([{ file: null, analysis: workbook('empty.xlsx', []) }]);
    const spec = sheetOf(plan);
    expect(String(spec.rows[2][0].value)).toMatch(/No items or indicators/);
    expect(chartOf(plan)).toBeNull();
  });
});

describe('planSummary on the seed documents', () => {
  const analyse = (seed: Parameters<typeof seedSnapshot>[0], sheet: string) => analyzeWorkbook({ name: `${seed}.xlsx`, sheets: [seedSnapshot(seed, sheet)] });

  test('Kitakami: items 1–3 with their indicators, the engine’s numbers, grades B (B)', () => {
    const a = analyse('kitakami', '9-2');
    const spec = sheetOf(planSummary([{ file: null, analysis: a }]));
    const rows = spec.rows.slice(2).filter((r) => r[0]?.value === '9-2');
    const ia = a.sheets[0].indicators.find((i) => i.indicator.key === '①');
    const oneRow = rows.find((r) => String(r[4].value).startsWith('①')) as CellSpec[];
    expect(oneRow).toBeDefined();
    expect(values(oneRow).slice(6, 12)).toEqual([43, 70, 'R5', 96, 61, ia?.progress ? Math.round(ia.progress.value * 1000) / 10 : null]);
    expect(rows.every((r) => r[12].value === 'B' && r[13].value === 'B')).toBe(true);
    expect(rows.map((r) => r[2].value)).toEqual(expect.arrayContaining(['1', '2', '3']));
  });

  test('Nasushiobara: one row per project with its own grade, words kept as words', () => {
    const a = analyse('nasushiobara', 'P3');
    const spec = sheetOf(planSummary([{ file: null, analysis: a }]));
    const rows = spec.rows.slice(2).filter((r) => r[0]?.value === 'P3');
    expect(rows.length).toBe(a.sheets[0].items.length);
    const insurance = rows.find((r) => r[2].value === '市民活動保険制度の検討') as CellSpec[];
    expect(insurance[12].value).toBe('D');
    expect(insurance[9].value).toBe('保険制度 一部実施');
  });

  test('Shinjo (schedule only): no rows, says so', () => {
    const spec = sheetOf(planSummary([{ file: null, analysis: analyse('shinjo', 'S') }]));
    expect(String(spec.rows[2][0].value)).toMatch(/見つかりません/);
  });
});
