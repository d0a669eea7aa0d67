import { readSheet } from '../../../src/core/read';
import { sheetOf } from './build';
import { actuals, expecteds, shown, yearsOf } from './helpers';

/** Plan/actual pairs (Niigata layout): which cell is each year's plan and actual, the baseline and the target. */

const _ = null;

describe('a plan/actual table in two blocks, flattened (values one column right of the headers)', () => {
  const sheet = readSheet(
    sheetOf('pa', { row: 0, col: 0 }, [
      ['改革実施概要', '現状 (平成26年度)', '平成27年度', _, '平成28年度', _, '中間目標/ 29年度'],
      [_, _, '計画', '実績', '計画', '実績', _],
      ['指標', '相談件数', 100, 110, 105, 120, 118, 130],
      [_, '相談窓口の周知', '実施', '実施', '実施', '実施', '実施', _],
      [_, '出前講座の参加者数', '50人', 60, 58, 70.5, '集計中', 90],
      [],
      ['改革実施概要', '現状 (平成26年度)', '平成29年度', _, '平成30年度', _, '最終目標/ 31年度以降'],
      ['(単位:件)'],
      [_, _, '実績', '計画', '実績', '計画', _],
      ['指標', '相談件数', 100, 125, 130, 140, 135, 150],
    ]),
  );
  const [a, b] = sheet.indicators;

  test('two indicators: the same name in both blocks is one; the text row under 指標 is none', () => {
    expect(sheet.layouts).toEqual(['plan-actual']);
    expect(sheet.indicators.map((i) => [i.key, i.cell, i.name?.text])).toEqual([
      ['row:3', 'B3', '相談件数'],
      ['row:5', 'B5', '出前講座の参加者数'],
    ]);
  });

  test('block 1: 計画 then 実績 under each year; block 2: 実績 then 計画 (its sub-header two rows down)', () => {
    expect(yearsOf(a)).toEqual([2015, 2016, 2017, 2018]);
    expect(a.years.map((y) => [y.expected?.cell, y.actual?.cell])).toEqual([
      ['D3', 'E3'],
      ['F3', 'G3'],
      ['E10', 'D10'],
      ['G10', 'F10'],
    ]);
    expect(expecteds(a)).toEqual([110, 120, 130, 135]);
    expect(actuals(a)).toEqual([105, 118, 125, 140]);
  });

  test('baseline from the 現状 column; the final target of block 2 wins over the interim one', () => {
    expect(a.baseline).toMatchObject({ year: 2014, label: '現状 (平成26年度)', labelCell: 'B1', value: { cell: 'C3' } });
    expect(a.target).toMatchObject({ year: 2019, label: '最終目標/ 31年度以降', labelCell: 'G7', value: { cell: 'H10' } });
    expect(shown(a.target?.value)).toBe(150);
    expect(b.target).toMatchObject({ year: 2017, label: '中間目標/ 29年度', value: { cell: 'H5' } });
  });

  test('unit from the values, decimals, not qualitative', () => {
    expect(b.unitText).toBe('人');
    expect(b.precision).toBe(1);
    expect(actuals(b)).toEqual([58, '集計中']);
    expect(b.qualitative).toBe(false);
    expect(a.precision).toBe(0);
    expect(a.unitText).toBeNull();
    expect(a.cumulative).toBe(false);
  });
});

describe('an aligned plan/actual table: 基準値 heading, no target column', () => {
  const sheet = readSheet(
    sheetOf('pa', { row: 0, col: 0 }, [
      ['区分', '指標名', '基準値(H26)', 'H27', _, 'H28', _],
      [_, _, _, '計画', '実績', '計画', '実績'],
      ['指標', '利用率(累計)', '40%', '45%', '44%', '50%', '51%'],
    ]),
  );

  test('values under their own headers; no target', () => {
    const [i] = sheet.indicators;
    expect(sheet.indicators).toHaveLength(1);
    expect(i.baseline).toMatchObject({ year: 2014, value: { cell: 'C3' } });
    expect(i.years.map((y) => [y.year, y.expected?.cell, y.actual?.cell])).toEqual([
      [2015, 'D3', 'E3'],
      [2016, 'F3', 'G3'],
    ]);
    expect(i.target).toBeNull();
    expect(i.unitText).toBe('%');
    expect(i.cumulative).toBe(true);
  });
});

