import { fold } from '../../../src/core/text/normalize';
import { parseValue } from '../../../src/core/text/values';
import { dominantEra, fiscalYearOfMonth, guessEra, parseFiscalYear, parseYearLabel } from '../../../src/core/text/years';

/** Bugs of issue 13 and the single-label parsing of issue 7: each test fails on the old code or on the planted mutation. */

const num = (s: string) => {
  const p = parseValue(s);
  if (p.kind !== 'number') throw new Error(`${s} read as ${p.kind}`);
  return p;
};

describe('qualifiers: 見込 / 見込み / 予定 / 速報 / 暫定, in full-width or half-width brackets', () => {
  test.each([
    ['930(見込)', '見込'],
    ['930（見込）', '見込'],
    ['930(見込み)', '見込み'],
    ['９３０（見込み）', '見込み'],
    ['930 見込', '見込'],
    ['930(予定)', '予定'],
    ['930（速報）', '速報'],
    ['930(速報値)', '速報値'],
    ['930（暫定）', '暫定'],
  ])('%s is 930, an estimate marked %s', (text, qualifier) => {
    expect(num(text)).toMatchObject({ value: 930, estimate: true, qualifier, decimalText: '930' });
  });

  test('実績 / 確定値 are qualifiers of a final value', () => {
    expect(num('120（実績）')).toMatchObject({ value: 120, estimate: false, qualifier: '実績' });
    expect(num('120(確定値)')).toMatchObject({ value: 120, estimate: false, qualifier: '確定値' });
  });
});

describe('numerator / denominator', () => {
  test('「46/91指標」 is 46, the denominator 91 kept, unit 指標', () => {
    expect(num('46/91指標')).toMatchObject({ value: 46, denominator: 91, unit: '指標', normalized: expect.arrayContaining(['fraction']) });
    expect(num('３／５校')).toMatchObject({ value: 3, denominator: 5, unit: '校' });
    expect(num('46 / 91')).toMatchObject({ value: 46, denominator: 91, unit: null });
  });
  test('a plain number has no denominator; x/0 is not a number', () => {
    expect(num('46')).toMatchObject({ denominator: null });
    expect(parseValue(46)).toMatchObject({ denominator: null });
    expect(parseValue('4/0')).toMatchObject({ kind: 'text' });
  });
});

describe('any unit after the number; 億 / 万 are part of the unit, never a scale', () => {
  test.each([
    ['1.37平方メートル/人', 1.37, '平方メートル/人'],
    ['20億円', 20, '億円'],
    ['18.8万人', 18.8, '万人'],
    ['3.5ha', 3.5, 'ha'],
    ['120kWh', 120, 'kWh'],
    ['５０㎡', 50, 'm2'],
    ['12人/日', 12, '人/日'],
  ])('%s is %s with unit %s', (text, value, unit) => {
    expect(num(text)).toMatchObject({ value, unit });
  });
  test('a code or a sentence after the number stays text', () => {
    expect(parseValue('12x')).toMatchObject({ kind: 'text' });
    expect(parseValue('12abc')).toMatchObject({ kind: 'text' });
    expect(parseValue('3回実施した。次年度も継続')).toMatchObject({ kind: 'text' });
    expect(parseValue('R5から開始')).toMatchObject({ kind: 'text' });
  });
});

describe('ー: a dash alone, the long-vowel mark inside a word', () => {
  test('alone it is the no-data mark, after kana it stays', () => {
    expect(parseValue('ー')).toMatchObject({ kind: 'no-data' });
    expect(fold('センター')).toBe('センター');
    expect(fold('ー')).toBe('-');
    expect(fold('Ａ－１')).toBe('A-1');
  });
});

