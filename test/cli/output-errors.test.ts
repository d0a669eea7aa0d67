import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturePath } from '../support/fixtures';
import { cli, scratch } from './helpers';

/**
 * An output that cannot be written — a read-only folder, a full disk — is one plain line naming
 * the output and what to do (no stack, no help hint), exit 2, and no temporary file is left.
 */

const BIN = path.join(__dirname, '..', '..', 'bin', 'evalsheet.js');
const NOBODY = 65534;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** A folder the CLI may read but not write in (chmod 555). Root writes anywhere, so the CLI then runs as nobody. */
function readOnlySetup(): { dir: string; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-ro-'));
  fs.chmodSync(dir, 0o755);
  fs.copyFileSync(fixturePath('kitakami-defects.xlsx'), path.join(dir, 'in.xlsx'));
  fs.chmodSync(path.join(dir, 'in.xlsx'), 0o644);
  const out = path.join(dir, 'out');
  fs.mkdirSync(out);
  fs.chmodSync(out, 0o555);
  return { dir, out };
}

function runCli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

describe('a read-only output folder (chmod 555)', () => {
  let setup: { dir: string; out: string };
  beforeAll(() => (setup = readOnlySetup()));
  afterAll(() => {
    fs.chmodSync(setup.out, 0o755);
    fs.rmSync(setup.dir, { recursive: true, force: true });
  });

  test.each([
    ['fill', 'en', /^evalsheet: out\/filled\.xlsx: cannot be written: the folder .*\/out is read-only or you may not write in it; give another folder with -o, or ask for write permission\.\n$/],
    ['annotate', 'ja', /^evalsheet: 「out\/filled\.xlsx」を書き込めません。出力先フォルダ「.*\/out」が読み取り専用か、書き込みの権限がありません。-o で別のフォルダを指定するか、書き込みの権限を確かめてください。\n$/],
    ['summary', 'en', /^evalsheet: out\/filled\.xlsx: cannot be written: the folder .*read-only/],
  ])('%s (%s): one line, exit 2, nothing left in the folder', (command, lang, line) => {
    const r = runCli([command, 'in.xlsx', '-o', 'out/filled.xlsx', '--lang', lang], setup.dir);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(line);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at |See evalsheet/);
    expect(fs.readdirSync(setup.out)).toEqual([]);
  });
});

describe('a full disk (ENOSPC from the write function)', () => {
  /** Writes half the bytes, then fails as a full disk does. */
  const fullDisk = (file: string, bytes: Uint8Array) => {
    fs.writeFileSync(file, bytes.subarray(0, bytes.length >> 1), { flag: 'wx' });
    throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  };

  test.each([
    ['fill', 'en', 'evalsheet: out.xlsx: cannot be written: the disk is full; free some space, or give another disk with -o, then run again.\n'],
    ['annotate', 'ja', 'evalsheet: 「out.xlsx」を書き込めません。ディスクの空き容量が足りません。空き容量を増やすか、-o で別のディスクを指定して、もう一度実行してください。\n'],
    ['charts', 'en', 'evalsheet: out.xlsx: cannot be written: the disk is full; free some space, or give another disk with -o, then run again.\n'],
  ])('%s (%s): the plain line, exit 2, no temporary file, no output', async (command, lang, line) => {
    const dir = scratch(['kitakami-defects.xlsx']);
    const r = await cli([command, 'kitakami-defects.xlsx', '-o', 'out.xlsx', '--lang', lang], { cwd: dir, writeFile: fullDisk });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(line);
    expect(fs.readdirSync(dir)).toEqual(['kitakami-defects.xlsx']);
  });

  test('with --force over an old output: the old output stays whole', async () => {
    const dir = scratch(['kitakami-defects.xlsx']);
    fs.writeFileSync(path.join(dir, 'out.xlsx'), 'the old output');
    const r = await cli(['fill', 'kitakami-defects.xlsx', '-o', 'out.xlsx', '--force', '--lang', 'en'], { cwd: dir, writeFile: fullDisk });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'out.xlsx'), 'utf8')).toBe('the old output');
    expect(fs.readdirSync(dir).sort()).toEqual(['kitakami-defects.xlsx', 'out.xlsx']);
  });

  test('summary: the same line', async () => {
    const dir = scratch(['kitakami-defects.xlsx', 'kitakami.xlsx']);
    const r = await cli(['summary', 'kitakami-defects.xlsx', 'kitakami.xlsx', '-o', 'out.xlsx', '--lang', 'en'], { cwd: dir, writeFile: fullDisk });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('evalsheet: out.xlsx: cannot be written: the disk is full');
    expect(fs.readdirSync(dir).sort()).toEqual(['kitakami-defects.xlsx', 'kitakami.xlsx']);
  });
});
