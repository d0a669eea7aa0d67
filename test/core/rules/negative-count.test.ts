import { fired, clean } from './support';

test('fires on a negative count', () => {
  expect(fired('negative-count', clean({ unit: '件', actual: [100, -3] }))).toEqual([['negative-count', 'E38']]);
  expect(fired('negative-count', clean({ unit: '回/年', actual: [100, 110, -1] }))).toEqual([['negative-count', 'F38']]);
});

test('not for other units (a rate may fall below zero) nor zero', () => {
  expect(fired('negative-count', clean({ unit: 'ポイント', actual: [100, -3] }))).toEqual([]);
  expect(fired('negative-count', clean({ unit: '人', actual: [100, 0] }))).toEqual([]);
});
