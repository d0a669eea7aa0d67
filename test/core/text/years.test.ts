import { dominantEra, parseFiscalYear, shortEraLabel } from '../../../src/core/text/years';

const year = (t: string, o?: Parameters<typeof parseFiscalYear>[1]) => parseFiscalYear(t, o)?.year ?? null;

describe('parseFiscalYear', () => {
  test.each([
    ['R1', 2019],
    ['R1 (現状値)', 2019],
    ['令和元年度', 2019],
    ['令和５年度', 2023],
    ['H27', 2015],
    ['H31', 2019],
    ['平成27年度', 2015],
    ['2020(R2)年度', 2020],
    ['基準値(H29)', 2017],
    ['基準値 (H27)', 2015],
    ['目標値 (令和10年度)', 2028],
    ['現状 (平成26年度)', 2014],
    ['評価対象期間：令和5年度', 2023],
    ['対象:R5', 2023],
    ['達成状況(対象:R5)', 2023],
  ])('%s → %i', (text, expected) => {
    expect(year(text)).toBe(expected);
  });

  test('bare years take the era from context', () => {
    expect(year('27年度', { contextEra: 'H' })).toBe(2015);
    expect(year('6年度', { contextEra: 'R' })).toBe(2024);
    expect(year('中間目標/ 29年度以降', { contextEra: 'H' })).toBe(2017);
    expect(year('27', { contextEra: 'H', bare: true })).toBe(2015);
  });

  test('a lone number is not a year unless asked', () => {
    expect(year('27')).toBeNull();
    expect(year('1')).toBeNull();
    expect(year('実績値')).toBeNull();
    expect(year('RX')).toBeNull();
  });

  test('without context, bare years guess by size', () => {
    expect(year('31年度')).toBe(2019);
    expect(year('10年度')).toBe(2028);
  });
});

test('dominantEra and short labels', () => {
  expect(dominantEra(['平成27年度～31年度', '新庄市'])).toBe('H');
  expect(dominantEra(['令和6年度～令和10年度', 'H23.4 施行'])).toBe('R');
  expect(dominantEra(['no years here'])).toBeNull();
  expect(shortEraLabel(2019)).toBe('R1');
  expect(shortEraLabel(2015)).toBe('H27');
});
