import { readSheet } from '../../../src/core/read';
import { merge, sheetOf } from './build';

/** One row per indicator (generic table shape): id and name under one merged header, grade marks, units in formats. */

const _ = null;

const read = (rows: (string | number | null)[][], formats: Record<string, string> = {}) =>
  readSheet(sheetOf('g', { row: 0, col: 0 }, rows, { merges: [merge(0, 0, 0, 1)], formats }));

describe('a name header merged over an id column and a name column', () => {
  const sheet = read(
    [
      ['指 標', _, '単位', '目標値', '実績値', '目標達成度', '達成度', '達成率'],
      ['指標1', '住民満足度', '%', 70, 65, '○', 1, _],
      ['指標2', '参加者数', '人', 100, 90, '◎', 2, _],
      ['指標3', '水質', _, 2.0, 1.8, '△', _, _],
    ],
    { '3,3': '0.0"mg/L"', '3,4': '0.0"mg/L"', '1,3': '0" "', '1,4': '0" "' },
  );

  test('指標1 … is the id, the column beside it the name', () => {
    expect(sheet.indicators.map((i) => [i.id, i.cell, i.name?.text, i.name?.cell])).toEqual([
      ['指標1', 'B2', '住民満足度', 'B2'],
      ['指標2', 'B3', '参加者数', 'B3'],
      ['指標3', 'B4', '水質', 'B4'],
    ]);
  });

  test('marks under 目標達成度 are the row’s grade; numbers under 達成度 and a blank 達成率 are not grades', () => {
    expect(sheet.indicators.map((i) => [i.grade?.value, i.grade?.cell])).toEqual([
      ['○', 'F2'],
      ['◎', 'F3'],
      ['△', 'F4'],
    ]);
    expect(sheet.reading[0].roles).toEqual({ id: 'A', name: 'B', unit: 'C', target: 'D', actual: 'E', grade: 'F' });
  });

  test('a unit in the number format (0.0"mg/L") is the unit; a blank one in the format is none', () => {
    expect(sheet.indicators.map((i) => i.unitText)).toEqual(['%', '人', 'mg/L']);
    const noUnit = read([
      ['指 標', _, '目標値', '実績値'],
      ['指標1', '住民満足度', 70, 65],
    ], { '1,2': '0" "', '1,3': '0" "' });
    expect(noUnit.indicators[0].unitText).toBeNull();
  });

  test('a name column holding names (not numbers) under the merged header is the name column alone', () => {
    const s = read([
      ['指 標', _, '単位', '目標値', '実績値'],
      ['住民満足度', '(アンケート)', '%', 70, 65],
    ]);
    expect(s.indicators.map((i) => [i.id, i.name?.text])).toEqual([['', '住民満足度']]);
  });
});
