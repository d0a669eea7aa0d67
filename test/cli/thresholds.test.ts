import * as fs from 'fs';
import * as path from 'path';
import type { Report } from '../../src/core/report/types';
import type { Settings } from '../../src/core/settings';
import { XlsxWorkbook } from '../../src/xlsx';
import { fixtureBytes } from '../support/fixtures';
import { cli, scratch } from './helpers';

/**
 * Kitakami publishes the wording of its grades, not the thresholds. Item 2 (A28, graded B in G28)
 * refers to ①, 43 → 70 over R1…R7 (期待値 R5 61). With ① R5 actual 58 the progress is
 * (58 − 43) / (61 − 43) = 83%: B under the default thresholds (B ≥ 80%), C when B needs 90%.
 */
async function onTrack(dir: string, name: string, settings: Partial<Settings> | null): Promise<string> {
  const wb = await XlsxWorkbook.open(fixtureBytes('kitakami.xlsx'), name);
  const r = await wb.applyPlan({ title: { ja: '実績', en: 'Actual' }, ops: [{ op: 'set-value', sheet: '9-2', cell: 'H38', value: 58, expect: 96 }] });
  expect(r.applied).toBe(1);
  if (settings) await wb.writeSettings(settings);
  fs.writeFileSync(path.join(dir, name), await wb.toBytes());
  return name;
}

/** The grade findings of a check --json run as [cell, suggested]. */
async function grades(dir: string, argv: string[]): Promise<{ code: number; stderr: string; list: [string, unknown][] }> {
  const r = await cli(['check', '--json', ...argv], { cwd: dir });
  const list = r.code === 2 && r.stdout === '' ? [] : (JSON.parse(r.stdout) as Report).files.flatMap((f) => f.findings.filter((x) => x.rule === 'grade-inconsistent').map((x): [string, unknown] => [x.cell, x.data.suggested]));
  return { code: r.code, stderr: r.stderr, list };
}

const ITEM1: [string, unknown] = ['G26', 'D']; // item 1: ② −521%, flagged under any thresholds

describe('--thresholds', () => {
  it.each([['check'], ['fill'], ['annotate'], ['charts'], ['summary']])('%s --help shows it', async (command) => {
    const r = await cli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/--thresholds <list> minimum progress per grade in percent, e\.g\. "A=100,B=80,C=50" \(the last grade takes the rest; "preset": the preset's own\)/);
  });

  it('percent thresholds reach the engine: a B at 83% is consistent under the default, inconsistent when B needs 90%', async () => {
    const dir = scratch();
    const file = await onTrack(dir, 'k.xlsx', null);
    expect(await grades(dir, [file])).toEqual({ code: 0, stderr: '', list: [ITEM1] });
    expect(await grades(dir, ['--thresholds', 'A=100,B=90,C=50', file])).toEqual({ code: 0, stderr: '', list: [ITEM1, ['G28', 'C']] });
    // As people type them: spaces, 「%」, full-width digits and 「、」; a partial list keeps the preset's others.
    expect((await grades(dir, ['--thresholds', ' A = 100% , B=９０％', '--preset', 'kitakami', file])).list).toEqual([ITEM1, ['G28', 'C']]);
    expect((await grades(dir, ['--thresholds', 'B=90、C=50', file])).list).toEqual([ITEM1, ['G28', 'C']]);
    // Just under 83%: still B.
    expect((await grades(dir, ['--thresholds', 'B=83', file])).list).toEqual([ITEM1]);
  });

  it.each([
    ['A100', /--thresholds: "A100" has "A100", not grade=percent; write grade=percent pairs, e\.g\. A=100,B=80,C=50/],
    ['A=lots', /gives "lots" for A, not a number/],
    ['A=', /gives "" for A, not a number/],
    ['A=100,,C=50', /has an empty entry/],
    ['A=100,A=90', /gives A twice/],
    ['', /has an empty entry/],
  ])('"%s" is misuse (exit 2), before any file is read', async (value, message) => {
    const r = await cli(['check', '--thresholds', value, 'missing.xlsx'], { cwd: scratch() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('missing.xlsx');
    expect(r.stdout).toBe('');
  });

  it('thresholds that do not fit the preset are misuse: at once with --preset, per file without', async () => {
    const dir = scratch();
    const file = await onTrack(dir, 'k.xlsx', null);
    const early = await cli(['check', '--preset', 'nagoya-port', '--thresholds', 'A=100,B=80', file], { cwd: dir });
    expect(early.code).toBe(2);
    // One language, one line of what is wrong, then where the help is.
    expect(early.stderr).toBe('evalsheet: --thresholds: Preset "nagoya-port" has no threshold for A, B (thresholds are for 順調, やや遅れ; 遅れ takes the rest)\nSee evalsheet check --help\n');
    const falling = await cli(['check', '--thresholds', 'A=80,B=90', file], { cwd: dir });
    expect(falling.code).toBe(2);
    expect(falling.stderr).toMatch(/^evalsheet: --thresholds: k\.xlsx \(preset default\): Thresholds must fall from the best grade down: B 90% is not below A 80%/);
    expect(falling.stdout).toBe('');
    // The last grade takes the rest: no minimum can be given for it.
    expect((await cli(['check', '--thresholds', 'D=10', file], { cwd: dir })).stderr).toMatch(/has no threshold for D/);
    // An edit that does not fit writes nothing.
    const fill = await cli(['fill', '--thresholds', 'A=80,B=90', file, '-o', 'out.xlsx'], { cwd: dir });
    expect(fill.code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'out.xlsx'))).toBe(false);
  });

  it('annotate and summary grade under them too', async () => {
    const dir = scratch();
    const file = await onTrack(dir, 'k.xlsx', null);
    const plain = await cli(['annotate', file, '-o', 'plain.xlsx'], { cwd: dir });
    expect(plain.stdout).not.toMatch(/9-2!G28 +\w+ +Grade inconsistent with the numbers/);
    const strict = await cli(['annotate', '--thresholds', 'A=100,B=90,C=50', file, '-o', 'strict.xlsx'], { cwd: dir });
    expect(strict.code).toBe(0);
    expect(strict.stdout).toMatch(/9-2!G28 +info +Grade inconsistent with the numbers/);
    const summary = await cli(['summary', '--thresholds', 'A=100,B=90,C=50', file, '-o', 'summary.xlsx'], { cwd: dir });
    expect(summary.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'summary.xlsx'))).toBe(true);
    expect((await cli(['summary', '--thresholds', 'B=x', file, '-o', 'bad.xlsx'], { cwd: dir })).code).toBe(2);
    expect((await cli(['charts', '--thresholds', 'B=x', file, '-o', 'bad.xlsx'], { cwd: dir })).code).toBe(2);
  });
});

