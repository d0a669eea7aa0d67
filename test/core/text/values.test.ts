import { parseValue, shiftDecimal } from '../../../src/core/text/values';

describe('parseValue', () => {
  test('numbers keep the decimals their format shows', () => {
    expect(parseValue(43, '0.0')).toMatchObject({ kind: 'number', value: 43, decimals: 1, normalized: [] });
    expect(parseValue(1090, '#,##0')).toMatchObject({ kind: 'number', value: 1090, decimals: 0 });
    expect(parseValue(48.6)).toMatchObject({ kind: 'number', value: 48.6, decimals: 1, decimalText: '48.6' });
  });

  test('percent cells are read in shown units', () => {
    expect(parseValue(0.82, '0%')).toMatchObject({ kind: 'number', value: 82, decimals: 0, unit: '%', percentCell: true, decimalText: '82' });
    expect(parseValue(0.661, '0.0%')).toMatchObject({ value: 66.1, decimals: 1, decimalText: '66.1' });
  });

  test.each([
    ['４３．５', 43.5, ['text-number', 'full-width']],
    ['1,090', 1090, ['text-number', 'thousands']],
    ['１，０９０', 1090, ['text-number', 'full-width', 'thousands']],
    ['43人', 43, ['text-number', 'unit']],
    ['66.1%', 66.1, ['text-number', 'unit']],
    ['14団体', 14, ['text-number', 'unit']],
    ['18.8万人', 18.8, ['text-number', 'unit']],
  ])('%s is the number %d', (text, value, normalized) => {
    expect(parseValue(text)).toMatchObject({ kind: 'number', value, normalized });
  });

  test('estimates and bounds', () => {
    expect(parseValue('930(見込み)')).toMatchObject({ kind: 'number', value: 930, estimate: true, qualifier: '見込み' });
    expect(parseValue('37(見込み)')).toMatchObject({ value: 37, estimate: true });
    expect(parseValue('2,000人以上')).toMatchObject({ value: 2000, unit: '人', bound: 'at-least', estimate: false });
    expect(parseValue('120(実績)')).toMatchObject({ value: 120, estimate: false, qualifier: '実績' });
  });

  test('labelled values of baseline/target/current rows', () => {
    expect(parseValue('加入率 66.1%')).toMatchObject({ kind: 'number', value: 66.1, unit: '%', label: '加入率' });
    expect(parseValue('未設置地区 4地区')).toMatchObject({ value: 4, unit: '地区', label: '未設置地区' });
    expect(parseValue('交付団体 14団体')).toMatchObject({ value: 14, unit: '団体', label: '交付団体' });
    expect(parseValue('回数 1回')).toMatchObject({ value: 1, unit: '回', label: '回数' });
  });

  test.each(['—', '－', '-', '−', '―', '未実施', '調査なし', '把握困難', '評価対象外'])('%s is a no-data mark', (t) => {
    expect(parseValue(t).kind).toBe('no-data');
  });

  test('words stay words', () => {
    expect(parseValue('実施')).toMatchObject({ kind: 'text', text: '実施' });
    expect(parseValue('継続実施')).toMatchObject({ kind: 'text' });
    expect(parseValue('abc12x')).toMatchObject({ kind: 'text' });
    expect(parseValue(null)).toEqual({ kind: 'blank' });
    expect(parseValue('  ')).toEqual({ kind: 'blank' });
  });
});

test('shiftDecimal is exact', () => {
  expect(shiftDecimal('0.661', 2)).toBe('66.1');
  expect(shiftDecimal('0.82', 2)).toBe('82');
  expect(shiftDecimal('66.1', -2)).toBe('0.661');
  expect(shiftDecimal('-0.5', 2)).toBe('-50');
  expect(shiftDecimal('7', -3)).toBe('0.007');
});
