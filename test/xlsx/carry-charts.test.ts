import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { CHARTS_SHEET } from '../../src/core/charts';
import { FINDINGS_SHEET } from '../../src/core/plan';
import { planSummary, SUMMARY_SHEET } from '../../src/core/summary';
import { analyzeWorkbook } from '../../src/core/analyze';
import { XlsxWorkbook } from '../../src/xlsx';
import { cli, scratch } from '../cli/helpers';
import { CT_COLORS, CT_STYLE, EXCEL_CHART_ANCHOR, EXCEL_FORMULAS, excelChartXlsx, writerChartXlsx } from './carry-fixtures';
import { drawnObjects, type DrawnObject, packageProblems } from './package-check';

/** A person's chart in the input survives fill, annotate and charts through the CLI, without --force. */

jest.setTimeout(60_000);

const OWN = ['evalsheet:9-2:①', 'evalsheet:9-2:②'];

async function setUp(): Promise<string> {
  const dir = scratch([]);
  fs.writeFileSync(path.join(dir, 'excel.xlsx'), await excelChartXlsx());
  fs.writeFileSync(path.join(dir, 'writer.xlsx'), await writerChartXlsx());
  return dir;
}

const read = (dir: string, f: string) => new Uint8Array(fs.readFileSync(path.join(dir, f)));
const names = (objs: DrawnObject[]) => objs.map((o) => o.name);
const byName = (objs: DrawnObject[], n: string) => objs.find((o) => o.name === n) as DrawnObject;

async function exceljsOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const e = new ExcelJS.Workbook();
  await e.xlsx.load(bytes as unknown as ArrayBuffer);
  return e;
}

let dir: string;
beforeAll(async () => {
  dir = await setUp();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the inputs (premise)', () => {
  test('both are sound packages; nothing in them counts as lost; exceljs alone would drop the charts and the text box', async () => {
    for (const f of ['excel.xlsx', 'writer.xlsx']) expect([f, await packageProblems(read(dir, f))]).toEqual([f, []]);
    const excel = await XlsxWorkbook.open(read(dir, 'excel.xlsx'), 'excel.xlsx');
    expect(excel.lostParts).toEqual([]);
    expect(excel.carriedNames()).toEqual(['グラフ 2', 'テキスト ボックス 3']);
    const writer = await XlsxWorkbook.open(read(dir, 'writer.xlsx'), 'writer.xlsx');
    expect([writer.lostParts, writer.carriedNames()]).toEqual([[], ['グラフ 1']]);
    const plain = await exceljsOf(read(dir, 'excel.xlsx'));
    const zip = await JSZip.loadAsync(new Uint8Array((await plain.xlsx.writeBuffer()) as ArrayBuffer));
    expect(Object.keys(zip.files).filter((k) => k.startsWith('xl/charts/'))).toEqual([]);
  });
});

