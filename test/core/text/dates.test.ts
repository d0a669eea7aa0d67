import { dateLabel, isDateFormat, serialDay } from '../../../src/core/text/dates';
import { parseFiscalYear } from '../../../src/core/text/years';
import { Grid } from '../../../src/core/snapshot/grid';

const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
const fy = (value: number, format: string, date1904 = false) => {
  const label = dateLabel(value, format, date1904);
  return label === null ? null : parseFiscalYear(label)?.year ?? null;
};

describe('date formats', () => {
  test.each([
    ['yyyy/m/d', true],
    ['mm-dd-yy', true],
    ['[$-411]ggge"年"m"月"d"日"', true],
    ['[$-1030411]ggge"年度"', true],
    ['yyyy"年度"', true],
    ['m"月"d"日"', true],
    ['[$-ja-JP]ge.m.d', true],
    ['General', false],
    ['0.0', false],
    ['#,##0"人"', false],
    ['0.00E+00', false],
    ['h:mm', false],
    ['[h]:mm:ss', false],
    ['"年度"0', false],
    ['@', false],
    ['0%', false],
  ])('%s → %s', (format, date) => expect(isDateFormat(format)).toBe(date));
});

describe('serials', () => {
  test('1900 system, with Excel\'s phantom 1900-02-29 (serial 60)', () => {
    expect(serialDay(45017)).toMatchObject({ year: 2023, month: 4, day: 1 });
    expect(serialDay(1)).toMatchObject({ year: 1900, month: 1, day: 1 });
    expect(serialDay(59)).toMatchObject({ year: 1900, month: 2, day: 28 });
    expect(serialDay(61)).toMatchObject({ year: 1900, month: 3, day: 1 });
    expect(serialDay(45017.75)).toMatchObject({ year: 2023, month: 4, day: 1 });
  });
  test('1904 system: the same day is 1,462 less', () => {
    expect(serialDay(45017 - 1462, true)).toMatchObject({ year: 2023, month: 4, day: 1 });
  });
  test('not a date: below 1, beyond 9999-12-31, not finite', () => {
    expect(serialDay(0)).toBeNull();
    expect(serialDay(0.5)).toBeNull();
    expect(serialDay(2_958_466)).toBeNull();
    expect(serialDay(Number.NaN)).toBeNull();
  });
});

describe('a date cell as a fiscal year', () => {
  test('a day: April–March, January to March roll back a year', () => {
    expect(dateLabel(serial(2023, 4, 1), 'yyyy/m/d')).toBe('2023/4/1');
    expect(fy(serial(2023, 4, 1), 'yyyy/m/d')).toBe(2023);
    expect(fy(serial(2023, 12, 31), 'yyyy/m/d')).toBe(2023);
    expect(fy(serial(2024, 1, 1), 'yyyy/m/d')).toBe(2023);
    expect(fy(serial(2024, 3, 31), 'yyyy/m/d')).toBe(2023);
    expect(fy(serial(2024, 4, 1), 'yyyy/m/d')).toBe(2024);
  });
  test('an era date: the era of that day (平成31年4月30日, 令和元年5月1日)', () => {
    const f = '[$-411]ggge"年"m"月"d"日"';
    expect(dateLabel(serial(2019, 4, 30), f)).toBe('平成31年4月30日');
    expect(dateLabel(serial(2019, 5, 1), f)).toBe('令和元年5月1日');
    expect(fy(serial(2019, 4, 30), f)).toBe(2019);
    expect(fy(serial(2020, 3, 31), f)).toBe(2019);
    expect(dateLabel(serial(1989, 1, 7), f)).toBe('昭和64年1月7日');
    expect(fy(serial(1989, 1, 7), f)).toBe(1988);
  });
  test('a format that writes 年度 shows the fiscal year itself, as the sheet shows it', () => {
    expect(dateLabel(serial(2023, 4, 1), '[$-411]ggge"年度"')).toBe('令和5年度');
    expect(dateLabel(serial(2023, 4, 1), '[$-1030411]ggge"年度"')).toBe('令和5年度');
    expect(dateLabel(serial(2023, 4, 1), 'yyyy"年度"')).toBe('2023年度');
    expect(dateLabel(serial(2023, 4, 1), '[$-411]e"年度"')).toBe('令和5年度');
    expect(fy(serial(2023, 4, 1), '[$-411]ggge"年度"')).toBe(2023);
  });
  test('the 1904 date system', () => {
    expect(fy(serial(2024, 2, 1) - 1462, 'yyyy/m/d', true)).toBe(2023);
    expect(fy(serial(2024, 2, 1) - 1462, 'yyyy/m/d', false)).toBe(2019);
  });
  test('not dates: text, a plain number, a number format', () => {
    expect(dateLabel('2023/4/1', 'yyyy/m/d')).toBeNull();
    expect(dateLabel(45017, 'General')).toBeNull();
    expect(dateLabel(45017, '#,##0')).toBeNull();
  });
});

describe('Grid reads a date cell through its date', () => {
  const cells = [
    { row: 0, col: 0, value: serial(2023, 4, 1), format: '[$-411]ggge"年度"' },
    { row: 0, col: 1, value: serial(2024, 2, 1) - 1462, format: 'yyyy/m/d' },
    { row: 0, col: 2, value: 45017, format: '#,##0' },
  ];
  test('text is the date, value the serial; isDate says so', () => {
    const g = new Grid({ name: 's', origin: { row: 0, col: 0 }, values: [], formats: [], cells });
    expect([g.text(0, 0), g.value(0, 0), g.isDate(0, 0)]).toEqual(['令和5年度', serial(2023, 4, 1), true]);
    expect([g.text(0, 2), g.isDate(0, 2)]).toEqual(['45017', false]);
    expect(g.text(0, 1)).toBe('2020/1/31');
  });
  test('in a 1904 workbook, the serial counts from 1904', () => {
    const g = new Grid({ name: 's', origin: { row: 0, col: 0 }, values: [], formats: [], cells, date1904: true });
    expect(g.text(0, 1)).toBe('2024/2/1');
  });
});
