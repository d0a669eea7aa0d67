import { fired, run, clean } from './support';

test('fires on Ｂ / b / “ B ”, the fix writing the plain form (keeping last year’s in brackets)', () => {
  expect(fired('grade-normalized', clean({ grade: 'Ａ（Ｂ）' }))).toEqual([['grade-normalized', 'G26']]);
  expect(run('grade-normalized', clean({ grade: 'Ａ（Ｂ）' }))[0].fix).toEqual({ cell: 'G26', value: 'A (B)' });
  expect(run('grade-normalized', clean({ grade: ' a ' }))[0].fix).toEqual({ cell: 'G26', value: 'A' });
});

test('not on the plain forms', () => {
  expect(fired('grade-normalized', clean({ grade: 'A (B)' }))).toEqual([]);
  expect(fired('grade-normalized', clean({ grade: 'A' }))).toEqual([]);
});
