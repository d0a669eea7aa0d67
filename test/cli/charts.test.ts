import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { seedWorkbook } from '../render/seed-workbook';
import { cli, scratch } from './helpers';

let dir: string;

beforeAll(async () => {
  dir = scratch();
  fs.writeFileSync(path.join(dir, 'kitakami.xlsx'), await seedWorkbook([{ seed: 'kitakami', name: '9-2' }]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function chartNames(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, file)));
  const drawings = Object.keys(zip.files).filter((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k));
  const xml = (await Promise.all(drawings.map((d) => zip.file(d)!.async('string')))).join('');
  return [...xml.matchAll(/cNvPr id="\d+" name="([^"]+)"/g)].map((m) => m[1]);
}

describe('evalsheet charts (in-process)', () => {
  test('writes the charts beside the blocks and says so on stdout; the input is untouched; values intact', async () => {
    const before = fs.readFileSync(path.join(dir, 'kitakami.xlsx'));
    const r = await cli(['charts', 'kitakami.xlsx', '-o', 'out.xlsx'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    // Each chart named by its indicator.
    expect(r.stdout).toMatch(/^kitakami\.xlsx → out\.xlsx: 2 charts \(beside\)\n  ① まちづくりスタートアップ塾への参加人数.*\n  ② 地域活動.*\n$/);
    expect(fs.readFileSync(path.join(dir, 'kitakami.xlsx')).equals(before)).toBe(true);
    expect(await chartNames('out.xlsx')).toEqual(['evalsheet:9-2:①', 'evalsheet:9-2:②']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(dir, 'out.xlsx')) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('9-2')?.getCell('H38').value).toBe(96);
  });

  test('--placement sheet puts them on Evalsheet グラフ; messages in Japanese with --lang ja; a wrong placement is misuse', async () => {
    const r = await cli(['charts', 'kitakami.xlsx', '-o', 'sheet.xlsx', '--placement', 'sheet', '--lang', 'ja'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^kitakami\.xlsx → sheet\.xlsx: 進捗グラフ 2 件（シート「Evalsheet グラフ」）\n  ① .*\n  ② .*\n$/);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'sheet.xlsx')));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('name="Evalsheet グラフ"');
    expect(await chartNames('sheet.xlsx')).toHaveLength(2);
    const bad = await cli(['charts', 'kitakami.xlsx', '-o', 'x.xlsx', '--placement', 'top'], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, 'evalsheet: --placement must be beside or sheet, not "top"\nSee evalsheet charts --help\n']);
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });

  test('never over the input; an existing output only with --force', async () => {
    const over = await cli(['charts', 'kitakami.xlsx', '-o', './kitakami.xlsx', '--force'], { cwd: dir });
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('would overwrite the input');
    fs.writeFileSync(path.join(dir, 'exists.xlsx'), 'keep me');
    const refused = await cli(['charts', 'kitakami.xlsx', '-o', 'exists.xlsx'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('exists.xlsx: already exists; add --force');
    expect(fs.readFileSync(path.join(dir, 'exists.xlsx'), 'utf8')).toBe('keep me');
    expect((await cli(['charts', 'kitakami.xlsx', '-o', 'exists.xlsx', '--force'], { cwd: dir })).code).toBe(0);
    expect(await chartNames('exists.xlsx')).toHaveLength(2);
  });

  test('a file that is not a workbook: exit 2 with its name, no output, no temporary file', async () => {
    fs.writeFileSync(path.join(dir, 'bad.xlsx'), 'not a zip');
    const r = await cli(['charts', 'bad.xlsx', '-o', 'bad-out.xlsx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^evalsheet: bad\.xlsx: /);
    expect(fs.existsSync(path.join(dir, 'bad-out.xlsx'))).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test("regenerating from an output with Evalsheet's charts replaces them (no --force needed, no duplicates)", async () => {
    expect((await cli(['charts', 'kitakami.xlsx', '-o', 'first.xlsx'], { cwd: dir })).code).toBe(0);
    const again = await cli(['charts', 'first.xlsx', '-o', 'second.xlsx'], { cwd: dir });
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(await chartNames('second.xlsx')).toEqual(['evalsheet:9-2:①', 'evalsheet:9-2:②']);
  });

  test("a chart part that is not Evalsheet's is kept as it was (write by patching), no refusal", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'kitakami.xlsx')));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    fs.writeFileSync(path.join(dir, 'users-chart.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await cli(['charts', 'users-chart.xlsx', '-o', 'u.xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'u.xlsx')));
    expect(await out.file('xl/charts/chart1.xml')!.async('string')).toBe('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  });

  test('--help lists the options', async () => {
    const r = await cli(['charts', '--help']);
    expect(r.code).toBe(0);
    for (const o of ['--output', '--placement', '--force', '--year', '--preset', '--lang']) expect([o, r.stdout.includes(o)]).toEqual([o, true]);
  });
});
