import { readSheet } from '../../../src/core/read';
import { leadingRefs, roleOf } from '../../../src/core/read/items';
import { sheetOf } from './build';

/** Item tables (Kitakami) and form items (Niigata): item numbers, titles, grades, indicator references. */

const _ = null;

describe('column roles and references', () => {
  test('header words give the column its role', () => {
    expect(['No.', '達成状況評価', '担当部署', '内部要因', '成果指標', '推進方針', '備考'].map(roleOf)).toEqual(['no', 'grade', 'department', 'narrative', 'refs', 'title', null]);
  });
  test('circled numbers at the start of a cell are references; prose mentioning one later is not', () => {
    expect(leadingRefs('①②')).toEqual(['①', '②']);
    expect(leadingRefs(' ②、③ 参加率')).toEqual(['②', '③']);
    expect(leadingRefs('①～③')).toEqual(['①', '②', '③']);
    expect(leadingRefs('参加率(①の内数)')).toEqual([]);
  });
});

describe('an item table whose items span two rows', () => {
  const sheet = readSheet(
    sheetOf('items', { row: 0, col: 0 }, [
      ['No.', '担当課', '施策', '成果指標', '評価', '課題'],
      ['1', _, _, '①②', 'B', '人手不足'],
      [_, _, _, '② ③', _, '予算'],
      ['2', '企画課', '移住の促進', '指標なし', 'A', _],
      [_, _, _, '④', _, _],
      [],
      ['No.', '評価'],
      ['1', 'A'],
    ]),
  );

  test('two tables, three items; blank titles and departments are none', () => {
    expect(sheet.items.map((i) => [i.key, i.no, i.cell, i.title, i.department, i.grade?.value, i.grade?.cell])).toEqual([
      ['item:1', '1', 'A2', null, null, 'B', 'E2'],
      ['item:2', '2', 'A4', '移住の促進', '企画課', 'A', 'E4'],
      ['item:1@A8', '1', 'A8', null, null, 'A', 'B8'],
    ]);
  });

  test('references over the item rows, each once; the cell is the first that holds one', () => {
    expect(sheet.items.map((i) => [i.indicatorRefs, i.refCell])).toEqual([
      [['①', '②', '③'], 'D2'],
      [['④'], 'D5'],
      [[], null],
    ]);
  });

  test('analysis fields from every row of the item', () => {
    expect(sheet.items.map((i) => i.narrative.map((n) => [n.cell, n.text]))).toEqual([
      [['F2', '人手不足'], ['F3', '予算']],
      [['F4', ''], ['F5', '']],
      [],
    ]);
  });
});

