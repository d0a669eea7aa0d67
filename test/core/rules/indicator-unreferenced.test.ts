import { fired, clean } from './support';
import { block, REIWA_1_TO_7 } from '../../support/model-builder';

const extra = () => block({ id: '②', row: 41, name: '割合', unit: '%', years: REIWA_1_TO_7, actual: [10, 11], expected: [10, 11, 12, 13, 14, 15, 16] });

test('fires on an indicator with data that no item refers to', () => {
  const m = clean();
  m.indicators.push(extra());
  expect(fired('indicator-unreferenced', m)).toEqual([['indicator-unreferenced', 'A41']]);
});

test('not when referred to, nor on sheets whose items refer to nothing', () => {
  const m = clean();
  m.indicators.push(extra());
  m.items[0].indicatorKeys.push('②');
  expect(fired('indicator-unreferenced', m)).toEqual([]);
  const n = clean({ refs: [] });
  n.items[0].indicatorKeys = [];
  expect(fired('indicator-unreferenced', n)).toEqual([]);
});
