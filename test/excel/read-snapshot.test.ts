import { ExcelPort } from '../../src/excel/excel-port';
import { manySheets, mockExcel } from './mock-workbook';

describe('readSnapshot', () => {
  test('reads values, number formats, origin and visibility of every sheet', async () => {
    const m = mockExcel(
      [
        { name: '9-2', origin: 'B3', values: [['成果指標', 'R1'], ['実績値', 43]], formats: [['General', 'General'], ['General', '0.0']] },
        { name: 'hidden', values: [['x']], visibility: 'Hidden' },
      ],
      { excelApi: '1.9', name: '北上市.xlsx' },
    );
    const snap = await new ExcelPort(m.host).readSnapshot();
    expect(snap.name).toBe('北上市.xlsx');
    expect(snap.sheets.map((s) => [s.name, s.origin, s.visible])).toEqual([
      ['9-2', { row: 2, col: 1 }, true],
      ['hidden', { row: 0, col: 0 }, false],
    ]);
    expect(snap.sheets[0].values).toEqual([['成果指標', 'R1'], ['実績値', 43]]);
    expect(snap.sheets[0].formats).toEqual([['General', 'General'], ['General', '0.0']]);
    // ExcelApi 1.9 has no getMergedAreasOrNullObject (1.13): merges are left out, not guessed.
    expect(snap.sheets[0].merges).toBeUndefined();
  });

  test('blank cells become null and an empty sheet has no cells', async () => {
    const m = mockExcel([{ name: 'a', values: [[1, null, 'x']] }, { name: 'empty', values: [] }], { excelApi: '1.9' });
    const snap = await new ExcelPort(m.host).readSnapshot();
    expect(snap.sheets[0].values).toEqual([[1, null, 'x']]);
    expect(snap.sheets[1]).toMatchObject({ name: 'empty', values: [], formats: [] });
  });

  test('sheets Evalsheet made (summary, findings, chart data) are left out', async () => {
    const m = mockExcel([{ name: '9-2', values: [['成果指標']] }, { name: '評価サマリー', values: [['シート']], owned: true }], { excelApi: '1.18' });
    const snap = await new ExcelPort(m.host).readSnapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(['9-2']);
  });

  test('merged areas are read where ExcelApi 1.13 is supported', async () => {
    const sheet = { name: 'S', values: [['a', null, null], ['b', 'c', 'd']], merged: "S!A1:C1, 'S'!$A$2:$A$3" };
    const m = mockExcel([sheet], { excelApi: '1.13' });
    const snap = await new ExcelPort(m.host).readSnapshot();
    expect(snap.sheets[0].merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 2, right: 0 },
    ]);
    const none = mockExcel([{ name: 'T', values: [['a']] }], { excelApi: '1.13' });
    expect((await new ExcelPort(none.host).readSnapshot()).sheets[0].merges).toEqual([]);
  });

  test('the number of syncs does not grow with the number of sheets', async () => {
    const one = mockExcel(manySheets(1), { excelApi: '1.18' });
    const sixty = mockExcel(manySheets(60), { excelApi: '1.18' });
    const a = await new ExcelPort(one.host).readSnapshot();
    const b = await new ExcelPort(sixty.host).readSnapshot();
    expect(a.sheets).toHaveLength(1);
    expect(b.sheets).toHaveLength(60);
    expect(b.sheets[59].values[1]).toEqual(['①', '実績値', 43, 45.5, 50, null, null]);
    expect(one.syncs()).toBe(3);
    expect(sixty.syncs()).toBe(one.syncs());
  });
});

describe('the strict mock', () => {
  test('fails a read of a property that was not loaded', async () => {
    const m = mockExcel(manySheets(1), { excelApi: '1.18' });
    await expect(
      m.host.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject('1-1');
        return ws.getRange('C2').values;
      }),
    ).rejects.toThrow(/before load\(\) and sync\(\)/);
  });

  test('fails a read that was loaded but not synced, and passes once synced', async () => {
    const m = mockExcel(manySheets(1), { excelApi: '1.18' });
    const read = (syncFirst: boolean) =>
      m.host.run(async (context) => {
        const r = context.workbook.worksheets.getItemOrNullObject('1-1').getRange('C2');
        r.load('values');
        if (syncFirst) await context.sync();
        return r.values;
      });
    await expect(read(false)).rejects.toThrow(/before load\(\) and sync\(\)/);
    await expect(read(true)).resolves.toEqual([[43]]);
  });
});