describe('form items (「No. │ 28」) with their plan/actual tables and 年度評価 sections', () => {
  const sheet = readSheet(
    sheetOf('form', { row: 0, col: 0 }, [
      ['No.', '28', _, '改革実施項目名称', '市民協働の推進'],
      ['担当課', '市民協働課'],
      [],
      ['改革実施概要', '現状 (平成26年度)', '平成27年度', _, '平成28年度', _],
      [_, _, '計画', '実績', '計画', '実績'],
      ['指標', '相談件数', 100, 110, 105, 120, 118],
      [],
      ['年度評価', '平成27年度', _, '平成28年度', _],
      ['取組工程、指標に対する評価', '順調に進んだ', 'B', '一部遅れた', 'C'],
      ['課題、今後の方針', '周知を強化', _, _, _],
      [],
      ['No.', '28', _, '(続き)'],
      ['年度評価', '平成29年度', _, '平成30年度'],
      ['取組工程、指標に対する評価', 'さらに進んだ', 'A'],
      [],
      ['No.', '29', _, '改革実施項目名称', '窓口の改善'],
      ['担当課', '市民課'],
      [],
      ['改革実施概要', '現状 (平成26年度)', '平成27年度', _, '平成28年度', _],
      [_, _, '計画', '実績', '計画', '実績'],
      ['指標', '待ち時間', 30, 25, 28, 20, 22],
      [],
      [_, '平成27年度', _, '平成28年度', _],
      ['年度評価', '改善した', 'A', '横ばい', 'B(A)'],
    ]),
  );
  const [a, b] = sheet.items;

  test('two items: the number written again (a second page) is the same item; title and department nearby', () => {
    expect(sheet.items.map((i) => [i.key, i.no, i.cell, i.title, i.department])).toEqual([
      ['item:28', '28', 'B1', '市民協働の推進', '市民協働課'],
      ['item:29', '29', 'B16', '窓口の改善', '市民課'],
    ]);
  });

  test('each item owns the indicators of its own form', () => {
    expect(sheet.indicators.map((i) => [i.key, i.name?.text])).toEqual([
      ['row:6', '相談件数'],
      ['row:21', '待ち時間'],
    ]);
    expect(a.indicatorKeys).toEqual(['row:6']);
    expect(b.indicatorKeys).toEqual(['row:21']);
  });

  test('yearly grades: each year’s grade is the cell after its text; a year not written yet is blank', () => {
    expect(a.yearlyGrades.map((g) => [g.year, g.label, g.grade.value, g.grade.cell])).toEqual([
      [2015, '平成27年度', 'B', 'C9'],
      [2016, '平成28年度', 'C', 'E9'],
      [2017, '平成29年度', 'A', 'C14'],
      [2018, '平成30年度', null, 'E14'],
    ]);
    expect(b.yearlyGrades.map((g) => [g.year, g.grade.value, g.grade.cell])).toEqual([
      [2015, 'A', 'C24'],
      [2016, 'B', 'E24'],
    ]);
  });

  test('the item’s grade is its latest graded year, the year before as the previous grade', () => {
    expect(a.grade).toMatchObject({ value: 'A', previous: 'C', cell: 'C14' });
    expect(b.grade).toMatchObject({ value: 'B', previous: 'A', cell: 'E24' });
  });

  test('the texts are narrative fields labelled with their row and year; the labelled row below too, blank or not', () => {
    expect(a.narrative.map((n) => [n.label, n.cell, n.text])).toEqual([
      ['取組工程、指標に対する評価 (平成27年度)', 'B9', '順調に進んだ'],
      ['課題、今後の方針 (平成27年度)', 'B10', '周知を強化'],
      ['取組工程、指標に対する評価 (平成28年度)', 'D9', '一部遅れた'],
      ['課題、今後の方針 (平成28年度)', 'D10', ''],
      ['取組工程、指標に対する評価 (平成29年度)', 'B14', 'さらに進んだ'],
    ]);
    expect(b.narrative.map((n) => [n.label, n.cell, n.text])).toEqual([
      ['評価 (平成27年度)', 'B24', '改善した'],
      ['評価 (平成28年度)', 'D24', '横ばい'],
    ]);
  });
});

describe('form item numbers and the labels around them', () => {
  test('the name three rows above and the department four rows below the number belong to it', () => {
    const sheet = readSheet(
      sheetOf('form', { row: 0, col: 0 }, [
        ['改革実施項目名称', '市民協働の推進'],
        [],
        ['(第2期)'],
        ['No.', '31'],
        [],
        ['(注)'],
        [],
        ['担当課', '市民協働課'],
      ]),
    );
    expect(sheet.items.map((i) => [i.no, i.cell, i.title, i.department])).toEqual([['31', 'B4', '市民協働の推進', '市民協働課']]);
  });

  test('labels further away are not its own; a value with no digit is no number', () => {
    const sheet = readSheet(
      sheetOf('form', { row: 0, col: 0 }, [
        ['改革実施項目名称', '市民協働の推進'],
        [],
        [],
        ['(第2期)'],
        ['No.', '31', _, 'No.', 'ABC'],
        [],
        ['(注)'],
        [],
        [],
        ['担当課', '市民協働課'],
      ]),
    );
    expect(sheet.items.map((i) => [i.no, i.title, i.department])).toEqual([['31', null, null]]);
  });
});
