import { parseDec, ratioToNumber } from '../../../src/core/interpolate/decimal';
import { getPreset, withOverrides } from '../../../src/core/grading/presets';
import { gradeDistance, gradeFor, progressOf, type Direction, type ProgressInput } from '../../../src/core/grading/progress';
import { rollUp } from '../../../src/core/grading/rollup';
import { thresholdsProblem } from '../../../src/core/grading/thresholds';
import type { GradePreset } from '../../../src/core/grading/types';

/** Tests written against the survivors of the Stryker run of 2026-12-02 (docs/mutation-survivors.txt). */

const preset = (id: string): GradePreset => {
  const p = getPreset(id);
  if (!p) throw new Error(id);
  return p;
};

const input = (o: Partial<Omit<ProgressInput, 'actual' | 'baseline' | 'expected' | 'target'>> & { actual: string; baseline: string; expected?: string; target?: string }): ProgressInput => ({
  basis: o.basis ?? 'progress',
  direction: o.direction ?? 'increase',
  actual: parseDec(o.actual),
  baseline: parseDec(o.baseline),
  expected: o.expected === undefined ? null : parseDec(o.expected),
  target: o.target === undefined ? null : parseDec(o.target),
  year: o.year ?? 2022,
  baselineYear: o.baselineYear === undefined ? 2019 : o.baselineYear,
  targetYear: o.targetYear === undefined ? 2025 : o.targetYear,
});

const fraction = (i: ProgressInput): number | null => {
  const r = progressOf(i);
  return r ? ratioToNumber(r) : null;
};

describe('progress: the first year (expected = baseline)', () => {
  const first = (direction: Direction, actual: string) => fraction(input({ direction, actual, baseline: '50.0', expected: '50.0' }));
  test('an increase reaches the baseline at or above it, not below', () => {
    expect(first('increase', '50.0')).toBe(1);
    expect(first('increase', '50.4')).toBe(1);
    expect(first('increase', '49.6')).toBe(0);
  });
  test('a decrease reaches the baseline at or below it, not above', () => {
    expect(first('decrease', '50.0')).toBe(1);
    expect(first('decrease', '48.0')).toBe(1);
    expect(first('decrease', '51.0')).toBe(0);
  });
});

describe('progress: pro-rata-target (Tama ①②③)', () => {
  const tama = preset('tama');
  const pro = (o: Parameters<typeof input>[0]) => input({ basis: 'pro-rata-target', ...o });

  test('increase: 100 → 160 over R1…R7, the R4 share is 130; 124 is 80%', () => {
    const i = pro({ actual: '124', baseline: '100', target: '160', year: 2022 });
    expect(fraction(i)).toBe(0.8);
    expect(gradeFor(tama, progressOf(i)!)).toBe('②');
    expect(fraction(pro({ actual: '136', baseline: '100', target: '160', year: 2022 }))).toBe(1.2);
  });

  test('values with different decimals are aligned exactly: 48.6 → 50.1, R4 share 49.35, actual 49.05 is 60%', () => {
    const i = pro({ actual: '49.05', baseline: '48.6', target: '50.1', year: 2022 });
    expect(fraction(i)).toBe(0.6);
    expect(gradeFor(tama, progressOf(i)!)).toBe('②');
    // Just under 60%: 49.049 is (0.449 / 0.75) = 59.8666…%.
    const under = pro({ actual: '49.049', baseline: '48.6', target: '50.1', year: 2022 });
    expect(fraction(under)).toBeCloseTo(0.598666666667, 12);
    expect(gradeFor(tama, progressOf(under)!)).toBe('③');
  });

  test('decrease: 100 → 40, the R4 share is 70; 73 is 90% (②, not ①), 64 is 120%', () => {
    const i = pro({ direction: 'decrease', actual: '73', baseline: '100', target: '40', year: 2022 });
    const r = progressOf(i)!;
    expect(r.d > 0n).toBe(true);
    expect(ratioToNumber(r)).toBe(0.9);
    expect(gradeFor(tama, r)).toBe('②');
    const better = progressOf(pro({ direction: 'decrease', actual: '64', baseline: '100', target: '40', year: 2022 }))!;
    expect(ratioToNumber(better)).toBe(1.2);
    expect(gradeFor(tama, better)).toBe('①');
  });

  test('in the baseline year there is nothing to cover yet: reached or not', () => {
    expect(fraction(pro({ actual: '100', baseline: '100', target: '160', year: 2019 }))).toBe(1);
    expect(fraction(pro({ actual: '99', baseline: '100', target: '160', year: 2019 }))).toBe(0);
    expect(fraction(pro({ direction: 'decrease', actual: '99', baseline: '100', target: '40', year: 2019 }))).toBe(1);
  });

  test('target year written before the baseline year still gives the straight line', () => {
    expect(fraction(pro({ actual: '124', baseline: '100', target: '160', year: 2022, baselineYear: 2025, targetYear: 2019 }))).toBe(0.8);
  });

  test('no target, no years, or a year outside the span: no progress', () => {
    expect(progressOf(pro({ actual: '124', baseline: '100', year: 2022 }))).toBeNull();
    expect(progressOf(pro({ actual: '124', baseline: '100', target: '160', baselineYear: null }))).toBeNull();
    expect(progressOf(pro({ actual: '124', baseline: '100', target: '160', year: 2027 }))).toBeNull();
  });
});

