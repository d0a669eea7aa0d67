import { cmpDec, decToText, divRound, parseDec, pow10, ratio, rescale, roundDec } from '../../../src/core/interpolate/decimal';
import { interpolate, lineAt, linePoints, type LineOptions } from '../../../src/core/interpolate';
import { precisionOf } from '../../../src/core/interpolate/precision';
import type { Indicator } from '../../../src/core/model/types';

/** Tests written against the survivors of the Stryker run of 2026-12-02 (docs/mutation-survivors.txt). */

const P = (year: number, value: string) => ({ year, value: parseDec(value) });
const at = (b: [number, string], t: [number, string], year: number, o: Partial<LineOptions> = {}) => {
  const v = interpolate(P(...b), P(...t), year, { precision: 1, rounding: 'round', ...o });
  return v ? decToText(v) : null;
};

describe('decimal', () => {
  test('parseDec reads plain decimals, trimmed, and nothing else', () => {
    expect(parseDec(' 48.6 ')).toEqual({ u: 486n, s: 1 });
    expect(parseDec('-3')).toEqual({ u: -3n, s: 0 });
    expect(parseDec('.5')).toEqual({ u: 5n, s: 1 });
    expect(parseDec('7.')).toEqual({ u: 7n, s: 0 });
    for (const bad of ['', '.', '-', 'x12', '12x', '1.2.3', '1e3']) expect(() => parseDec(bad)).toThrow(`Not a decimal: ${bad}`);
  });
  test('pow10, rescale and their guards', () => {
    expect(pow10(0)).toBe(1n);
    expect(pow10(3)).toBe(1000n);
    expect(pow10(3)).toBe(1000n);
    expect(() => pow10(-1)).toThrow('negative power of ten');
    expect(rescale(parseDec('1.5'), 3)).toEqual({ u: 1500n, s: 3 });
    expect(() => rescale(parseDec('1.25'), 1)).toThrow('rescale would lose digits');
  });
  test('cmpDec across scales', () => {
    expect(cmpDec(parseDec('1.50'), parseDec('1.5'))).toBe(0);
    expect(cmpDec(parseDec('1.49'), parseDec('1.5'))).toBe(-1);
    expect(cmpDec(parseDec('1.51'), parseDec('1.5'))).toBe(1);
  });
  test('divRound: exact quotients are never bumped; halves away from zero; floor and ceil', () => {
    expect(divRound(10n, 5n, 'ceil')).toBe(2n);
    expect(divRound(-10n, 5n, 'floor')).toBe(-2n);
    expect(divRound(10n, 5n, 'round')).toBe(2n);
    expect(divRound(11n, 5n, 'ceil')).toBe(3n);
    expect(divRound(-11n, 5n, 'floor')).toBe(-3n);
    expect(divRound(-11n, 5n, 'ceil')).toBe(-2n);
    expect(divRound(25n, 10n, 'round')).toBe(3n);
    expect(divRound(-25n, 10n, 'round')).toBe(-3n);
    expect(divRound(25n, -10n, 'round')).toBe(-3n);
    expect(divRound(0n, 7n, 'ceil')).toBe(0n);
    expect(() => divRound(1n, 0n, 'round')).toThrow('division by zero');
  });
  test('roundDec pads when it has fewer decimals and rounds when more', () => {
    expect(decToText(roundDec(parseDec('1.5'), 2))).toBe('1.50');
    expect(decToText(roundDec(parseDec('1.25'), 2))).toBe('1.25');
    expect(decToText(roundDec(parseDec('1.25'), 1))).toBe('1.3');
    expect(decToText(roundDec(parseDec('1.25'), 1, 'floor'))).toBe('1.2');
  });
  test('ratio keeps the denominator positive; null on zero', () => {
    expect(ratio(parseDec('3'), parseDec('-4'))).toEqual({ n: -3n, d: 4n });
    expect(ratio(parseDec('-0.3'), parseDec('-4'))).toEqual({ n: 3n, d: 40n });
    expect(ratio(parseDec('3'), parseDec('0.0'))).toBeNull();
  });
});

