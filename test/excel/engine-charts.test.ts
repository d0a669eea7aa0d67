/**
 * The adapter with the real engine's chart and summary plans: literal values reach Excel through
 * the engine's own hidden data sheet (one mechanism for both adapters), and owned sheets written
 * under another name take their charts and links with them.
 */
import { analyzeWorkbook, CHART_DATA_SHEET, planCharts, planSummary, SUMMARY_SHEET } from '../../src/core';
import type { EditOp } from '../../src/core/plan/types';
import { ExcelPort } from '../../src/excel/excel-port';
import { seedSnapshot } from '../support/seed-tsv';
import { mockExcel, sheetFromSnapshot, type LogEntry } from './mock-workbook';

const calls = (log: LogEntry[], path: string) => log.filter((e) => e.kind === 'call' && e.path === path).map((e) => e.args);
const setTo = (log: LogEntry[], path: string) => log.filter((e) => e.kind === 'set' && e.path === path).map((e) => e.value);
const nasu = seedSnapshot('nasushiobara', 'P3');

function charts(ops: EditOp[]) {
  return ops.flatMap((o) => (o.op === 'add-chart' ? [o.chart] : []));
}

describe('literal chart values in Excel', () => {
  test("are written to the engine's hidden 「Evalsheet グラフデータ」 and the series are bound there; no other data sheet", async () => {
    const m = mockExcel([sheetFromSnapshot(nasu, 'P3')], { excelApi: '1.18' });
    const port = new ExcelPort(m.host);
    const snap = await port.readSnapshot();
    const plan = planCharts(analyzeWorkbook(snap), { placement: 'beside', snapshot: snap });
    const literal = charts(plan.ops).filter((c) => c.series.some((s) => s.ref?.sheet === CHART_DATA_SHEET));
    expect(literal.length).toBeGreaterThan(0);
    m.resetCounts();
    const r = await port.applyPlan(plan);
    expect(r.skipped.filter((s) => s.reason !== 'missing-sheet')).toEqual([]);
    expect(m.syncs()).toBe(3);
    expect(calls(m.log, 'context.workbook.worksheets.add')).toEqual([[`"${CHART_DATA_SHEET}"`]]);
    expect(setTo(m.log, `newSheet[${CHART_DATA_SHEET}].visibility`)).toEqual(['Hidden']);
    // The first literal chart's actual series: charts.add takes it from the data sheet's cells.
    const first = literal[0];
    const ref = first.series[0].ref!;
    expect(ref.sheet).toBe(CHART_DATA_SHEET);
    const added = calls(m.log, 'sheet[P3].charts.add');
    expect(added).toContainEqual(['"Line"', `newSheet[${CHART_DATA_SHEET}].getRange(${ref.range})`, '"Rows"']);
    expect(m.log.some((e) => e.path.includes('Evalsheet_data'))).toBe(false);
  });
});

describe("owned sheets written under another name (a user's sheet has the name)", () => {
  const kitakami = seedSnapshot('kitakami', '9-2');

  test('the summary goes to 「評価サマリー (2)」 with its grade chart and the chart\'s ranges; the user\'s sheet is untouched', async () => {
    const m = mockExcel([sheetFromSnapshot(kitakami, '9-2'), { name: SUMMARY_SHEET, values: [['利用者の表']] }], { excelApi: '1.18' });
    const port = new ExcelPort(m.host);
    const a = analyzeWorkbook(await port.readSnapshot());
    const plan = planSummary([{ file: null, analysis: a }]);
    const chart = charts(plan.ops)[0];
    expect(chart.sheet).toBe(SUMMARY_SHEET);
    const r = await port.applyPlan(plan);
    const renamed = `${SUMMARY_SHEET} (2)`;
    expect(r.skipped).toEqual([]);
    expect(calls(m.log, 'context.workbook.worksheets.add')).toEqual([[`"${renamed}"`]]);
    expect(calls(m.log, `newSheet[${renamed}].charts.add`)).toEqual([['"ColumnStacked"', `newSheet[${renamed}].getRange(${chart.series[0].ref!.range})`, expect.stringMatching(/^"(Rows|Columns)"$/)]]);
    const xValues = m.log.filter((e) => e.kind === 'call' && e.path.startsWith(`newSheet[${renamed}].charts.add(`) && e.path.endsWith('.setXAxisValues'));
    expect(xValues.length).toBe(chart.series.length);
    for (const e of xValues) expect(e.args).toEqual([`newSheet[${renamed}].getRange(${chart.categories.ref!.range})`]);
    // Nothing written to the user's sheet: no value, no chart, no deletion.
    const written = m.log.filter((e) => e.path.startsWith(`sheet[${SUMMARY_SHEET}].`) && (e.kind === 'set' || /\.(add|delete|clear)$/.test(e.path)));
    expect(written).toEqual([]);
    expect(r.undo.ops).toEqual([
      { op: 'delete-chart', sheet: renamed, id: chart.id },
      { op: 'delete-sheet', sheet: renamed },
    ]);
  });

  test('a protected user sheet of that name does not block the plan: the chart goes to the owned sheet', async () => {
    const m = mockExcel([sheetFromSnapshot(kitakami, '9-2'), { name: SUMMARY_SHEET, values: [['利用者の表']], protected: true }], { excelApi: '1.18' });
    const port = new ExcelPort(m.host);
    const r = await port.applyPlan(planSummary([{ file: null, analysis: analyzeWorkbook(await port.readSnapshot()) }]));
    expect(r.skipped).toEqual([]);
  });

  test('links of a later generated sheet follow the renamed one', async () => {
    const m = mockExcel([{ name: '一覧', values: [['利用者']] }], { excelApi: '1.18' });
    await new ExcelPort(m.host).applyPlan({
      title: { ja: 't', en: 't' },
      ops: [
        { op: 'put-sheet', spec: { name: '一覧', owner: 'evalsheet', rows: [[{ value: 'x' }]], headerRows: 1 } },
        { op: 'put-sheet', spec: { name: '目次', owner: 'evalsheet', rows: [[{ value: '一覧へ', link: { sheet: '一覧', cell: 'A1' } }]], headerRows: 1 } },
      ],
    });
    expect(setTo(m.log, 'newSheet[目次].getRange(A1).hyperlink')).toEqual([{ documentReference: "'一覧 (2)'!A1", textToDisplay: '一覧へ' }]);
  });
});
