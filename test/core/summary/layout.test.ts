import { displayWidth, estimateRowHeights, heightForLines, textLines } from '../../../src/core/summary/layout';

describe('text width and wrapped lines', () => {
  test('full-width characters count 2, narrow ones 1', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('指標')).toBe(4);
    expect(displayWidth('①Ａｱ')).toBe(5); // circled number and full-width A: 2 each; half-width kana: 1
  });

  test('Japanese wraps at any character: 5 full-width characters in a column of 6 take 3 lines', () => {
    expect(textLines('あいうえお', 6, true)).toBe(3);
    expect(textLines('あいうえお', 11, true)).toBe(1);
  });

  test('words wrap whole at spaces; a word longer than the column breaks inside', () => {
    expect(textLines('Last year', 7, true)).toBe(2);
    expect(textLines('Last year', 11, true)).toBe(1);
    expect(textLines('Progressive', 6, true)).toBe(3);
  });

  test('explicit line breaks count where the cell wraps; an unwrapped cell is one line', () => {
    expect(textLines('評価\nGrade', 20, true)).toBe(2);
    expect(textLines('a long text that would wrap', 5, false)).toBe(1);
  });
});

describe('estimateRowHeights', () => {
  const wrap = { wrap: true };
  test('null for rows of one line; a height growing with the text for the others', () => {
    const rows = [
      [{ value: '短い', style: wrap }, { value: 12 }],
      [{ value: 'あ'.repeat(20), style: wrap }],
      [{ value: 'あ'.repeat(40), style: wrap }],
      [{ value: 'あ'.repeat(40) }],
    ];
    const h = estimateRowHeights(rows, [11, 9]);
    expect(h[0]).toBeNull();
    expect(h[1]).toBe(heightForLines(4)); // 40 units in 10 a line
    expect(h[2]).toBe(heightForLines(8));
    expect(h[3]).toBeNull(); // not wrapped: spills or is cut, never taller
  });

  test('the tallest cell of the row decides; the height is capped at Excel\'s 409 points', () => {
    const h = estimateRowHeights([[{ value: 'あ'.repeat(4), style: wrap }, { value: 'あ'.repeat(12), style: wrap }], [{ value: 'あ'.repeat(2000), style: wrap }]], [5, 5]);
    expect(h[0]).toBe(heightForLines(6)); // 2 full-width characters a line
    expect(h[1]).toBe(409);
  });
});
