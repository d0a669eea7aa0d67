/**
 * The planning division's runs on the command line (issue 11): `summary` writes 提出状況 and 集計
 * beside 評価サマリー, an unreadable file a 読めません row; `annotate <folder> -o <out-folder>`. The
 * sheets are read back with ExcelJS and compared cell by cell with the engine's own specs.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { analyzeWorkbook } from '../../src/core/analyze';
import { FINDINGS_SHEET } from '../../src/core/plan';
import type { CellSpec } from '../../src/core/plan/types';
import { planDepartmentFindings, planSubmissions, ROLLUP_SHEET, STATUS_SHEET, SUMMARY_SHEET, type Submission } from '../../src/core/summary';
import { readWorkbookFile } from '../../src/xlsx/read/node';
import { seedWorkbook } from '../render/seed-workbook';
import { cli, scratch } from './helpers';

let dir: string;
const SEEDS = [
  { file: '01-kitakami.xlsx', seed: 'kitakami', name: '9-2' },
  { file: '02-niigata.xlsx', seed: 'niigata', name: '28' },
  { file: 'sub/03-nasushiobara.xlsx', seed: 'nasushiobara', name: 'P3' },
  { file: 'sub/04-ichinoseki.xlsx', seed: 'ichinoseki', name: '計画' },
] as const;

async function memoBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('メモ');
  ws.addRow(['メモ']);
  ws.addRow(['締切', '令和6年5月31日']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  dir = scratch();
  fs.mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
  for (const s of SEEDS) fs.writeFileSync(path.join(dir, 'in', s.file), await seedWorkbook([{ seed: s.seed, name: s.name }]));
  fs.writeFileSync(path.join(dir, 'in', '05-broken.xlsx'), 'not a workbook');
  fs.writeFileSync(path.join(dir, 'in', '06-memo.xlsx'), await memoBook());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(dir, file)) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A cell as the engine's spec gives it: hyperlinks by their text, blank as null. */
function shown(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'hyperlink' in v) return (v as { text: unknown }).text;
  return v === undefined ? null : v;
}

/** The engine's plan over the same files, each analysed with the engine directly (the expected side). */
function enginePlan(output: string, unreadable: Record<string, { ja: string; en: string }>) {
  const files = ['01-kitakami.xlsx', '02-niigata.xlsx', '05-broken.xlsx', '06-memo.xlsx', 'sub/03-nasushiobara.xlsx', 'sub/04-ichinoseki.xlsx'];
  const subs: Submission[] = files.map((f) => {
    const abs = path.join(dir, 'in', f);
    const file = path.relative(path.dirname(path.join(dir, output)), abs).split(path.sep).join('/');
    const modified = fs.statSync(abs).mtime;
    if (unreadable[f]) return { file, modified, analysis: null, error: unreadable[f] };
    const read = readWorkbookFile(abs, f);
    return { file, modified, analysis: analyzeWorkbook(read.snapshot, read.settings ?? {}) };
  });
  return planSubmissions(subs, { generatedAt: null });
}

function specRows(plan: ReturnType<typeof planSubmissions>, name: string): CellSpec[][] {
  const op = plan.ops.find((o) => o.op === 'put-sheet' && o.spec.name === name);
  if (!op || op.op !== 'put-sheet') throw new Error(name);
  return op.spec.rows;
}

function compareCells(ws: ExcelJS.Worksheet, rows: CellSpec[][], skip: (r: number, c: number) => boolean): number {
  let compared = 0;
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (skip(r, c)) return;
      const written = ws.getCell(r + 1, c + 1);
      // A cell inside a merged area (the summary's policy over its rows) is blank in the spec; ExcelJS shows it the top-left cell's value.
      if (written.isMerged && written.master.address !== written.address) {
        expect([r, c, cell.value]).toEqual([r, c, null]);
        compared += 1;
        return;
      }
      expect([r, c, shown(written.value)]).toEqual([r, c, cell.value]);
      compared += 1;
    }),
  );
  return compared;
}

