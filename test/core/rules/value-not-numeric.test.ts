import { fired, clean } from './support';
import { rowIndicator, sheet } from '../../support/model-builder';

test('fires on words in a numeric indicator', () => {
  expect(fired('value-not-numeric', clean({ actual: [100, 110, 'たくさん', 130, 140] }))).toEqual([['value-not-numeric', 'F38']]);
});

test('not on numbers in disguise, no-data marks or qualitative rows', () => {
  expect(fired('value-not-numeric', clean({ actual: [100, '１１０', '—', '130人', '140(見込み)'] }))).toEqual([]);
  const q = sheet({ indicators: [rowIndicator({ key: 'q', row: 5, name: '保険', baseline: [2015, '保険制度 未実施'], target: [2022, '保険制度 実施'], current: [2022, '保険制度 一部実施'] })] });
  expect(fired('value-not-numeric', q)).toEqual([]);
});