describe('fill keeps a chart made in Excel', () => {
  test('same series, same anchor, style and colour parts typed; picture once; text box kept; values written; package sound', async () => {
    const r = await cli(['fill', 'excel.xlsx', '-o', 'excel-filled.xlsx'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = read(dir, 'excel-filled.xlsx');
    expect(await packageProblems(out)).toEqual([]);
    const objs = await drawnObjects(out, '9-2');
    // exceljs rewrites the picture under its own name; the chart and the text box follow it.
    expect(names(objs).slice(1)).toEqual(['グラフ 2', 'テキスト ボックス 3']);
    expect(objs[0].chart).toBeNull();
    const chart = byName(objs, 'グラフ 2');
    expect(chart.position).toBe(EXCEL_CHART_ANCHOR);
    expect([...new Set(chart.chart!.formulas)]).toEqual(EXCEL_FORMULAS);
    expect(chart.chart!.rels.map((x) => x.contentType).sort()).toEqual([CT_COLORS, CT_STYLE]);
    const xml = await (await JSZip.loadAsync(out)).file(chart.chart!.part)!.async('string');
    expect(xml).toContain('<c14:style val="102"/>');
    expect(byName(objs, 'テキスト ボックス 3').text).toBe('凡例 ●実績値 ○期待値');
    // exceljs kept the picture itself; carrying did not add a second one.
    const e = await exceljsOf(out);
    const ws = e.getWorksheet('9-2')!;
    expect(ws.getImages()).toHaveLength(1);
    expect(objs.filter((o) => o.chart === null && o.text === '')).toHaveLength(1);
    // the fill happened: ②'s blank expected cells now hold the line's values
    expect(ws.getCell('F45').value).toBe(49.6);
    expect(ws.getCell('J39').value).toBe(70);
  });
});

describe('annotate and charts keep a person’s chart beside Evalsheet’s, which are replaced on re-run', () => {
  test('annotate, then annotate the annotated copy: the person’s chart once, Evalsheet’s two once', async () => {
    const first = await cli(['annotate', 'excel.xlsx', '-o', 'excel-a1.xlsx'], { cwd: dir });
    expect([first.code, first.stderr]).toEqual([0, '']);
    const second = await cli(['annotate', 'excel-a1.xlsx', '-o', 'excel-a2.xlsx'], { cwd: dir });
    expect([second.code, second.stderr]).toEqual([0, '']);
    for (const f of ['excel-a1.xlsx', 'excel-a2.xlsx']) {
      const out = read(dir, f);
      expect([f, await packageProblems(out)]).toEqual([f, []]);
      const objs = await drawnObjects(out, '9-2');
      const charts = objs.filter((o) => o.chart).map((o) => o.name);
      expect([f, charts.sort()]).toEqual([f, ['グラフ 2', ...OWN].sort()]);
      expect(byName(objs, 'グラフ 2').position).toBe(EXCEL_CHART_ANCHOR);
      expect([...new Set(byName(objs, 'グラフ 2').chart!.formulas)]).toEqual(EXCEL_FORMULAS);
      expect(objs.filter((o) => o.text === '凡例 ●実績値 ○期待値')).toHaveLength(1);
      const zip = await JSZip.loadAsync(out);
      expect([f, Object.keys(zip.files).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)).length]).toEqual([f, 3]);
      expect([f, Object.keys(zip.files).filter((k) => /^xl\/charts\/(style|colors)\d+\.xml$/.test(k)).length]).toEqual([f, 2]);
      const e = await exceljsOf(out);
      expect(e.getWorksheet(FINDINGS_SHEET)).toBeDefined();
      expect(e.getWorksheet('9-2')!.getCell('H38').value).toBe(96);
    }
    // fill on the annotated copy keeps all three charts
    expect((await cli(['fill', 'excel-a2.xlsx', '-o', 'excel-a3.xlsx'], { cwd: dir })).code).toBe(0);
    const objs = await drawnObjects(read(dir, 'excel-a3.xlsx'), '9-2');
    expect(objs.filter((o) => o.chart).map((o) => o.name).sort()).toEqual(['グラフ 2', ...OWN].sort());
  });

  test('charts on a sheet, then beside: the writer-made person’s chart stays on 9-2 where it was; Evalsheet’s move', async () => {
    const before = byName(await drawnObjects(read(dir, 'writer.xlsx'), '9-2'), 'グラフ 1');
    const onSheet = await cli(['charts', 'writer.xlsx', '-o', 'writer-sheet.xlsx', '--placement', 'sheet'], { cwd: dir });
    expect([onSheet.code, onSheet.stderr]).toEqual([0, '']);
    const a = read(dir, 'writer-sheet.xlsx');
    expect(await packageProblems(a)).toEqual([]);
    expect(names(await drawnObjects(a, '9-2'))).toEqual(['グラフ 1']);
    expect(names(await drawnObjects(a, CHARTS_SHEET)).sort()).toEqual(OWN);
    const kept = byName(await drawnObjects(a, '9-2'), 'グラフ 1');
    expect([kept.position, kept.chart!.formulas]).toEqual([before.position, before.chart!.formulas]);

    const beside = await cli(['charts', 'writer-sheet.xlsx', '-o', 'writer-beside.xlsx'], { cwd: dir });
    expect([beside.code, beside.stderr]).toEqual([0, '']);
    const b = read(dir, 'writer-beside.xlsx');
    expect(await packageProblems(b)).toEqual([]);
    expect(names(await drawnObjects(b, '9-2')).sort()).toEqual(['グラフ 1', ...OWN].sort());
    expect((await exceljsOf(b)).getWorksheet(CHARTS_SHEET)).toBeUndefined();
    const again = byName(await drawnObjects(b, '9-2'), 'グラフ 1');
    expect([again.position, again.chart!.formulas]).toEqual([before.position, before.chart!.formulas]);
  });
});

