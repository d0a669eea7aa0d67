import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/xlsx';
import { fixtureBytes } from '../support/fixtures';
import { packageProblems } from './package-check';

// The fixtures' writer saves no theme; ExcelJS links one anyway. The output must not dangle.
test('a workbook loaded without a theme is saved with one, so no relationship dangles', async () => {
  const input = await JSZip.loadAsync(fixtureBytes('kitakami.xlsx'));
  expect(input.file('xl/theme/theme1.xml')).toBeNull();
  const wb = XlsxWorkbook.create('new.xlsx');
  await wb.applyPlan({ title: { ja: '', en: '' }, ops: [{ op: 'put-sheet', spec: { name: 'S', owner: 'evalsheet', rows: [[{ value: 'x' }]], headerRows: 1 } }] });
  const out = await wb.toBytes();
  expect(await packageProblems(out)).toEqual([]);
  // Patching an input without a theme adds none and links none.
  const patched = await XlsxWorkbook.open(fixtureBytes('kitakami.xlsx'), 'kitakami.xlsx');
  await patched.applyPlan({ title: { ja: '', en: '' }, ops: [{ op: 'put-sheet', spec: { name: 'S', owner: 'evalsheet', rows: [[{ value: 'x' }]], headerRows: 1 } }] });
  const pout = await patched.toBytes();
  expect((await JSZip.loadAsync(pout)).file('xl/theme/theme1.xml')).toBeNull();
  expect(await packageProblems(pout)).toEqual([]);
});
