import { fired, clean } from './support';

test('fires on a grade off the sheet’s legend', () => {
  expect(fired('grade-invalid', clean({ grade: 'S' }))).toEqual([['grade-invalid', 'G26']]);
  expect(fired('grade-invalid', clean({ overall: 'E' }))).toEqual([['grade-invalid', 'B16']]);
});

test('without a legend the preset’s scale decides (E is on a-e)', () => {
  const m = { ...clean({ grade: 'E' }), legend: null };
  expect(fired('grade-invalid', m)).toEqual([['grade-invalid', 'G26']]);
  expect(fired('grade-invalid', m, { preset: 'a-e' })).toEqual([]);
  expect(fired('grade-invalid', clean())).toEqual([]);
});
