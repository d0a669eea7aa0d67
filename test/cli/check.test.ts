import * as fs from 'fs';
import * as path from 'path';
import type { Report } from '../../src/core/report/types';
import { cli, scratch } from './helpers';

describe('evalsheet check', () => {
  it('exits 0 and prints a readable report grouped by file and sheet when there are no errors', async () => {
    const dir = scratch(['kitakami.xlsx']);
    const r = await cli(['check', 'kitakami.xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('kitakami.xlsx');
    expect(lines[1]).toMatch(/^ {2}9-2 — indicator blocks · FY2023 \(R5\): 0 errors, 2 warnings, 3 info$/);
    expect(r.stdout).toMatch(/warning +G26 +Grade inconsistent with the numbers: /);
    // Issue 12: the 達成状況 text's own figures disagree (6件増 for 14 → 66), with its 「対応」.
    expect(r.stdout).toMatch(/warning +F27 +Stated change contradicts its numbers: F27: "相談対応・企画支援件数6件増\(令和4年度:14件→令和5年度:66件\)" states a rise of 6件, but 14件 → 66件 is a difference of 52件/);
    expect(r.stdout).toContain('To do: Compare the stated change with the numbers beside it and correct the text so they agree.');
    // No negative progress: the sheet's −521% reads as below the baseline.
    expect(r.stdout).toContain('below the baseline, away from the target (actual 38.7, baseline 48.6)');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('Total: 1 file (0 unreadable), 0 errors, 2 warnings, 3 info');
    expect(r.stderr).toBe('');
  });

  it('exits 1 when errors are found, and speaks Japanese under a ja locale or --lang ja', async () => {
    const dir = scratch(['kitakami-defects.xlsx']);
    const ja = await cli(['check', 'kitakami-defects.xlsx'], { cwd: dir, env: { LANG: 'ja_JP.UTF-8' } });
    expect(ja.code).toBe(1);
    expect(ja.stdout).toContain('エラー');
    expect(ja.stdout).toMatch(/合計：1 ファイル/);
    const en = await cli(['check', 'kitakami-defects.xlsx', '--lang', 'en'], { cwd: dir, env: { LANG: 'ja_JP.UTF-8' } });
    expect(en.stdout).toMatch(/Total: 1 file /);
    // Fixes read as the sheet shows them: ① has one decimal, so 52 is "52.0".
    expect(en.stdout).toMatch(/^ +warning F39 +Expected value blank: .*gives 52\.0\n +Fix: Write 52\.0 in F39\n +To do: The Expected values view writes the computed values for you\.$/m);
    const forced = await cli(['check', 'kitakami-defects.xlsx', '--lang', 'ja'], { cwd: dir });
    expect(forced.stdout).toMatch(/合計/);
  });

  it('--json prints exactly the report shape of RULES.md', async () => {
    const dir = scratch(['kitakami.xlsx']);
    const r = await cli(['check', '--json', 'kitakami.xlsx'], { cwd: dir });
    const report = JSON.parse(r.stdout) as Report;
    expect(Object.keys(report)).toEqual(['version', 'files', 'summary']);
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(report.files[0])).toEqual(['file', 'error', 'sheets', 'findings']);
    expect(report.files[0].file).toBe('kitakami.xlsx');
    expect(report.files[0].error).toBeNull();
    const sheet = report.files[0].sheets[0];
    expect(Object.keys(sheet)).toEqual(['sheet', 'kind', 'layouts', 'evaluationYear', 'reading', 'overallGrade', 'items', 'indicators']);
    // How it was read (RULES.md reading): Kitakami's first indicator block, its rows by role.
    expect(sheet.reading[0]).toEqual({ layout: 'indicator-blocks', range: 'A35:J39', profile: null, orientation: 'across', roles: { id: 'A', name: 'A', unit: 'B', years: '37', actual: '38', plan: '39' } });
    expect(sheet).toMatchObject({ sheet: '9-2', kind: 'evaluation', layouts: ['indicator-blocks'], evaluationYear: 2023, overallGrade: { value: 'B', cell: 'B16' } });
    const ind = sheet.indicators[0];
    expect(Object.keys(ind)).toEqual(['id', 'name', 'unit', 'cell', 'direction', 'baseline', 'target', 'years', 'progress']);
    expect(ind.baseline).toEqual({ year: 2019, value: 43 });
    expect(ind.target).toEqual({ year: 2025, value: 70 });
    expect(Object.keys(ind.years[0])).toEqual(['year', 'label', 'actual', 'expected', 'actualCell', 'expectedCell', 'note']);
    expect(Object.keys(report.files[0].findings[0])).toEqual(['rule', 'severity', 'sheet', 'cell', 'message', 'data', 'fix']);
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 2, info: 3 });
    expect(report.files[0].findings.filter((f) => f.rule === 'narrative-figure-inconsistent').map((f) => [f.cell, f.data.from, f.data.to, f.data.difference])).toEqual([['F27', '14件', '66件', 52]]);
  });

  it('--year and --preset reach the engine; bad values are misuse (exit 2)', async () => {
    const dir = scratch(['kitakami.xlsx']);
    const r4 = JSON.parse((await cli(['check', '--json', '--year', 'R4', 'kitakami.xlsx'], { cwd: dir })).stdout) as Report;
    expect(r4.files[0].sheets[0].evaluationYear).toBe(2022);
    const western = JSON.parse((await cli(['check', '--json', '--year', '2022', 'kitakami.xlsx'], { cwd: dir })).stdout) as Report;
    expect(western.files[0].sheets[0].evaluationYear).toBe(2022);
    const badYear = await cli(['check', '--year', 'someday', 'kitakami.xlsx'], { cwd: dir });
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toContain('--year');
    const badPreset = await cli(['check', '--preset', 'nope', 'kitakami.xlsx'], { cwd: dir });
    expect(badPreset.code).toBe(2);
    expect(badPreset.stderr).toMatch(/no preset "nope" \(one of default, /);
    const preset = await cli(['check', '--json', '--preset', 'osaka-library', 'kitakami.xlsx'], { cwd: dir });
    expect(preset.code).toBe(0);
  });

  it('reports each unreadable file in one line naming it, exits 2, and still checks the others', async () => {
    const dir = scratch(['not-an-xlsx.xlsx', 'kitakami.xlsx', 'corrupt.xlsx', 'empty.xlsx']);
    const r = await cli(['check', '--json', 'not-an-xlsx.xlsx', 'kitakami.xlsx', 'corrupt.xlsx', 'empty.xlsx', 'missing.xlsx'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^evalsheet: not-an-xlsx\.xlsx: not an Excel workbook \(\.xlsx\)\.$/);
    expect(lines[1]).toMatch(/^evalsheet: corrupt\.xlsx: the workbook is damaged/);
    expect(lines[2]).toMatch(/^evalsheet: empty\.xlsx: the file is empty/);
    expect(lines[3]).toMatch(/^evalsheet: missing\.xlsx: no such file/);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files.map((f) => [f.file, f.error?.code ?? null])).toEqual([
      ['not-an-xlsx.xlsx', 'not-xlsx'],
      ['kitakami.xlsx', null],
      ['corrupt.xlsx', 'corrupt'],
      ['empty.xlsx', 'empty'],
      ['missing.xlsx', 'unreadable'],
    ]);
    expect(report.files[1].sheets).toHaveLength(1);
    expect(report.files[0]).toEqual({ file: 'not-an-xlsx.xlsx', error: report.files[0].error, sheets: [], findings: [] });
  });

  it('checks every .xlsx in a folder recursively, skipping Excel lock files and other files', async () => {
    const dir = scratch();
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    const { fixturePath } = await import('../support/fixtures');
    fs.copyFileSync(fixturePath('kitakami.xlsx'), path.join(dir, 'a', 'kitakami.xlsx'));
    fs.copyFileSync(fixturePath('shinjo.xlsx'), path.join(dir, 'a', 'b', 'shinjo.xlsx'));
    fs.writeFileSync(path.join(dir, 'a', '~$kitakami.xlsx'), 'lock');
    fs.writeFileSync(path.join(dir, 'a', 'readme.txt'), 'x');
    const r = await cli(['check', '--json', 'a'], { cwd: dir });
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files.map((f) => f.file)).toEqual([path.join('a', 'b', 'shinjo.xlsx'), path.join('a', 'kitakami.xlsx')]);
    expect(r.stderr).toBe('');
  });

  it('shows progress on stderr only for more than three files and a terminal', async () => {
    const files = ['kitakami.xlsx', 'shinjo.xlsx', 'niigata.xlsx', 'ichinoseki.xlsx'];
    const dir = scratch(files);
    const tty = await cli(['check', '--json', ...files], { cwd: dir, tty: true });
    // One line updated in place (carriage return, erase to the end), cleared at the end.
    expect(tty.stderr.split('\r').filter((l) => l.startsWith('['))).toEqual(['[1/4] kitakami.xlsx\x1b[K', '[2/4] shinjo.xlsx\x1b[K', '[3/4] niigata.xlsx\x1b[K', '[4/4] ichinoseki.xlsx\x1b[K']);
    expect(tty.stderr).not.toContain('\n');
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect((await cli(['check', '--json', ...files], { cwd: dir, tty: false })).stderr).toBe('');
    expect((await cli(['check', '--json', ...files.slice(0, 3)], { cwd: dir, tty: true })).stderr).toBe('');
  });

  it('an empty folder is misuse', async () => {
    const r = await cli(['check', '.'], { cwd: scratch() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no .xlsx files');
  });
});

describe('evalsheet usage', () => {
  it.each([['--help'], ['check', '--help'], ['fill', '--help'], ['annotate', '--help']])('%s prints help and exits 0', async (...argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: evalsheet/);
  });

  it('no arguments, an unknown command or option, or a missing -o is misuse (exit 2)', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['check', '--nope', 'x.xlsx'])).code).toBe(2);
    const noOut = await cli(['fill', 'x.xlsx']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/--output/);
  });

  it('--version prints the package version', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
  });
});

