import { readSheet } from '../../../src/core/read';
import { merge, sheetOf } from './build';
import { shown } from './helpers';

/** Parts of the generic reader: text bands that end a body, qualifier columns, the lone overall grade. */

const _ = null;
const estimate = (v: { parsed: { kind: string } } | null | undefined) => (v && v.parsed.kind === 'number' ? (v.parsed as { estimate?: boolean }).estimate === true : null);

describe('text bands (a comment merged over the value columns) end the body', () => {
  const sheet = readSheet(
    sheetOf('g', { row: 0, col: 0 }, [
      ['指標名', '単位', '基準値', '目標値', '実績値'],
      ['参加率', '%', 30, 40, 35],
      ['講座数', '回', 5, 8, '調査中', _],
      ['相談件数', '件', '-', _, _],
      ['活動指標分析結果', _, '講座は予定どおり開催した', _, _],
      ['登録者数', '人', 10, 20, 15],
    ], { merges: [merge(2, 4, 2, 5), merge(3, 2, 3, 4), merge(4, 2, 4, 4)] }),
  );

  test('a merged text over one value column, and a 「-」 merged over several, are values; the comment ends the table', () => {
    expect(sheet.indicators.map((i) => [i.name?.text, shown(i.baseline?.value), shown(i.target?.value), shown(i.current?.value)])).toEqual([
      ['参加率', 30, 40, 35],
      ['講座数', 5, 8, '調査中'],
      ['相談件数', '-', null, null],
    ]);
    expect(sheet.reading.map((r) => r.range)).toEqual(['A1:E4']);
  });
});

describe('qualifier columns left of the values, years down', () => {
  const sheet = readSheet(
    sheetOf('g', { row: 0, col: 0 }, [
      ['指標名', '年度', _, '実績値', '目標値'],
      ['参加率', 'R3', '(実績)', 40, 45],
      [_, 'R4', '(見込)', 50, 50],
      [_, 'R5', '(見込)', '-', 55],
      [_, 'R6', '(実績)', '-', 60],
    ], { merges: [merge(1, 0, 4, 0)] }),
  );

  test('(見込) marks that year’s actual an estimate, (実績) does not; a 「-」 beside (見込) is no actual yet, beside (実績) it is no data', () => {
    const [i] = sheet.indicators;
    expect(i.years.map((y) => [y.year, y.actual?.cell ?? null, estimate(y.actual)])).toEqual([
      [2021, 'D2', false],
      [2022, 'D3', true],
      [2023, null, null],
      [2024, 'D5', null],
    ]);
    expect(shown(i.years[3].actual)).toBe('-');
    expect(sheet.reading[0].roles.qualifier).toBe('C');
  });
});

describe('a lone overall grade outside the table', () => {
  const withRow = (row: (string | null)[]) =>
    readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['指標名', '単位', '基準値', '目標値', '実績値'],
        ['参加率', '%', 30, 40, 35],
        [],
        row,
      ]),
    );

  test('「評価 │ B（概ね順調）」 is the overall grade B', () => {
    expect(withRow(['評価', 'B（概ね順調）']).overallGrade).toMatchObject({ value: 'B', cell: 'B4' });
  });

  test('a label that only starts with 評価, or a row with more than the label and its grade, is not', () => {
    expect(withRow(['評価の理由について', 'B']).overallGrade).toBeNull();
    expect(withRow(['評価', 'B', '理由は別紙']).overallGrade).toBeNull();
  });
});

describe('one qualifier column between two value columns', () => {
  test('is listed once', () => {
    const sheet = readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['指標名', '年度', '実績値', _, '目標値'],
        ['参加率', 'R3', 40, '(見込)', 45],
        [_, 'R4', 50, _, 50],
      ], { merges: [merge(1, 0, 2, 0)] }),
    );
    expect(sheet.reading[0].roles.qualifier).toBe('D');
    expect(estimate(sheet.indicators[0].years[0].actual)).toBe(true);
  });
});
