import { parseDec, ratioToNumber } from '../../../src/core/interpolate/decimal';
import { PRESETS, getPreset, withOverrides } from '../../../src/core/grading/presets';
import { directionOf, gradeDistance, gradeFor, progressOf, type ProgressInput } from '../../../src/core/grading/progress';
import { rollUp } from '../../../src/core/grading/rollup';
import type { GradePreset } from '../../../src/core/grading/types';

const preset = (id: string): GradePreset => {
  const p = getPreset(id);
  if (!p) throw new Error(id);
  return p;
};

/** Progress (actual − 0)/(100 − 0) = actual%: grade per preset, exactly at and just under each boundary. */
const gradeAt = (id: string, actual: string) => {
  const p = preset(id);
  const r = progressOf({ basis: p.basis, direction: 'increase', actual: parseDec(actual), baseline: parseDec('0'), expected: parseDec('100'), target: parseDec('100'), year: 2025, baselineYear: 2019, targetYear: 2025 });
  return r ? gradeFor(p, r) : null;
};

describe('presets', () => {
  test('every preset is consistent data', () => {
    for (const p of PRESETS) {
      expect(p.thresholds.map((t) => t.grade)).toEqual(p.scale.filter((g) => !p.ungraded.includes(g)));
      for (const g of p.scale) if (!p.ungraded.includes(g)) expect(typeof p.points[g]).toBe('number');
      expect(p.thresholds[p.thresholds.length - 1].min).toBe(-Infinity);
    }
  });

  test.each([
    ['default', [['100', 'A'], ['99.9', 'B'], ['80', 'B'], ['79.9', 'C'], ['50', 'C'], ['49.9', 'D'], ['-20', 'D']]],
    ['osaka-library', [['110', 'A'], ['109.9', 'B'], ['80', 'B'], ['79.9', 'C'], ['50', 'C'], ['49.9', 'D']]],
    ['nagoya-port', [['80', '順調'], ['79.9', 'やや遅れ'], ['60', 'やや遅れ'], ['59.9', '遅れ']]],
    ['tama', [['100', '①'], ['99.9', '②'], ['60', '②'], ['59.9', '③']]],
    ['sano', [['100', '7'], ['99.9', '6'], ['90', '6'], ['89.9', '5'], ['80', '5'], ['70', '4'], ['69.9', '3'], ['60', '3'], ['50', '2'], ['49.9', '1']]],
    ['kitakami', [['100', 'A'], ['80', 'B'], ['79.9', 'C'], ['49.9', 'D']]],
    ['a-e', [['100', 'A'], ['99.9', 'B'], ['50', 'C'], ['49.9', 'D']]],
  ] as [string, [string, string][]][])('%s boundaries', (id, cases) => {
    expect(cases.map(([a]) => [a, gradeAt(id, a)])).toEqual(cases);
  });

  test('a-e never suggests E (not evaluable)', () => {
    expect(gradeAt('a-e', '-1000')).toBe('D');
    expect(preset('a-e').ungraded).toEqual(['E']);
  });

  test('threshold overrides for an unpublished scale (Kitakami)', () => {
    const p = withOverrides(preset('kitakami'), null, { A: 0.9, B: 0.7 });
    const r = progressOf({ basis: 'progress', direction: 'increase', actual: parseDec('90'), baseline: parseDec('0'), expected: parseDec('100'), target: null, year: 2023, baselineYear: 2019, targetYear: null });
    expect(gradeFor(p, r!)).toBe('A');
    expect(gradeFor(preset('kitakami'), r!)).toBe('B');
  });
});

