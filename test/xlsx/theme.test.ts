import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/xlsx';
import { fixtureBytes } from '../support/fixtures';
import { packageProblems } from './package-check';

// The fixtures' writer saves no theme; ExcelJS links one anyway. The output must not dangle.
test('a workbook loaded without a theme is saved with one, so no relationship dangles', async () => {
  const input = await JSZip.loadAsync(fixtureBytes('kitakami.xlsx'));
  expect(input.file('xl/theme/theme1.xml')).toBeNull();
  const wb = await XlsxWorkbook.open(fixtureBytes('kitakami.xlsx'), 'kitakami.xlsx');
  const out = await wb.toBytes();
  const zip = await JSZip.loadAsync(out);
  expect(zip.file('xl/theme/theme1.xml')).not.toBeNull();
  expect(await packageProblems(out)).toEqual([]);
});
