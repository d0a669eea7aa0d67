import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { seedWorkbook } from '../render/seed-workbook';
import { cli, scratch } from './helpers';

let dir: string;

beforeAll(async () => {
  dir = scratch();
  fs.mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'in', 'a-kitakami.xlsx'), await seedWorkbook([{ seed: 'kitakami', name: '9-2' }]));
  fs.writeFileSync(path.join(dir, 'in', 'sub', 'b-nasushiobara.xlsx'), await seedWorkbook([{ seed: 'nasushiobara', name: 'P3' }]));
  fs.writeFileSync(path.join(dir, 'in', '~$a-kitakami.xlsx'), 'lock file');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function summarySheet(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(dir, file)) as unknown as ExcelJS.Buffer);
  return wb.getWorksheet('評価サマリー') as ExcelJS.Worksheet;
}

/** The table's header row (below the overview) and its file column. */
function table(ws: ExcelJS.Worksheet): { header: number; fileCol: number } {
  let header = -1;
  let fileCol = -1;
  ws.eachRow((row, n) => {
    if (header < 0 && row.getCell(1).text.startsWith('基本方針 / 基本施策')) {
      header = n;
      row.eachCell((c, col) => {
        if (c.text.startsWith('ファイル')) fileCol = col;
      });
    }
  });
  return { header, fileCol };
}

/** Files named in the file column of the data rows: the links' targets (the cells show base names). */
function filesOf(ws: ExcelJS.Worksheet): string[] {
  const { header, fileCol } = table(ws);
  const files: string[] = [];
  ws.eachRow((row, n) => {
    const v = row.getCell(fileCol).value;
    if (n > header && v && typeof v === 'object' && 'hyperlink' in v) files.push(v.hyperlink);
  });
  return files;
}

describe('evalsheet summary (in-process)', () => {
  test('a folder: every workbook in it (lock files aside), one row per item and indicator with the file named', async () => {
    const r = await cli(['summary', 'in', '-o', 'summary.xlsx'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^summary\.xlsx: Build the submission status, evaluation summary and roll-up \(2 files: \d ready, \d to correct, 0 unreadable\)\n$/);
    const ws = await summarySheet('summary.xlsx');
    expect(ws.getCell('A1').text).toBe('令和5年度・令和4年度 施策評価 結果一覧');
    expect(String(ws.getCell('A2').value)).toMatch(/^作成日：令和\d+年\d+月\d+日　｜　対象：a-kitakami\.xlsx（9-2）、b-nasushiobara\.xlsx（P3）　｜　Evalsheet が作成/);
    const { header, fileCol } = table(ws);
    expect(ws.getRow(header).getCell(fileCol).text).toBe('ファイル\nFile');
    // Base names shown; the links reach the files from where the summary is.
    expect(ws.getRow(header + 1).getCell(fileCol).text).toBe('a-kitakami.xlsx');
    const files = filesOf(ws);
    expect(files.filter((f) => f === 'in/a-kitakami.xlsx').length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => f === 'in/sub/b-nasushiobara.xlsx').length).toBeGreaterThanOrEqual(10);
    expect(ws.pageSetup.orientation).toBe('landscape');
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'summary.xlsx')));
    // The grade charts of 評価サマリー and 集計.
    expect(Object.keys(zip.files).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k))).toHaveLength(2);
  });

  test('progress on a terminal when there are many files, never in a pipe', async () => {
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    for (const n of ['1', '2', '3', '4']) fs.copyFileSync(path.join(dir, 'in', 'a-kitakami.xlsx'), path.join(many, `${n}.xlsx`));
    const tty = await cli(['summary', 'many', '-o', 'many.xlsx'], { cwd: dir, tty: true });
    expect(tty.stderr.split('\r').filter((l) => /^\[\d\/4\] many/.test(l))).toHaveLength(4);
    const pipe = await cli(['summary', 'many', '-o', 'many.xlsx', '--force'], { cwd: dir });
    expect(pipe.stderr).toBe('');
  });

  test('an unreadable submission is named on stderr, the rest is summarised, exit 2', async () => {
    fs.writeFileSync(path.join(dir, 'broken.xlsx'), 'garbage');
    const r = await cli(['summary', 'broken.xlsx', 'missing.xlsx', 'in/a-kitakami.xlsx', '-o', 'partial.xlsx'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^evalsheet: broken\.xlsx: /);
    expect(lines[1]).toBe('evalsheet: missing.xlsx: no such file; check the name.');
    expect(r.stdout).toContain('; 2 unreadable files left out of the summary and roll-up, listed in 提出状況');
    const files = filesOf(await summarySheet('partial.xlsx'));
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(files)).toEqual(new Set(['in/a-kitakami.xlsx']));
  });

  test('never writes over an input; an existing output only with --force; no inputs is misuse', async () => {
    const input = path.join(dir, 'in', 'a-kitakami.xlsx');
    const before = fs.readFileSync(input);
    const over = await cli(['summary', 'in/a-kitakami.xlsx', '-o', 'in/a-kitakami.xlsx', '--force'], { cwd: dir });
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('would overwrite the input');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    fs.writeFileSync(path.join(dir, 'exists.xlsx'), 'x');
    const refused = await cli(['summary', 'in', '-o', 'exists.xlsx'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('exists.xlsx: already exists; add --force');
    expect(fs.readFileSync(path.join(dir, 'exists.xlsx'), 'utf8')).toBe('x');
    expect((await cli(['summary', 'in', '-o', 'exists.xlsx', '--force'], { cwd: dir })).code).toBe(0);
    fs.mkdirSync(path.join(dir, 'empty'));
    const none = await cli(['summary', 'empty', '-o', 'none.xlsx'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no \.xlsx files in empty/);
    expect(fs.existsSync(path.join(dir, 'none.xlsx'))).toBe(false);
  });

  test('a summary an earlier run left in the folder is not read as a submission', async () => {
    expect((await cli(['summary', 'in', '-o', 'in/summary.xlsx'], { cwd: dir })).code).toBe(0);
    // Links are relative to the summary's own folder.
    expect(new Set(filesOf(await summarySheet('in/summary.xlsx')))).toEqual(new Set(['a-kitakami.xlsx', 'sub/b-nasushiobara.xlsx']));
    const again = await cli(['summary', 'in', '-o', 'in/summary.xlsx', '--force'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('(2 files:');
    fs.rmSync(path.join(dir, 'in', 'summary.xlsx'));
  });

  test('refuses an output that is one of the submissions, even with --force: the submission is neither left out nor replaced', async () => {
    const target = path.join(dir, 'in', 'a-kitakami.xlsx');
    const before = fs.readFileSync(target);
    const r = await cli(['summary', 'in', '-o', 'in/a-kitakami.xlsx', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is one of the submissions to summarise');
    expect(fs.readFileSync(target).equals(before)).toBe(true);
  });
});
