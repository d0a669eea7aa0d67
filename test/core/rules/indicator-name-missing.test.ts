import { fired, clean } from './support';

test('fires when an indicator has values but no name', () => {
  expect(fired('indicator-name-missing', clean({ name: null }))).toEqual([['indicator-name-missing', 'A35']]);
});

test('not when named, nor for a completely empty block', () => {
  expect(fired('indicator-name-missing', clean())).toEqual([]);
  expect(fired('indicator-name-missing', clean({ name: null, actual: [], expected: [] }))).toEqual([]);
});
