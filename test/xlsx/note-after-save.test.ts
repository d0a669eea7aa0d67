import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/xlsx';
import { fixtureBytes } from '../support/fixtures';

// The pane saves (downloads) between marking and removing the marks; a removed note must stay removed.
test('a note removed after the workbook was saved once does not come back in the next save', async () => {
  const wb = await XlsxWorkbook.open(fixtureBytes('kitakami.xlsx'), 'kitakami.xlsx');
  const marked = await wb.applyPlan({ title: { ja: '', en: '' }, ops: [{ op: 'set-note', sheet: '9-2', cell: 'G26', text: 'Evalsheet\nnote' }] });
  await wb.toBytes();
  await wb.applyPlan(marked.undo);
  const x = new ExcelJS.Workbook();
  await x.xlsx.load((await wb.toBytes()) as unknown as ExcelJS.Buffer);
  expect(x.getWorksheet('9-2')!.getCell('G26').note).toBeUndefined();
  expect(x.getWorksheet('9-2')!.getCell('G26').value).toBe('B (B)');
});
