import { readSheet } from '../../../src/core/read';
import { merge, sheetOf } from './build';
import { actuals, expecteds } from './helpers';

/** The generic reader's detect stage: which rows are a year header, a table's period, its shape, near misses. */

const _ = null;

describe('Western years written as numbers', () => {
  test('2019 │ 2020 as numbers are a year header; a long note in the header row is no year', () => {
    const sheet = readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['指標名', '区分', 2019, 2020, '令和元年度から令和2年度までの実績を記載しています'],
        ['参加率', '目標', 30, 32],
        [_, '実績', 29, 33],
      ], { merges: [merge(1, 0, 2, 0)] }),
    );
    expect(sheet.reading.map((r) => [r.range, r.orientation, r.roles])).toEqual([['A1:D3', 'across', { years: '1', name: 'A', plan: '2', actual: '3' }]]);
    const [i] = sheet.indicators;
    expect(i.years.map((y) => [y.year, y.labelCell, y.expected?.cell, y.actual?.cell])).toEqual([
      [2019, 'C1', 'C2', 'C3'],
      [2020, 'D1', 'D2', 'D3'],
    ]);
    expect(actuals(i)).toEqual([29, 33]);
    expect(expecteds(i)).toEqual([30, 32]);
  });

  test('2019 │ 2021 (not consecutive) are numbers, not a header', () => {
    const sheet = readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['指標名', '区分', 2019, 2021],
        ['参加率', '目標', 30, 32],
        [_, '実績', 29, 33],
      ], { merges: [merge(1, 0, 2, 0)] }),
    );
    expect(sheet.kind).toBe('unrecognized');
    expect(sheet.indicators).toEqual([]);
  });

  test('the same year twice is no run of years', () => {
    const sheet = readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['指標名', '区分', 'R2', 'R2'],
        ['参加率', '目標', 30, 32],
        [_, '実績', 29, 33],
      ], { merges: [merge(1, 0, 2, 0)] }),
    );
    expect(sheet.reading.filter((r) => r.orientation === 'across')).toEqual([]);
  });
});

describe('a plan period above a table', () => {
  test('「計画期間 │ H26」 four rows above: the table’s one year, as the end of the period', () => {
    const sheet = readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['計画期間', 'H26'],
        [],
        ['(単位)'],
        [],
        ['指標名', '単位', '基準値', '目標値', '実績値'],
        ['参加率', '%', 30, 40, 35],
      ]),
    );
    expect(sheet.reading.map((r) => r.period)).toEqual([{ from: null, to: 2014, cell: 'A1' }]);
    expect(sheet.indicators.map((i) => [i.target?.year, i.target?.value?.cell, i.baseline?.value?.cell, i.current?.value?.cell])).toEqual([[2014, 'D6', 'C6', 'E6']]);
  });

  test('five rows above is too far', () => {
    const sheet = readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['計画期間', 'H22', '～', 'H26'],
        [],
        ['(単位)'],
        [],
        ['(注)'],
        ['指標名', '単位', '基準値', '目標値', '実績値'],
        ['参加率', '%', 30, 40, 35],
      ]),
    );
    expect(sheet.reading.map((r) => r.period ?? null)).toEqual([null]);
    expect(sheet.indicators[0].target?.year ?? null).toBeNull();
  });

  test('H22～H26: the period runs from the first year to the last', () => {
    const sheet = readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['計画期間', 'H22～H26'],
        ['指標名', '単位', '基準値', '目標値', '実績値'],
        ['参加率', '%', 30, 40, 35],
      ]),
    );
    expect(sheet.reading.map((r) => r.period)).toEqual([{ from: 2010, to: 2014, cell: 'A1' }]);
  });
});

describe('shapes', () => {
  test('one year down a 年度 column is a year beside the values (one row per indicator), not years down', () => {
    const sheet = readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['指標名', '年度', '目標値', '実績値'],
        ['参加率', 'R5', 50, 48],
      ]),
    );
    expect(sheet.reading.map((r) => [r.orientation, r.roles])).toEqual([['table', { name: 'A', years: 'B', target: 'C', actual: 'D' }]]);
    expect(sheet.indicators.map((i) => [i.target?.year, i.target?.value?.cell, i.current?.value?.cell])).toEqual([[2023, 'C2', 'D2']]);
  });

  test('one value column without a name column is no near miss: the sheet says no table was found', () => {
    const sheet = readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['区分', '単位', '目標値'],
        ['x', '人', 50],
        ['y', '人', 60],
        ['z', '人', 70],
      ]),
    );
    expect(sheet.unread).toEqual({ labels: [{ cell: 'B1', text: '単位' }, { cell: 'C1', text: '目標値' }], missing: 'table', cell: 'C1' });
  });

  test('two value columns without a name column are a near miss: the name is missing', () => {
    const sheet = readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['区分', '目標値', '実績値'],
        ['x', 50, 48],
        ['y', 60, 61],
      ]),
    );
    expect(sheet.unread).toMatchObject({ missing: 'name', cell: 'B1' });
  });
});
