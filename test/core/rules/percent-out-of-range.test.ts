import { fired, clean } from './support';

test('fires on a % value outside 0–100 (shown units of a percent cell)', () => {
  expect(fired('percent-out-of-range', clean({ unit: '%', actual: [40, 50, 101, 60, 70], expected: [40, 45, 50, 55, 60, 65, 70] }))).toEqual([['percent-out-of-range', 'F38']]);
  expect(fired('percent-out-of-range', clean({ unit: null, actual: [0.4, 1.2], expected: [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7], format: '0%' }))).toEqual([['percent-out-of-range', 'E38']]);
});

test('not at 0 and 100, nor for other units', () => {
  expect(fired('percent-out-of-range', clean({ unit: '%', actual: [0, 50, 100], expected: [0, 10, 20, 30, 40, 50, 100] }))).toEqual([]);
  expect(fired('percent-out-of-range', clean())).toEqual([]);
});