describe('evalsheet summary: 提出状況 and 集計', () => {
  let stdout = '';
  beforeAll(async () => {
    const r = await cli(['summary', 'in', '-o', 'summary.xlsx'], { cwd: dir });
    // A file that cannot be read is named and makes the exit 2, but never stops the batch.
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^evalsheet: in\/05-broken\.xlsx: /m);
    stdout = r.stdout;
  });

  test('the workbook holds the three sheets, 提出状況 first', async () => {
    const wb = await load('summary.xlsx');
    expect(wb.worksheets.map((w) => w.name).filter((n) => [STATUS_SHEET, SUMMARY_SHEET, ROLLUP_SHEET].includes(n))).toEqual([STATUS_SHEET, SUMMARY_SHEET, ROLLUP_SHEET]);
    expect(stdout).toMatch(/^summary\.xlsx: Build the submission status, evaluation summary and roll-up \(6 files: \d ready, \d to correct, 2 unreadable\)/);
  });

  test('提出状況 equals the engine cell by cell; the unreadable file and the memo are 読めません rows at the top, with what to do', async () => {
    const ws = (await load('summary.xlsx')).getWorksheet(STATUS_SHEET) as ExcelJS.Worksheet;
    // The CLI's own sentence for the broken file is taken from the sheet; every other cell must match the engine.
    const brokenNote = String(ws.getCell('J5').value);
    expect(brokenNote).toContain('05-broken.xlsx');
    const rows = specRows(enginePlan('summary.xlsx', { '05-broken.xlsx': { ja: brokenNote, en: '' } }), STATUS_SHEET);
    const n = compareCells(ws, rows, (r) => r === 0);
    expect(n).toBeGreaterThan(60);
    expect(ws.getCell('H5').value).toBe('読めません');
    expect(ws.getCell('C5').value).toBe('05-broken.xlsx');
    expect(ws.getCell('H6').value).toBe('読めません');
    expect(String(ws.getCell('J6').value)).toContain('評価シートが見つからない');
    expect(ws.getCell('A3').value).toBe(6);
    expect(ws.getCell('B3').value).toBe(2);
    // The file's last-modified time.
    const k = rows.findIndex((row) => row[2]?.value === '01-kitakami.xlsx');
    const m = fs.statSync(path.join(dir, 'in', '01-kitakami.xlsx')).mtime;
    expect(ws.getCell(k + 1, 9).value).toBe(`${m.getFullYear()}-${String(m.getMonth() + 1).padStart(2, '0')}-${String(m.getDate()).padStart(2, '0')} ${String(m.getHours()).padStart(2, '0')}:${String(m.getMinutes()).padStart(2, '0')}`);
  });

  test('集計 equals the engine cell by cell, and its grade chart is written', async () => {
    const ws = (await load('summary.xlsx')).getWorksheet(ROLLUP_SHEET) as ExcelJS.Worksheet;
    const rows = specRows(enginePlan('summary.xlsx', { '05-broken.xlsx': { ja: '', en: '' } }), ROLLUP_SHEET);
    expect(compareCells(ws, rows, () => false)).toBeGreaterThan(50);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'summary.xlsx')));
    const charts = await Promise.all(Object.keys(zip.files).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)).map((k) => zip.file(k)!.async('string')));
    // The 集計 chart's categories are its grade header cells (A…E in E3:I3 over the A–D and A–E sheets).
    expect(charts.filter((x) => /集計'?!\$E\$3:\$I\$3/.test(x))).toHaveLength(1);
    // Kitakami's 9-2: three items graded B, the written 総合評価 against the items' B.
    const row = rows.findIndex((r) => String(r[1]?.value).trim() === '9-2.まちづくりで広がる市民協働の深化');
    expect([ws.getCell(row + 1, 4).value, ws.getCell(row + 1, 6).value, ws.getCell(row + 1, 11).value]).toEqual([3, 3, 'B']);
  });

  test('評価サマリー is the engine’s too, over the files that have evaluation sheets', async () => {
    const ws = (await load('summary.xlsx')).getWorksheet(SUMMARY_SHEET) as ExcelJS.Worksheet;
    const rows = specRows(enginePlan('summary.xlsx', { '05-broken.xlsx': { ja: '', en: '' } }), SUMMARY_SHEET);
    expect(compareCells(ws, rows, (r) => r === 1)).toBeGreaterThan(200);
    expect(String(ws.getCell('A2').value)).not.toContain('06-memo');
  });

  test('--findings: the pane’s findings sheets per department too, cell by cell the engine’s', async () => {
    const r = await cli(['summary', 'in', '-o', 'findings.xlsx', '--findings'], { cwd: dir });
    expect(r.code).toBe(2);
    const wb = await load('findings.xlsx');
    const status = wb.getWorksheet(STATUS_SHEET) as ExcelJS.Worksheet;
    // The engine's plan over the same files (the CLI's sentence for the broken file taken from 提出状況).
    const files = ['01-kitakami.xlsx', '02-niigata.xlsx', '05-broken.xlsx', '06-memo.xlsx', 'sub/03-nasushiobara.xlsx', 'sub/04-ichinoseki.xlsx'];
    const subs: Submission[] = files.map((f) => {
      const abs = path.join(dir, 'in', f);
      const file = path.relative(dir, abs).split(path.sep).join('/');
      if (f === '05-broken.xlsx') return { file, modified: null, analysis: null, error: { ja: String(status.getCell('J5').value), en: '' } };
      const read = readWorkbookFile(abs, f);
      return { file, modified: null, analysis: analyzeWorkbook(read.snapshot, read.settings ?? {}) };
    });
    const sheets = planDepartmentFindings(subs, { generatedAt: null }).ops.flatMap((o) => (o.op === 'put-sheet' ? [o.spec] : []));
    expect(sheets.length).toBeGreaterThan(2);
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('指摘 ')).sort()).toEqual(sheets.map((s) => s.name).sort());
    let n = 0;
    for (const s of sheets) n += compareCells(wb.getWorksheet(s.name) as ExcelJS.Worksheet, s.rows, (row) => row === 0);
    expect(n).toBeGreaterThan(100);
  });

  test('regenerating over an earlier output replaces the three sheets', async () => {
    const r = await cli(['summary', 'in', '-o', 'summary.xlsx', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    const wb = await load('summary.xlsx');
    expect(wb.worksheets.filter((w) => w.name.startsWith(STATUS_SHEET))).toHaveLength(1);
  });
});

