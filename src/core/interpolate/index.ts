import type { Rounding } from '../settings';
import { align, decFromNumber, divRound, pow10, type Dec, type Ratio } from './decimal';

/**
 * Expected values (期待値): E(y) = B + (T − B)·(y − b)/(t − b), computed exactly in scaled
 * integers and rounded once, at the indicator's precision (DOMAIN.md). Interim targets (中間目標)
 * make the line piecewise linear through their knots.
 */

export interface LinePoint {
  year: number;
  value: Dec;
}

export interface LineOptions {
  /** Decimals of the result. */
  precision: number;
  rounding: Rounding;
  /** Interim targets between baseline and target (any order; knots outside the span are ignored). */
  knots?: { year: number; value: number }[];
}

/** The knots of the line, in year order, baseline first and target last. */
export function linePoints(baseline: LinePoint, target: LinePoint, knots: { year: number; value: number }[] = []): LinePoint[] {
  const lo = Math.min(baseline.year, target.year);
  const hi = Math.max(baseline.year, target.year);
  const inner = knots
    .filter((k) => k.year > lo && k.year < hi && Number.isFinite(k.value))
    .map((k) => ({ year: k.year, value: decFromNumber(k.value) }));
  const all = [baseline, ...inner, target].sort((a, b) => a.year - b.year);
  return all.filter((p, i) => i === 0 || p.year !== all[i - 1].year);
}

/** The exact (unrounded) value of the line in year y, or null outside baseline…target. */
export function lineAt(points: LinePoint[], year: number): Ratio | null {
  if (points.length === 0) return null;
  if (points.length === 1) {
    if (year !== points[0].year) return null;
    return { n: points[0].value.u, d: pow10(points[0].value.s) };
  }
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i];
    const q = points[i + 1];
    if (year < p.year || year > q.year) continue;
    const [pv, qv, s] = align(p.value, q.value);
    const span = BigInt(q.year - p.year);
    const n = pv * span + (qv - pv) * BigInt(year - p.year);
    return { n, d: span * pow10(s) };
  }
  return null;
}

/** The expected value of year y rounded to the options' precision; null outside baseline…target. */
export function interpolate(baseline: LinePoint, target: LinePoint, year: number, options: LineOptions): Dec | null {
  const exact = lineAt(linePoints(baseline, target, options.knots), year);
  if (!exact) return null;
  return { u: divRound(exact.n * pow10(options.precision), exact.d, options.rounding), s: options.precision };
}

/** Expected values for several years at once. */
export function expectedValues(baseline: LinePoint, target: LinePoint, years: number[], options: LineOptions): { year: number; value: Dec | null }[] {
  return years.map((year) => ({ year, value: interpolate(baseline, target, year, options) }));
}
