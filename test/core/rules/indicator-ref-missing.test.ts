import { fired, clean } from './support';
import { block, REIWA_1_TO_7 } from '../../support/model-builder';

test('fires on a reference to an absent or empty indicator', () => {
  const m = clean({ refs: ['①', '③', '⑤'] });
  m.indicators.push(block({ id: '③', row: 47, years: REIWA_1_TO_7, actual: [], expected: [] }));
  expect(fired('indicator-ref-missing', m)).toEqual([
    ['indicator-ref-missing', 'F26'],
    ['indicator-ref-missing', 'F26'],
  ]);
});

test('not when the indicator is there', () => {
  expect(fired('indicator-ref-missing', clean())).toEqual([]);
});