describe('what is not carried', () => {
  test("a sheet Evalsheet replaces takes its charts with it: the summary's grade chart is regenerated, not doubled", async () => {
    const wb = await XlsxWorkbook.open(read(dir, 'writer.xlsx'), 'w.xlsx');
    const plan = planSummary([{ file: null, analysis: analyzeWorkbook(await wb.readSnapshot()) }]);
    await wb.applyPlan(plan);
    const again = await XlsxWorkbook.open(await wb.toBytes(), 'w.xlsx');
    const carried = again.carriedNames();
    expect(carried).toContain('グラフ 1');
    expect(carried.length).toBeGreaterThan(1);
    await again.applyPlan(planSummary([{ file: null, analysis: analyzeWorkbook(await again.readSnapshot()) }]));
    expect(again.carriedNames()).toEqual(['グラフ 1']);
    const out = await again.toBytes();
    expect(await packageProblems(out)).toEqual([]);
    const summaryCharts = (await drawnObjects(out, SUMMARY_SHEET)).filter((o) => o.chart);
    expect(summaryCharts).toHaveLength(carried.length - 1);
    expect(names(await drawnObjects(out, '9-2'))).toEqual(['グラフ 1']);
  });

  test('a pivot chart, SmartArt and objects inside mc:AlternateContent are kept as they were (write by patching): nothing lost, nothing refused', async () => {
    const bytes = await excelChartXlsx(async (zip) => {
      const chart = (await zip.file('xl/charts/chart1.xml')!.async('string')).replace('<c:chart>', '<c:pivotSource><c:name>[x.xlsx]9-2!PivotTable1</c:name><c:fmtId val="0"/></c:pivotSource><c:chart>');
      zip.file('xl/charts/chart1.xml', chart);
      const d = await zip.file('xl/drawings/drawing1.xml')!.async('string');
      const smartArt =
        '<xdr:oneCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>70</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="10" cy="10"/>' +
        '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="図表 8"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>';
      zip.file('xl/drawings/drawing1.xml', d.replace('</xdr:wsDr>', `${smartArt}</xdr:wsDr>`));
    });
    const wb = await XlsxWorkbook.open(bytes, 'p.xlsx');
    expect(wb.lostParts).toEqual([]);
    fs.writeFileSync(path.join(dir, 'pivot.xlsx'), bytes);
    const r = await cli(['fill', 'pivot.xlsx', '-o', 'pivot-out.xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'pivot-out.xlsx')));
    expect(await out.file('xl/charts/chart1.xml')!.async('string')).toContain('<c:pivotSource>');
    expect(await out.file('xl/drawings/drawing1.xml')!.async('string')).toContain('name="図表 8"');

    const alt = await excelChartXlsx(async (zip) => {
      const d = await zip.file('xl/drawings/drawing1.xml')!.async('string');
      const control =
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" Requires="a14">' +
        '<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>80</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>81</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="1025" name="Check Box 1" hidden="1"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></mc:Choice><mc:Fallback/></mc:AlternateContent>';
      zip.file('xl/drawings/drawing1.xml', d.replace('</xdr:wsDr>', `${control}</xdr:wsDr>`));
    });
    const withAlt = await XlsxWorkbook.open(alt, 'a.xlsx');
    expect(withAlt.lostParts).toEqual([]);
    expect(withAlt.carriedNames()).toEqual(['グラフ 2', 'テキスト ボックス 3']);
  });
});
