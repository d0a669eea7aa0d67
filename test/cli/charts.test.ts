import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { runCharts } from '../../src/cli/commands/charts';
import { seedWorkbook } from '../render/seed-workbook';

let dir: string;
let input: string;
const lines: string[] = [];
const err = (l: string) => lines.push(l);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-charts-'));
  input = path.join(dir, 'kitakami.xlsx');
  fs.writeFileSync(input, await seedWorkbook([{ seed: 'kitakami', name: '9-2' }]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeEach(() => (lines.length = 0));

async function chartNames(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const drawings = Object.keys(zip.files).filter((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k));
  const xml = (await Promise.all(drawings.map((d) => zip.file(d)!.async('string')))).join('');
  return [...xml.matchAll(/cNvPr id="\d+" name="([^"]+)"/g)].map((m) => m[1]);
}

describe('evalsheet charts', () => {
  test('writes the charts beside the blocks; the input is untouched; values intact', async () => {
    const before = fs.readFileSync(input);
    const out = path.join(dir, 'out.xlsx');
    expect(await runCharts(input, { output: out, placement: 'beside', force: false }, err)).toBe(0);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(await chartNames(out)).toEqual(['evalsheet:9-2:①', 'evalsheet:9-2:②']);
    expect(lines.join('\n')).toMatch(/2 charts \(beside\)/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('9-2')?.getCell('H38').value).toBe(96);
  });

  test('--placement sheet puts them on Evalsheet グラフ', async () => {
    const out = path.join(dir, 'sheet.xlsx');
    expect(await runCharts(input, { output: out, placement: 'sheet', force: false }, err)).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(wbXml).toContain('name="Evalsheet グラフ"');
    expect(await chartNames(out)).toHaveLength(2);
  });

  test('refuses to write over the input, or over an existing output without --force', async () => {
    expect(await runCharts(input, { output: input, placement: 'beside', force: true }, err)).toBe(2);
    expect(lines.pop()).toMatch(/overwrite the input/);
    const out = path.join(dir, 'exists.xlsx');
    fs.writeFileSync(out, 'keep me');
    expect(await runCharts(input, { output: out, placement: 'beside', force: false }, err)).toBe(2);
    expect(lines.pop()).toMatch(/already exists.*--force/);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    expect(await runCharts(input, { output: out, placement: 'beside', force: true }, err)).toBe(0);
    expect(await chartNames(out)).toHaveLength(2);
  });

  test('a file that is not a workbook: exit 2 with its name, no output', async () => {
    const bad = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(bad, 'not a zip');
    const out = path.join(dir, 'bad-out.xlsx');
    expect(await runCharts(bad, { output: out, placement: 'beside', force: false }, err)).toBe(2);
    expect(lines.join('\n')).toContain('bad.xlsx');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('regenerating from an output with charts does not duplicate them', async () => {
    const first = path.join(dir, 'first.xlsx');
    const second = path.join(dir, 'second.xlsx');
    await runCharts(input, { output: first, placement: 'beside', force: true }, err);
    await runCharts(first, { output: second, placement: 'beside', force: true }, err);
    expect(await chartNames(second)).toEqual(['evalsheet:9-2:①', 'evalsheet:9-2:②']);
  });
});
