import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import type { EditOp, EditPlan, SheetSpec } from '../../src/core/plan/types';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot/types';
import { parseCellAddress } from '../../src/core/snapshot/address';
import { readXlsx, STORE_SHEET, XlsxWorkbook } from '../../src/xlsx';
import { fixtureBytes } from '../support/fixtures';

const plan = (...ops: EditOp[]): EditPlan => ({ title: { ja: 'テスト', en: 'test' }, ops });

function valueAt(w: WorkbookSnapshot, sheet: string, cell: string): CellValue {
  const s = w.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseCellAddress(cell);
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

function formatAt(w: WorkbookSnapshot, sheet: string, cell: string): string {
  const s = w.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseCellAddress(cell);
  return s.formats[row - s.origin.row]?.[col - s.origin.col] ?? 'General';
}

async function reopen(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(await wb.toBytes(), wb.name);
}

async function exceljsOf(wb: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const e = new ExcelJS.Workbook();
  await e.xlsx.load((await wb.toBytes()) as unknown as ArrayBuffer);
  return e;
}

const spec = (name: string, first: string): SheetSpec => ({
  name,
  owner: 'evalsheet',
  rows: [[{ value: '見出し', style: { bold: true } }], [{ value: first, link: { sheet: '9-2', cell: 'H39' } }]],
  headerRows: 1,
  columnWidths: [20],
  freezeRows: 1,
  conditionalFills: [{ range: 'A2:A3', equals: 'error', fill: 'F8CBAD' }],
  print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true },
});

describe('XlsxWorkbook.applyPlan: set-value', () => {
  it('writes a blank cell, keeps the number format, and the undo plan restores it exactly', async () => {
    const wb = await XlsxWorkbook.open(fixtureBytes('kitakami-9-2.xlsx'), 'k.xlsx');
    const r = await wb.applyPlan(plan({ op: 'set-value', sheet: '9-2', cell: 'E45', value: 49.1, expect: null, numberFormat: '0.0' }));
    expect(r.applied).toBe(1);
    expect(r.skipped).toEqual([]);
    const after = await (await reopen(wb)).readSnapshot();
    expect(valueAt(after, '9-2', 'E45')).toBe(49.1);
    expect(formatAt(after, '9-2', 'E45')).toBe('0.0');
    expect(r.undo.ops).toEqual([{ op: 'set-value', sheet: '9-2', cell: 'E45', value: null, expect: 49.1, numberFormat: 'General' }]);
    const u = await wb.applyPlan(r.undo);
    expect(u.applied).toBe(1);
    const back = await (await reopen(wb)).readSnapshot();
    expect(back).toEqual(await readXlsx(fixtureBytes('kitakami-9-2.xlsx'), 'k.xlsx'));
  });

  it('skips a cell that changed since the check (compare-and-set) and says what it holds', async () => {
    const wb = await XlsxWorkbook.open(fixtureBytes('kitakami.xlsx'), 'k.xlsx');
    const r = await wb.applyPlan(plan({ op: 'set-value', sheet: '9-2', cell: 'H39', value: 61, expect: 62 }));
    expect(r.applied).toBe(0);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0].reason).toBe('changed-since-check');
    expect(r.skipped[0].detail).toContain('9-2!H39 now holds 61');
    expect(r.undo.ops).toEqual([]);
  });

  it('never writes into a merged area, a formula, or a missing sheet', async () => {
    const wb = await XlsxWorkbook.open(fixtureBytes('kitakami.xlsx'), 'k.xlsx');
    const r = await wb.applyPlan(
      plan(
        { op: 'set-value', sheet: '9-2', cell: 'B3', value: 1, expect: null }, // inside A3:J3
        { op: 'set-value', sheet: 'ない', cell: 'A1', value: 1, expect: null },
      ),
    );
    expect(r.skipped.map((s) => s.reason)).toEqual(['unsupported', 'missing-sheet']);

    const e = new ExcelJS.Workbook();
    e.addWorksheet('S').getCell('A1').value = { formula: '1+1', result: 2 };
    const f = await XlsxWorkbook.open(new Uint8Array((await e.xlsx.writeBuffer()) as ArrayBuffer), 'f.xlsx');
    const rf = await f.applyPlan(plan({ op: 'set-value', sheet: 'S', cell: 'A1', value: 3, expect: 2 }));
    expect(rf.skipped[0].reason).toBe('unsupported');
  });

  it('leaves every other cell, format and merge of every sheet as it was', async () => {
    const before = await readXlsx(fixtureBytes('multi.xlsx'), 'm.xlsx');
    const wb = await XlsxWorkbook.open(fixtureBytes('multi.xlsx'), 'm.xlsx');
    await wb.applyPlan(plan({ op: 'set-value', sheet: '9-2', cell: 'I38', value: 70, expect: null }));
    const after = await (await reopen(wb)).readSnapshot();
    const patched = structuredClone(before);
    const s = patched.sheets[0];
    s.values[38 - 1 - s.origin.row][8] = 70;
    expect(after).toEqual(patched);
  });
});

