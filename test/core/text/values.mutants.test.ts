import { decimalsOfFormat, numberToDecimalText, parseValue, shiftDecimal, type ParsedValue } from '../../../src/core/text/values';

/**
 * Issue 13 (mutation testing, src/core/text/values.ts): the values a city would see read from its
 * cells, one table per behaviour, each row telling a surviving mutant of the 2026-12-02 run from the code.
 */

type Num = Extract<ParsedValue, { kind: 'number' }>;
const num = (raw: Parameters<typeof parseValue>[0], format?: string): Num => {
  const p = parseValue(raw, format);
  if (p.kind !== 'number') throw new Error(`${String(raw)} read as ${p.kind}`);
  return p;
};

describe('a unit after the number, or words that make the cell text', () => {
  test.each([
    ['3.5円/kWh', 3.5, '円/kWh'], // ends in ASCII, not all ASCII: a unit
    ['1,500PV/月', 1500, 'PV/月'], // starts in ASCII, not all ASCII: a unit
    ['5か所', 5, 'か所'], // one kana is a unit (か所), two make words
    ['+3.2ポイント', 3.2, 'ポイント'], // the plus sign is dropped from the value's text
  ])('%s is %s with unit %s', (text, value, unit) => {
    const p = num(text);
    expect([p.value, p.unit, p.decimalText]).toEqual([value, unit, String(value)]);
  });

  test.each([
    '12人。', // sentence punctuation after the unit
    '3件（前年度比）', // brackets after the unit
    '3/5 2件', // a second number after a fraction is not glued to the first (not 32件)
  ])('%s stays text', (text) => {
    expect(parseValue(text).kind).toBe('text');
  });
});

describe('bounds: 以上 / 超 are at least, 以下 / 未満 at most, also before a qualifier', () => {
  test.each([
    ['2,000人以上', 'at-least', '以上', null],
    ['100人超', 'at-least', '超', null],
    ['50人以下', 'at-most', '以下', null],
    ['10件未満', 'at-most', '未満', null],
    ['2,000人以上 (見込み)', 'at-least', '見込み', true],
    ['2,000人以上 （実績）', 'at-least', '実績', false],
  ])('%s: %s, qualifier %s', (text, bound, qualifier, estimate) => {
    const p = num(text);
    expect([p.bound, p.qualifier, p.unit]).toEqual([bound, qualifier, text.includes('件') ? '件' : '人']);
    if (estimate !== null) expect(p.estimate).toBe(estimate);
  });
});

describe('labels before the number, and 約 / 概ね', () => {
  test.each([
    ['加入率66.1%', '加入率', 66.1, '%'], // no space between label and number
    ['増減 -5人', '増減', -5, '人'], // the sign belongs to the number, not to the label
    ['新規契約 12件', '新規契約', 12, '件'], // a label that ends in 約 is still a label
    ['概ね満足 72.5%', '概ね満足', 72.5, '%'], // a label that starts with 概ね is still a label
  ])('%s: label %s, value %s %s', (text, label, value, unit) => {
    const p = num(text);
    expect([p.label, p.value, p.unit]).toEqual([label, value, unit]);
  });

  test('「約1,200人」 is 1,200 qualified 約, with no label; a word has no label either', () => {
    expect(num('約1,200人')).toMatchObject({ value: 1200, qualifier: '約', label: null });
    expect(num('概ね30件')).toMatchObject({ value: 30, qualifier: '概ね', label: null });
    expect(num('約1,200人（見込）')).toMatchObject({ value: 1200, qualifier: '見込', estimate: true, label: null });
    expect(parseValue('実施')).toEqual({ kind: 'text', text: '実施', label: null });
  });
});

describe('what the value-normalized finding says was normalised', () => {
  test.each<[string, string[]]>([
    ['930（見込）', ['text-number', 'qualifier']], // brackets are full-width, the digits are not
    ['930', ['text-number']],
    ['約1,200人', ['text-number', 'qualifier', 'unit', 'thousands']],
    ['約1,200人（見込）', ['text-number', 'qualifier', 'unit', 'thousands']], // qualifier once
    ['－３', ['text-number', 'full-width']],
    ['2,000人以上', ['text-number', 'qualifier', 'unit', 'thousands']],
  ])('%s: %j', (text, normalized) => {
    expect(num(text).normalized).toEqual(normalized);
  });

  test('a whole number written as text has no decimals (930 is not 930.000)', () => {
    expect(num('930（見込）')).toMatchObject({ value: 930, decimals: 0, decimalText: '930' });
    expect(num('1,090')).toMatchObject({ decimals: 0 });
    expect(num('43.50')).toMatchObject({ decimals: 2 });
  });
});

