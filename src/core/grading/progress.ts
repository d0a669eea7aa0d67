import { cmpDec, decFromNumber, ratio, ratioAtLeast, sub, type Dec, type Ratio } from '../interpolate/decimal';
import { lineAt } from '../interpolate';
import type { GradePreset, ProgressBasis } from './types';

/**
 * Progress toward the evaluated year's expected value, exactly (a BigInt ratio), so that a grade
 * boundary (80% of 49.8 − 48.6 over 50.1 − 48.6) is decided without binary drift.
 */

export type Direction = 'increase' | 'decrease';

/** Lower is better when the target lies below the baseline; increase otherwise or when unknown. */
export function directionOf(baseline: Dec | null, target: Dec | null): Direction {
  return baseline && target && cmpDec(target, baseline) < 0 ? 'decrease' : 'increase';
}

export interface ProgressInput {
  basis: ProgressBasis;
  direction: Direction;
  actual: Dec;
  baseline: Dec;
  /** Expected (計画 / 期待値) value of the evaluated year. */
  expected: Dec | null;
  target: Dec | null;
  year: number;
  baselineYear: number | null;
  targetYear: number | null;
}

const ONE: Ratio = { n: 1n, d: 1n };
const ZERO: Ratio = { n: 0n, d: 1n };

/** actual vs baseline when there is no distance to cover yet (expected = baseline, the first year). */
function reachedBaseline(actual: Dec, baseline: Dec, direction: Direction): Ratio {
  const c = cmpDec(actual, baseline);
  return (direction === 'increase' ? c >= 0 : c <= 0) ? ONE : ZERO;
}

/** Lower-is-better ratios invert: reaching 80 where 100 was planned for a decrease is 125%. */
function oriented(a: Dec, b: Dec, direction: Direction): Ratio | null {
  return direction === 'increase' ? ratio(a, b) : ratio(b, a);
}

export function progressOf(input: ProgressInput): Ratio | null {
  const { actual, baseline, expected, target, direction } = input;
  switch (input.basis) {
    case 'progress': {
      if (!expected) return null;
      const distance = sub(expected, baseline);
      if (distance.u === 0n) return reachedBaseline(actual, baseline, direction);
      return ratio(sub(actual, baseline), distance);
    }
    case 'ratio':
      return expected ? oriented(actual, expected, direction) : null;
    case 'target-ratio':
      return target ? oriented(actual, target, direction) : null;
    case 'pro-rata-target': {
      // The pro-rata share of the target for the year, on the straight line (not the sheet's plan).
      if (!target || input.baselineYear === null || input.targetYear === null) return null;
      const line = lineAt(
        [
          { year: input.baselineYear, value: baseline },
          { year: input.targetYear, value: target },
        ].sort((x, y) => x.year - y.year),
        input.year,
      );
      if (!line) return null;
      // (actual − baseline) / (line − baseline), with line = n/d.
      const b = ratioOfDec(baseline);
      const a = ratioOfDec(actual);
      const num = { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
      const den = { n: line.n * b.d - b.n * line.d, d: line.d * b.d };
      if (den.n === 0n) return reachedBaseline(actual, baseline, direction);
      const n = num.n * den.d;
      const d = num.d * den.n;
      return d < 0n ? { n: -n, d: -d } : { n, d };
    }
  }
}

function ratioOfDec(x: Dec): Ratio {
  return { n: x.u, d: 10n ** BigInt(x.s) };
}

/** The grade a progress ratio earns under the preset's thresholds (best first). */
export function gradeFor(preset: GradePreset, progress: Ratio): string {
  for (const t of preset.thresholds) {
    if (t.min === -Infinity || ratioAtLeast(progress, decFromNumber(t.min))) return t.grade;
  }
  return preset.thresholds[preset.thresholds.length - 1].grade;
}

/** Levels between two grades on the preset's scale; null when either is off the scale. */
export function gradeDistance(preset: GradePreset, a: string, b: string): number | null {
  const i = preset.scale.indexOf(a);
  const j = preset.scale.indexOf(b);
  return i < 0 || j < 0 ? null : Math.abs(i - j);
}
