import { parseFiscalYear, parseYearLabel, shortEraLabel } from '../../../src/core/text/years';

/** Issue 13 (mutation testing, src/core/text/years.ts): the year a city's label is read as. */

const year = (t: string, o?: Parameters<typeof parseFiscalYear>[1]) => parseFiscalYear(t, o)?.year ?? null;

describe('short era labels at the era boundaries', () => {
  test.each([
    [1988, '1988'], // before 平成: the Western year
    [1989, 'H1'],
    [2018, 'H30'],
    [2019, 'R1'],
  ])('%i → %s', (y, label) => expect(shortEraLabel(y)).toBe(label));
});

describe('an era number out of range is no year', () => {
  test.each([
    ['R0', null],
    ['R0年度', null],
    ['令和0年度', null],
    ['H65', null],
    ['H35年度', 2023], // plans written before 令和 count on in 平成
    ['昭和64年', 1989], // the last number an era can have
    ['S64', 1989],
    ['R1', 2019],
  ])('%s → %s', (text, expected) => expect(year(text)).toBe(expected));
});

describe('a month after the year must be a month', () => {
  test('「R5.0」 has no month: the fiscal year stays 2023 (not rolled back as if January–March)', () => {
    expect(parseFiscalYear('R5.0')).toMatchObject({ year: 2023, month: null });
    expect(parseFiscalYear('2024/0')).toMatchObject({ year: 2024, month: null });
    expect(parseFiscalYear('R6.1')).toMatchObject({ year: 2023, month: 1 });
  });
});

describe('a bare header is a year only when it is the number alone', () => {
  test.each(['1期', '2期', 'STEP2', 'ステップ3', '第3', ''])('「%s」 is not a year', (text) => {
    expect(parseYearLabel(text, 'R')).toBeNull();
    expect(parseFiscalYear(text, { bare: true })).toBeNull();
  });
  test.each([
    ['3', 2021],
    ['元', 2019],
    ['30', 2048],
  ])('「%s」 in a Reiwa header is %i', (text, y) => expect(parseYearLabel(text, 'R')?.year).toBe(y));
});
