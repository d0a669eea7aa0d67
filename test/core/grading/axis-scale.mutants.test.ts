import { analyzeWorkbook } from '../../../src/core/analyze';
import { axisScale } from '../../../src/core/grading/axis-scale';
import type { CellValue } from '../../../src/core/snapshot/types';
import { sheetOf } from '../read/build';

/**
 * Which scale a column of grade-axis cells (必要性, 目的達成度 …) is read on (grading/axis-scale.ts):
 * mostly single digits → the smallest points scale holding them; otherwise the sheet's letters.
 * Held through axisScale and through the engine (grade-invalid on a table with two axes).
 */

const AD = ['A', 'B', 'C', 'D'];
const _ = null;

/**
 * A collection workbook's export (as test/core/read/generic.test.ts): one project a row, two axes
 * 必要性 (column F) and 目的達成度 (column G) under a merged 評価内容; returns grade-invalid as
 * [cell, grade, the scale it was checked against].
 */
function offScale(rows: [CellValue, CellValue][]): [string, unknown, string][] {
  const snap = sheetOf('axes', { row: 0, col: 0 }, [
    ['No.', '事務事業名', '指標', _, _, '評価内容', _, '方向性'],
    [_, _, '名称', 'H28実績値', '単位', '必要性', '目的達成度', _],
    ...rows.map(([need, reach], i) => [i + 1, `事業${i + 1}`, `指標${i + 1}`, 100 + i, '件', need, reach, '継続']),
  ]);
  snap.merges = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 0, right: 4 },
    { top: 0, left: 5, bottom: 0, right: 6 },
    { top: 0, left: 7, bottom: 1, right: 7 },
  ];
  const sheet = analyzeWorkbook({ name: 'axes.xlsx', sheets: [snap] }, { evaluationYear: 2016 }).sheets[0];
  return sheet.findings.filter((f) => f.rule === 'grade-invalid').map((f) => [f.cell, f.data.grade, (f.data.scale as string[]).join(' ')]);
}

describe('axisScale: an axis written in points takes the smallest points scale holding them', () => {
  test('4 3 2 1 → the 4–1 scale; 3 2 → 3–1; 5 1 → 5–1; 4 1 → 4–1, not the larger 5–1', () => {
    expect(axisScale(['4', '3', '2', '1'], AD)).toEqual(['4', '3', '2', '1']);
    expect(axisScale(['3', '2'], AD)).toEqual(['3', '2', '1']);
    expect(axisScale(['5', '1'], AD)).toEqual(['5', '4', '3', '2', '1']);
    expect(axisScale(['4', '1'], AD)).toEqual(['4', '3', '2', '1']);
  });

  test('through the engine: 4 3 2 1 on both axes are valid; a 7 (beyond 4–1) is flagged, against 5–1', () => {
    expect(offScale([[4, 3], [2, 1], [3, 4]])).toEqual([]);
    expect(offScale([[4, 3], [2, 7]])).toEqual([['G4', '7', '5 4 3 2 1']]);
  });
});

describe('axisScale: blank cells do not count', () => {
  test('one 4 among blank cells (null or empty text) is still a points axis', () => {
    expect(axisScale(['4', null, null], AD)).toEqual(['4', '3', '2', '1']);
    expect(axisScale(['4', '', ''], AD)).toEqual(['4', '3', '2', '1']);
    expect(axisScale([null, '3', '', '2', null], AD)).toEqual(['3', '2', '1']);
  });

  test('through the engine: a 4 on an axis the other projects left blank is not flagged', () => {
    expect(offScale([[4, 'A'], [_, 'B'], [_, 'C']])).toEqual([]);
  });

  test('an axis with nothing written keeps the letter scale', () => {
    expect(axisScale([], AD)).toEqual(AD);
    expect(axisScale([null, '', null], AD)).toEqual(AD);
  });
});

describe('axisScale: an axis of letters, or not mostly digits, keeps the letter scale', () => {
  test('letters → the sheet’s letters as given (its legend or the preset’s scale)', () => {
    expect(axisScale(['A', 'B', 'C'], AD)).toEqual(AD);
    expect(axisScale(['S', 'A'], ['S', 'A', 'B'])).toEqual(['S', 'A', 'B']);
  });

  test('half digits, half letters → letters (the 4 is the off-scale cell); more digits than letters → points (the B is)', () => {
    expect(axisScale(['4', 'B'], AD)).toEqual(AD);
    expect(axisScale(['4', 'A', 'B'], AD)).toEqual(AD);
    expect(axisScale(['4', '3', 'B'], AD)).toEqual(['4', '3', '2', '1']);
  });

  test('through the engine: 4 among letters is flagged against A–D; B among points against 4–1', () => {
    expect(offScale([[4, 'A'], ['B', 'B']])).toEqual([['F3', '4', 'A B C D']]);
    expect(offScale([[4, 'A'], [3, 'B'], ['B', 'C']])).toEqual([['F5', 'B', '4 3 2 1']]);
    // An E on the letter axis beside a points axis: checked against the letters, not the points.
    expect(offScale([[4, 'A'], [3, 'E']])).toEqual([['G4', 'E', 'A B C D']]);
  });
});

describe('axisScale: a digit no points scale holds', () => {
  test('a two-digit number (10) is not a point: the axis is read on 3–1 from its other cells', () => {
    expect(axisScale(['10', '3', '2'], AD)).toEqual(['3', '2', '1']);
    expect(offScale([['10', 'A'], [3, 'B'], [2, 'C']])).toEqual([['F3', '10', '3 2 1']]);
  });

  test('0 or 7 among 4 and 3: the largest points scale (5–1), so only that cell is the finding', () => {
    expect(axisScale(['4', '3', '0'], AD)).toEqual(['5', '4', '3', '2', '1']);
    expect(axisScale(['4', '7'], AD)).toEqual(['5', '4', '3', '2', '1']);
    expect(offScale([[4, 'A'], [3, 'B'], [0, 'C']])).toEqual([['F5', '0', '5 4 3 2 1']]);
  });
});
