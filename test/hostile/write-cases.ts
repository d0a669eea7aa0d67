import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { fixtureBytes } from '../support/fixtures';
import { excelStyle } from '../xlsx/real-world';
import { bomb, SHEET, withParts } from './build';

/**
 * Write-side hostile cases: each builds its files in a scratch folder, runs one command, and
 * states the outcome: exit code, a message fragment, the input unchanged, the output absent or
 * complete (and what must hold inside it).
 */

export interface WriteCase {
  name: string;
  setup: (dir: string) => Promise<void>;
  argv: string[];
  code: number;
  /** A fragment of stdout + stderr. */
  says?: string;
  /** Files that must hold the same bytes after the run. */
  unchanged: string[];
  output: { file: string; present: boolean; check?: (zip: JSZip, dir: string) => Promise<void> };
}

const put = (dir: string, name: string, bytes: Uint8Array | string) => fs.writeFileSync(path.join(dir, name), bytes);
const rezip = async (bytes: Uint8Array, edit: (z: JSZip) => Promise<void>, compression: 'DEFLATE' | 'STORE' = 'DEFLATE') => {
  const z = await JSZip.loadAsync(bytes);
  await edit(z);
  return z.generateAsync({ type: 'uint8array', compression });
};
const expectIn = async (z: JSZip, part: string, fragment: string) => {
  const t = await z.file(part)?.async('string');
  if (!t || !t.includes(fragment)) throw new Error(`${part} lacks ${fragment}`);
};
const renameSheet = (to: string) => async (z: JSZip) => {
  const wb = await z.file('xl/workbook.xml')!.async('string');
  z.file('xl/workbook.xml', wb.replace('name="9-2"', `name="${to.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')}"`));
};

const defects = () => fixtureBytes('kitakami-defects.xlsx');

