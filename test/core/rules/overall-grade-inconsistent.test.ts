import { fired, run, clean } from './support';
import { grade, item } from '../../support/model-builder';

const withItems = (overall: string, grades: string[]) => {
  const m = clean({ overall });
  return { ...m, items: grades.map((g, i) => item({ key: String(i + 1), row: 26 + 2 * i, grade: g, narrative: ['x'] })) };
};

test('fires when the overall grade differs from the items’ roll-up; the message shows the grades and mean', () => {
  expect(fired('overall-grade-inconsistent', withItems('A', ['B', 'C', 'B']))).toEqual([['overall-grade-inconsistent', 'B16']]);
  const f = run('overall-grade-inconsistent', withItems('A', ['B', 'C', 'B']))[0];
  expect(f.data).toMatchObject({ grade: 'A', rolledUp: 'B', itemGrades: ['B', 'C', 'B'], mean: 2.67 });
  expect(f.message.en).toContain('mean 2.67 points');
});

test('not when it matches (ties go to the worse grade), nor without graded items', () => {
  expect(fired('overall-grade-inconsistent', withItems('B', ['A', 'B']))).toEqual([]);
  expect(fired('overall-grade-inconsistent', withItems('A', ['A', 'B']))).toEqual([['overall-grade-inconsistent', 'B16']]);
  expect(fired('overall-grade-inconsistent', { ...withItems('A', []), overallGrade: grade('B16', 'A') })).toEqual([]);
});

test('configurable points change the roll-up', () => {
  // A, A, C: mean 3.33 → B by default; with C worth 3 the mean is 3.67 → A.
  expect(fired('overall-grade-inconsistent', withItems('A', ['A', 'A', 'C']))).toEqual([['overall-grade-inconsistent', 'B16']]);
  expect(fired('overall-grade-inconsistent', withItems('A', ['A', 'A', 'C']), { points: { C: 3 } })).toEqual([]);
});
