import { execFileSync, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { displayWidth } from '../../src/cli/format-report';
import { pickLang } from '../../src/cli/lang';
import { fixturePath } from '../support/fixtures';
import { cli, scratch } from './helpers';

/** Issue 10: what a person reads on the command line. */

const JA = { LANG: 'ja_JP.UTF-8' };

async function memoOnly(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('メモ');
  ws.getCell('A1').value = '提出前に担当課長の確認を受けること';
  wb.addWorksheet('連絡先').getCell('A1').value = '企画課 内線 1234';
  await wb.xlsx.writeFile(file);
}

describe('the committee summary never shows raw JSON', () => {
  test('a row without an item (③ that no item refers to) has a blank No. cell, not {"text":"",…}', async () => {
    const dir = scratch(['kitakami-defects.xlsx', 'kitakami.xlsx']);
    for (const args of [['kitakami-defects.xlsx'], ['kitakami-defects.xlsx', 'kitakami.xlsx']]) {
      const r = await cli(['summary', ...args, '-o', 's.xlsx', '--force'], { cwd: dir });
      expect(r.code).toBe(0);
      const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 's.xlsx')));
      const xml = (await Promise.all(Object.keys(zip.files).filter((k) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(k)).map((k) => zip.file(k)!.async('string')))).join('');
      expect(xml).not.toContain('{&quot;text&quot;');
      expect(xml).not.toContain('"hyperlink"');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(path.join(dir, 's.xlsx')) as unknown as ExcelJS.Buffer);
      let rowsWithoutItem = 0;
      const noCol = 2; // policy, No., department, indicator … file, sheet
      const ws = wb.getWorksheet('評価サマリー')!;
      let header = Infinity;
      ws.eachRow((row, n) => {
        if (header === Infinity && row.getCell(1).text.startsWith('基本方針 / 基本施策')) header = n;
      });
      ws.eachRow((row, n) => {
        if (n <= header) return;
        row.eachCell((c) => expect(c.text).not.toMatch(/^\{"/));
        const no = row.getCell(noCol).value;
        if (row.getCell(noCol + 2).text.startsWith('③')) {
          rowsWithoutItem += 1;
          expect(no).toBeNull();
        }
      });
      expect(rowsWithoutItem).toBe(1);
    }
  });
});

describe('folder runs name every file they leave out', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratch();
    fs.mkdirSync(path.join(dir, 'in'));
    fs.copyFileSync(fixturePath('kitakami.xlsx'), path.join(dir, 'in', '部局10.xlsx'));
    fs.copyFileSync(fixturePath('kitakami-defects.xlsx'), path.join(dir, 'in', '部局2.xlsm'));
    // An Excel 97-2003 file starts with the compound-file signature.
    fs.writeFileSync(path.join(dir, 'in', '部局3.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('check reads .xlsm, names the .xls with the reason, counts it, and ends with a table in natural order', async () => {
    const r = await cli(['check', 'in'], { cwd: dir, env: JA });
    expect(r.code).toBe(2);
    const out = r.stdout;
    expect(out).toContain(`${path.join('in', '部局3.xls')}\n  ✗ 読みませんでした: Excel 97-2003 形式（.xls）は読めません。.xlsx で保存し直してください。`);
    // 部局2 before 部局10, as Explorer sorts them.
    expect(out.indexOf(path.join('in', '部局2.xlsm'))).toBeLessThan(out.indexOf(path.join('in', '部局10.xlsx')));
    const table = out.split('\n').filter((l) => /^in/.test(l) && /提出可|要修正/.test(l));
    expect(table).toHaveLength(2);
    expect(table[0]).toMatch(/^in.部局2\.xlsm +9 +15 +要修正$/);
    expect(table[1]).toMatch(/^in.部局10\.xlsx +0 +2 +提出可$/);
    expect(out).toMatch(/^ファイル +エラー +警告 +状態$/m);
    expect(out.trimEnd().split('\n').pop()).toBe('合計：2 ファイル（読めないもの 0、読まなかったもの 1）、エラー 9・警告 17・情報 23');
  });

  test('summary takes the .xlsm, names the .xls on stderr and exits 2', async () => {
    const r = await cli(['summary', 'in', '-o', 's.xlsx'], { cwd: dir, env: JA });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`evalsheet: ${path.join('in', '部局3.xls')}: Excel 97-2003 形式（.xls）は読めません。.xlsx で保存し直してください。\n`);
    expect(r.stdout).toMatch(/提出状況・評価サマリー・集計を作成（3 ファイル：提出可 \d、要修正 \d、読めません 1）。読めないファイル 1 件は評価サマリー・集計から除外し、提出状況に記載しました。/);
  });
});

