import JSZip from 'jszip';
import writeXlsxFile from 'write-excel-file/node';
import { readXlsx, XlsxReadError } from '../../src/xlsx';
import { toCellValue } from '../../src/xlsx/cell-value';
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot/types';
import { fixtureBytes } from '../support/fixtures';
import { seedSnapshot, type SeedName } from '../support/seed-tsv';

/** The snapshot's cells as a map A1 → value (blank cells left out), so origins do not matter. */
function cellMap(s: SheetSnapshot, what: 'values' | 'formats' = 'values'): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  s[what].forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || (what === 'formats' && v === 'General')) return;
      out.set(`${r + s.origin.row}:${c + s.origin.col}`, v);
    }),
  );
  return out;
}

const SEED_FILES: [SeedName, string, string][] = [
  ['kitakami', 'kitakami.xlsx', '9-2'],
  ['ichinoseki', 'ichinoseki.xlsx', '成果指標'],
  ['niigata', 'niigata.xlsx', 'No.28'],
  ['shinjo', 'shinjo.xlsx', '協働推進計画'],
  ['nasushiobara', 'nasushiobara.xlsx', 'プロセス3'],
];

describe('readXlsx on the seed fixtures', () => {
  it.each(SEED_FILES)('%s: every value and number format equals the seed typed cell by cell', async (seed, file, sheet) => {
    const w = await readXlsx(fixtureBytes(file), file);
    expect(w.name).toBe(file);
    expect(w.sheets.map((s) => s.name)).toEqual([sheet]);
    const expected = seedSnapshot(seed, sheet);
    expect(cellMap(w.sheets[0])).toEqual(cellMap(expected));
    expect(cellMap(w.sheets[0], 'formats')).toEqual(cellMap(expected, 'formats'));
  });

  it('reports the used range origin, merges and visibility', async () => {
    const w = await readXlsx(fixtureBytes('kitakami.xlsx'), 'kitakami.xlsx');
    const s = w.sheets[0];
    expect(s.origin).toEqual({ row: 2, col: 0 }); // rows 1–2 of the seed are empty
    expect(s.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 9 }]);
    expect(s.visible).toBe(true);
    // 43.0 is a number shown with one decimal, not the text "43.0"
    expect(s.values[38 - 1 - 2][3]).toBe(43);
    expect(s.formats[38 - 1 - 2][3]).toBe('0.0');
  });

  it('reads every sheet of a multi-sheet workbook in order', async () => {
    const w = await readXlsx(fixtureBytes('multi.xlsx'), 'multi.xlsx');
    expect(w.sheets.map((s) => s.name)).toEqual(['9-2', 'メモ', 'プロセス3']);
  });
});

describe('readXlsx on unreadable files', () => {
  it.each([
    ['not-an-xlsx.xlsx', 'not-xlsx'],
    ['corrupt.xlsx', 'corrupt'],
    ['empty.xlsx', 'empty'],
  ])('%s → XlsxReadError %s naming the file in one line', async (file, code) => {
    const err = await readXlsx(fixtureBytes(file), `in/${file}`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxReadError);
    expect((err as XlsxReadError).code).toBe(code);
    expect((err as XlsxReadError).message).toContain(`in/${file}`);
    expect((err as XlsxReadError).message).not.toContain('\n');
  });

  it('tells a password-protected workbook (CFB with EncryptionInfo) from an old .xls (CFB without)', async () => {
    const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const utf16 = (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0), 0]);
    const encrypted = new Uint8Array([...cfb, ...new Array(100).fill(0), ...utf16('EncryptionInfo'), 0, 0]);
    const xls = new Uint8Array([...cfb, ...new Array(100).fill(0), ...utf16('Workbook'), 0, 0]);
    await expect(readXlsx(encrypted, 'a.xlsx')).rejects.toMatchObject({ code: 'encrypted' });
    await expect(readXlsx(xls, 'b.xls')).rejects.toMatchObject({ code: 'not-xlsx' });
  });

  it('a zip that is not a workbook is not-xlsx', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readXlsx(bytes, 'x.xlsx')).rejects.toMatchObject({ code: 'not-xlsx' });
  });
});

describe('cell values', () => {
  it('turns rich text, hyperlinks, formulas, errors and dates into plain values', () => {
    expect(toCellValue({ richText: [{ text: '43' }, { text: '人' }] })).toBe('43人');
    expect(toCellValue({ text: '市ホームページ', hyperlink: 'https://example.jp' })).toBe('市ホームページ');
    expect(toCellValue({ formula: 'D38+1', result: 44 })).toBe(44);
    expect(toCellValue({ sharedFormula: 'D38', result: 'あ' })).toBe('あ');
    expect(toCellValue({ formula: 'D38+1' })).toBeNull(); // never calculated: no cached result
    expect(toCellValue({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(toCellValue({ formula: '1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(toCellValue(new Date(Date.UTC(2023, 3, 1)))).toBe(45017); // 2023-04-01
    expect(toCellValue(new Date(Date.UTC(2023, 3, 1)), true)).toBe(45017 - 1462);
    expect(toCellValue('')).toBeNull();
    expect(toCellValue(true)).toBe(true);
  });

  it('reads cached formula results, errors, inline rich text and dates from a real package', async () => {
    const base = await writeXlsxFile([[{ value: 1, type: Number }]], { sheet: 'S' }).toBuffer();
    const zip = await JSZip.loadAsync(base);
    const sheetPath = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = await zip.file(sheetPath)!.async('string');
    const row =
      '<row r="1"><c r="A1"><f>40+3.5</f><v>43.5</v></c><c r="B1" t="e"><v>#N/A</v></c>' +
      '<c r="C1" t="inlineStr"><is><r><t>令和</t></r><r><t>5年度</t></r></is></c><c r="D1" s="0"><v>45017</v></c></row>';
    zip.file(sheetPath, xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${row}</sheetData>`));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const w = await readXlsx(bytes, 'made.xlsx');
    expect(w.sheets[0].values[0]).toEqual([43.5, '#N/A', '令和5年度', 45017]);
  });
});

describe('sheet visibility', () => {
  it('reads hidden sheets too, marked visible: false', async () => {
    const zip = await JSZip.loadAsync(fixtureBytes('multi.xlsx'));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    const patched = xml.replace(/(<sheet [^>]*name="メモ")/, '$1 state="hidden"');
    expect(patched).not.toBe(xml);
    zip.file('xl/workbook.xml', patched);
    const w = await readXlsx(await zip.generateAsync({ type: 'uint8array' }), 'h.xlsx');
    expect(w.sheets.map((s) => [s.name, s.visible])).toEqual([
      ['9-2', true],
      ['メモ', false],
      ['プロセス3', true],
    ]);
  });
});