describe('progress', () => {
  const base: ProgressInput = { basis: 'progress', direction: 'increase', actual: parseDec('0'), baseline: parseDec('0'), expected: null, target: null, year: 2023, baselineYear: 2019, targetYear: 2025 };
  const p = (o: Partial<ProgressInput>) => {
    const r = progressOf({ ...base, ...o });
    return r ? ratioToNumber(r) : null;
  };

  test('Kitakami ② R5: (38.7 − 48.6)/(50.5 − 48.6) = −5.21', () => {
    expect(p({ actual: parseDec('38.7'), baseline: parseDec('48.6'), expected: parseDec('50.5') })).toBeCloseTo(-5.2105, 4);
  });

  test('exactly 80% is B even where doubles would say 79.999…%', () => {
    expect((49.8 - 48.6) / (50.1 - 48.6)).toBeLessThan(0.8);
    const r = progressOf({ ...base, actual: parseDec('49.8'), baseline: parseDec('48.6'), expected: parseDec('50.1') })!;
    expect(gradeFor(preset('default'), r)).toBe('B');
  });

  test('lower is better: signs cancel', () => {
    expect(p({ direction: 'decrease', actual: parseDec('2'), baseline: parseDec('4'), expected: parseDec('2') })).toBe(1);
    expect(p({ direction: 'decrease', actual: parseDec('5'), baseline: parseDec('4'), expected: parseDec('2') })).toBe(-0.5);
  });

  test('expected = baseline compares actual with baseline', () => {
    expect(p({ actual: parseDec('43'), baseline: parseDec('43'), expected: parseDec('43') })).toBe(1);
    expect(p({ actual: parseDec('42'), baseline: parseDec('43'), expected: parseDec('43') })).toBe(0);
    expect(p({ direction: 'decrease', actual: parseDec('42'), baseline: parseDec('43'), expected: parseDec('43') })).toBe(1);
  });

  test('ratio and target-ratio, inverted for decreases', () => {
    expect(p({ basis: 'ratio', actual: parseDec('45'), expected: parseDec('50') })).toBe(0.9);
    expect(p({ basis: 'ratio', direction: 'decrease', actual: parseDec('80'), expected: parseDec('100') })).toBe(1.25);
    expect(p({ basis: 'target-ratio', actual: parseDec('30'), target: parseDec('120') })).toBe(0.25);
    expect(p({ basis: 'ratio', actual: parseDec('3'), expected: parseDec('0') })).toBeNull();
  });

  test('pro-rata target uses the straight line, not the sheet plan', () => {
    // 0 → 60 over 2019…2025: the 2023 share is 40; 30 reached = 75%.
    expect(p({ basis: 'pro-rata-target', actual: parseDec('30'), expected: parseDec('99'), target: parseDec('60') })).toBe(0.75);
    expect(p({ basis: 'pro-rata-target', actual: parseDec('30'), target: null })).toBeNull();
  });

  test('direction from baseline vs target', () => {
    expect(directionOf(parseDec('4'), parseDec('2'))).toBe('decrease');
    expect(directionOf(parseDec('2'), parseDec('2'))).toBe('increase');
    expect(directionOf(parseDec('2'), null)).toBe('increase');
  });

  test('grade distance on the scale', () => {
    expect(gradeDistance(preset('default'), 'B', 'D')).toBe(2);
    expect(gradeDistance(preset('default'), 'B', 'E')).toBeNull();
  });
});

describe('roll-up', () => {
  const d = preset('default');
  test('mean of points, nearest grade', () => {
    expect(rollUp(d, ['B', 'B', 'B']).grade).toBe('B');
    expect(rollUp(d, ['A', 'A', 'C']).grade).toBe('B'); // 3.33
    expect(rollUp(d, ['A', 'A', 'B']).grade).toBe('A'); // 3.67
  });
  test('a tie goes to the worse grade', () => {
    expect(rollUp(d, ['A', 'B']).grade).toBe('B'); // 3.5
    expect(rollUp(d, ['A', 'D']).grade).toBe('C'); // 2.5
  });
  test('ungraded and blank grades are left out; none → null', () => {
    expect(rollUp(preset('a-e'), ['E', 'A', null]).grade).toBe('A');
    expect(rollUp(preset('a-e'), ['E']).grade).toBeNull();
  });
  test('configurable points (Ako: A=95, B=80, C=35)', () => {
    const ako = withOverrides(d, { A: 95, B: 80, C: 35, D: 0 }, null);
    expect(rollUp(ako, ['A', 'C']).grade).toBe('B'); // mean 65: B (80) is nearer than C (35)
    expect(rollUp(d, ['A', 'C']).grade).toBe('B');
    expect(rollUp(ako, ['B', 'C', 'C']).grade).toBe('C'); // 50
  });
});
