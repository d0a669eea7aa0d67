import { readSheet } from '../../../src/core/read';
import { merge, sheetOf } from './build';
import { actuals, expecteds, shown } from './helpers';

/** The generic reader's extract stage: the baseline and target rows of years down, note rows across. */

const _ = null;

describe('years down: 基準値 / years / (参考) / 最終目標 rows in the year column', () => {
  const sheet = readSheet(
    sheetOf('g', { row: 0, col: 0 }, [
      ['指標名', '年度', '目標値', '実績値'],
      ['参加率', '基準値(R1)', 35, 30],
      [_, 'R2', 40, 38],
      [_, 'R3', 45, 44],
      [_, '(参考)', 1, 2],
      [_, '最終目標(R5)', 50, _],
    ], { merges: [merge(1, 0, 5, 0)] }),
  );
  const [i] = sheet.indicators;

  test('one indicator; the baseline row gives the actual (not the target written beside it)', () => {
    expect(sheet.indicators).toHaveLength(1);
    expect(i.baseline).toMatchObject({ year: 2019, label: '基準値(R1)', labelCell: 'B2', value: { cell: 'D2' } });
    expect(shown(i.baseline?.value)).toBe(30);
  });

  test('the final target from its row; a row that is neither a year nor a role is not read', () => {
    expect(i.target).toMatchObject({ year: 2023, value: { cell: 'C6' } });
    expect(i.years.map((y) => y.year)).toEqual([2019, 2020, 2021]);
    expect(actuals(i)).toEqual([30, 38, 44]);
    expect(expecteds(i).slice(1)).toEqual([40, 45]);
    const cells = i.years.flatMap((y) => [y.actual?.cell, y.expected?.cell]);
    expect(cells).not.toContain('C5');
    expect(cells).not.toContain('D5');
  });
});

describe('years across: a 備考 row under the indicator', () => {
  const sheet = readSheet(
    sheetOf('g', { row: 0, col: 0 }, [
      ['指標名', '区分', 'R2', 'R3'],
      ['参加率', '目標', 30, 32],
      [_, '実績', 29, 33],
      ['備考', _, '雨天中止', _],
    ], { merges: [merge(1, 0, 2, 0)] }),
  );

  test('is the indicator’s note per year, not another indicator named 備考', () => {
    expect(sheet.indicators.map((i) => i.name?.text)).toEqual(['参加率']);
    expect(sheet.indicators[0].years.map((y) => [y.year, y.note?.text ?? null])).toEqual([
      [2020, '雨天中止'],
      [2021, null],
    ]);
  });
});
