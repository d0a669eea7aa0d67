import { readSheet } from '../../../src/core/read';
import { yearRun } from '../../../src/core/read/year-run';
import { sheetOf } from './build';

/** Years read as a run, the name most value cells agree on, and when an unread sheet says so. */

const _ = null;

describe('yearRun: a bare year after a known one', () => {
  test('takes the era that makes it the next year within five years', () => {
    expect(yearRun(['H30', '5年度'], 'H')).toEqual([2018, 2023]);
    expect(yearRun(['H30', '元年度', '2年度'], 'R')).toEqual([2018, 2019, 2020]);
  });

  test('six years on is not the next year: the era of the year before is kept (a column written newest first)', () => {
    expect(yearRun(['H30', '6年度'], 'H')).toEqual([2018, 1994]);
    expect(yearRun(['28年度', '27年度'], 'H')).toEqual([2016, 2015]);
  });
});

describe('names written into the value cells', () => {
  test('with two labels written once each, the first one names the indicator', () => {
    const sheet = readSheet(
      sheetOf('btc', { row: 0, col: 0 }, [
        ['事業名', '事業の評価', '基準値 (H27)', '目標値 (R4)', '現状値 (R4)'],
        ['子育て支援', 'B', '加入率 40%', '参加率 60%', _],
      ]),
    );
    expect(sheet.indicators.map((i) => [i.name?.text, i.name?.cell])).toEqual([['加入率', 'C2']]);
  });
});

describe('an unread sheet', () => {
  test('with numbers and evaluation words in label-sized cells: sheet-unrecognized evidence', () => {
    const s = readSheet(sheetOf('memo', { row: 0, col: 0 }, [['評価'], ['x', 1], ['y', 2], ['z', 3]]));
    expect(s.unread).toMatchObject({ missing: 'table', cell: 'A1' });
  });

  test('evaluation words only in a sentence, or fewer than three numbers: silent', () => {
    const sentence = readSheet(sheetOf('memo', { row: 0, col: 0 }, [['来年度の評価に向けて資料を集めておくこと（担当者メモ）'], ['x', 1], ['y', 2], ['z', 3]]));
    expect(sentence.kind).toBe('unrecognized');
    expect(sentence.unread).toBeNull();
    const few = readSheet(sheetOf('memo', { row: 0, col: 0 }, [['評価'], ['x', 1], ['y', 2]]));
    expect(few.unread).toBeNull();
  });
});

describe('newest first across an era change', () => {
  test('2019 │ 30年度 is 2019, 2018 (H30, not R30 = 2048); R2 │ 元年度 │ 30年度 is 2020, 2019, 2018', () => {
    expect(yearRun(['2019', '30年度'], null)).toEqual([2019, 2018]);
    expect(yearRun(['R2', '元年度', '30年度'], null)).toEqual([2020, 2019, 2018]);
    expect(yearRun(['28年度', '27年度'], 'H')).toEqual([2016, 2015]);
  });
});