describe('years', () => {
  test('「R元」 and 「H元」 are years (and 「R元年度」, 「令和元年」)', () => {
    expect(parseFiscalYear('R元')).toMatchObject({ year: 2019, form: 'era', era: 'R', eraNumber: 1 });
    expect(parseFiscalYear('H元')).toMatchObject({ year: 1989, form: 'era', era: 'H' });
    expect(parseFiscalYear('R 元年度')).toMatchObject({ year: 2019 });
    expect(parseFiscalYear('令和元年')).toMatchObject({ year: 2019 });
    expect(dominantEra(['R元', 'R2', '平成30年度'])).toBe('R');
  });

  test('bare years take the sheet’s era when one is present', () => {
    expect(parseFiscalYear('27年度', { contextEra: 'H' })).toMatchObject({ year: 2015, form: 'bare', era: 'H' });
    expect(parseFiscalYear('5年度', { contextEra: 'H' })).toMatchObject({ year: 1993 });
    expect(parseFiscalYear('20年度', { contextEra: 'R' })).toMatchObject({ year: 2038 });
    expect(parseFiscalYear('27', { contextEra: 'H', bare: true })).toMatchObject({ year: 2015 });
  });

  test('with no era on the sheet, 20 and above are Heisei, below Reiwa: a bare 20 is 2008, never Reiwa 20', () => {
    expect(parseFiscalYear('20年度')).toMatchObject({ year: 2008, era: 'H' });
    expect(parseFiscalYear('19年度')).toMatchObject({ year: 2037, era: 'R' });
    expect(parseFiscalYear('元年度')).toMatchObject({ year: 2019, era: 'R' });
    expect(guessEra(20)).toBe('H');
    expect(guessEra(19)).toBe('R');
    expect(parseFiscalYear('20')).toBeNull(); // a lone number only where allowed
    expect(parseFiscalYear('20', { bare: true })).toMatchObject({ year: 2008 });
  });

  test('an era written on the label beats the sheet’s era: 平成元年度 on a Reiwa sheet is 1989', () => {
    expect(parseFiscalYear('平成元年度', { contextEra: 'R' })).toMatchObject({ year: 1989, form: 'era', era: 'H' });
    expect(parseFiscalYear('H30', { contextEra: 'R' })).toMatchObject({ year: 2018 });
    expect(parseFiscalYear('2020(R2)年度', { contextEra: 'H' })).toMatchObject({ year: 2020, form: 'western' });
  });

  test('a target month: January–March belong to the previous fiscal year', () => {
    expect(parseFiscalYear('H28.3')).toMatchObject({ year: 2015, month: 3 });
    expect(parseFiscalYear('平成28年3月')).toMatchObject({ year: 2015, month: 3 });
    expect(parseFiscalYear('H28.1')).toMatchObject({ year: 2015, month: 1 });
    expect(parseFiscalYear('R7.4')).toMatchObject({ year: 2025, month: 4 });
    expect(parseFiscalYear('R7.12')).toMatchObject({ year: 2025, month: 12 });
    expect(parseFiscalYear('2016年3月')).toMatchObject({ year: 2015, form: 'western' });
    expect(parseFiscalYear('2016/4')).toMatchObject({ year: 2016, month: 4 });
    expect(parseFiscalYear('R7年度')).toMatchObject({ year: 2025, month: null });
    expect(parseFiscalYear('R4/13')).toMatchObject({ year: 2022, month: null }); // 13 is no month
    expect(fiscalYearOfMonth(2016, 3)).toBe(2015);
    expect(fiscalYearOfMonth(2016, 4)).toBe(2016);
  });

  test('目標年度 cells', () => {
    expect(parseFiscalYear('R7年度')?.year).toBe(2025);
    expect(parseFiscalYear('2025年度')?.year).toBe(2025);
    expect(parseFiscalYear('令和7年度末')?.year).toBe(2025);
    expect(parseFiscalYear('令和７年度')?.year).toBe(2025);
  });

  test('parseYearLabel: one label given an era hint, with the number as written', () => {
    expect(parseYearLabel('30年度', 'H')).toMatchObject({ year: 2018, form: 'bare', eraNumber: 30 });
    expect(parseYearLabel('元年度', 'H')).toMatchObject({ year: 1989, form: 'bare', eraNumber: 1 });
    expect(parseYearLabel('2', 'R')).toMatchObject({ year: 2020, form: 'bare', eraNumber: 2 });
    expect(parseYearLabel('R2', 'H')).toMatchObject({ year: 2020, form: 'era', eraNumber: 2 });
    expect(parseYearLabel('0')).toBeNull();
    expect(parseYearLabel('指標')).toBeNull();
  });
});
