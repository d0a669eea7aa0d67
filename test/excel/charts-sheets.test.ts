import type { ChartSpec, EditOp, EditPlan, SheetSpec } from '../../src/core/plan/types';
import { ExcelPort } from '../../src/excel/excel-port';
import { manySheets, mockExcel, type LogEntry } from './mock-workbook';

const plan = (ops: EditOp[]): EditPlan => ({ title: { ja: 'グラフ', en: 'Charts' }, ops });
const calls = (log: LogEntry[], path: string) => log.filter((e) => e.kind === 'call' && e.path === path).map((e) => e.args);
const setTo = (log: LogEntry[], path: string) => log.filter((e) => e.kind === 'set' && e.path === path).map((e) => e.value);

function progressChart(sheet = '1-1', literalExpected = false): ChartSpec {
  return {
    id: `evalsheet:${sheet}:①`,
    kind: 'progress',
    type: 'line',
    sheet,
    anchor: { cell: 'I2', widthPx: 480, heightPx: 288 },
    title: '① 市民活動団体数',
    categories: { labels: ['R1', 'R2', 'R3', 'R4', 'R5'], ref: { sheet, range: 'C1:G1' } },
    series: [
      { name: '実績値', ref: { sheet, range: 'C2:G2' }, values: [43, 45.5, 50, null, null], color: '1F77B4', marker: true, dashed: false, line: true },
      { name: '期待値', ref: literalExpected ? null : { sheet, range: 'C3:G3' }, values: [43, 47.5, 52, 56.5, 61], color: 'FF7F0E', marker: false, dashed: true, line: true },
    ],
    valueAxisTitle: '団体',
    targetIndex: 4,
  };
}

describe('add-chart', () => {
  test('a line chart bound to the sheet\'s own cells, named by its id, placed at its anchor', async () => {
    const m = mockExcel(manySheets(1), { excelApi: '1.18' });
    const r = await new ExcelPort(m.host).applyPlan(plan([{ op: 'add-chart', chart: progressChart() }]));
    expect(r.applied).toBe(1);
    expect(calls(m.log, 'sheet[1-1].charts.add')).toEqual([['"Line"', 'sheet[1-1].getRange(C2:G2)', '"Rows"']]);
    const chart = 'sheet[1-1].chart[Line]';
    expect(setTo(m.log, `${chart}.name`)).toEqual(['evalsheet:1-1:①']);
    expect(setTo(m.log, `${chart}.title.text`)).toEqual(['① 市民活動団体数']);
    expect(setTo(m.log, `${chart}.axes.valueAxis.title.text`)).toEqual(['団体']);
    expect(setTo(m.log, `${chart}.displayBlanksAs`)).toEqual(['NotPlotted']);
    expect(setTo(m.log, `${chart}.legend.position`)).toEqual(['Bottom']);
    expect(calls(m.log, `${chart}.setPosition`)).toEqual([['"I2"']]);
    expect([setTo(m.log, `${chart}.width`), setTo(m.log, `${chart}.height`)]).toEqual([[360], [216]]);
    // The second series is added and bound; both take the year labels as categories.
    expect(calls(m.log, `${chart}.series.add`)).toEqual([['"期待値"']]);
    expect(calls(m.log, `${chart}.series.add(期待値).setValues`)).toEqual([['sheet[1-1].getRange(C3:G3)']]);
    expect(calls(m.log, `${chart}.series.getItemAt(0).setXAxisValues`)).toEqual([['sheet[1-1].getRange(C1:G1)']]);
    expect(calls(m.log, `${chart}.series.add(期待値).setXAxisValues`)).toEqual([['sheet[1-1].getRange(C1:G1)']]);
    expect(setTo(m.log, `${chart}.series.add(期待値).format.line.lineStyle`)).toEqual(['Dash']);
    expect(setTo(m.log, `${chart}.series.add(期待値).markerStyle`)).toEqual(['None']);
    expect(setTo(m.log, `${chart}.series.getItemAt(0).markerStyle`)).toEqual(['Circle']);
    expect(setTo(m.log, `${chart}.series.getItemAt(0).points.getItemAt(4).markerStyle`)).toEqual(['Diamond']);
    expect(r.undo.ops).toEqual([{ op: 'delete-chart', sheet: '1-1', id: 'evalsheet:1-1:①' }]);
  });

  test('a series without a cell range is skipped as unsupported: no data sheet of the adapter\'s own, nothing drawn', async () => {
    const m = mockExcel(manySheets(1), { excelApi: '1.18' });
    const r = await new ExcelPort(m.host).applyPlan(plan([{ op: 'add-chart', chart: progressChart('1-1', true) }]));
    expect(r.skipped.map((s) => [s.reason, s.detail])).toEqual([['unsupported', 'chart evalsheet:1-1:①: series 「期待値」 has no cell range (Office.js charts take values from ranges only)']]);
    expect(calls(m.log, 'context.workbook.worksheets.add')).toEqual([]);
    expect(calls(m.log, 'sheet[1-1].charts.add')).toEqual([]);
  });

  test('a series bound to a sheet that is not there is skipped, never bound to the chart\'s own sheet', async () => {
    const m = mockExcel(manySheets(1), { excelApi: '1.18' });
    const chart = progressChart('1-1');
    chart.series[1].ref = { sheet: 'Evalsheet グラフデータ', range: 'C2:G2' };
    const r = await new ExcelPort(m.host).applyPlan(plan([{ op: 'add-chart', chart }]));
    expect(r.skipped.map((s) => s.reason)).toEqual(['missing-sheet']);
    expect(calls(m.log, 'sheet[1-1].charts.add')).toEqual([]);
  });

  test('before ExcelApi 1.7 charts are skipped as unsupported; before 1.8 blanks are left as Excel has them', async () => {
    const old = mockExcel(manySheets(1), { excelApi: '1.6' });
    const r = await new ExcelPort(old.host).applyPlan(plan([{ op: 'add-chart', chart: progressChart() }]));
    expect(r.skipped.map((s) => s.reason)).toEqual(['unsupported']);
    expect(calls(old.log, 'sheet[1-1].charts.add')).toEqual([]);
    const v17 = mockExcel(manySheets(1), { excelApi: '1.7' });
    await new ExcelPort(v17.host).applyPlan(plan([{ op: 'add-chart', chart: progressChart() }]));
    expect(calls(v17.log, 'sheet[1-1].charts.add')).toHaveLength(1);
    expect(setTo(v17.log, 'sheet[1-1].chart[Line].displayBlanksAs')).toEqual([]);
  });

  test('charts on 60 sheets take as many syncs as on one', async () => {
    const one = mockExcel(manySheets(1), { excelApi: '1.18' });
    const sixty = mockExcel(manySheets(60), { excelApi: '1.18' });
    await new ExcelPort(one.host).applyPlan(plan([{ op: 'add-chart', chart: progressChart('1-1') }]));
    const r = await new ExcelPort(sixty.host).applyPlan(plan(Array.from({ length: 60 }, (_, i) => ({ op: 'add-chart' as const, chart: progressChart(`${i + 1}-1`) }))));
    expect(r.applied).toBe(60);
    expect(one.syncs()).toBe(3);
    expect(sixty.syncs()).toBe(3);
  });
});

