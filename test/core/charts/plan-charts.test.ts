import { CHART_DATA_SHEET, CHARTS_SHEET, planCharts, planRemoveCharts } from '../../../src/core/charts';
import type { ChartSpec, EditOp } from '../../../src/core/plan/types';
import type { WorkbookSnapshot } from '../../../src/core/snapshot/types';
import { blockIndicator, indicatorAnalysis, kitakami, sheetAnalysis, vc, workbook } from './build';
import type { Indicator } from '../../../src/core/model/types';

const charts = (ops: EditOp[]): ChartSpec[] => ops.flatMap((o) => (o.op === 'add-chart' ? [o.chart] : []));

describe('planCharts', () => {
  test('one line chart per indicator with numbers, bound to the sheet cells', () => {
    const plan = planCharts(kitakami(), { placement: 'beside' });
    const cs = charts(plan.ops);
    expect(cs.map((c) => c.id)).toEqual(['evalsheet:9-2:①', 'evalsheet:9-2:②']);
    const one = cs[0];
    expect(one).toMatchObject({ kind: 'progress', type: 'line', sheet: '9-2', title: '① まちづくりスタートアップ塾への参加人数', valueAxisTitle: '人', targetIndex: 6 });
    expect(one.categories).toEqual({ labels: ['R1 (現状値)', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'], ref: { sheet: '9-2', range: 'C40:I40' } });
    const [actual, expected] = one.series;
    expect(actual).toMatchObject({ name: '実績値', ref: { sheet: '9-2', range: 'C41:I41' }, marker: true, dashed: false, literalReason: null });
    // Years without an actual are gaps, never zero.
    expect(actual.values).toEqual([43, 43, 27, 36, 96, null, null]);
    expect(expected).toMatchObject({ name: '期待値', ref: { sheet: '9-2', range: 'C42:I42' }, dashed: true });
    expect(expected.values).toEqual([43, 47.5, 52, 56.5, 61, 65.5, 70]);
  });

  test('a 未実施 cell in the actual row makes that series literal with a gap there, and says why', () => {
    const two = charts(planCharts(kitakami(), { placement: 'beside' }).ops)[1];
    // Copied to Evalsheet's data sheet: Office.js and LibreOffice need a range.
    expect(two.series[0].ref).toEqual({ sheet: CHART_DATA_SHEET, range: 'C2:I2' });
    expect(two.series[0].values).toEqual([48.6, 48, null, 40.9, 38.7, null, null]);
    expect(two.series[0].literalReason?.en).toMatch(/text/);
    // The expected row is clean numbers: still bound.
    expect(two.series[1].ref).toEqual({ sheet: '9-2', range: 'C49:I49' });
  });

  test('text numbers 「1,090」 and percent cells give literal values in shown units', () => {
    const ind = blockIndicator({ key: '1', name: '受講者数', unit: '人', labelRow: 10, actuals: ['930(見込み)', '1,090', 1250], expecteds: [930, 1152, 1345], format: 'General', firstYear: 2014 });
    const pct = blockIndicator({ key: '2', name: '加入率', unit: '%', labelRow: 20, actuals: [0.661, 0.7], expecteds: [0.661, 0.8], format: '0.0%' });
    const cs = charts(planCharts(workbook('n.xlsx', [sheetAnalysis('S', [indicatorAnalysis(ind), indicatorAnalysis(pct)])]), { placement: 'beside' }).ops);
    expect(cs[0].series[0]).toMatchObject({ ref: { sheet: CHART_DATA_SHEET, range: 'C2:E2' }, values: [930, 1090, 1250] });
    expect(cs[0].series[1].ref).toEqual({ sheet: 'S', range: 'C12:E12' });
    expect(cs[1].series[0]).toMatchObject({ ref: { sheet: CHART_DATA_SHEET, range: 'C3:D3' }, values: [66.1, 70] });
    expect(cs[1].series[1]).toMatchObject({ ref: { sheet: CHART_DATA_SHEET, range: 'C4:D4' }, values: [66.1, 80] });
    expect(cs[1].series[1].literalReason?.en).toMatch(/percent/);
  });

  test('plan-actual pairs in alternating columns are literal; categories too', () => {
    const base = blockIndicator({ key: '1', name: '受講者数', unit: '人', labelRow: 10, actuals: [1090, 1250], expecteds: [1152, 1345], firstYear: 2015 });
    // 計画 in D/F, 実績 in E/G: one row, every other column.
    const ind: Indicator = {
      ...base,
      years: base.years.map((y, i) => ({ ...y, labelCell: ['D9', 'F9'][i], expected: vc(['D10', 'F10'][i], [1152, 1345][i]), actual: vc(['E10', 'G10'][i], [1090, 1250][i]) })),
    };
    const c = charts(planCharts(workbook('n.xlsx', [sheetAnalysis('S', [indicatorAnalysis(ind)])]), { placement: 'beside' }).ops)[0];
    expect(c.series.map((s) => s.ref?.sheet)).toEqual([CHART_DATA_SHEET, CHART_DATA_SHEET]);
    expect(c.categories.ref).toEqual({ sheet: CHART_DATA_SHEET, range: 'C2:D2' });
    expect(c.series[0].values).toEqual([1090, 1250]);
  });

  test('baseline / target / current rows: every year between, baseline and current as actuals, engine line as expected', () => {
    const ind: Indicator = {
      ...blockIndicator({ key: 'row:8', name: '自治会加入率', unit: '%', labelRow: 8, actuals: [null], expecteds: [null] }),
      layout: 'baseline-target-current',
      years: [{ year: 2022, label: '現状値 (R4)', labelCell: 'J5', actual: vc('J8', 60), expected: null, note: null }],
      baseline: { year: 2015, label: '基準値 (H27)', labelCell: 'H5', value: vc('H8', 66) },
      target: { year: 2022, label: '目標値 (R4)', labelCell: 'I5', value: vc('I8', 73) },
      current: { year: 2022, label: '現状値 (R4)', labelCell: 'J5', value: vc('J8', 60) },
    };
    const c = charts(planCharts(workbook('x.xlsx', [sheetAnalysis('P3', [indicatorAnalysis(ind)])]), { placement: 'beside' }).ops)[0];
    expect(c.categories.labels).toEqual(['H27', 'H28', 'H29', 'H30', 'R1', 'R2', 'R3', '現状値 (R4)']);
    expect(c.series[0].values).toEqual([66, null, null, null, null, null, null, 60]);
    expect(c.series[0].ref?.sheet).toBe(CHART_DATA_SHEET);
    expect(c.series[1].values).toEqual([66, 67, 68, 69, 70, 71, 72, 73]);
    expect(c.targetIndex).toBe(7);
  });

  test('literal values go to a data sheet (blank for a gap); none when every series is bound', () => {
    const plan = planCharts(kitakami(), { placement: 'beside' });
    const put = plan.ops.find((o) => o.op === 'put-sheet');
    expect(put && put.op === 'put-sheet' && put.spec.name).toBe(CHART_DATA_SHEET);
    const rows = put && put.op === 'put-sheet' ? put.spec.rows : [];
    expect(rows[1].map((c) => c.value)).toEqual(['② 地域活動やボランティア活動などに参加している市民の割合', '実績値', 48.6, 48, null, 40.9, 38.7, null, null]);
    expect(put && put.op === 'put-sheet' && put.spec.hidden).toBe(true);
    const onlyOne = kitakami();
    onlyOne.sheets[0].indicators.splice(1, 1);
    expect(planCharts(onlyOne, { placement: 'beside' }).ops.some((o) => o.op === 'put-sheet')).toBe(false);
  });

  test('no chart for an indicator without numbers, nor for a qualitative one', () => {
    const q = blockIndicator({ key: '1', name: '保険制度', unit: '', labelRow: 5, actuals: ['実施', '一部実施'], expecteds: [null, null] });
    const plan = planCharts(workbook('x.xlsx', [sheetAnalysis('S', [indicatorAnalysis({ ...q, qualitative: true, baseline: null, target: null })])]), { placement: 'beside' });
    expect(charts(plan.ops)).toEqual([]);
  });

  test('deletes the earlier charts of each sheet first, never the summary chart', () => {
    const a = kitakami();
    a.sheets.push(sheetAnalysis('評価サマリー', [], [], { kind: 'unrecognized' }));
    const ops = planCharts(a, { placement: 'beside' }).ops;
    expect(ops[0]).toEqual({ op: 'delete-owned-charts', sheet: '9-2' });
    expect(ops.filter((o) => o.op === 'delete-owned-charts')).toHaveLength(1);
    expect(ops.findIndex((o) => o.op === 'add-chart')).toBeGreaterThan(0);
    const cleanup = [
      { op: 'delete-sheet', sheet: CHART_DATA_SHEET },
      { op: 'delete-sheet', sheet: CHARTS_SHEET },
    ];
    expect(planRemoveCharts(a).ops).toEqual([{ op: 'delete-owned-charts', sheet: '9-2' }, ...cleanup]);
    expect(planRemoveCharts().ops).toEqual([{ op: 'delete-owned-charts', sheet: null }, ...cleanup]);
  });

  test('beside removes an earlier charts sheet; without literal series an earlier data sheet goes', () => {
    const onlyOne = kitakami();
    onlyOne.sheets[0].indicators.splice(1, 1);
    const ops = planCharts(onlyOne, { placement: 'beside' }).ops;
    expect(ops.filter((o) => o.op === 'delete-sheet')).toEqual([
      { op: 'delete-sheet', sheet: CHART_DATA_SHEET },
      { op: 'delete-sheet', sheet: CHARTS_SHEET },
    ]);
    const sheetOps = planCharts(kitakami(), { placement: 'sheet' }).ops;
    expect(sheetOps.filter((o) => o.op === 'delete-sheet')).toEqual([]);
  });

  test('every series and category list of every chart is bound to cells (no adapter has to cope with literal values)', () => {
    for (const placement of ['beside', 'sheet'] as const) {
      for (const c of charts(planCharts(kitakami(), { placement }).ops)) {
        expect([c.id, c.categories.ref === null, c.series.filter((s) => s.ref === null).map((s) => s.name)]).toEqual([c.id, false, []]);
      }
    }
    const two = charts(planCharts(kitakami(), { placement: 'beside' }).ops)[1];
    // the literal values stay in the spec too (chart caches), gaps as null
    expect(two.series[0]).toMatchObject({ ref: { sheet: CHART_DATA_SHEET }, values: [48.6, 48, null, 40.9, 38.7, null, null] });
  });

  test('beside: right of the used cells of the rows it covers, charts never overlap', () => {
    const a = kitakami();
    const noSnap = charts(planCharts(a, { placement: 'beside' }).ops);
    // Block ① spans columns A…I (last year in I): one column gap → K.
    expect(noSnap[0].anchor.cell).toBe('K38');
    // ② starts at row 45 but ①'s chart (260 px over rows of at least LibreOffice's 12.8 pt, 16 rows) reaches row 53: pushed below it and a gap row.
    expect(noSnap[1].anchor.cell).toBe('K55');
    const values = Array.from({ length: 60 }, () => Array<string | null>(14).fill(null));
    values[40][13] = 'note far right';
    const snap: WorkbookSnapshot = { name: 'k', sheets: [{ name: '9-2', origin: { row: 0, col: 0 }, values, formats: values.map((r) => r.map(() => 'General')) }] };
    const withSnap = charts(planCharts(a, { placement: 'beside', snapshot: snap }).ops);
    expect(withSnap[0].anchor.cell).toBe('P38');
    // Row 41 is not covered by ②'s chart (rows 55…70): back to K.
    expect(withSnap[1].anchor.cell).toBe('K55');
  });

  test('beside: the rows a chart covers are counted from the sheet’s row heights, so neither charts nor text are under another chart', () => {
    const a = kitakami();
    const values = Array.from({ length: 80 }, () => Array<string | null>(14).fill(null));
    const sheet = (rowHeights: { row: number; height: number }[]): WorkbookSnapshot => ({ name: 'k', sheets: [{ name: '9-2', origin: { row: 0, col: 0 }, values, formats: values.map((r) => r.map(() => 'General')), rowHeights, defaultRowHeight: 15 }] });
    // Tall rows (30 pt = 40 px): ①'s chart covers 7 rows (38…44), so ② keeps its own row 45.
    const tall = Array.from({ length: 80 }, (_, row) => ({ row, height: 30 }));
    expect(charts(planCharts(a, { placement: 'beside', snapshot: sheet(tall) }).ops).map((c) => c.anchor.cell)).toEqual(['K38', 'K46']);
    // Low rows (9 pt = 12 px): the chart covers 22 rows (38…59); a note in row 58 far right moves it right of the note.
    const low = Array.from({ length: 80 }, (_, row) => ({ row, height: 9 }));
    values[57][13] = 'note far right';
    const lowCharts = charts(planCharts(a, { placement: 'beside', snapshot: sheet(low) }).ops);
    expect(lowCharts[0].anchor.cell).toBe('P38');
    // ② comes below ①'s 22 rows and a gap row.
    expect(lowCharts[1].anchor.cell).toBe('K61');
    values[57][13] = null;
  });

  test('sheet placement: one owned sheet with a header, charts stacked, series still bound to the source sheet', () => {
    const ops = planCharts(kitakami(), { placement: 'sheet' }).ops;
    const put = ops.find((o) => o.op === 'put-sheet' && o.spec.name === CHARTS_SHEET);
    expect(put && put.op === 'put-sheet' && put.spec).toMatchObject({ name: CHARTS_SHEET, owner: 'evalsheet' });
    const cs = charts(ops);
    expect(cs.map((c) => [c.sheet, c.anchor.cell])).toEqual([
      [CHARTS_SHEET, 'B4'],
      [CHARTS_SHEET, 'B18'],
    ]);
    // Its rows are written 15 pt (20 px) high past the last chart: 14 rows hold a 260 px chart in any application.
    const spec = put && put.op === 'put-sheet' ? put.spec : null;
    expect(spec?.rowHeights?.length).toBeGreaterThanOrEqual(17 + 14);
    expect(new Set(spec?.rowHeights)).toEqual(new Set([15]));
    expect(cs[0].series[0].ref).toEqual({ sheet: '9-2', range: 'C41:I41' });
    expect(ops.indexOf(put as EditOp)).toBeLessThan(ops.findIndex((o) => o.op === 'add-chart'));
  });
});
