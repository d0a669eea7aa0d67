import { fired, clean } from './support';

test('fires on an unexplained blank actual between the baseline and the evaluated year', () => {
  expect(fired('actual-missing', clean({ actual: [100, 110, null, 130, null] }))).toEqual([
    ['actual-missing', 'F38'],
    ['actual-missing', 'H38'],
  ]);
});

test('not when the cell or the 備考 row explains it, nor after the evaluated year', () => {
  expect(fired('actual-missing', clean({ actual: [100, 110, null, '—', 140], notes: [null, null, '未実施'] }))).toEqual([]);
  expect(fired('actual-missing', clean({ actual: [100, 110, 120, 130, 140, null, null] }))).toEqual([]);
});