describe('removing charts', () => {
  test('delete-owned-charts removes only charts named "evalsheet:…"', async () => {
    const sheets = manySheets(2);
    sheets[0].charts = ['evalsheet:1-1:①', '利用者のグラフ'];
    sheets[1].charts = ['evalsheet:2-1:②'];
    const m = mockExcel(sheets, { excelApi: '1.18' });
    const r = await new ExcelPort(m.host).applyPlan(plan([{ op: 'delete-owned-charts', sheet: null }]));
    const deletes = m.log.filter((e) => e.kind === 'call' && e.path.endsWith('.delete')).map((e) => e.path);
    expect(deletes).toEqual(['sheet[1-1].charts[evalsheet:1-1:①].delete', 'sheet[2-1].charts[evalsheet:2-1:②].delete']);
    expect(r.applied).toBe(1);
  });

  test('on one sheet only, and charts this port drew come back with undo', async () => {
    const sheets = manySheets(2);
    sheets[0].charts = ['evalsheet:1-1:①'];
    sheets[1].charts = ['evalsheet:2-1:②'];
    const m = mockExcel(sheets, { excelApi: '1.18' });
    const port = new ExcelPort(m.host);
    const added = await port.applyPlan(plan([{ op: 'add-chart', chart: progressChart('1-1') }]));
    // Regenerating a chart replaces the one of the same id.
    expect(m.log.filter((e) => e.kind === 'call' && e.path.endsWith('].delete')).map((e) => e.path)).toEqual(['sheet[1-1].charts[evalsheet:1-1:①].delete']);
    expect(added.undo.ops).toEqual([{ op: 'delete-chart', sheet: '1-1', id: 'evalsheet:1-1:①' }]);
    m.resetCounts();
    const r = await port.applyPlan(plan([{ op: 'delete-owned-charts', sheet: '1-1' }]));
    expect(m.log.filter((e) => e.kind === 'call' && e.path.endsWith('].delete')).map((e) => e.path)).toEqual(['sheet[1-1].charts[evalsheet:1-1:①].delete']);
    expect(r.undo.ops).toEqual([{ op: 'add-chart', chart: progressChart('1-1') }]);
  });

  test('a protected sheet holding our charts stops the removal', async () => {
    const sheets = manySheets(1);
    sheets[0].charts = ['evalsheet:1-1:①'];
    sheets[0].protected = true;
    const m = mockExcel(sheets, { excelApi: '1.18' });
    const r = await new ExcelPort(m.host).applyPlan(plan([{ op: 'delete-owned-charts', sheet: null }]));
    expect(r.skipped.map((s) => s.reason)).toEqual(['protected']);
    expect(m.log.filter((e) => e.path.endsWith('.delete'))).toEqual([]);
  });
});