describe('linePoints: interim targets (中間目標)', () => {
  test('knots on the baseline or target year, outside the span or not numbers are ignored', () => {
    const pts = linePoints(P(2019, '40'), P(2025, '70'), [
      { year: 2025, value: 99 },
      { year: 2019, value: 1 },
      { year: 2018, value: 5 },
      { year: 2027, value: 5 },
      { year: 2022, value: NaN },
    ]);
    expect(pts.map((p) => [p.year, decToText(p.value)])).toEqual([
      [2019, '40'],
      [2025, '70'],
    ]);
  });
  test('knots in any order come out in year order; a second knot on the same year is dropped', () => {
    const pts = linePoints(P(2019, '40'), P(2025, '70'), [
      { year: 2023, value: 62 },
      { year: 2021, value: 44 },
      { year: 2021, value: 50 },
    ]);
    expect(pts.map((p) => [p.year, decToText(p.value)])).toEqual([
      [2019, '40'],
      [2021, '44'],
      [2023, '62'],
      [2025, '70'],
    ]);
  });
  test('the line bends at the knots: 40 → (R3 44) → (R5 62) → 70', () => {
    const knots = [
      { year: 2023, value: 62 },
      { year: 2021, value: 44 },
    ];
    expect([2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => at([2019, '40'], [2025, '70'], y, { knots }))).toEqual([
      '40.0', '42.0', '44.0', '53.0', '62.0', '66.0', '70.0',
    ]);
  });
  test('a knot on the target year does not replace the target', () => {
    expect(at([2019, '40'], [2025, '70'], 2025, { knots: [{ year: 2025, value: 99 }] })).toBe('70.0');
    expect(at([2019, '40'], [2025, '70'], 2022, { knots: [{ year: 2025, value: 99 }] })).toBe('55.0');
  });
});

describe('lineAt / interpolate: span and rounding', () => {
  test('outside baseline…target: null, on both sides', () => {
    expect(at([2019, '43.0'], [2025, '70.0'], 2018)).toBeNull();
    expect(at([2019, '43.0'], [2025, '70.0'], 2026)).toBeNull();
    expect(lineAt([], 2020)).toBeNull();
  });
  test('baseline and target in the same year: that year only', () => {
    expect(at([2020, '12.5'], [2020, '12.5'], 2020, { precision: 2 })).toBe('12.50');
    expect(at([2020, '12.5'], [2020, '12.5'], 2021)).toBeNull();
    expect(lineAt([P(2020, '1.25')], 2020)).toEqual({ n: 125n, d: 100n });
  });
  test('rounding at the precision: 10 → 11 over 3 years, 1/3 steps', () => {
    expect(at([2019, '10'], [2022, '11'], 2020, { precision: 2 })).toBe('10.33');
    expect(at([2019, '10'], [2022, '11'], 2021, { precision: 2 })).toBe('10.67');
    expect(at([2019, '10'], [2022, '11'], 2021, { precision: 2, rounding: 'floor' })).toBe('10.66');
    expect(at([2019, '10'], [2022, '11'], 2020, { precision: 2, rounding: 'ceil' })).toBe('10.34');
    expect(at([2019, '10'], [2022, '11'], 2020, { precision: 0 })).toBe('10');
  });
  test('a decreasing line rounds half away from zero: 100 → 99 over 4 years, R2 99.75 → 99.8', () => {
    expect(at([2019, '100'], [2023, '99'], 2020)).toBe('99.8');
    expect(at([2019, '100'], [2023, '99'], 2021)).toBe('99.5');
  });
});

describe('precisionOf', () => {
  const cell = (decimals: number | null) =>
    decimals === null ? { parsed: { kind: 'text' } } : { parsed: { kind: 'number', decimals } };
  const ind = (precision: number | null, baseline: number | null, target: number | null, expected: (number | null)[]) =>
    ({
      precision,
      baseline: { value: cell(baseline) },
      target: { value: cell(target) },
      years: expected.map((e) => ({ expected: e === undefined ? null : cell(e) })),
    }) as unknown as Indicator;
  test('the sheet’s precision wins, also when it is 0', () => {
    expect(precisionOf(ind(0, 2, 2, [3]))).toBe(0);
    expect(precisionOf(ind(1, 2, 2, [3]))).toBe(1);
  });
  test('no precision (or a negative one): the most decimals written in baseline, target and expected values', () => {
    expect(precisionOf(ind(null, 1, 0, [0, 2, null]))).toBe(2);
    expect(precisionOf(ind(-1, 0, 1, []))).toBe(1);
    expect(precisionOf(ind(null, null, null, [null]))).toBe(0);
    expect(precisionOf(ind(null, 3, 1, []))).toBe(3);
  });
});
