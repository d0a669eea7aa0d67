import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { buildHostile, FIFO_CASE, type HostileCase } from './build';

/**
 * Every hostile input through the real command line (`npm run build:cli` first): the exit status,
 * one clear line naming the file (no JavaScript internals), a complete JSON document, the input
 * unchanged; then all of them in one batch, where every file is answered.
 */
const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'evalsheet.js');
const DIR = path.join(ROOT, 'test-output', 'hostile');

const cases: HostileCase[] = buildHostile(DIR);
try {
  execFileSync('mkfifo', [path.join(DIR, FIFO_CASE.name)]);
  cases.push(FIFO_CASE);
} catch {
  cases.push({ ...FIFO_CASE, skip: 'mkfifo is not available here' });
}

function digest(p: string): string | null {
  try {
    const st = fs.lstatSync(p);
    if (!st.isFile()) return `${st.mode}`;
    return createHash('sha256').update(fs.readFileSync(p)).digest('hex');
  } catch {
    return null;
  }
}

function check(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'check', '--json', '--lang', 'en', ...args], { cwd: DIR, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}

const INTERNALS = /TypeError|RangeError|ReferenceError|at .*\.js:\d+|node_modules|JSZip|Cannot read prop|undefined is not/;

describe('the hostile corpus (read side)', () => {
  it('has at least 40 inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of cases) {
    const title = `${c.name}: ${c.what} → exit ${c.exit}${c.code ? `, ${c.code}` : ''}`;
    if (c.skip) {
      // Said, not hidden: the reason is the test's name.
      it(`${title} (not run: ${c.skip})`, () => expect(c.skip).toBeTruthy());
      continue;
    }
    it(title, () => {
      const before = digest(path.join(DIR, c.name));
      const r = check([c.name]);
      expect(r.timedOut).toBe(false);
      expect([c.name, r.status]).toEqual([c.name, c.exit]);
      expect(r.stderr).not.toMatch(INTERNALS);
      expect(r.stderr).not.toMatch(/internal error/);
      if (c.name !== 'folder.xlsx') {
        const doc = JSON.parse(r.stdout) as { files: { file: string; error: { code: string; message: string } | null }[]; summary: Record<string, number> };
        expect(doc.files).toHaveLength(1);
        const f = doc.files[0];
        if (c.code) {
          expect(f.error?.code).toBe(c.code);
          expect(f.error!.message.startsWith(c.name)).toBe(true);
          expect(f.error!.message.split('\n')).toHaveLength(1);
          expect(f.error!.message).not.toMatch(INTERNALS);
        } else {
          expect(f.error).toBeNull();
        }
        if (c.message) expect(`${f.error?.message ?? ''}\n${r.stderr}`).toMatch(c.message);
        for (const [k, v] of Object.entries(c.counts ?? {})) expect([k, doc.summary[k]]).toEqual([k, v]);
      }
      expect(digest(path.join(DIR, c.name))).toBe(before);
    });
  }

  it('answers every file of one batch, in one complete JSON document, exit 2', () => {
    const names = cases.filter((c) => !c.skip && c.name !== 'folder.xlsx').map((c) => c.name);
    const r = check(names);
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout) as { files: { file: string }[]; summary: { files: number } };
    expect(doc.files.map((f) => f.file)).toEqual(names);
    expect(doc.summary.files).toBe(names.length);
  });
});