const summary: SheetSpec = {
  name: '評価サマリー',
  owner: 'evalsheet',
  headerRows: 1,
  rows: [
    [{ value: 'シート', style: { bold: true, fill: 'DDEBF7' } }, { value: '評価', style: { bold: true, fill: 'DDEBF7' } }],
    [{ value: '9-2', link: { sheet: '9-2', cell: 'A1' } }, { value: 'B', style: { horizontal: 'center' } }],
    [{ value: '=not a formula' }, { value: 0.661, style: { numberFormat: '0.0%' } }],
  ],
  columnWidths: [12, 8],
  conditionalFills: [{ range: 'B2:B3', equals: 'D', fill: 'FFC7CE', fontColor: '9C0006' }],
  freezeRows: 1,
  print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true },
  tabColor: '2F5597',
};

describe('put-sheet and delete-sheet', () => {
  test('a new summary sheet: owner mark, values, formats, styles, link, widths, conditional fill, freeze, print', async () => {
    const m = mockExcel([{ name: '9-2', values: [['x']] }], { excelApi: '1.18' });
    const r = await new ExcelPort(m.host).applyPlan(plan([{ op: 'put-sheet', spec: summary }]));
    expect(r.applied).toBe(1);
    const s = 'newSheet[評価サマリー]';
    expect(calls(m.log, 'context.workbook.worksheets.add')).toEqual([['"評価サマリー"']]);
    expect(calls(m.log, `${s}.names.add`)[0]).toEqual(['"Evalsheet_owned"', `${s}.getRange(A1)`, expect.any(String)]);
    expect(setTo(m.log, `${s}.getRange(A1:B3).values`)).toEqual([[['シート', '評価'], ['9-2', 'B'], ['=not a formula', 0.661]]]);
    expect(setTo(m.log, `${s}.getRange(A1:B3).numberFormat`)).toEqual([[['@', '@'], ['@', '@'], ['@', '0.0%']]]);
    expect(setTo(m.log, `${s}.getRange(A1:B1).format.fill.color`)).toEqual(['#DDEBF7']);
    expect(setTo(m.log, `${s}.getRange(A2).hyperlink`)).toEqual([{ documentReference: "'9-2'!A1", textToDisplay: '9-2' }]);
    expect(setTo(m.log, `${s}.getRange(B2).format.horizontalAlignment`)).toEqual(['Center']);
    expect(setTo(m.log, `${s}.getRange(A:A).format.columnWidth`)).toEqual([66.75]);
    expect(calls(m.log, `${s}.getRange(B2:B3).conditionalFormats.add`)).toEqual([['"CellValue"']]);
    expect(setTo(m.log, `${s}.getRange(B2:B3).conditionalFormats.add(CellValue).cellValue.rule`)).toEqual([{ formula1: '="D"', operator: 'EqualTo' }]);
    expect(calls(m.log, `${s}.freezePanes.freezeRows`)).toEqual([['1']]);
    expect(setTo(m.log, `${s}.pageLayout.orientation`)).toEqual(['Landscape']);
    expect(setTo(m.log, `${s}.pageLayout.paperSize`)).toEqual(['A4']);
    expect(calls(m.log, `${s}.pageLayout.setPrintTitleRows`)).toEqual([['"$1:$1"']]);
    expect(setTo(m.log, `${s}.tabColor`)).toEqual(['#2F5597']);
    expect(r.undo.ops).toEqual([{ op: 'delete-sheet', sheet: '評価サマリー' }]);
  });

  test('row heights: runs of equal height set as whole-row ranges, default rows left alone; page breaks before the rows given', async () => {
    const m = mockExcel([], { excelApi: '1.18' });
    const rows = Array.from({ length: 6 }, (_, r) => [{ value: `r${r}` }]);
    const print = { ...summary.print!, pageBreaksBefore: [4] };
    await new ExcelPort(m.host).applyPlan(plan([{ op: 'put-sheet', spec: { ...summary, rows, rowHeights: [null, 33, 33, null, 48], print } }]));
    const s = 'newSheet[評価サマリー]';
    const heights = m.log.filter((e) => e.kind === 'set' && e.path.endsWith('.format.rowHeight')).map((e) => [e.path, e.value]);
    expect(heights).toEqual([
      [`${s}.getRange(2:3).format.rowHeight`, 33],
      [`${s}.getRange(5:5).format.rowHeight`, 48],
    ]);
    expect(calls(m.log, `${s}.horizontalPageBreaks.add`)).toEqual([['"A5"']]);
  });

  test('a hidden spec (the chart data sheet) is hidden; a visible one is not touched', async () => {
    const m = mockExcel([], { excelApi: '1.18' });
    await new ExcelPort(m.host).applyPlan(plan([{ op: 'put-sheet', spec: { ...summary, name: 'Evalsheet グラフデータ', hidden: true } }, { op: 'put-sheet', spec: summary }]));
    expect(setTo(m.log, 'newSheet[Evalsheet グラフデータ].visibility')).toEqual(['Hidden']);
    expect(setTo(m.log, 'newSheet[評価サマリー].visibility')).toEqual([]);
  });

  test('before ExcelApi 1.9 the page setup is left out, the rest is written', async () => {
    const m = mockExcel([], { excelApi: '1.8' });
    await new ExcelPort(m.host).applyPlan(plan([{ op: 'put-sheet', spec: summary }]));
    expect(m.log.some((e) => e.path.includes('pageLayout'))).toBe(false);
    expect(setTo(m.log, 'newSheet[評価サマリー].getRange(A1:B3).values')).toHaveLength(1);
  });

  test('a user\'s sheet of the same name is never replaced: the summary goes next to it', async () => {
    const m = mockExcel([{ name: '評価サマリー', values: [['利用者の表']] }], { excelApi: '1.18' });
    const r = await new ExcelPort(m.host).applyPlan(plan([{ op: 'put-sheet', spec: summary }]));
    expect(calls(m.log, 'context.workbook.worksheets.add')).toEqual([['"評価サマリー (2)"']]);
    expect(m.log.some((e) => e.path === 'sheet[評価サマリー].delete')).toBe(false);
    expect(r.undo.ops).toEqual([{ op: 'delete-sheet', sheet: '評価サマリー (2)' }]);
  });

  test('Evalsheet\'s own sheet is replaced in place; undo puts its old values back', async () => {
    const m = mockExcel([{ name: 'a', values: [['x']] }, { name: '評価サマリー', values: [['古い', 1]], formats: [['General', '0.0']], owned: true }], { excelApi: '1.18' });
    const r = await new ExcelPort(m.host).applyPlan(plan([{ op: 'put-sheet', spec: summary }]));
    expect(calls(m.log, 'sheet[評価サマリー].delete')).toEqual([[]]);
    expect(setTo(m.log, 'newSheet[評価サマリー].position')).toEqual([1]);
    expect(r.undo.ops).toEqual([
      { op: 'put-sheet', spec: { name: '評価サマリー', owner: 'evalsheet', headerRows: 1, rows: [[{ value: '古い' }, { value: 1, style: { numberFormat: '0.0' } }]] } },
    ]);
  });

  test('delete-sheet removes only sheets Evalsheet made', async () => {
    const m = mockExcel([{ name: 'mine', values: [['x']], owned: true }, { name: 'users', values: [['y']] }], { excelApi: '1.18' });
    const r = await new ExcelPort(m.host).applyPlan(plan([{ op: 'delete-sheet', sheet: 'mine' }, { op: 'delete-sheet', sheet: 'users' }]));
    expect(calls(m.log, 'sheet[mine].delete')).toEqual([[]]);
    expect(calls(m.log, 'sheet[users].delete')).toEqual([]);
    expect(r.skipped).toEqual([{ op: { op: 'delete-sheet', sheet: 'users' }, reason: 'protected', detail: '「users」 is not a sheet Evalsheet made; not deleted' }]);
  });
});
