import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/xlsx';
import { readDirect } from '../../../src/xlsx/read/index';
import { rowPixels, lastRowCovered } from '../../../src/core/charts/placement';

/** Row heights as both .xlsx read paths report them: what progress charts are anchored from. */
describe('row heights', () => {
  async function book(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'x';
    ws.getRow(3).height = 30;
    ws.getRow(4).height = 9.75;
    // A row with a height and no cell at all (a spacer row) still counts.
    ws.getRow(8).height = 45;
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('the direct reader and the ExcelJS adapter read the same heights, by 0-based row', async () => {
    const bytes = await book();
    const direct = readDirect(bytes, 'x.xlsx').snapshot.sheets[0];
    const viaExcelJS = (await readXlsx(bytes, 'x.xlsx')).sheets[0];
    const set = (s: typeof direct) => (s.rowHeights ?? []).filter((h) => h.row !== 0);
    expect(set(direct)).toEqual([{ row: 2, height: 30 }, { row: 3, height: 9.75 }, { row: 7, height: 45 }]);
    expect(set(viaExcelJS)).toEqual(set(direct));
  });

  it('a chart covers rows by their heights: fewer tall rows, more low ones; unset rows at the lowest default', async () => {
    const snap = readDirect(await book(), 'x.xlsx').snapshot.sheets[0];
    const px = rowPixels(snap);
    expect(px(2)).toBeCloseTo(40);
    expect(px(3)).toBeCloseTo(13);
    expect(px(20)).toBeCloseTo((12.8 * 4) / 3);
    // 100 px from row 2: 40 + 13 + 17.07 + 17.07 + 17.07 ≥ 100 → rows 2…6.
    expect(lastRowCovered(2, 100, px)).toBe(6);
  });
});
