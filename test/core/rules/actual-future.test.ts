import { fired, clean } from './support';

test('fires on an actual after the evaluated year', () => {
  expect(fired('actual-future', clean({ actual: [100, 110, 120, 130, 140, 150] }))).toEqual([['actual-future', 'I38']]);
});

test('not up to the evaluated year, nor for a no-data mark later', () => {
  expect(fired('actual-future', clean({ actual: [100, 110, 120, 130, 140, '—'] }))).toEqual([]);
  expect(fired('actual-future', clean({ actual: [100, 110, 120, 130, 140, 150] }), { evaluationYear: 2024 })).toEqual([]);
});