export const WRITE_CASES: WriteCase[] = [
  { name: 'fill with nothing to fill writes no file', setup: async (d) => put(d, 'in.xlsx', fixtureBytes('kitakami.xlsx')), argv: ['fill', 'in.xlsx', '-o', 'out.xlsx'], code: 0, says: 'was not written; add --copy', unchanged: ['in.xlsx'], output: { file: 'out.xlsx', present: false } },
  {
    name: 'fill --copy with nothing to fill writes the input bytes', setup: async (d) => put(d, 'in.xlsx', fixtureBytes('kitakami.xlsx')), argv: ['fill', 'in.xlsx', '-o', 'out.xlsx', '--copy'], code: 0, unchanged: ['in.xlsx'],
    output: { file: 'out.xlsx', present: true, check: async (_z, d) => { if (!fs.readFileSync(path.join(d, 'out.xlsx')).equals(fs.readFileSync(path.join(d, 'in.xlsx')))) throw new Error('not a byte copy'); } },
  },
  { name: 'output is the input', setup: async (d) => put(d, 'in.xlsx', defects()), argv: ['fill', 'in.xlsx', '-o', 'in.xlsx', '--force'], code: 2, says: 'would overwrite the input', unchanged: ['in.xlsx'], output: { file: 'in.xlsx', present: true } },
  { name: 'output is the input by another spelling', setup: async (d) => { fs.mkdirSync(path.join(d, 'sub')); put(d, 'in.xlsx', defects()); }, argv: ['annotate', 'in.xlsx', '-o', 'sub/../in.xlsx', '--force'], code: 2, says: 'would overwrite the input', unchanged: ['in.xlsx'], output: { file: 'in.xlsx', present: true } },
  { name: 'output is a symlink elsewhere', setup: async (d) => { put(d, 'in.xlsx', defects()); put(d, 'other.txt', 'keep'); fs.symlinkSync(path.join(d, 'other.txt'), path.join(d, 'out.xlsx')); }, argv: ['fill', 'in.xlsx', '-o', 'out.xlsx', '--force'], code: 2, says: 'is a symbolic link', unchanged: ['in.xlsx', 'other.txt'], output: { file: 'other.txt', present: true } },
  { name: 'output exists without --force', setup: async (d) => { put(d, 'in.xlsx', defects()); put(d, 'out.xlsx', 'mine'); }, argv: ['fill', 'in.xlsx', '-o', 'out.xlsx'], code: 2, says: 'already exists', unchanged: ['in.xlsx', 'out.xlsx'], output: { file: 'out.xlsx', present: true } },
  { name: 'output folder missing', setup: async (d) => put(d, 'in.xlsx', defects()), argv: ['fill', 'in.xlsx', '-o', 'nowhere/out.xlsx'], code: 2, says: 'does not exist', unchanged: ['in.xlsx'], output: { file: 'nowhere/out.xlsx', present: false } },
  { name: 'output is a folder', setup: async (d) => { put(d, 'in.xlsx', defects()); fs.mkdirSync(path.join(d, 'out.xlsx')); }, argv: ['fill', 'in.xlsx', '-o', 'out.xlsx', '--force'], code: 2, says: 'is a folder', unchanged: ['in.xlsx'], output: { file: 'out.xlsx', present: true } },
  { name: 'input missing', setup: async () => undefined, argv: ['fill', 'none.xlsx', '-o', 'out.xlsx'], code: 2, says: 'no such file', unchanged: [], output: { file: 'out.xlsx', present: false } },
  { name: 'input truncated', setup: async (d) => put(d, 'in.xlsx', defects().slice(0, 3000)), argv: ['annotate', 'in.xlsx', '-o', 'out.xlsx'], code: 2, unchanged: ['in.xlsx'], output: { file: 'out.xlsx', present: false } },
  { name: 'input is text', setup: async (d) => put(d, 'in.xlsx', 'a,b\n1,2\n'), argv: ['charts', 'in.xlsx', '-o', 'out.xlsx'], code: 2, unchanged: ['in.xlsx'], output: { file: 'out.xlsx', present: false } },
  {
    name: '.xlsm fill stays macro-enabled', setup: async (d) => put(d, 'in.xlsm', await excelStyle(true)), argv: ['fill', 'in.xlsm', '-o', 'out.xlsm'], code: 0, unchanged: ['in.xlsm'],
    output: { file: 'out.xlsm', present: true, check: async (z) => { await expectIn(z, '[Content_Types].xml', 'macroEnabled.main+xml'); if (!z.file('xl/vbaProject.bin')) throw new Error('vba gone'); } },
  },
  { name: 'empty custom.xml is not refused', setup: async (d) => put(d, 'in.xlsx', await excelStyle(false)), argv: ['fill', 'in.xlsx', '-o', 'out.xlsx'], code: 0, unchanged: ['in.xlsx'], output: { file: 'out.xlsx', present: true, check: async (z) => expectIn(z, 'docProps/custom.xml', 'custom-properties') } },
  { name: 'annotate keeps the print area as written', setup: async (d) => put(d, 'in.xlsm', await excelStyle(true)), argv: ['annotate', 'in.xlsm', '-o', 'out.xlsm'], code: 0, unchanged: ['in.xlsm'], output: { file: 'out.xlsm', present: true, check: async (z) => expectIn(z, 'xl/workbook.xml', "'9-2'!$A$1:$J$111") } },
  { name: 'charts on an Excel-style workbook', setup: async (d) => put(d, 'in.xlsx', await excelStyle(false)), argv: ['charts', 'in.xlsx', '-o', 'out.xlsx'], code: 0, unchanged: ['in.xlsx'], output: { file: 'out.xlsx', present: true, check: async (z) => { if (!Object.keys(z.files).some((n) => n.startsWith('xl/charts/'))) throw new Error('no chart'); } } },
  {
    name: 'summary onto a submission is refused', setup: async (d) => { fs.mkdirSync(path.join(d, 'in')); put(d, 'in/kitakami.xlsx', fixtureBytes('kitakami.xlsx')); put(d, 'in/other.xlsx', defects()); },
    argv: ['summary', 'in', '-o', 'in/kitakami.xlsx', '--force'], code: 2, says: 'is one of the submissions', unchanged: ['in/kitakami.xlsx', 'in/other.xlsx'], output: { file: 'in/kitakami.xlsx', present: true },
  },
  {
    name: 'sheet named like a cell (R5): chart references quoted', setup: async (d) => put(d, 'in.xlsx', await rezip(defects(), renameSheet('R5'))), argv: ['charts', 'in.xlsx', '-o', 'out.xlsx'], code: 0, unchanged: ['in.xlsx'],
    output: { file: 'out.xlsx', present: true, check: async (z) => { const c = await z.file('xl/charts/chart1.xml')!.async('string'); if (!c.includes("'R5'!$") || /[>(,]R5!/.test(c)) throw new Error('unquoted R5'); } },
  },
  {
    name: "sheet name with an apostrophe: print area untouched by fill", setup: async (d) => put(d, 'in.xlsx', await rezip(defects(), async (z) => { await renameSheet("Bob's 9-2")(z); const wb = await z.file('xl/workbook.xml')!.async('string'); z.file('xl/workbook.xml', wb.replace('<definedNames/>', `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'Bob''s 9-2'!$A$1:$J$111</definedName></definedNames>`)); })),
    argv: ['fill', 'in.xlsx', '-o', 'out.xlsx'], code: 0, unchanged: ['in.xlsx'], output: { file: 'out.xlsx', present: true, check: async (z) => expectIn(z, 'xl/workbook.xml', "'Bob''s 9-2'!$A$1:$J$111") },
  },
  { name: 'stored (uncompressed) entries', setup: async (d) => put(d, 'in.xlsx', await rezip(defects(), async () => undefined, 'STORE')), argv: ['annotate', 'in.xlsx', '-o', 'out.xlsx'], code: 0, unchanged: ['in.xlsx'], output: { file: 'out.xlsx', present: true, check: async (z) => expectIn(z, 'xl/workbook.xml', '<sheet') } },
  {
    name: 'annotate adds its findings sheet to the sheet list', setup: async (d) => { put(d, 'in.xlsx', defects()); },
    argv: ['annotate', 'in.xlsx', '-o', 'out.xlsx'], code: 0, unchanged: ['in.xlsx'],
    output: { file: 'out.xlsx', present: true, check: async (z) => { const wb = await z.file('xl/workbook.xml')!.async('string'); if ((wb.match(/<sheet /g) ?? []).length < 2) throw new Error('no findings sheet'); } },
  },
  // The edit commands check the package with the reader's bounds before ExcelJS inflates it.
  { name: 'fill on a sheet entry with a bad CRC: damaged, as check says', setup: async (d) => put(d, 'in.xlsx', withParts(() => undefined, (n) => (n === SHEET ? { crc: 0x12345678 } : {}))), argv: ['fill', 'in.xlsx', '-o', 'out.xlsx', '--lang', 'en'], code: 2, says: 'the workbook is damaged', unchanged: ['in.xlsx'], output: { file: 'out.xlsx', present: false } },
  {
    name: 'annotate on a sheet bomb (140 MB declared as 1 KB): too large, not out of memory',
    setup: async (d) => put(d, 'in.xlsx', withParts(() => undefined, (n) => (n === SHEET ? { raw: { ...bomb('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', 140 * 1024 * 1024, '</sheetData></worksheet>'), size: 1024 }, declaredSize: 1024 } : {}))),
    argv: ['annotate', 'in.xlsx', '-o', 'out.xlsx'], code: 2, says: 'too large', unchanged: ['in.xlsx'], output: { file: 'out.xlsx', present: false },
  },
];