describe('progress: ratio bases and direction', () => {
  test('ratio: 90 of an expected 100 is 90%; for a decrease, 80 where 100 was planned is 125%', () => {
    expect(fraction(input({ basis: 'ratio', actual: '90', baseline: '0', expected: '100' }))).toBe(0.9);
    expect(fraction(input({ basis: 'ratio', direction: 'decrease', actual: '80', baseline: '0', expected: '100' }))).toBe(1.25);
  });
  test('target-ratio: 45 of a target 60 is 75%', () => {
    expect(fraction(input({ basis: 'target-ratio', actual: '45', baseline: '0', target: '60' }))).toBe(0.75);
    expect(progressOf(input({ basis: 'target-ratio', actual: '45', baseline: '0' }))).toBeNull();
  });
});

describe('gradeDistance', () => {
  const d = preset('default');
  test('levels between grades, either order, including from the best grade', () => {
    expect(gradeDistance(d, 'A', 'C')).toBe(2);
    expect(gradeDistance(d, 'C', 'A')).toBe(2);
    expect(gradeDistance(d, 'A', 'A')).toBe(0);
    expect(gradeDistance(d, 'B', 'D')).toBe(2);
  });
  test('a grade off the scale: null', () => {
    expect(gradeDistance(d, 'A', 'S')).toBeNull();
    expect(gradeDistance(d, 'S', 'A')).toBeNull();
  });
});

describe('rollUp', () => {
  const d = preset('default');
  test('the mean of the points, and the nearest grade', () => {
    expect(rollUp(d, ['A', 'B', 'B'])).toEqual({ grade: 'B', mean: 10 / 3, counted: ['A', 'B', 'B'] });
    expect(rollUp(d, ['A', 'A', 'A', 'A', 'C'])).toEqual({ grade: 'A', mean: 3.6, counted: ['A', 'A', 'A', 'A', 'C'] });
    expect(rollUp(d, ['A', 'A', 'A', 'D'])).toEqual({ grade: 'B', mean: 3.25, counted: ['A', 'A', 'A', 'D'] });
  });
  test('a mean exactly between two grades goes to the worse one', () => {
    expect(rollUp(d, ['A', 'B']).grade).toBe('B');
    expect(rollUp(d, ['B', 'C']).grade).toBe('C');
    expect(rollUp(d, ['A', 'D']).grade).toBe('C');
  });
  test('blank and unknown grades are not counted', () => {
    expect(rollUp(d, [null, 'A', 'X', 'C'])).toEqual({ grade: 'B', mean: 3, counted: ['A', 'C'] });
    expect(rollUp(d, [null, 'X'])).toEqual({ grade: null, mean: null, counted: [] });
  });
  test('E (評価不能) is neither counted nor a result, even when the settings give it points', () => {
    const ae = withOverrides(preset('a-e'), { E: 1.2 }, null);
    expect(ae.points.E).toBe(1.2);
    // D, C → mean 1.5: E's 1.2 would be nearest; the tie D / C goes to D.
    expect(rollUp(ae, ['D', 'C', 'E'])).toEqual({ grade: 'D', mean: 1.5, counted: ['D', 'C'] });
    expect(rollUp(ae, ['E', 'E'])).toEqual({ grade: null, mean: null, counted: [] });
  });
});

describe('withOverrides: custom thresholds', () => {
  const d = preset('default');
  test('a record naming some grades: the others keep the preset minimum, the last grade keeps −∞', () => {
    const p = withOverrides(d, null, { A: 0.9, D: 0.3 });
    expect(p.thresholds).toEqual([
      { grade: 'A', min: 0.9 },
      { grade: 'B', min: 0.8 },
      { grade: 'C', min: 0.5 },
      { grade: 'D', min: -Infinity },
    ]);
    const g = (actual: string) => gradeFor(p, progressOf(input({ actual, baseline: '0', expected: '100' }))!);
    expect(g('90')).toBe('A');
    expect(g('89.9')).toBe('B');
    expect(g('80')).toBe('B');
    expect(g('10')).toBe('D');
    expect(d.thresholds[0].min).toBe(1);
  });
  test('points override merges with the preset points', () => {
    expect(withOverrides(d, { A: 5 }, null).points).toEqual({ A: 5, B: 3, C: 2, D: 1 });
    expect(withOverrides(d, null, null)).toEqual(d);
  });
});

describe('thresholdsProblem', () => {
  const d = preset('default');
  test('not a record of numbers (a number, a string, an array, null): the format message', () => {
    for (const v of [5, 'A: 1', [1, 0.8], null, { A: 'x' }, { A: Infinity }]) {
      const m = thresholdsProblem(v, d);
      expect(m?.ja).toBe('評価のしきい値は「評価: 割合」の数値で指定してください（例 A: 1, B: 0.8, C: 0.5）');
      expect(m?.en).toBe('Thresholds must be numbers, grade: fraction (e.g. A: 1, B: 0.8, C: 0.5)');
    }
  });
  test('a grade with no minimum of its own (the last, or off the scale): names it and the allowed ones', () => {
    const m = thresholdsProblem({ A: 1, D: 0.2 }, d);
    expect(m?.ja).toBe('評価基準「default」では D にしきい値を指定できません（指定できるのは A、B、C。D はそれ未満）');
    expect(m?.en).toBe('Preset "default" has no threshold for D (thresholds are for A, B, C; D takes the rest)');
    const two = thresholdsProblem({ D: 0.2, S: 1 }, d);
    expect(two?.ja).toContain('では D、S に');
    expect(two?.en).toContain('no threshold for D, S (');
  });
  test('a valid partial record: no problem; one not falling: the message', () => {
    expect(thresholdsProblem({ B: 0.7 }, d)).toBeNull();
    expect(thresholdsProblem({ B: 0.5 }, d)?.en).toBe('Thresholds must fall from the best grade down: C 50% is not below B 50%');
  });
});
