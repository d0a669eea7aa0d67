import ExcelJS from 'exceljs';
import { absoluteRange, quoteSheetName } from '../../src/core/snapshot/address';
import { STORE_SHEET, XlsxWorkbook } from '../../src/xlsx';
import type { EditPlan, SheetSpec } from '../../src/core/plan/types';

/**
 * Owned sheets are recognised by the mark Evalsheet writes (a hidden defined name on the sheet),
 * not by the store's list alone: a stale list naming a user's sheet changes nothing.
 */

const spec = (name: string): SheetSpec => ({ name, owner: 'evalsheet', rows: [[{ value: 'Evalsheet' }]], headerRows: 1 });
const plan = (...ops: EditPlan['ops']): EditPlan => ({ title: { ja: 't', en: 't' }, ops });

async function staleList(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('9-2').getCell('A1').value = '事務事業評価シート';
  wb.addWorksheet('指摘一覧').getCell('A1').value = '私の作ったシート';
  const store = wb.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
  store.getCell('A1').value = 'evalsheet-store';
  // The list names the user's sheet (the findings sheet of that name was deleted long ago).
  store.getCell('B1').value = JSON.stringify({ settings: null, owned: ['指摘一覧'] });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test('a user sheet named in a stale list is read by check and never replaced or deleted', async () => {
  const wb = await XlsxWorkbook.open(await staleList(), 'stale.xlsx');
  expect(wb.ownedSheets()).toEqual([]);
  expect((await wb.readSnapshot()).sheets.map((s) => s.name)).toEqual(['9-2', '指摘一覧']);
  const r = await wb.applyPlan(plan({ op: 'delete-sheet', sheet: '指摘一覧' }, { op: 'put-sheet', spec: spec('指摘一覧') }));
  expect(r.skipped.map((s) => s.reason)).toEqual(['protected']);
  const again = await XlsxWorkbook.open(await wb.toBytes(), 'stale.xlsx');
  expect(again.sheetNames()).toEqual(['9-2', '指摘一覧', STORE_SHEET, '指摘一覧 (2)']);
  const e = new ExcelJS.Workbook();
  await e.xlsx.load((await again.toBytes()) as unknown as ArrayBuffer);
  expect(e.getWorksheet('指摘一覧')!.getCell('A1').value).toBe('私の作ったシート');
  // and the sheet Evalsheet did write is marked, so it is its own on the next run
  expect(again.ownedSheets()).toEqual(['指摘一覧 (2)']);
});

test('chart references quote sheets named like a cell or an R1C1 reference, and escape apostrophes', () => {
  for (const n of ['R5', 'H27', 'FY2023', 'r1c1', 'C', 'TRUE', 'XFD1']) expect(quoteSheetName(n)).toBe(`'${n}'`);
  expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  expect(quoteSheetName('Data')).toBe('Data');
  expect(`${quoteSheetName('R5')}!${absoluteRange('B2:B8')}`).toBe("'R5'!$B$2:$B$8");
});
