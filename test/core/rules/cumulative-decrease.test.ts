import { fired, clean } from './support';

test('fires when a 累計 indicator goes down', () => {
  expect(fired('cumulative-decrease', clean({ cumulative: true, actual: [100, 110, 105, 130, 140] }))).toEqual([['cumulative-decrease', 'F38']]);
});

test('not when it stays or grows, nor for a non-cumulative indicator', () => {
  expect(fired('cumulative-decrease', clean({ cumulative: true, actual: [100, 110, 110, null, 140] }))).toEqual([]);
  expect(fired('cumulative-decrease', clean({ actual: [100, 110, 105, 130, 140] }))).toEqual([]);
});
