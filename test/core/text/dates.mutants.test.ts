import { dateLabel, isDateFormat, serialDay } from '../../../src/core/text/dates';

/** Issue 13 (mutation testing, src/core/text/dates.ts): what a date-typed year header reads as. */

const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
const ERA_DAY = '[$-411]ggge"年"m"月"d"日"';

describe('formats that are not dates, though their words hold y, d, g or e', () => {
  test.each([
    ['[Red]General', false], // a colour tag is no date token
    ['[DBNum1][$-411]General', false], // kanji numerals
    ['GENERAL', false],
    ['"Grade "@', false], // a quoted literal
    ['@" days"', false],
    ['_(@_)', false], // padding
    ['@\\件', false], // an escaped literal after text
    ['_-* #,##0_-;\\-* #,##0_-', false], // accounting
    ['', false],
    ['*-yyyy/m/d', true], // a fill before a date
    ['yyyy\\年m\\月', true], // escaped literals
    ['mmm-yy', true],
    ['dd', true],
  ])('%s → %s', (format, date) => expect(isDateFormat(format)).toBe(date));
});

describe('serials at the edges of what Excel shows', () => {
  test('9999-12-31 is the last day; serial 1.5 is still 1900-01-01; the phantom 1900-02-29 reads as 1 March', () => {
    expect(serialDay(2_958_465)).toMatchObject({ year: 9999, month: 12, day: 31 });
    expect(serialDay(1.5)).toMatchObject({ year: 1900, month: 1, day: 1 });
    expect(serialDay(60)).toMatchObject({ year: 1900, month: 3, day: 1 });
    expect(serialDay(0.99)).toBeNull();
    expect(serialDay(1, true)).toMatchObject({ year: 1904, month: 1, day: 2 });
  });
  test('a serial that is no date gives no label', () => {
    expect(dateLabel(0, 'yyyy/m/d')).toBeNull();
    expect(dateLabel(3_000_000, 'yyyy/m/d')).toBeNull();
  });
});

describe('the era of the day, on the first day of each era', () => {
  test.each([
    [serial(1989, 1, 8), '平成元年1月8日'],
    [serial(1926, 12, 25), '昭和元年12月25日'],
    [serial(1926, 12, 24), '1926年12月24日'], // before 昭和: the Western year
    [serial(2020, 4, 1), '令和2年4月1日'],
  ])('%d → %s', (value, label) => expect(dateLabel(value, ERA_DAY)).toBe(label));
});

describe('e is the era year only in a Japanese locale', () => {
  test.each([
    ['[$-ja-JP]e.m.d', '令和5年4月1日'],
    ['[$-ja]e.m.d', '令和5年4月1日'],
    ['[$-0411]ge.m.d', '令和5年4月1日'],
    ['[$-1000411]e.m.d', '令和5年4月1日'],
    ['[$-412]e.m.d', '2023/4/1'], // Korean: e is not the Japanese era
    ['[$-409]e/m/d', '2023/4/1'],
    ['[$-411]yyyy/m/d', '2023/4/1'], // Japanese locale, no era token
  ])('2023-04-01 in %s → %s', (format, label) => expect(dateLabel(serial(2023, 4, 1), format)).toBe(label));

  test('年度 in the first section: the fiscal year as the sheet shows it', () => {
    expect(dateLabel(serial(2019, 5, 1), '[$-411]ge"年度"')).toBe('令和元年度');
    expect(dateLabel(serial(2023, 4, 1), 'yyyy"年度";@')).toBe('2023年度');
    expect(dateLabel(serial(2023, 4, 1), '0;yyyy"年度"')).toBeNull(); // the first section is a number
  });
});
