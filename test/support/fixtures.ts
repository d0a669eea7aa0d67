import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The .xlsx fixtures, built by scripts/build-fixtures.ts into test-output/fixtures/ (gitignored)
 * when missing or older than the script or the seed reader. Built in a scratch folder and renamed
 * into place file by file, so parallel jest workers never read a half-written workbook.
 */
const ROOT = path.join(__dirname, '..', '..');
export const FIXTURE_DIR = path.join(ROOT, 'test-output', 'fixtures');
const SOURCES = [path.join(ROOT, 'scripts', 'build-fixtures.ts'), path.join(__dirname, 'seed-tsv.ts')];
/** The last file the script writes: when it is fresh, all are. */
const STAMP_FILES = ['kitakami.xlsx', 'kitakami-9-2.xlsx', 'corrupt.xlsx'];

function stale(): boolean {
  const newest = Math.max(...SOURCES.map((f) => fs.statSync(f).mtimeMs));
  return STAMP_FILES.some((f) => {
    const p = path.join(FIXTURE_DIR, f);
    return !fs.existsSync(p) || fs.statSync(p).mtimeMs < newest;
  });
}

/** tsx's CLI, resolved as Node resolves it (a mutation-testing sandbox has no node_modules of its own). */
const TSX_CLI = path.join(path.dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');

let checked = false;

export function ensureFixtures(): void {
  if (checked) return;
  if (stale()) {
    fs.mkdirSync(path.dirname(FIXTURE_DIR), { recursive: true });
    const scratch = fs.mkdtempSync(path.join(path.dirname(FIXTURE_DIR), 'fixtures-build-'));
    try {
      execFileSync(process.execPath, [TSX_CLI, path.join(ROOT, 'scripts', 'build-fixtures.ts'), scratch], { cwd: ROOT, stdio: 'pipe' });
      fs.mkdirSync(FIXTURE_DIR, { recursive: true });
      for (const f of fs.readdirSync(scratch)) {
        // A folder of fixtures (previous/) replaces the old one whole: rename cannot go over a full folder.
        if (fs.statSync(path.join(scratch, f)).isDirectory()) fs.rmSync(path.join(FIXTURE_DIR, f), { recursive: true, force: true });
        fs.renameSync(path.join(scratch, f), path.join(FIXTURE_DIR, f));
      }
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
  checked = true;
}

/** Absolute path of a built fixture, e.g. fixturePath('kitakami.xlsx'). */
export function fixturePath(name: string): string {
  ensureFixtures();
  const p = path.join(FIXTURE_DIR, name);
  if (!fs.existsSync(p)) throw new Error(`No fixture ${name} in ${FIXTURE_DIR} (see scripts/build-fixtures.ts)`);
  return p;
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(fixturePath(name)));
}