describe('thresholds stored in the workbook (xlsx store)', () => {
  const stricter = { preset: 'kitakami', thresholds: { A: 1, B: 0.9, C: 0.5 } };

  it('round-trip through the hidden store sheet, and check grades under them', async () => {
    const dir = scratch();
    const file = await onTrack(dir, 'stored.xlsx', stricter);
    const reopened = await XlsxWorkbook.open(new Uint8Array(fs.readFileSync(path.join(dir, file))), file);
    expect(await reopened.readSettings()).toEqual(stricter);
    expect(await grades(dir, [file])).toEqual({ code: 0, stderr: '', list: [ITEM1, ['G28', 'C']] });
    const report = JSON.parse((await cli(['check', '--json', file], { cwd: dir })).stdout) as Report;
    expect(report.files[0].findings.find((f) => f.cell === 'G28')?.message.en).toContain('83.3%');
  });

  it('the command line overrides them; "preset" and another preset go back to the preset’s own', async () => {
    const dir = scratch();
    const file = await onTrack(dir, 'stored.xlsx', stricter);
    expect((await grades(dir, ['--thresholds', 'A=100,B=80,C=50', file])).list).toEqual([ITEM1]);
    expect((await grades(dir, ['--thresholds', 'preset', file])).list).toEqual([ITEM1]);
    // Stored thresholds belong to the stored preset (kitakami): --preset default starts from its own.
    expect((await grades(dir, ['--preset', 'default', file])).list).toEqual([ITEM1]);
    // The same preset named again keeps them; --year alone keeps them.
    expect((await grades(dir, ['--preset', 'kitakami', file])).list).toEqual([ITEM1, ['G28', 'C']]);
    expect((await grades(dir, ['--year', 'R5', file])).list).toEqual([ITEM1, ['G28', 'C']]);
  });

  it('a bad stored value is a one-line settings problem on stderr; the preset’s own thresholds apply', async () => {
    const dir = scratch();
    const file = await onTrack(dir, 'bad.xlsx', { preset: 'kitakami', thresholds: { A: 0.5, B: 0.9 } });
    const r = await grades(dir, [file]);
    expect(r.code).toBe(0);
    expect(r.list).toEqual([ITEM1]);
    expect(r.stderr).toBe('evalsheet: bad.xlsx: settings thresholds: Thresholds must fall from the best grade down: B 90% is not below A 50%\n');
    // The command line's own fixes it without a word.
    expect(await grades(dir, ['--thresholds', 'A=100,B=90,C=50', file])).toEqual({ code: 0, stderr: '', list: [ITEM1, ['G28', 'C']] });
  });
});
