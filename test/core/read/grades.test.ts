import { looksLikeGrade, parseGrade } from '../../../src/core/read/grades';

describe('parseGrade', () => {
  test.each([
    ['B (B)', 'B', 'B', false],
    ['B(C)', 'B', 'C', false],
    ['B', 'B', null, false],
    ['Ｂ', 'B', null, true],
    [' b ', 'B', null, true],
    ['b', 'B', null, true],
    ['Ｂ（Ａ）', 'B', 'A', true],
    ['A （ B ）', 'A', 'B', true],
    ['E', 'E', null, false],
    ['○', '○', null, false],
    ['〇', '○', null, true],
    ['◯', '○', null, true],
    ['〇 (△)', '○', '△', true],
    ['✕', '×', null, true],
  ])('%j → %s / %s, normalized %s', (raw, value, previous, normalized) => {
    expect(parseGrade(raw, 'G26')).toEqual({ cell: 'G26', raw, value, previous, normalized });
  });

  test('an empty cell has no grade and nothing normalised', () => {
    expect(parseGrade(null, 'B16')).toEqual({ cell: 'B16', raw: '', value: null, previous: null, normalized: false });
    expect(parseGrade('  ', 'B16').value).toBeNull();
  });

  test('text that is not a grade is kept as written (grade-invalid decides)', () => {
    expect(parseGrade('進捗に遅れあり', 'E18').value).toBe('進捗に遅れあり');
  });
});

describe('looksLikeGrade', () => {
  test.each(['A', 'Ｂ', 'B (B)', 'c', '①', '順調'])('%s is a grade', (t) => expect(looksLikeGrade(t)).toBe(true));
  test.each(['', '進捗に遅れあり', '・まちづくりセンターについて', 'AB', '12'])('%j is not', (t) => expect(looksLikeGrade(t)).toBe(false));
});