describe('a workbook with no evaluation sheet: nothing to work on, said once, nothing written', () => {
  test('fill, annotate, charts and summary exit 2 and write nothing; the sheets looked at are named', async () => {
    const dir = scratch();
    await memoOnly(path.join(dir, 'memo.xlsx'));
    for (const cmd of ['fill', 'annotate', 'charts', 'summary']) {
      const r = await cli([cmd, 'memo.xlsx', '-o', 'out.xlsx'], { cwd: dir, env: JA });
      expect([cmd, r.code]).toEqual([cmd, 2]);
      expect(fs.existsSync(path.join(dir, 'out.xlsx'))).toBe(false);
      expect(r.stderr).toContain('評価シートが見つからないため、処理するものがありません（確認したシート：「メモ」、「連絡先」）。');
      expect(r.stderr.match(/評価シートが見つからない/g)).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    const check = await cli(['check', 'memo.xlsx'], { cwd: dir, env: JA });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('メモ: 評価シートではありません（対象外）');
  });
});

describe('usage errors: one line in the user\'s language, then where the help is', () => {
  test('an unknown option, a missing -o, a bad --lang', async () => {
    const dir = scratch(['kitakami.xlsx']);
    expect(await cli(['check', '--bogus', 'kitakami.xlsx'], { cwd: dir, env: JA })).toEqual({ code: 2, stdout: '', stderr: 'evalsheet: 「--bogus」というオプションはありません。\n詳しくは evalsheet check --help\n' });
    expect((await cli(['fill', 'kitakami.xlsx'], { cwd: dir, env: JA })).stderr).toBe('evalsheet: オプション「-o」の指定が必要です。\n詳しくは evalsheet fill --help\n');
    expect((await cli(['fill', 'kitakami.xlsx'], { cwd: dir })).stderr).toBe("evalsheet: required option '-o, --output <file>' not specified\nSee evalsheet fill --help\n");
    expect((await cli(['check', '--year', 'X9', 'kitakami.xlsx'], { cwd: dir, env: JA })).stderr).toBe('evalsheet: --year: 年度として読めません。\n詳しくは evalsheet check --help\n');
    expect((await cli(['check', '--lang', 'fr', 'kitakami.xlsx'], { cwd: dir })).stderr).toBe('evalsheet: --lang must be ja or en, not "fr"\nSee evalsheet check --help\n');
  });

  test('file errors in one language; the library detail only with --verbose', async () => {
    const dir = scratch(['corrupt.xlsx']);
    const plain = await cli(['check', 'corrupt.xlsx'], { cwd: dir, env: JA });
    expect(plain.stderr).toBe('evalsheet: 「corrupt.xlsx」は壊れていて読めません。Excel で開いて保存し直してください。\n');
    const verbose = await cli(['check', 'corrupt.xlsx', '--verbose'], { cwd: dir, env: JA });
    expect(verbose.stderr.split('\n')[1]).toMatch(/^ {2}\(corrupt\.xlsx: .+\)$/);
  });

  test('the language: --lang, then LC_ALL / LC_MESSAGES / LANG, then the OS locale', () => {
    expect(pickLang(undefined, {}, () => 'ja-JP')).toBe('ja');
    expect(pickLang(undefined, {}, () => 'en-US')).toBe('en');
    expect(pickLang(undefined, { LANG: 'C.UTF-8' }, () => 'ja-JP')).toBe('en');
    expect(pickLang(undefined, { LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US' }, () => 'en-US')).toBe('ja');
    expect(pickLang('en', { LANG: 'ja_JP.UTF-8' }, () => 'ja-JP')).toBe('en');
  });
});

describe('the readable report', () => {
  test('findings by severity within a sheet, names not ids, wrapped to the terminal with a hanging indent', async () => {
    const dir = scratch(['kitakami-defects.xlsx']);
    let stdout = '';
    const { run } = await import('../../src/cli/main');
    await run(['check', 'kitakami-defects.xlsx'], { stdout: (s) => (stdout += s), stderr: () => undefined, stderrIsTTY: false, env: JA, cwd: dir, columns: 60 });
    const lines = stdout.split('\n');
    for (const l of lines) if (!/^[^ ]/.test(l)) expect(displayWidth(l)).toBeLessThanOrEqual(60);
    const severities = lines.map((l) => /^ {4}(エラー|警告|情報) /.exec(l)?.[1]).filter((s): s is string => !!s);
    expect(severities.indexOf('警告')).toBeGreaterThan(severities.lastIndexOf('エラー'));
    expect(severities.indexOf('情報')).toBeGreaterThan(severities.lastIndexOf('警告'));
    // A continuation sits under the message, not under the severity.
    const g28 = lines.findIndex((l) => /^ {4}エラー +G28 +評価区分にない評価：/.test(l));
    expect(lines[g28 + 1]).toMatch(/^ {19}\S/);
    expect(stdout).not.toMatch(/grade-invalid|expected-missing/);
    expect(stdout).toContain('指標ブロック形式');
  });
});

describe('the built bin', () => {
  const bin = path.join(__dirname, '..', '..', 'bin', 'evalsheet.js');
  test('a closed pipe (| head) ends quietly', () => {
    if (!fs.existsSync(path.join(__dirname, '..', '..', 'lib'))) execFileSync('npm', ['run', 'build:cli'], { stdio: 'pipe' });
    const dir = scratch(['kitakami-defects.xlsx']);
    const files = Array.from({ length: 30 }, () => 'kitakami-defects.xlsx');
    const r = spawnSync('sh', ['-c', `node "${bin}" check ${files.join(' ')} --lang ja | head -1`], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toBe('kitakami-defects.xlsx\n');
    expect(r.stderr).toBe('');
  });
});
