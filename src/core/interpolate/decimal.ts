import type { Rounding } from '../settings';
import { numberToDecimalText } from '../text/values';

/**
 * Exact decimal arithmetic on native BigInt: a value is units / 10^scale. Hand-written because the
 * few operations the engine needs (align, add, compare, divide with Excel's rounding) are shorter
 * than a dependency, and binary floating point must never decide a rounding or a grade boundary.
 */
export interface Dec {
  u: bigint;
  s: number;
}

/** A rational n/d with d > 0, for exact progress ratios. */
export interface Ratio {
  n: bigint;
  d: bigint;
}

const POW10: bigint[] = [];
export function pow10(k: number): bigint {
  if (k < 0) throw new RangeError('negative power of ten');
  if (POW10[k] === undefined) POW10[k] = 10n ** BigInt(k);
  return POW10[k];
}

/** "48.6" → {u: 486n, s: 1}; "-3" → {u: -3n, s: 0}. Throws on text that is not a plain decimal. */
export function parseDec(text: string): Dec {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`Not a decimal: ${text}`);
  const frac = m[3] ?? '';
  const u = BigInt((m[2] || '0') + frac);
  return { u: m[1] === '-' ? -u : u, s: frac.length };
}

export function decFromNumber(n: number): Dec {
  return parseDec(numberToDecimalText(n));
}

export function rescale(a: Dec, s: number): Dec {
  if (s < a.s) throw new RangeError('rescale would lose digits');
  return { u: a.u * pow10(s - a.s), s };
}

export function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const s = Math.max(a.s, b.s);
  return [rescale(a, s).u, rescale(b, s).u, s];
}

export function sub(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { u: x - y, s };
}

export function cmpDec(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function decToText(a: Dec): string {
  const neg = a.u < 0n;
  let digits = (neg ? -a.u : a.u).toString();
  if (a.s > 0) {
    digits = digits.padStart(a.s + 1, '0');
    digits = `${digits.slice(0, -a.s)}.${digits.slice(-a.s)}`;
  }
  return neg ? `-${digits}` : digits;
}

export function decToNumber(a: Dec): number {
  return Number(decToText(a));
}

/** n / d as an integer, rounded: 'round' = half away from zero (Excel ROUND), 'floor' toward −∞, 'ceil' toward +∞. */
export function divRound(n: bigint, d: bigint, mode: Rounding): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const neg = n < 0n;
  const an = neg ? -n : n;
  let q = an / d;
  const r = an % d;
  if (r !== 0n) {
    if (mode === 'round') {
      if (2n * r >= d) q += 1n;
    } else if ((mode === 'ceil' && !neg) || (mode === 'floor' && neg)) {
      q += 1n;
    }
  }
  return neg ? -q : q;
}

/** A ratio rounded to `places` decimals (half away from zero). */
export function roundRatio(r: Ratio, places: number, mode: Rounding = 'round'): Dec {
  return { u: divRound(r.n * pow10(places), r.d, mode), s: places };
}

/** A decimal rounded to `places` decimals. */
export function roundDec(a: Dec, places: number, mode: Rounding = 'round'): Dec {
  if (a.s <= places) return rescale(a, places);
  return { u: divRound(a.u, pow10(a.s - places), mode), s: places };
}

export function ratio(n: Dec, d: Dec): Ratio | null {
  const [x, y] = align(n, d);
  if (y === 0n) return null;
  return y < 0n ? { n: -x, d: -y } : { n: x, d: y };
}

/** r ≥ threshold, exactly. */
export function ratioAtLeast(r: Ratio, threshold: Dec): boolean {
  return r.n * pow10(threshold.s) >= threshold.u * r.d;
}

export function ratioToNumber(r: Ratio): number {
  // 12 decimals are plenty for display and JSON; the grade was decided exactly.
  return decToNumber(roundRatio(r, 12));
}