describe('settings stored in the workbook', () => {
  it('are used, overridden by the command line, and a bad stored one is a one-line problem, not a crash', async () => {
    const { XlsxWorkbook } = await import('../../src/xlsx');
    const { fixtureBytes } = await import('../support/fixtures');
    const dir = scratch();
    const wb = await XlsxWorkbook.open(fixtureBytes('kitakami.xlsx'), 'k.xlsx');
    await wb.writeSettings({ evaluationYear: 2022 });
    fs.writeFileSync(path.join(dir, 'stored.xlsx'), await wb.toBytes());
    const stored = JSON.parse((await cli(['check', '--json', 'stored.xlsx'], { cwd: dir })).stdout) as Report;
    expect(stored.files[0].sheets[0].evaluationYear).toBe(2022);
    const overridden = JSON.parse((await cli(['check', '--json', '--year', 'R5', 'stored.xlsx'], { cwd: dir })).stdout) as Report;
    expect(overridden.files[0].sheets[0].evaluationYear).toBe(2023);

    await wb.writeSettings({ preset: 'no-such-preset' });
    fs.writeFileSync(path.join(dir, 'bad.xlsx'), await wb.toBytes());
    const bad = await cli(['check', 'bad.xlsx'], { cwd: dir });
    expect(bad.code).toBe(0);
    expect(bad.stderr).toMatch(/^evalsheet: bad\.xlsx: settings preset: No grade preset "no-such-preset"/);
  });

  it('says how each sheet was read, lists a sheet it could not read with sheet-unrecognized, and counts it in the closing line', async () => {
    const dir = scratch(['niigata.xlsx', 'unrecognized.xlsx']);
    const en = await cli(['check', '--lang', 'en', 'niigata.xlsx', 'unrecognized.xlsx'], { cwd: dir });
    expect(en.code).toBe(0); // a warning, not an error
    const lines = en.stdout.split('\n');
    expect(lines).toContain('    Read as a plan/actual table: B12:H44');
    expect(lines).toContain('  成果指標: looks like an evaluation sheet but could not be read (not checked)');
    expect(en.stdout).toMatch(/warning +C3 +Sheet not read: This sheet looks like an evaluation sheet/);
    expect(lines).toContain('  メモ: not an evaluation sheet (skipped)');
    expect(en.stdout.trimEnd().split('\n').pop()).toMatch(/; 1 sheet could not be read$/);
    // In the closing table the file is neither ready nor without an evaluation sheet: a sheet was not read.
    expect(en.stdout).toMatch(/^unrecognized\.xlsx +0 +1 +sheet not read$/m);
    const ja = await cli(['check', '--lang', 'ja', 'niigata.xlsx', 'unrecognized.xlsx'], { cwd: dir });
    expect(ja.stdout).toContain('    計画・実績の表として読みました: B12:H44');
    expect(ja.stdout.trimEnd().split('\n').pop()).toMatch(/、読み取れなかったシート 1$/);
  });
});