describe('evalsheet annotate <folder> -o <out-folder>', () => {
  test('every workbook annotated under the same name and sub-folder; the inputs untouched; an unreadable one named, the others go on', async () => {
    const before = new Map(SEEDS.map((s) => [s.file, fs.readFileSync(path.join(dir, 'in', s.file))]));
    // A broken file alone in its sub-folder: no empty folder is left for it among the copies.
    fs.mkdirSync(path.join(dir, 'in', 'bad'));
    fs.writeFileSync(path.join(dir, 'in', 'bad', 'x.xlsx'), 'garbage');
    const r = await cli(['annotate', 'in', '-o', 'back'], { cwd: dir });
    fs.rmSync(path.join(dir, 'in', 'bad'), { recursive: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/in\/05-broken\.xlsx/);
    for (const s of SEEDS) {
      expect(fs.readFileSync(path.join(dir, 'in', s.file)).equals(before.get(s.file) as Buffer)).toBe(true);
      expect(fs.existsSync(path.join(dir, 'back', s.file))).toBe(true);
    }
    expect(fs.existsSync(path.join(dir, 'back', '05-broken.xlsx'))).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'back')).sort()).toEqual(['01-kitakami.xlsx', '02-niigata.xlsx', 'sub']);
    expect(r.stdout).toMatch(/back: 4 of 7 files annotated \(3 not written\)\.\n$/);
    // Each copy holds the findings sheet of its own file.
    const wb = await load('back/01-kitakami.xlsx');
    expect(wb.worksheets.some((w) => w.name.startsWith(FINDINGS_SHEET))).toBe(true);
    expect(wb.getWorksheet('9-2')).toBeDefined();
  });

  test('refuses the input folder as the output (by another spelling too), and existing copies without --force, before writing anything', async () => {
    for (const out of ['in', './in/', 'in/sub/..']) {
      const r = await cli(['annotate', 'in', '-o', out], { cwd: dir });
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toContain('is the folder being annotated');
    }
    const stamp = fs.statSync(path.join(dir, 'back', '01-kitakami.xlsx')).mtimeMs;
    const again = await cli(['annotate', 'in', '-o', 'back'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; add --force');
    expect(fs.statSync(path.join(dir, 'back', '01-kitakami.xlsx')).mtimeMs).toBe(stamp);
    expect((await cli(['annotate', 'in', '-o', 'back', '--force'], { cwd: dir })).stdout).toMatch(/4 of 6 files annotated/);
  });

  test('an out-folder inside the input folder: its copies are never read as submissions on the next run', async () => {
    const first = await cli(['annotate', 'in', '-o', 'in/back'], { cwd: dir });
    expect(first.stdout).toMatch(/4 of 6 files annotated/);
    const second = await cli(['annotate', 'in', '-o', 'in/back', '--force'], { cwd: dir });
    expect(second.stdout).toMatch(/4 of 6 files annotated/);
    expect(fs.existsSync(path.join(dir, 'in', 'back', 'back'))).toBe(false);
    fs.rmSync(path.join(dir, 'in', 'back'), { recursive: true });
  });
});