describe('XlsxWorkbook.applyPlan: fills and notes', () => {
  it('fills one cell without recolouring cells that shared its style, and undoes to no fill', async () => {
    const wb = await XlsxWorkbook.open(fixtureBytes('kitakami.xlsx'), 'k.xlsx');
    const r = await wb.applyPlan(plan({ op: 'set-fill', sheet: '9-2', cell: 'H39', color: 'FFE699' }));
    const e = await exceljsOf(wb);
    const ws = e.getWorksheet('9-2')!;
    expect((ws.getCell('H39').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFE699');
    // G39 had the same "0.0" style as H39: it must stay unfilled
    expect((ws.getCell('G39').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
    expect(ws.getCell('G39').numFmt).toBe('0.0');
    expect(r.undo.ops).toEqual([{ op: 'set-fill', sheet: '9-2', cell: 'H39', color: null }]);
    // the header cells drawn grey by the fixture keep their fill through a round trip
    expect((ws.getCell('A24').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9D9D9');
  });

  it("keeps a person's own note, adds Evalsheet's after it, and removing ours leaves theirs", async () => {
    const e = new ExcelJS.Workbook();
    const s = e.addWorksheet('S');
    // ExcelJS re-reads notes only on cells it writes out (with a value or a style): as on real sheets
    s.getCell('B2').value = 43;
    s.getCell('B2').note = '課長確認済み';
    s.getCell('C3').value = 'x';
    const wb = await XlsxWorkbook.open(new Uint8Array((await e.xlsx.writeBuffer()) as ArrayBuffer), 'n.xlsx');
    const r = await wb.applyPlan(plan({ op: 'set-note', sheet: 'S', cell: 'B2', text: 'Evalsheet\n[警告/warning] x' }));
    let ws = (await exceljsOf(wb)).getWorksheet('S')!;
    expect(ws.getCell('B2').note).toBe('課長確認済み\n\nEvalsheet\n[警告/warning] x');
    expect(r.undo.ops).toEqual([{ op: 'set-note', sheet: 'S', cell: 'B2', text: '課長確認済み' }]);
    await wb.applyPlan(plan({ op: 'set-note', sheet: 'S', cell: 'B2', text: null }));
    ws = (await exceljsOf(wb)).getWorksheet('S')!;
    expect(ws.getCell('B2').note).toBe('課長確認済み');
    await wb.applyPlan(plan({ op: 'set-note', sheet: 'S', cell: 'C3', text: 'Evalsheet\nx' }));
    const u = await wb.applyPlan(plan({ op: 'set-note', sheet: 'S', cell: 'C3', text: null }));
    expect(u.applied).toBe(1);
    ws = (await exceljsOf(wb)).getWorksheet('S')!;
    expect(ws.getCell('C3').note).toBeUndefined();
  });
});

describe('XlsxWorkbook.applyPlan: owned sheets', () => {
  it('adds a sheet from a spec with links, widths, freeze, conditional fill and A4 landscape print setup', async () => {
    const wb = await XlsxWorkbook.open(fixtureBytes('kitakami.xlsx'), 'k.xlsx');
    const r = await wb.applyPlan(plan({ op: 'put-sheet', spec: spec('Evalsheet 指摘', '9-2!H39') }));
    expect(r.applied).toBe(1);
    expect(r.undo.ops).toEqual([{ op: 'delete-sheet', sheet: 'Evalsheet 指摘' }]);
    const e = await exceljsOf(wb);
    const ws = e.getWorksheet('Evalsheet 指摘')!;
    expect(ws.getCell('A1').value).toBe('見出し');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A2').value).toMatchObject({ text: '9-2!H39', hyperlink: "'9-2'!H39" });
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    const xml = await (await JSZip.loadAsync(await wb.toBytes())).file('xl/worksheets/sheet2.xml')!.async('string');
    expect(xml).toContain('<conditionalFormatting sqref="A2:A3">');
    expect(xml).toMatch(/<hyperlink ref="A2"[^>]*location="&apos;9-2&apos;!H39"/);
    // the generated sheet is Evalsheet's: not part of what the engine reads
    expect((await wb.readSnapshot()).sheets.map((s) => s.name)).toEqual(['9-2']);
    expect(wb.ownedSheets()).toEqual(['Evalsheet 指摘']);
  });

  it('writes merged areas, title rows other than the first and the page header and footer, into an existing workbook too', async () => {
    const wb = await XlsxWorkbook.open(fixtureBytes('kitakami.xlsx'), 'k.xlsx');
    const s: SheetSpec = {
      ...spec('要約', 'x'),
      rows: [[{ value: '題' }], [{ value: '方針' }], [{ value: null }], [{ value: '表の見出し' }]],
      merges: ['A2:A3', 'B1:C1'],
      print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true, titleRows: { first: 3, last: 3 }, header: { left: '令和5年度 施策評価 結果一覧', right: 'R&D' }, footer: { center: '&P / &N ページ' } },
    };
    await wb.applyPlan(plan({ op: 'put-sheet', spec: s }));
    const ws = (await exceljsOf(wb)).getWorksheet('要約')!;
    expect((ws.model as { merges?: string[] }).merges).toEqual(expect.arrayContaining(['A2:A3', 'B1:C1']));
    expect(ws.pageSetup.printTitlesRow).toBe('4:4');
    // A literal 「&」 is doubled; &P and &N stay codes.
    expect(ws.headerFooter).toMatchObject({ oddHeader: '&L令和5年度 施策評価 結果一覧&RR&&D', oddFooter: '&C&P / &N ページ' });
  });

  it("regenerates its own sheet in place, but never replaces a user's sheet of the same name", async () => {
    const wb = await XlsxWorkbook.open(fixtureBytes('multi.xlsx'), 'm.xlsx');
    const first = await wb.applyPlan(plan({ op: 'put-sheet', spec: spec('メモ', 'one') }));
    expect(first.undo.ops).toEqual([{ op: 'delete-sheet', sheet: 'メモ (2)' }]);
    const again = await XlsxWorkbook.open(await wb.toBytes(), 'm.xlsx');
    const second = await again.applyPlan(plan({ op: 'put-sheet', spec: spec('メモ', 'two') }));
    expect(again.sheetNames()).toEqual(['9-2', 'メモ', 'プロセス3', 'メモ (2)', STORE_SHEET]);
    const e = await exceljsOf(again);
    expect(e.getWorksheet('メモ')!.getCell('A1').value).toBe('メモ'); // the user's sheet, untouched
    expect(e.getWorksheet('メモ (2)')!.getCell('A2').value).toMatchObject({ text: 'two' });
    expect(e.getWorksheet(STORE_SHEET)!.state).toBe('veryHidden');
    // undo puts the previous generated sheet back
    const op = second.undo.ops[0];
    expect(op.op).toBe('put-sheet');
    await again.applyPlan(second.undo);
    const e2 = await exceljsOf(again);
    expect(e2.getWorksheet('メモ (2)')!.getCell('A2').value).toMatchObject({ text: 'one' });
  });

  it("deletes only its own sheets", async () => {
    const wb = await XlsxWorkbook.open(fixtureBytes('multi.xlsx'), 'm.xlsx');
    const r = await wb.applyPlan(plan({ op: 'delete-sheet', sheet: 'メモ' }));
    expect(r.skipped.map((s) => s.reason)).toEqual(['protected']);
    expect(wb.sheetNames()).toContain('メモ');
    await wb.applyPlan(plan({ op: 'put-sheet', spec: spec('要約', 'x') }));
    const d = await wb.applyPlan(plan({ op: 'delete-sheet', sheet: '要約' }));
    expect(d.applied).toBe(1);
    expect(wb.sheetNames()).not.toContain('要約');
    expect(d.undo.ops[0]).toMatchObject({ op: 'put-sheet', spec: { name: '要約' } });
  });
});

describe('XlsxWorkbook settings, selection and charts', () => {
  it('stores settings in the very hidden 「_evalsheet」 sheet, which the engine never reads', async () => {
    const wb = await XlsxWorkbook.open(fixtureBytes('kitakami.xlsx'), 'k.xlsx');
    expect(await wb.readSettings()).toBeNull();
    await wb.writeSettings({ preset: 'osaka-library', evaluationYear: 2023 });
    const again = await reopen(wb);
    expect(await again.readSettings()).toEqual({ preset: 'osaka-library', evaluationYear: 2023 });
    expect((await again.readSnapshot()).sheets.map((s) => s.name)).toEqual(['9-2']);
  });

  it('records selections (there is no UI to select in)', async () => {
    const wb = XlsxWorkbook.create('new.xlsx');
    await wb.selectCell('9-2', 'H39');
    expect(wb.selections).toEqual([{ sheet: '9-2', cell: 'H39' }]);
  });

  it('collects charts for writing after ExcelJS saves; deleting owned charts drops only pending Evalsheet ones', async () => {
    const wb = await XlsxWorkbook.open(fixtureBytes('kitakami.xlsx'), 'k.xlsx');
    const chart = (id: string) => ({
      id,
      kind: 'progress' as const,
      type: 'line' as const,
      sheet: '9-2',
      anchor: { cell: 'L35', widthPx: 480, heightPx: 288 },
      title: '①',
      categories: { labels: ['R1', 'R2'], ref: null },
      series: [{ name: '実績値', ref: null, values: [43, 43], color: '1F4E79', marker: true, dashed: false, line: true }],
      valueAxisTitle: '人',
      targetIndex: null,
    });
    const r = await wb.applyPlan(plan({ op: 'add-chart', chart: chart('evalsheet:9-2:①') }, { op: 'add-chart', chart: chart('user-chart') }));
    expect(r.undo.ops.map((o) => o.op)).toEqual(['delete-chart', 'delete-chart']);
    await wb.applyPlan(plan({ op: 'delete-owned-charts', sheet: null }));
    expect(wb.pendingCharts().map((c) => c.id)).toEqual(['user-chart']);
    const zip = await JSZip.loadAsync(await wb.toBytes());
    expect(Object.keys(zip.files).filter((n) => n.startsWith('xl/charts/chart'))).toHaveLength(1);
  });
});

describe('lost parts', () => {
  it('keeps chart and pivot parts of the input that an ExcelJS save would drop: nothing lost when patching', async () => {
    const zip = await JSZip.loadAsync(fixtureBytes('kitakami.xlsx'));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const wb = await XlsxWorkbook.open(bytes, 'c.xlsx');
    expect(wb.lostParts).toEqual([]);
    await wb.applyPlan(plan({ op: 'set-fill', sheet: '9-2', cell: 'A1', color: 'FFC7CE' }));
    const out = await JSZip.loadAsync(await wb.toBytes());
    expect(await out.file('xl/charts/chart1.xml')!.async('string')).toBe('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    expect(await out.file('xl/pivotTables/pivotTable1.xml')!.async('string')).toBe('<pivotTableDefinition/>');
  });

  it('reports nothing for a plain workbook, or one Evalsheet wrote', async () => {
    const wb = await XlsxWorkbook.open(fixtureBytes('multi.xlsx'), 'm.xlsx');
    expect(wb.lostParts).toEqual([]);
    await wb.applyPlan(plan({ op: 'put-sheet', spec: spec('要約', 'x') }, { op: 'set-note', sheet: '9-2', cell: 'A3', text: 'Evalsheet\nx' }));
    expect((await reopen(wb)).lostParts).toEqual([]);
  });
});

describe('lost internal links', () => {
  it('keeps links to cells (location only) that an ExcelJS save would drop', async () => {
    const zip = await JSZip.loadAsync(fixtureBytes('multi.xlsx'));
    const name = 'xl/worksheets/sheet2.xml';
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace('</sheetData>', '</sheetData><hyperlinks><hyperlink ref="A1" location="\'9-2\'!A1" display="9-2"/></hyperlinks>'));
    const wb = await XlsxWorkbook.open(await zip.generateAsync({ type: 'uint8array' }), 'l.xlsx');
    expect(wb.lostParts).toEqual([]);
    await wb.applyPlan(plan({ op: 'set-fill', sheet: '9-2', cell: 'A1', color: 'FFC7CE' }));
    const out = await JSZip.loadAsync(await wb.toBytes());
    expect(await out.file(name)!.async('string')).toContain('<hyperlink ref="A1" location="\'9-2\'!A1" display="9-2"/>');
  });
});
