import { fired, clean } from './support';

test('fires on an empty 総合評価', () => {
  expect(fired('overall-grade-missing', clean({ overall: null }))).toEqual([['overall-grade-missing', 'B16']]);
});

test('not when filled, nor when the sheet has no such field', () => {
  expect(fired('overall-grade-missing', clean())).toEqual([]);
  expect(fired('overall-grade-missing', { ...clean(), overallGrade: null })).toEqual([]);
});
