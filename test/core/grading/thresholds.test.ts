import { analyzeSheets } from '../../../src/core/analyze/sheets';
import { PRESETS, getPreset } from '../../../src/core/grading/presets';
import { percentText, presetThresholds, thresholdGrades, thresholdsProblem } from '../../../src/core/grading/thresholds';
import { resolveSettings } from '../../../src/core/settings';
import { clean } from '../rules/support';

const preset = (id: string) => getPreset(id)!;

describe('thresholdsProblem', () => {
  test('a full or partial record of falling minimums on the scale is accepted', () => {
    expect(thresholdsProblem({ A: 1, B: 0.8, C: 0.5 }, preset('kitakami'))).toBeNull();
    expect(thresholdsProblem({ A: 1.2, B: 0.9, C: 0.6 }, preset('kitakami'))).toBeNull();
    expect(thresholdsProblem({ A: 0.9 }, preset('kitakami'))).toBeNull(); // B 80%, C 50% stay
    expect(thresholdsProblem({}, preset('kitakami'))).toBeNull();
    expect(thresholdsProblem({ 順調: 0.9, やや遅れ: 0.7 }, preset('nagoya-port'))).toBeNull();
  });

  test('values that are not numbers are refused', () => {
    for (const bad of ['x', 5, [1, 0.8], null, { A: '100' }, { A: Number.NaN }, { A: Infinity }]) {
      expect(thresholdsProblem(bad, preset('kitakami'))?.en).toContain('Thresholds must be numbers');
    }
  });

  test('grades off the scale, the last grade and not-evaluable grades are refused, naming them', () => {
    expect(thresholdsProblem({ A: 1, X: 0.1 }, preset('kitakami'))?.en).toBe('Preset "kitakami" has no threshold for X (thresholds are for A, B, C; D takes the rest)');
    expect(thresholdsProblem({ D: 0.2 }, preset('kitakami'))?.ja).toContain('D にしきい値を指定できません');
    expect(thresholdsProblem({ E: 0 }, preset('a-e'))?.en).toContain('no threshold for E');
    expect(thresholdsProblem({ A: 1 }, preset('nagoya-port'))?.en).toContain('thresholds are for 順調, やや遅れ');
  });

  test('minimums must fall strictly from the best grade, the preset filling in the grades left out', () => {
    expect(thresholdsProblem({ A: 1, B: 0.8, C: 0.8 }, preset('kitakami'))?.en).toBe('Thresholds must fall from the best grade down: C 80% is not below B 80%');
    expect(thresholdsProblem({ A: 0.5, B: 0.8, C: 0.3 }, preset('kitakami'))?.ja).toBe('しきい値は上位の評価ほど高くしてください: B 80% が A 50% 以上です');
    // Only A given, but below the preset's own B (80%).
    expect(thresholdsProblem({ A: 0.7 }, preset('kitakami'))?.en).toContain('B 80% is not below A 70%');
    // Just below is fine.
    expect(thresholdsProblem({ A: 0.81 }, preset('kitakami'))).toBeNull();
  });

  test('helpers: the grades, the preset’s own record and percent text', () => {
    expect(thresholdGrades(preset('sano'))).toEqual(['7', '6', '5', '4', '3', '2']);
    expect(thresholdGrades(preset('a-e'))).toEqual(['A', 'B', 'C']);
    expect(presetThresholds(preset('osaka-library'))).toEqual({ A: 1.1, B: 0.8, C: 0.5 });
    expect([0.8, 1.1, 0.575, 0.57, 1].map(percentText)).toEqual(['80', '110', '57.5', '57', '100']);
    for (const p of PRESETS) expect(thresholdsProblem(presetThresholds(p), p)).toBeNull();
  });
});

describe('resolveSettings', () => {
  test('thresholds default to null (the preset’s own) and good ones are kept', () => {
    expect(resolveSettings(undefined, PRESETS).settings.thresholds).toBeNull();
    const r = resolveSettings({ preset: 'kitakami', thresholds: { A: 1.1, B: 0.9, C: 0.6 } }, PRESETS);
    expect(r).toEqual({ settings: expect.objectContaining({ preset: 'kitakami', thresholds: { A: 1.1, B: 0.9, C: 0.6 } }), problems: [] });
  });

  test('bad thresholds are one problem each, and the preset’s own in their place', () => {
    const r = resolveSettings({ preset: 'kitakami', thresholds: { A: 0.5, B: 0.8 } }, PRESETS);
    expect(r.settings.thresholds).toBeNull();
    expect(r.problems).toEqual([{ field: 'thresholds', message: { ja: expect.stringContaining('B 80% が A 50% 以上'), en: expect.stringContaining('B 80% is not below A 50%') } }]);
    // Checked against the preset in force: Nagoya Port has no A.
    expect(resolveSettings({ preset: 'nagoya-port', thresholds: { A: 1 } }, PRESETS).problems.map((p) => p.field)).toEqual(['thresholds']);
  });

  test('an option spread as undefined means not set', () => {
    const r = resolveSettings({ preset: undefined, thresholds: undefined, rounding: undefined }, PRESETS);
    expect(r.problems).toEqual([]);
    expect(r.settings).toMatchObject({ preset: 'default', thresholds: null, rounding: 'round' });
  });
});

describe('analysis under thresholds', () => {
  // clean(): ① on its line, R5 actual 140 = expected 140 → progress 100%, item graded A.
  test('a grade consistent under the preset’s thresholds is flagged under stricter ones', () => {
    const rules = (s: Parameters<typeof analyzeSheets>[2]) => analyzeSheets('x.xlsx', [clean()], s).findings.map((f) => [f.rule, f.cell, f.data.suggested]);
    expect(rules({ preset: 'kitakami' })).toEqual([]);
    expect(rules({ preset: 'kitakami', thresholds: { A: 1.1, B: 0.8, C: 0.5 } })).toEqual([['grade-inconsistent', 'G26', 'B']]);
    // A bad record is a problem and the preset's own thresholds apply: nothing flagged.
    const bad = analyzeSheets('x.xlsx', [clean()], { preset: 'kitakami', thresholds: { A: 1.1, B: 1.2 } });
    expect(bad.findings).toEqual([]);
    expect(bad.problems).toEqual([expect.objectContaining({ source: 'settings', subject: 'thresholds', sheet: null })]);
    expect(bad.settings.thresholds).toBeNull();
  });
});