describe('no-data marks: dashes alone, or after a label', () => {
  test.each([
    ['登録団体数 -', '-', '登録団体数'],
    ['登録団体数　－', '-', '登録団体数'],
    ['--', '--', null],
    ['―――', '---', null],
  ])('%s is no data (mark %s, label %s)', (text, mark, label) => {
    expect(parseValue(text)).toEqual({ kind: 'no-data', mark, label });
  });

  test.each([
    ['-5', -5],
    ['－３', -3],
    ['−12.5', -12.5],
  ])('a negative number %s is %s, not a dash', (text, value) => {
    expect(num(text).value).toBe(value);
  });

  test('a number or a year before a dash is not a no-data mark', () => {
    expect(parseValue('5-').kind).toBe('text');
    expect(parseValue('H30-').kind).toBe('text');
    expect(parseValue('令和5年度 -').kind).toBe('text');
  });
});

describe('numeric cells', () => {
  test('the decimals the number format shows, whatever the value holds', () => {
    expect(num(12, '0.0').decimals).toBe(1);
    expect(num(12, '"10万人当たり"0.0').decimals).toBe(1); // digits inside a quoted text are not the format's
    expect(num(12.34, '0').decimals).toBe(0); // no decimal part in the format: 0, not the value's 2
    expect(num(12.5, '0.00').decimals).toBe(2);
    expect(num(1090, '#,##0').decimals).toBe(0);
    expect(decimalsOfFormat('0.000')).toBe(3);
  });

  test('percent cells: the value as shown, leading zeros and sign right', () => {
    expect(num(1.05, '0%')).toMatchObject({ value: 105, decimalText: '105', unit: '%' });
    expect(num(0.0661, '0.0%')).toMatchObject({ value: 6.61, decimalText: '6.61' });
    expect(num(-0.05, '0%')).toMatchObject({ value: -5, decimalText: '-5' });
  });

  test('a % inside a quoted text is a literal: 66.1 with 「0.0" %"」 is 66.1, not 6610', () => {
    expect(num(66.1, '0.0" %"')).toMatchObject({ value: 66.1, percentCell: false, unit: null });
  });

  test('an escaped % is a literal too: 66.1 with 「0.0\\%」 (Excel\'s way to show % without scaling) is 66.1, not 6610', () => {
    expect(num(66.1, '0.0\\%')).toMatchObject({ value: 66.1, decimalText: '66.1', decimals: 1, percentCell: false, unit: null });
    expect(num(0.661, '0.0%;\\-0.0\\%')).toMatchObject({ value: 66.1, percentCell: true }); // only the first section counts
  });

  test('a number cell is a final value, with no qualifier', () => {
    expect(num(930)).toMatchObject({ estimate: false, qualifier: null, bound: null, label: null });
  });

  test('NaN and infinities are not numbers; null is blank', () => {
    expect(parseValue(Number.NaN)).toEqual({ kind: 'text', text: 'NaN', label: null });
    expect(parseValue(Number.POSITIVE_INFINITY).kind).toBe('text');
    expect(parseValue(null)).toEqual({ kind: 'blank' });
    expect(parseValue(undefined as unknown as null)).toEqual({ kind: 'blank' });
  });

  test.each([
    [1e21, '1000000000000000000000'],
    [1.5e21, '1500000000000000000000'],
    [-2.5e22, '-25000000000000000000000'],
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
    [-1.25e-8, '-0.0000000125'],
    [-1e-7, '-0.0000001'],
    [-3e21, '-3000000000000000000000'],
    [123.45, '123.45'],
  ])('very large and very small numbers keep their digits, without exponent: %s → %s', (value, text) => {
    expect(numberToDecimalText(value)).toBe(text);
    expect(num(value).decimalText).toBe(text);
  });
});

describe('shiftDecimal: a fix written back into a percent cell', () => {
  test.each([
    ['100', -2, '1'], // 100% is stored as 1, not 1.0
    ['1200', -3, '1.2'],
    ['10.05', 2, '1005'],
    ['0.0661', 2, '6.61'],
    ['-0.25', 2, '-25'],
    ['-0', 2, '0'],
    ['-0.001', 2, '-0.1'],
  ])('shiftDecimal(%s, %i) = %s', (text, places, out) => {
    expect(shiftDecimal(text, places)).toBe(out);
  });
});
