import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { runSummary } from '../../src/cli/commands/summary';
import { seedWorkbook } from '../render/seed-workbook';

let dir: string;
const lines: string[] = [];
const err = (l: string) => lines.push(l);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-summary-'));
  fs.mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'in', 'a-kitakami.xlsx'), await seedWorkbook([{ seed: 'kitakami', name: '9-2' }]));
  fs.writeFileSync(path.join(dir, 'in', 'sub', 'b-nasushiobara.xlsx'), await seedWorkbook([{ seed: 'nasushiobara', name: 'P3' }]));
  fs.writeFileSync(path.join(dir, 'in', '~$a-kitakami.xlsx'), 'lock file');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeEach(() => (lines.length = 0));

async function summarySheet(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb.getWorksheet('評価サマリー') as ExcelJS.Worksheet;
}

describe('evalsheet summary', () => {
  test('a folder: every workbook in it, one row per item and indicator with the file named; progress on stderr', async () => {
    const out = path.join(dir, 'summary.xlsx');
    expect(await runSummary([path.join(dir, 'in')], { output: out, force: false }, err)).toBe(0);
    expect(lines.filter((l) => /^\[\d\/2\]/.test(l))).toHaveLength(2);
    const ws = await summarySheet(out);
    expect(String(ws.getCell('A2').value)).toBe('ファイル\nFile');
    const files: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 2 && /\.xlsx$/.test(String(row.getCell(1).value))) files.push(path.basename(String(row.getCell(1).value)));
    });
    expect(files.filter((f) => f === 'a-kitakami.xlsx').length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => f === 'b-nasushiobara.xlsx').length).toBeGreaterThanOrEqual(10);
    expect(ws.pageSetup.orientation).toBe('landscape');
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(Object.keys(zip.files).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k))).toHaveLength(1);
  });

  test('an unreadable submission is named and skipped; the rest is summarised; exit 2', async () => {
    const bad = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(bad, 'garbage');
    const out = path.join(dir, 'partial.xlsx');
    expect(await runSummary([bad, path.join(dir, 'in', 'a-kitakami.xlsx')], { output: out, force: false }, err)).toBe(2);
    expect(lines.some((l) => l.startsWith(`${bad}: skipped`))).toBe(true);
    expect(String((await summarySheet(out)).getCell('A3').value)).toContain('a-kitakami.xlsx');
  });

  test('never writes over an input; needs --force for an existing output; no inputs is misuse', async () => {
    const input = path.join(dir, 'in', 'a-kitakami.xlsx');
    const before = fs.readFileSync(input);
    expect(await runSummary([input], { output: input, force: true }, err)).toBe(2);
    expect(lines.pop()).toMatch(/overwrite the input/);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const out = path.join(dir, 'exists.xlsx');
    fs.writeFileSync(out, 'x');
    expect(await runSummary([input], { output: out, force: false }, err)).toBe(2);
    expect(fs.readFileSync(out, 'utf8')).toBe('x');
    fs.mkdirSync(path.join(dir, 'empty'));
    expect(await runSummary([path.join(dir, 'empty')], { output: path.join(dir, 'none.xlsx'), force: false }, err)).toBe(2);
    expect(lines.pop()).toMatch(/no \.xlsx files/);
  });
});
