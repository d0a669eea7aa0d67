import { decToText, divRound, parseDec, roundDec } from '../../../src/core/interpolate/decimal';
import { expectedValues, interpolate, type LineOptions } from '../../../src/core/interpolate';

const line = (b: [number, string], t: [number, string], years: number[], o: Partial<LineOptions> = {}) =>
  expectedValues({ year: b[0], value: parseDec(b[1]) }, { year: t[0], value: parseDec(t[1]) }, years, { precision: 1, rounding: 'round', ...o }).map((e) =>
    e.value ? decToText(e.value) : null,
  );

const R = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

describe('interpolate', () => {
  test('Kitakami ① 43.0 → 70.0 over R1…R7', () => {
    expect(line([2019, '43.0'], [2025, '70.0'], R)).toEqual(['43.0', '47.5', '52.0', '56.5', '61.0', '65.5', '70.0']);
  });

  test('Kitakami ② 48.6 → 51.5: R4 is exactly 50.05 and rounds to 50.1 (binary floating point would give 50.0)', () => {
    expect(line([2019, '48.6'], [2025, '51.5'], R)).toEqual(['48.6', '49.1', '49.6', '50.1', '50.5', '51.0', '51.5']);
    // The trap the exact arithmetic avoids: in doubles 50.05 is 50.04999…, so toFixed gives 50.0.
    expect((48.6 + ((51.5 - 48.6) * 3) / 6).toFixed(1)).toBe('50.0');
  });

  test('decreasing and negative lines round half away from zero', () => {
    expect(line([2019, '10'], [2021, '5'], [2019, 2020, 2021], { precision: 0 })).toEqual(['10', '8', '5']); // 7.5 → 8
    expect(line([2019, '-1'], [2021, '-4'], [2019, 2020, 2021], { precision: 0 })).toEqual(['-1', '-3', '-4']); // −2.5 → −3
    expect(line([2019, '4'], [2023, '2'], [2022], { precision: 0 })).toEqual(['3']); // 2.5 → 3
  });

  test('floor and ceil', () => {
    expect(line([2019, '0'], [2022, '10'], [2020, 2021], { precision: 0, rounding: 'floor' })).toEqual(['3', '6']);
    expect(line([2019, '0'], [2022, '10'], [2020, 2021], { precision: 0, rounding: 'ceil' })).toEqual(['4', '7']);
    expect(line([2019, '0'], [2022, '-10'], [2020], { precision: 0, rounding: 'floor' })).toEqual(['-4']);
    expect(line([2019, '0'], [2022, '-10'], [2020], { precision: 0, rounding: 'ceil' })).toEqual(['-3']);
  });

  test('precision coarser and finer than the inputs', () => {
    expect(line([2019, '1.25'], [2020, '1.35'], [2019, 2020], { precision: 1 })).toEqual(['1.3', '1.4']);
    expect(line([2019, '1'], [2022, '2'], [2020], { precision: 3 })).toEqual(['1.333']);
  });

  test('interim-target knots make the line piecewise linear', () => {
    const knots = [{ year: 2021, value: 60 }];
    expect(line([2019, '40'], [2025, '70'], R, { precision: 0, knots })).toEqual(['40', '50', '60', '63', '65', '68', '70']);
    // A knot outside baseline…target is ignored.
    expect(line([2019, '40'], [2025, '70'], [2021], { precision: 0, knots: [{ year: 2030, value: 0 }] })).toEqual(['50']);
  });

  test('years outside baseline…target have no expected value', () => {
    expect(interpolate({ year: 2019, value: parseDec('1') }, { year: 2021, value: parseDec('3') }, 2022, { precision: 0, rounding: 'round' })).toBeNull();
  });

  test('divRound and roundDec', () => {
    expect(divRound(5n, 2n, 'round')).toBe(3n);
    expect(divRound(-5n, 2n, 'round')).toBe(-3n);
    expect(divRound(5n, -2n, 'floor')).toBe(-3n);
    expect(decToText(roundDec(parseDec('50.05'), 1))).toBe('50.1');
    expect(decToText(parseDec('-0.05'))).toBe('-0.05');
  });
});
