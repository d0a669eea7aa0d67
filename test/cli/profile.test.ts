import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Report } from '../../src/core/report/types';
import { XlsxWorkbook } from '../../src/xlsx';
import { ROKUGO_PROFILE, sixthCityFixture, SIXTH_FILES } from '../support/profile-fixtures';
import { cli } from './helpers';

/** A scratch folder with the sixth city's workbooks and the profile. */
function work(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-profile-'));
  for (const f of SIXTH_FILES) fs.copyFileSync(sixthCityFixture(f), path.join(dir, f));
  fs.copyFileSync(ROKUGO_PROFILE, path.join(dir, 'rokugo.json'));
  return dir;
}

const OTHERS = ['rokugo-b.xlsx', 'rokugo-c.xlsx', 'rokugo-d.xlsx'];

/** Findings as 「file sheet!cell rule」 lines. */
const lines = (r: Report) => r.files.flatMap((f) => f.findings.map((x) => `${f.file} ${x.sheet}!${x.cell} ${x.rule} ${x.severity}`));

describe('--profile', () => {
  let dir: string;
  beforeAll(() => {
    dir = work();
  }, 180_000);

  test('without a profile the seed readers do not read the sixth city: every sheet is skipped', async () => {
    const r = await cli(['check', '--json', ...SIXTH_FILES], { cwd: dir });
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files.map((f) => f.sheets.map((s) => s.kind))).toEqual([['unrecognized'], ['unrecognized'], ['unrecognized'], ['unrecognized']]);
  });

  test('check --profile reads three more workbooks of the layout: the indicators and findings a careful person lists', async () => {
    const r = await cli(['check', '--json', '--profile', 'rokugo.json', ...OTHERS], { cwd: dir });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    const sheets = report.files.map((f) => f.sheets[0]);
    expect(sheets.map((s) => [s.kind, s.layouts, s.evaluationYear])).toEqual([
      ['evaluation', ['profile'], 2023],
      ['evaluation', ['profile'], 2022],
      ['evaluation', ['profile'], 2023],
    ]);
    // rokugo-b: three rows lower, one column right, three indicators.
    expect(sheets[0].indicators.map((i) => [i.name, i.unit, i.cell, i.baseline, i.target])).toEqual([
      ['子育て支援センターの利用者数', '人', 'B11', { year: 2019, value: 8000 }, { year: 2024, value: 10500 }],
      ['育児相談の件数', '件', 'B17', { year: 2019, value: 300 }, { year: 2024, value: 400 }],
      ['講座の満足度', null, 'B23', { year: 2019, value: 78.5 }, { year: 2024, value: 88 }],
    ]);
    expect(sheets[0].indicators[1].years.map((y) => [y.label, y.expected, y.actual, y.actualCell])).toEqual([
      ['R2', 320, 310, 'F18'],
      ['R3', 340, 335, 'F19'],
      ['R4', 360, null, 'F20'],
      ['R5', 380, 372, 'F21'],
    ]);
    // rokugo-c: four indicators from H30; rokugo-d (LibreOffice): two, with 未実施 in R3.
    expect(sheets[1].indicators.map((i) => i.name)).toEqual(['移住相談の件数', '空き家バンクの成約件数', '転入者数', 'お試し住宅の利用世帯数']);
    expect(sheets[1].indicators[1].years.map((y) => y.actual)).toEqual([9, 8, 7, 6]);
    expect(sheets[2].indicators.map((i) => [i.name, i.unit, i.years.length])).toEqual([
      ['図書の貸出冊数', '冊', 4],
      ['利用者満足度調査で満足と答えた割合', '%', 4],
    ]);
    expect(sheets[1].items.map((i) => [i.no, i.grade, i.suggestedGrade])).toEqual([
      ['移住相談の件数', 'A', 'A'],
      ['空き家バンクの成約件数', 'A', 'D'],
      ['転入者数', 'B', 'B'],
      ['お試し住宅の利用世帯数', 'B', 'B'],
    ]);
    // What a careful person lists: the blank R4 actual, the blank unit, the A given to a falling
    // indicator (3 levels off), the B one level above its numbers, the survey not carried out.
    expect(lines(report)).toEqual([
      'rokugo-b.xlsx 事務事業評価!F20 actual-missing error',
      'rokugo-b.xlsx 事務事業評価!C23 indicator-unit-missing warning',
      'rokugo-c.xlsx 事務事業評価!F20 grade-inconsistent warning',
      'rokugo-d.xlsx 事務事業評価!H10 grade-inconsistent info',
      'rokugo-d.xlsx 事務事業評価!G18 actual-no-data info',
    ]);
    expect(r.code).toBe(1);
  });

  test('the readable report in Japanese; --profile works on annotate, charts, summary and fill', async () => {
    const text = await cli(['check', '--lang', 'ja', '--profile', 'rokugo.json', 'rokugo-c.xlsx'], { cwd: dir });
    expect(text.stdout).toMatch(/空き家バンクの成約件数 の評価 A は、指標の数値から導かれる D と 3 段階異なります/);
    const annotate = await cli(['annotate', 'rokugo-c.xlsx', '-o', 'c.annotated.xlsx', '--profile', 'rokugo.json'], { cwd: dir });
    expect(annotate.code).toBe(0);
    // The flagged grade cell, and one progress chart per indicator the profile read.
    expect(annotate.stdout).toMatch(/1 cells marked .*; 4 progress charts/);
    expect(annotate.stdout).toMatch(/事務事業評価!F20 {2}warning {2}Grade inconsistent with the numbers/);
    const charts = await cli(['charts', 'rokugo-b.xlsx', '-o', 'b.charts.xlsx', '--profile', 'rokugo.json'], { cwd: dir });
    expect(charts.code).toBe(0);
    // Each chart added, by its indicator.
    expect(charts.stdout).toBe('rokugo-b.xlsx → b.charts.xlsx: 3 charts (beside)\n  子育て支援センターの利用者数\n  育児相談の件数\n  講座の満足度\n');
    const summary = await cli(['summary', ...OTHERS, '-o', 'summary.xlsx', '--profile', 'rokugo.json'], { cwd: dir });
    expect(summary.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(path.join(dir, 'summary.xlsx')) as unknown as ExcelJS.Buffer);
    const all: unknown[] = [];
    book.getWorksheet('評価サマリー')!.eachRow((row) => row.eachCell((c) => all.push(c.text)));
    for (const name of ['子育て支援センターの利用者数', '空き家バンクの成約件数', '図書の貸出冊数']) expect(all).toContain(name);
    const fill = await cli(['fill', 'rokugo-b.xlsx', '-o', 'b.filled.xlsx', '--profile', 'rokugo.json'], { cwd: dir });
    expect(fill.code).toBe(0);
    // Every めやす of the sixth city is written: nothing to fill, the profile does not invent any, and
    // an empty plan writes no output (issue 8).
    expect(fill.stdout).toMatch(/nothing to change, so b\.filled\.xlsx was not written/);
    expect(fs.existsSync(path.join(dir, 'b.filled.xlsx'))).toBe(false);
  }, 60_000);

  test('a profile saved in the workbook is used without --profile', async () => {
    const wb = await XlsxWorkbook.open(new Uint8Array(fs.readFileSync(path.join(dir, 'rokugo-d.xlsx'))), 'd');
    await wb.writeSettings({ profiles: [JSON.parse(fs.readFileSync(ROKUGO_PROFILE, 'utf8'))] });
    fs.writeFileSync(path.join(dir, 'taught-d.xlsx'), await wb.toBytes());
    const r = JSON.parse((await cli(['check', '--json', 'taught-d.xlsx'], { cwd: dir })).stdout) as Report;
    expect(r.files[0].sheets[0].indicators.map((i) => i.name)).toEqual(['図書の貸出冊数', '利用者満足度調査で満足と答えた割合']);
  });

  describe('a malformed or unreadable profile: one line naming the file and the field, exit 2, nothing written', () => {
    const broken = (dir: string) => {
      const p = JSON.parse(fs.readFileSync(ROKUGO_PROFILE, 'utf8'));
      p.tables[0].rows.baseline = 1;
      fs.writeFileSync(path.join(dir, 'broken.json'), JSON.stringify(p));
      fs.writeFileSync(path.join(dir, 'syntax.json'), '{ "evalsheetProfile": 1,');
    };
    test.each([
      ['check', ['check', 'rokugo-b.xlsx']],
      ['fill', ['fill', 'rokugo-b.xlsx', '-o', 'out-fill.xlsx']],
      ['annotate', ['annotate', 'rokugo-b.xlsx', '-o', 'out-annotate.xlsx']],
      ['charts', ['charts', 'rokugo-b.xlsx', '-o', 'out-charts.xlsx']],
      ['summary', ['summary', 'rokugo-b.xlsx', '-o', 'out-summary.xlsx']],
    ])('%s', async (_name, argv) => {
      broken(dir);
      const before = fs.readdirSync(dir).sort();
      const r = await cli([...argv, '--profile', 'broken.json'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      // One line in the user's language (English here), then where the help is.
      expect(r.stderr.split('\n')[0]).toBe('evalsheet: --profile broken.json: tables[0].rows.baseline: Give the row labels as a string or a list of strings.');
      expect(fs.readdirSync(dir).sort()).toEqual(before);
    });

    test('not JSON, and no such file', async () => {
      broken(dir);
      const syntax = await cli(['check', 'rokugo-b.xlsx', '--profile', 'syntax.json'], { cwd: dir });
      expect(syntax.code).toBe(2);
      expect(syntax.stderr.split('\n')[0]).toMatch(/^evalsheet: --profile syntax\.json: \(JSON\): Not valid JSON \(.+\); check the file's syntax\.$/);
      const missing = await cli(['check', 'rokugo-b.xlsx', '--profile', 'nowhere.json'], { cwd: dir });
      expect(missing.code).toBe(2);
      expect(missing.stderr.split('\n')[0]).toBe('evalsheet: --profile nowhere.json: no such file');
      // A good profile given first does not excuse a bad one after it.
      const second = await cli(['check', 'rokugo-b.xlsx', '--profile', 'rokugo.json', '--profile', 'broken.json'], { cwd: dir });
      expect(second.code).toBe(2);
    });
  });
});
