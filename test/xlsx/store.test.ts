import ExcelJS from 'exceljs';
import { readStore, STORE_SHEET, writeStore } from '../../src/xlsx/store';

describe('the store sheet 「_evalsheet」', () => {
  it('is very hidden when created, and hidden again when someone made it visible', async () => {
    const fresh = new ExcelJS.Workbook();
    writeStore(fresh, { settings: null, owned: ['評価サマリー'] });
    expect(fresh.getWorksheet(STORE_SHEET)!.state).toBe('veryHidden');

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('9-2');
    const ws = wb.addWorksheet(STORE_SHEET, { state: 'visible' });
    ws.getCell('A1').value = 'evalsheet-store';
    writeStore(wb, { settings: { evaluationYear: 2023 }, owned: ['評価サマリー', '評価サマリー'] });
    // Through a save and a reload, as a user's file would travel.
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await wb.xlsx.writeBuffer());
    expect(again.getWorksheet(STORE_SHEET)!.state).toBe('veryHidden');
    expect(again.getWorksheet('9-2')!.state).toBe('visible');
    expect(readStore(again)).toEqual({ settings: { evaluationYear: 2023 }, owned: ['評価サマリー'] });
  });
});
