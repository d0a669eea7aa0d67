import { PRESETS } from '../../src/core/grading/presets';
import { resolveSettings } from '../../src/core/settings';
import { ExcelPort, SETTINGS_KEY } from '../../src/excel/excel-port';
import { detectFeatures } from '../../src/excel/features';
import { columnWidthPoints, fromExcelValue, parseAreas, sameValue, sheetOfAddress, toExcelValue } from '../../src/excel/values';
import { seriesBy } from '../../src/excel/write-chart';
import { manySheets, mockExcel } from './mock-workbook';

describe('selectCell', () => {
  test('activates the sheet and selects the cell', async () => {
    const m = mockExcel(manySheets(2), { excelApi: '1.4' });
    await new ExcelPort(m.host).selectCell('2-1', 'H43');
    expect(m.log.filter((e) => e.kind === 'call').map((e) => e.path)).toEqual(['context.workbook.worksheets.getItemOrNullObject', 'sheet[2-1].activate', 'sheet[2-1].getRange', 'sheet[2-1].getRange(H43).select']);
  });

  test('a sheet that is gone gives a message naming it', async () => {
    const m = mockExcel(manySheets(1), { excelApi: '1.4' });
    await expect(new ExcelPort(m.host).selectCell('9-9', 'A1')).rejects.toThrow('シート「9-9」が見つかりません / No sheet "9-9" in this workbook');
  });
});

describe('settings in the document', () => {
  test('are written with saveAsync and read back', async () => {
    const m = mockExcel([], { excelApi: '1.4' });
    const port = new ExcelPort(m.host);
    expect(await port.readSettings()).toBeNull();
    await port.writeSettings({ preset: 'osaka', evaluationYear: 2023 });
    expect(m.settingsStore.get(SETTINGS_KEY)).toEqual({ preset: 'osaka', evaluationYear: 2023 });
    expect(await port.readSettings()).toEqual({ preset: 'osaka', evaluationYear: 2023 });
  });

  test('thresholds travel with the document: saved as JSON, read back by a fresh pane, used as they were set', async () => {
    const m = mockExcel([], { excelApi: '1.4' });
    const settings = { preset: 'kitakami', evaluationYear: 2023, thresholds: { A: 1, B: 0.9, C: 0.5 } };
    await new ExcelPort(m.host).writeSettings(settings);
    // Office keeps document settings as JSON inside the file: reopen from that text, not from the object.
    const saved = JSON.stringify(m.settingsStore.get(SETTINGS_KEY));
    const reopened = mockExcel([], { excelApi: '1.4' });
    reopened.settingsStore.set(SETTINGS_KEY, JSON.parse(saved));
    const read = await new ExcelPort(reopened.host).readSettings();
    expect(read).toEqual(settings);
    expect(resolveSettings(read!, PRESETS)).toEqual({ settings: expect.objectContaining({ preset: 'kitakami', thresholds: { A: 1, B: 0.9, C: 0.5 } }), problems: [] });
  });

  test('a failed save is an error with a message', async () => {
    const m = mockExcel([], { excelApi: '1.4' });
    m.host.settings.saveAsync = ((cb: (r: unknown) => void) => cb({ status: 'failed', error: { message: 'read-only' } })) as never;
    await expect(new ExcelPort(m.host).writeSettings({ preset: 'x' })).rejects.toThrow('Could not save the settings: read-only');
  });

  test('something other than an object under our key reads as no settings', async () => {
    const m = mockExcel([], { excelApi: '1.4' });
    m.settingsStore.set(SETTINGS_KEY, 'garbage');
    expect(await new ExcelPort(m.host).readSettings()).toBeNull();
  });
});

describe('features', () => {
  test('follow the requirement sets Excel reports', () => {
    const at = (max: number) => detectFeatures({ isSetSupported: (n, v) => n === 'ExcelApi' && Number(v.split('.')[1]) <= max });
    expect(at(4)).toEqual({ api17: false, blanksAsGaps: false, pageLayout: false, dataLabelText: false, axisTitleOrientation: false, conditionalFormats: false, mergedAreas: false, notes: false, comments: false });
    expect(at(12)).toMatchObject({ dataLabelText: true, axisTitleOrientation: true });
    expect(at(11)).toMatchObject({ dataLabelText: true, axisTitleOrientation: false });
    expect(at(12)).toMatchObject({ api17: true, pageLayout: true, comments: true, mergedAreas: false, notes: false });
    expect(at(18)).toMatchObject({ mergedAreas: true, notes: true });
  });
});

describe('value conversions', () => {
  test('blanks, formula-looking text, comparisons', () => {
    expect([fromExcelValue(''), fromExcelValue(0), fromExcelValue('未実施')]).toEqual([null, 0, '未実施']);
    expect([toExcelValue(null), toExcelValue('=1+1'), toExcelValue('a=b'), toExcelValue(61)]).toEqual(['', "'=1+1", "'a=b", 61]);
    expect(sameValue(null, '')).toBe(true);
    expect(sameValue(0, null)).toBe(false);
    expect(sameValue(50.1, 50.1)).toBe(true);
    expect(sameValue(50.1, 50.2)).toBe(false);
    expect(sameValue('43', 43)).toBe(false);
  });

  test('addresses and areas', () => {
    expect(sheetOfAddress("'It''s, ok'!B2")).toBe("It's, ok");
    expect(parseAreas("'a, b'!A1:B2, 'a, b'!C5")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 4, left: 2, bottom: 4, right: 2 },
    ]);
    expect(parseAreas('')).toEqual([]);
    expect([seriesBy('D42:J42'), seriesBy('D42:D48'), seriesBy('D42:E48'), seriesBy('D42')]).toEqual(['Rows', 'Columns', 'Auto', 'Rows']);
    expect(columnWidthPoints(8.43)).toBe(48);
  });
});
