import { fired, run, clean } from './support';
import { kitakamiModel } from '../../support/model-builder';

test('fires on a change of more than half against the previous actual (Kitakami ① 36 → 96)', () => {
  expect(fired('sudden-change', kitakamiModel())).toEqual([['sudden-change', 'H38']]);
  expect(run('sudden-change', kitakamiModel())[0].data).toMatchObject({ previous: 36, actual: 96, previousYear: 2022, year: 2023 });
});

test('not at exactly 50% (decided exactly: 4.6 → 6.9), across a blank, or from zero', () => {
  expect(fired('sudden-change', clean({ actual: [100, 150, 75.1] }))).toEqual([]);
  expect(fired('sudden-change', clean({ actual: [4.6, 6.9], unit: '件' }))).toEqual([]);
  expect(fired('sudden-change', clean({ actual: [0, 10] }))).toEqual([]);
  expect(fired('sudden-change', clean({ actual: [100, null, 140] }))).toEqual([]);
});
