/**
 * `--previous` on the command line (issue 12): last year's workbook given as a file or a folder,
 * read as check reads; its findings in the JSON report, the readable report, annotate's list and
 * summary's counts. Without it none of the five rules runs or is mentioned.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import type { Report } from '../../src/core/report/types';
import { STATUS_SHEET } from '../../src/core/summary';
import { fixturePath } from '../support/fixtures';
import { cli, scratch } from './helpers';

const PREVIOUS_RULES = ['previous-grade-mismatch', 'actual-revised', 'target-changed', 'indicator-dropped', 'narrative-unchanged'];
let dir: string;

beforeAll(() => {
  dir = scratch(['kitakami.xlsx', 'niigata.xlsx']);
  for (const sub of ['previous', 'previous-changed']) {
    fs.mkdirSync(path.join(dir, sub));
    for (const f of ['kitakami.xlsx', 'niigata.xlsx']) fs.copyFileSync(fixturePath(`${sub}/${f}`), path.join(dir, sub, f));
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const rulesOf = (r: Report) => r.files.flatMap((f) => f.findings.filter((x) => PREVIOUS_RULES.includes(x.rule)).map((x) => [f.file, x.rule, x.cell]));

describe('evalsheet check --previous', () => {
  test('a folder of last year\'s workbooks: each sheet finds its own, the findings are in the JSON report and its counts', async () => {
    const plain = JSON.parse((await cli(['check', '--json', 'kitakami.xlsx', 'niigata.xlsx'], { cwd: dir })).stdout) as Report;
    const r = await cli(['check', '--json', 'kitakami.xlsx', 'niigata.xlsx', '--previous', 'previous-changed'], { cwd: dir });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(rulesOf(report)).toEqual([
      ['kitakami.xlsx', 'previous-grade-mismatch', 'G28'],
      ['kitakami.xlsx', 'indicator-dropped', 'E30'],
      ['kitakami.xlsx', 'narrative-unchanged', 'J30'],
      ['kitakami.xlsx', 'target-changed', 'J39'],
      ['kitakami.xlsx', 'actual-revised', 'G44'],
      ['niigata.xlsx', 'indicator-dropped', 'B15'],
      ['niigata.xlsx', 'actual-revised', 'E43'],
      ['niigata.xlsx', 'previous-grade-mismatch', 'E50'],
      ['niigata.xlsx', 'narrative-unchanged', 'F51'],
    ]);
    expect(rulesOf(plain)).toEqual([]);
    expect(report.summary).toEqual({ ...plain.summary, warnings: plain.summary.warnings + 3, info: plain.summary.info + 6 });
    const f = report.files[0].findings.find((x) => x.rule === 'target-changed')!;
    expect(f.data).toMatchObject({ previousFile: path.join('previous-changed', 'kitakami.xlsx'), previousSheet: '9-2', previousCell: 'J39', value: 70, previousValue: 65 });
  });

  test('their own last year: nothing found; the readable report names the rule and what to do', async () => {
    const same = JSON.parse((await cli(['check', '--json', 'kitakami.xlsx', '--previous', 'previous/kitakami.xlsx'], { cwd: dir })).stdout) as Report;
    expect(rulesOf(same)).toEqual([]);
    const ja = await cli(['check', 'kitakami.xlsx', '--previous', 'previous-changed/kitakami.xlsx', '--lang', 'ja'], { cwd: dir });
    expect(ja.stdout).toContain('前年度から変わった基準値・目標値');
    expect(ja.stdout).toContain('変更が正しければ、理由（計画の見直しなど）を備考か指標の説明に書いてください。');
  });

  test('a sheet last year\'s workbooks have no counterpart for is said on stderr, not compared', async () => {
    const r = await cli(['check', '--json', 'niigata.xlsx', '--previous', 'previous/kitakami.xlsx'], { cwd: dir });
    expect(rulesOf(JSON.parse(r.stdout) as Report)).toEqual([]);
    expect(r.stderr).toMatch(/^evalsheet: niigata\.xlsx!No\.28: previous unmatched: No sheet of last year's workbook matches sheet "No\.28"/m);
  });

  test('misuse: --previous naming nothing readable', async () => {
    fs.mkdirSync(path.join(dir, 'empty'), { recursive: true });
    const r = await cli(['check', 'kitakami.xlsx', '--previous', 'empty'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--previous: no .xlsx files in empty');
  });
});

describe('annotate and summary --previous', () => {
  test('annotate lists and marks the findings against last year', async () => {
    const r = await cli(['annotate', 'kitakami.xlsx', '-o', 'k.annotated.xlsx', '--previous', 'previous-changed/kitakami.xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/9-2!J39 +warning +Baseline or target changed/);
    expect(r.stdout).toMatch(/9-2!J30 +info +Analysis unchanged from last year/);
  });

  test('summary counts them in 提出状況', async () => {
    const warnings = async (args: string[], out: string) => {
      await cli(['summary', 'kitakami.xlsx', '-o', out, ...args], { cwd: dir });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(path.join(dir, out)) as unknown as ExcelJS.Buffer);
      const ws = wb.getWorksheet(STATUS_SHEET)!;
      let header = { row: 0, col: 0 };
      ws.eachRow((row, r) => row.eachCell((c, col) => (String(c.value).startsWith('警告') && header.row === 0 ? (header = { row: r, col }) : null)));
      expect(header.row).toBeGreaterThan(0);
      return Number(ws.getCell(header.row + 1, header.col).value);
    };
    const before = await warnings([], 's1.xlsx');
    expect(await warnings(['--previous', 'previous-changed'], 's2.xlsx')).toBe(before + 2);
  });
});