describe('not a plan/actual table', () => {
  test('a 現状 year header without a 計画 │ 実績 row within two rows', () => {
    const sheet = readSheet(
      sheetOf('pa', { row: 0, col: 0 }, [
        ['改革実施概要', '現状 (平成26年度)', '平成27年度', _, '平成28年度', _],
        ['(単位:件)'],
        [_, _, '実績値'],
        [_, _, '計画', '実績', '計画', '実績'],
        ['指標', '相談件数', 100, 110, 105, 120, 118],
      ]),
      { generic: false },
    );
    expect(sheet.indicators).toEqual([]);
  });

  test('a header with only a 現状 year and no later year', () => {
    const sheet = readSheet(
      sheetOf('pa', { row: 0, col: 0 }, [
        ['改革実施概要', '現状 (平成26年度)', '目標 (平成30年度)'],
        [_, '計画', '実績'],
        ['指標', '相談件数', 100, 110],
      ]),
      { generic: false },
    );
    expect(sheet.layouts).not.toContain('plan-actual');
  });
});

describe('more plan/actual headers', () => {
  test('a 策定時 year is the baseline; the 指標 label may sit in the baseline column', () => {
    const sheet = readSheet(
      sheetOf('pa', { row: 0, col: 0 }, [
        ['策定時(H26)', 'H27', _, 'H28', _],
        [_, '計画', '実績', '計画', '実績'],
        ['指標', '利用者数', 40, 45, 44, 50, 51],
      ]),
      { generic: false },
    );
    expect(sheet.indicators.map((i) => [i.name?.text, i.baseline?.year, i.baseline?.value?.cell, i.years.map((y) => [y.expected?.cell, y.actual?.cell])])).toEqual([
      ['利用者数', 2014, 'C3', [['D3', 'E3'], ['F3', 'G3']]],
    ]);
  });

  test('the final target read first stays; a year in both blocks keeps the first block’s cells', () => {
    const sheet = readSheet(
      sheetOf('pa', { row: 0, col: 0 }, [
        ['区分', '指標名', '現状(H26)', 'H27', _, '最終目標(H30)'],
        [_, _, _, '計画', '実績', _],
        ['指標', '利用者数', 40, 45, 44, 60],
        [],
        ['区分', '指標名', '現状(H26)', 'H27', _, 'H28', _, '中間目標(H28)'],
        [_, _, _, '計画', '実績', '計画', '実績', _],
        ['指標', '利用者数', 40, 46, 43, 50, 49, 50],
      ]),
      { generic: false },
    );
    expect(sheet.indicators).toHaveLength(1);
    const [i] = sheet.indicators;
    expect(i.target).toMatchObject({ year: 2018, value: { cell: 'F3' } });
    expect(i.years.map((y) => [y.year, y.expected?.cell, y.actual?.cell])).toEqual([
      [2015, 'D3', 'E3'],
      [2016, 'F7', 'G7'],
    ]);
  });

  test('blocks newest first: the years in order; a target where the first block had none; a later interim target replaces an earlier one', () => {
    const sheet = readSheet(
      sheetOf('pa', { row: 0, col: 0 }, [
        ['区分', '指標名', '現状(H26)', 'H29', _, 'H30', _],
        [_, _, _, '計画', '実績', '計画', '実績'],
        ['指標', '利用者数', 40, 55, 54, 60, 58],
        [],
        ['区分', '指標名', '現状(H26)', 'H27', _, 'H28', _, '中間目標(H28)'],
        [_, _, _, '計画', '実績', '計画', '実績', _],
        ['指標', '利用者数', 40, 45, 44, 50, 49, 50],
        [],
        ['区分', '指標名', '現状(H26)', 'H27', _, '中間目標(H29)'],
        [_, _, _, '計画', '実績', _],
        ['指標', '利用者数', 40, 45, 44, 55],
      ]),
      { generic: false },
    );
    expect(sheet.indicators).toHaveLength(1);
    const [i] = sheet.indicators;
    expect(yearsOf(i)).toEqual([2015, 2016, 2017, 2018]);
    expect(actuals(i)).toEqual([44, 49, 54, 58]);
    expect(i.target).toMatchObject({ year: 2017, label: '中間目標(H29)', value: { cell: 'F11' } });
  });
});
