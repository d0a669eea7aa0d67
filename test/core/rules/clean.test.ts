import { analyzeSheets } from '../../../src/core/analyze/sheets';
import { RULE_IDS } from '../../../src/core/findings/types';
import { ALL_RULES } from '../../../src/core/rules';
import { MESSAGES } from '../../../src/core/findings/messages';
import type { Rule } from '../../../src/core/rules/types';
import { clean } from './support';

test('ALL_RULES holds every rule id of RULES.md once, with a message each', () => {
  expect(ALL_RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  expect(Object.keys(MESSAGES).sort()).toEqual([...RULE_IDS].sort());
});

test('a clean sheet raises nothing', () => {
  expect(analyzeSheets('x.xlsx', [clean()]).findings).toEqual([]);
});

test('a rule that throws loses its own findings, is reported, and the others still run', () => {
  const boom: Rule = { id: 'sudden-change', severity: 'info', scope: 'indicator', looksAt: '', check: () => { throw new Error('boom'); } };
  const a = analyzeSheets('x.xlsx', [clean({ grade: null })], undefined, [boom, ...ALL_RULES.filter((r) => r.id === 'grade-missing')]);
  expect(a.findings.map((f) => f.rule)).toEqual(['grade-missing']);
  expect(a.problems).toEqual([expect.objectContaining({ source: 'rule', subject: 'sudden-change', sheet: '9-2' })]);
});

test('bad settings become problems and defaults, not exceptions', () => {
  const a = analyzeSheets('x.xlsx', [clean()], { preset: 'nope', evaluationYear: 3, points: { A: Number.NaN } as Record<string, number>, thresholds: 'x' as never });
  expect(a.problems!.map((p) => p.subject).sort()).toEqual(['evaluationYear', 'points', 'preset', 'thresholds']);
  expect(a.settings.preset).toBe('default');
  expect(a.sheets[0].evaluationYear).toBe(2023);
});
