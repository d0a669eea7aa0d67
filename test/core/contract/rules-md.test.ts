import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../../../src/core/rules';
import { clean, run } from '../rules/support';

/**
 * RULES.md (../shared/docs, beside the project in CI) is the contract: rule ids and severities.
 * This test holds the rules' own declarations against its tables, both ways, so a changed
 * severity (target-missing error → warning turns `check`'s exit 1 into 0) fails a test.
 */

/** Finds ../shared/docs/RULES.md from the project, or from a copy of it (a mutation sandbox). */
function rulesMdPath(): string {
  let dir = path.resolve(__dirname, '..', '..', '..');
  for (;;) {
    const p = path.join(dir, '..', 'shared', 'docs', 'RULES.md');
    if (fs.existsSync(p)) return p;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('RULES.md not found: ../shared/docs/RULES.md must sit beside the project');
    dir = up;
  }
}

/** Every `| \`id\` | severity | when |` row of RULES.md's tables. */
function contract(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of fs.readFileSync(rulesMdPath(), 'utf8').split('\n')) {
    const m = /^\|\s*`([a-z0-9-]+)`\s*\|\s*([^|]+?)\s*\|/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  return rows;
}

/**
 * Listed in RULES.md, not implemented yet. This list may only shrink: a rule that becomes
 * implemented while still listed here fails the test, so whoever implements it removes it here.
 */
const PENDING: Record<string, string> = {
};

/**
 * Severities written as a case split. grade-inconsistent: its declared (usual) severity is the
 * first one, a warning for 2+ levels apart; each finding of 1 level apart says info itself.
 */
const SPLIT: Record<string, { declared: string; cases: string[] }> = {
  'grade-inconsistent': { declared: 'warning', cases: ['warning', 'info'] },
};

const table = contract();

describe('RULES.md ↔ the rules', () => {
  it('reads the contract tables (all sections)', () => {
    expect(table.size).toBeGreaterThanOrEqual(39);
    expect(table.get('target-missing')).toBe('error');
    expect(table.get('sudden-change')).toBe('info');
  });

  it('every implemented rule is listed with exactly its severity', () => {
    const wrong = ALL_RULES.map((r) => {
      const listed = table.get(r.id);
      if (listed === undefined) return `${r.id}: not in RULES.md`;
      const split = SPLIT[r.id];
      if (split) {
        const cases = listed.match(/\b(error|warning|info)\b/g) ?? [];
        if (cases.join('/') !== split.cases.join('/')) return `${r.id}: RULES.md says ${listed}`;
        return r.severity === split.declared ? null : `${r.id}: declares ${r.severity}, RULES.md ${split.declared} (${listed})`;
      }
      return r.severity === listed ? null : `${r.id}: declares ${r.severity}, RULES.md says ${listed}`;
    }).filter((x) => x !== null);
    expect(wrong).toEqual([]);
  });

  it('every rule of RULES.md is implemented or pending (with its issue)', () => {
    const implemented = new Set(ALL_RULES.map((r) => r.id as string));
    const missing = [...table.keys()].filter((id) => !implemented.has(id) && !(id in PENDING));
    expect(missing).toEqual([]);
  });

  it('the pending list only shrinks: no pending rule is implemented, each is still in RULES.md', () => {
    const implemented = new Set(ALL_RULES.map((r) => r.id as string));
    expect(Object.keys(PENDING).filter((id) => implemented.has(id))).toEqual([]);
    expect(Object.keys(PENDING).filter((id) => !table.has(id))).toEqual([]);
  });

  it('each rule id is declared once', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('findings carry the severity of RULES.md (the runner does not change it)', () => {
    const f = run('target-missing', clean({ expected: [100, 110, 120, 130, 140, 150, null] }));
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['target-missing', 'error']]);
  });

  it('grade-inconsistent: 2+ levels apart is a warning, 1 level is info', () => {
    // On the line (progress ≈ 1 → A). Graded D: 3 levels → warning; graded B: 1 level → info.
    const far = run('grade-inconsistent', clean({ grade: 'D' }));
    const near = run('grade-inconsistent', clean({ grade: 'B' }));
    expect(far.map((x) => x.severity)).toEqual(['warning']);
    expect(near.map((x) => x.severity)).toEqual(['info']);
  });
});
