import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { PNG } from 'pngjs';
import { planCharts } from '../../src/core/charts';
import type { ChartSpec } from '../../src/core/plan/types';
import { addChartsToXlsx, removeOwnedCharts } from '../../src/xlsx/chart-parts';
import { insertDrawingElement } from '../../src/xlsx/chart-parts/package';
import { kitakami } from '../core/charts/build';

/** A workbook written by exceljs (as the adapter would): sheet 9-2 with ①'s and ②'s rows, optionally an image. */
async function sourceWorkbook(opts: { image?: boolean; extraSheet?: string } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('9-2');
  const rows: [number, (string | number | null)[]][] = [
    [40, ['R1 (現状値)', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']],
    [41, [43, 43, 27, 36, 96, null, null]],
    [42, [43, 47.5, 52, 56.5, 61, 65.5, 70]],
    [47, ['R1 (現状値)', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']],
    [48, [48.6, 48, '未実施', 40.9, 38.7, null, null]],
    [49, [48.6, 49.1, 49.6, 50.1, 50.5, 51, 51.5]],
  ];
  ws.getCell('A1').value = '北上市 基本施策事後評価シート';
  for (const [r, vals] of rows) vals.forEach((v, i) => v !== null && (ws.getCell(r, 3 + i).value = v));
  if (opts.image) {
    const png = new PNG({ width: 4, height: 4 });
    png.data.fill(200);
    const id = wb.addImage({ buffer: PNG.sync.write(png) as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(id, 'A2:B3');
  }
  if (opts.extraSheet) wb.addWorksheet(opts.extraSheet).getCell('A1').value = 'x';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function kitakamiCharts(): ChartSpec[] {
  return planCharts(kitakami(), { placement: 'beside' }).ops.flatMap((o) => (o.op === 'add-chart' ? [o.chart] : []));
}

async function parts(data: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir && /\.(xml|rels)$/.test(name)) out.set(name, await zip.files[name].async('string'));
  return out;
}

/** Every XML part parses (xmllint), every relationship points at a part, every part has a content type. */
function expectConsistentPackage(p: Map<string, string>): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chart-parts-'));
  const files = [...p.entries()].map(([name, xml], i) => {
    const f = path.join(dir, `${i}.xml`);
    fs.writeFileSync(f, xml);
    return f;
  });
  // Throws (and fails the test) on any malformed part.
  execFileSync('xmllint', ['--noout', ...files]);
  fs.rmSync(dir, { recursive: true, force: true });
  const ct = p.get('[Content_Types].xml') as string;
  for (const [name, xml] of p) {
    if (!name.endsWith('.rels')) continue;
    const base = name.replace(/_rels\/[^/]*\.rels$/, '');
    for (const m of xml.matchAll(/Target="([^"]+)"[^>]*?(TargetMode="External")?/g)) {
      if (m[2]) continue;
      const target = m[1].startsWith('/') ? m[1].slice(1) : path.posix.normalize(base + m[1]);
      if (!/\.(png|jpe?g|gif|bin)$/.test(target)) expect([name, p.has(target)]).toEqual([name, true]);
    }
  }
  for (const name of p.keys()) if (/^xl\/(charts|drawings)\/[^/]+\.xml$/.test(name)) expect(ct).toContain(`PartName="/${name}"`);
  for (const m of ct.matchAll(/PartName="\/([^"]+)"/g)) expect([m[1], p.has(m[1])]).toEqual([m[1], true]);
}

describe('addChartsToXlsx', () => {
  test('writes one chart part per spec, a drawing, the sheet link; the package re-opens with values intact', async () => {
    const out = await addChartsToXlsx(await sourceWorkbook(), kitakamiCharts());
    const p = await parts(out);
    expectConsistentPackage(p);
    expect([...p.keys()].filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)).sort()).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
    const sheet = p.get('xl/worksheets/sheet1.xml') as string;
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/>/);
    // <drawing> comes after pageMargins (CT_Worksheet order), not at the end.
    expect(sheet.indexOf('<drawing')).toBeGreaterThan(sheet.indexOf('<pageMargins'));
    const drawing = p.get('xl/drawings/drawing1.xml') as string;
    expect([...drawing.matchAll(/cNvPr id="(\d+)" name="([^"]+)"/g)].map((m) => m[2])).toEqual(['evalsheet:9-2:①', 'evalsheet:9-2:②']);
    expect(drawing).toContain('<xdr:col>10</xdr:col>'); // K
    expect(drawing).toContain('<xdr:row>37</xdr:row>'); // row 38
    expect(drawing).toContain(`cx="${480 * 9525}"`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('9-2');
    expect(ws?.getCell('G41').value).toBe(96);
    expect(ws?.getCell('E48').value).toBe('未実施');
    expect(ws?.getCell('A1').value).toBe('北上市 基本施策事後評価シート');
  });

  test('the chart part: bound series with caches that leave gaps, literal series, dashed expected line, target mark, unit axis', async () => {
    const p = await parts(await addChartsToXlsx(await sourceWorkbook(), kitakamiCharts()));
    const one = p.get('xl/charts/chart1.xml') as string;
    expect(one).toContain('<c:lineChart>');
    expect(one).toContain("<c:f>'9-2'!$C$40:$I$40</c:f>");
    expect(one).toContain("<c:f>'9-2'!$C$41:$I$41</c:f>");
    expect(one).toContain("<c:f>'9-2'!$C$42:$I$42</c:f>");
    const actualCache = /<c:f>'9-2'!\$C\$41:\$I\$41<\/c:f><c:numCache>([\s\S]*?)<\/c:numCache>/.exec(one)?.[1] ?? '';
    expect(actualCache).toContain('<c:ptCount val="7"/>');
    // R6 and R7 have no actual: left out (a gap), never a zero.
    expect([...actualCache.matchAll(/<c:pt idx="(\d+)">/g)].map((m) => Number(m[1]))).toEqual([0, 1, 2, 3, 4]);
    expect(one).toContain('<c:dispBlanksAs val="gap"/>');
    expect(one).toMatch(/<c:tx><c:v>期待値<\/c:v><\/c:tx><c:spPr><a:ln[^>]*>.*?<a:prstDash val="dash"\/>/);
    expect(one).toMatch(/<c:dPt><c:idx val="6"\/><c:marker><c:symbol val="diamond"\/>/);
    expect(one).toContain('<a:t>人</a:t>');
    expect(one).toContain('<a:t>① まちづくりスタートアップ塾への参加人数</a:t>');
    const two = p.get('xl/charts/chart2.xml') as string;
    // ②'s actual row holds 未実施: bound to Evalsheet's data sheet instead.
    expect(two).toContain("<c:f>'Evalsheet グラフデータ'!$C$2:$I$2</c:f>");
  });

  test('a series without a range is written as literal numbers, a null left out', async () => {
    const [, two] = kitakamiCharts();
    const spec: ChartSpec = { ...two, series: two.series.map((s) => (s.name === '実績値' ? { ...s, ref: null } : s)) };
    const p = await parts(await addChartsToXlsx(await sourceWorkbook(), [spec]));
    const lit = /<c:numLit>([\s\S]*?)<\/c:numLit>/.exec(p.get('xl/charts/chart1.xml') as string)?.[1] ?? '';
    expect([...lit.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]+)<\/c:v>/g)].map((m) => [Number(m[1]), Number(m[2])])).toEqual([
      [0, 48.6],
      [1, 48],
      [3, 40.9],
      [4, 38.7],
    ]);
  });

  test('merges into the drawing exceljs wrote for an image, keeping the image', async () => {
    const src = await sourceWorkbook({ image: true });
    const before = await parts(src);
    const drawingName = [...before.keys()].find((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k)) as string;
    expect(drawingName).toBeDefined();
    const p = await parts(await addChartsToXlsx(src, kitakamiCharts()));
    expectConsistentPackage(p);
    expect([...p.keys()].filter((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k))).toEqual([drawingName]);
    const drawing = p.get(drawingName) as string;
    expect(drawing).toContain('<xdr:pic>');
    const ids = [...drawing.matchAll(/cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect((p.get('xl/worksheets/sheet1.xml') as string).match(/<drawing /g)).toHaveLength(1);
    const rels = p.get(drawingName.replace('drawings/', 'drawings/_rels/') + '.rels') as string;
    expect(rels).toMatch(/relationships\/image/);
    expect(rels.match(/relationships\/chart"/g)).toHaveLength(2);
  });

  test('a chart for a sheet that is not there is a clear error naming the sheet', async () => {
    const [c] = kitakamiCharts();
    await expect(addChartsToXlsx(await sourceWorkbook(), [{ ...c, sheet: 'なし' }])).rejects.toThrow(/no sheet "なし"/);
  });

  test('sheet names that need quoting and escaping', async () => {
    const [c] = kitakamiCharts();
    const name = "R&D's 表";
    const spec: ChartSpec = { ...c, sheet: name, series: c.series.map((s) => ({ ...s, ref: s.ref && { ...s.ref, sheet: name } })) };
    const p = await parts(await addChartsToXlsx(await sourceWorkbook({ extraSheet: name }), [spec]));
    expectConsistentPackage(p);
    expect(p.get('xl/charts/chart1.xml')).toContain("<c:f>'R&amp;D''s 表'!$C$41:$I$41</c:f>");
    expect(p.get('xl/worksheets/sheet2.xml')).toContain('<drawing ');
    expect(p.get('xl/worksheets/sheet1.xml')).not.toContain('<drawing ');
  });
});

describe('removeOwnedCharts', () => {
  test("removes only Evalsheet's charts; the image and a person's own chart stay", async () => {
    const [c] = kitakamiCharts();
    const own: ChartSpec = { ...c, id: 'グラフ 1', anchor: { ...c.anchor, cell: 'A60' } };
    const withCharts = await addChartsToXlsx(await sourceWorkbook({ image: true }), [...kitakamiCharts(), own]);
    const { data, removed } = await removeOwnedCharts(withCharts, null);
    expect(removed).toBe(2);
    const p = await parts(data);
    expectConsistentPackage(p);
    const drawing = [...p.entries()].find(([k]) => /^xl\/drawings\/drawing\d+\.xml$/.test(k))?.[1] as string;
    expect([...drawing.matchAll(/name="([^"]*)"/g)].map((m) => m[1]).filter((n) => n !== '')).toEqual(expect.arrayContaining(['グラフ 1']));
    expect(drawing).not.toContain('evalsheet:');
    expect(drawing).toContain('<xdr:pic>');
    expect([...p.keys()].filter((k) => /^xl\/charts\//.test(k))).toHaveLength(1);
  });

  test('a drawing left empty goes, with the sheet link; another sheet is left alone', async () => {
    const [c] = kitakamiCharts();
    const other: ChartSpec = { ...c, id: 'evalsheet:x:1', sheet: 'x' };
    const withCharts = await addChartsToXlsx(await sourceWorkbook({ extraSheet: 'x' }), [...kitakamiCharts(), other]);
    const { data, removed } = await removeOwnedCharts(withCharts, '9-2');
    expect(removed).toBe(2);
    const p = await parts(data);
    expectConsistentPackage(p);
    expect(p.get('xl/worksheets/sheet1.xml')).not.toContain('<drawing');
    expect(p.get('xl/worksheets/sheet2.xml')).toContain('<drawing');
    expect([...p.keys()].filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k))).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('9-2')?.getCell('C41').value).toBe(43);
  });

  test('nothing owned: the bytes come back unchanged', async () => {
    const src = await sourceWorkbook({ image: true });
    const { data, removed } = await removeOwnedCharts(src, null);
    expect(removed).toBe(0);
    expect(data).toBe(src);
  });
});

describe('insertDrawingElement', () => {
  test('goes before legacyDrawing / tableParts / extLst, after pageSetup', () => {
    const xml = '<worksheet xmlns="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><pageSetup/><legacyDrawing r:id="rId1"/><tableParts count="0"/></worksheet>';
    expect(insertDrawingElement(xml, 'rId9')).toBe(
      '<worksheet xmlns="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><pageSetup/><drawing r:id="rId9"/><legacyDrawing r:id="rId1"/><tableParts count="0"/></worksheet>',
    );
  });
  test('declares the relationships namespace when the root lacks it', () => {
    expect(insertDrawingElement('<worksheet xmlns="m"><sheetData/></worksheet>', 'rId1')).toBe(
      '<worksheet xmlns="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><drawing r:id="rId1"/></worksheet>',
    );
  });
});
