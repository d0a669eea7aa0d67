import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The sixth city's workbooks (scripts/build-profile-fixtures.ts) in test-output/profile-fixtures/,
 * rebuilt when missing or older than the script; built in a scratch folder and renamed into place.
 */
const ROOT = path.join(__dirname, '..', '..');
export const PROFILE_FIXTURE_DIR = path.join(ROOT, 'test-output', 'profile-fixtures');
const SCRIPT = path.join(ROOT, 'scripts', 'build-profile-fixtures.ts');
export const SIXTH_FILES = ['rokugo-a.xlsx', 'rokugo-b.xlsx', 'rokugo-c.xlsx', 'rokugo-d.xlsx'];
/** The profile a person teaches for them (docs/layout-profiles.md shows the same). */
export const ROKUGO_PROFILE = path.join(ROOT, 'test', 'fixtures', 'profiles', 'rokugo.json');

let checked = false;

export function sixthCityFixture(name: string): string {
  if (!checked) {
    const newest = fs.statSync(SCRIPT).mtimeMs;
    const stale = SIXTH_FILES.some((f) => {
      const p = path.join(PROFILE_FIXTURE_DIR, f);
      return !fs.existsSync(p) || fs.statSync(p).mtimeMs < newest;
    });
    if (stale) {
      fs.mkdirSync(path.dirname(PROFILE_FIXTURE_DIR), { recursive: true });
      const scratch = fs.mkdtempSync(path.join(path.dirname(PROFILE_FIXTURE_DIR), 'profile-fixtures-build-'));
      try {
        execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), SCRIPT, scratch], { cwd: ROOT, stdio: 'pipe', timeout: 170_000 });
        fs.mkdirSync(PROFILE_FIXTURE_DIR, { recursive: true });
        for (const f of fs.readdirSync(scratch)) fs.renameSync(path.join(scratch, f), path.join(PROFILE_FIXTURE_DIR, f));
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
    }
    checked = true;
  }
  return path.join(PROFILE_FIXTURE_DIR, name);
}
