import { fired, clean } from './support';
import { rowIndicator, sheet } from '../../support/model-builder';

test('fires on a blank baseline and on a no-data mark (Ichinoseki 「—」)', () => {
  expect(fired('baseline-missing', clean({ actual: [null, 110, 120, 130, 140] }))).toEqual([['baseline-missing', 'D38']]);
  const ichi = sheet({ indicators: [rowIndicator({ key: '3', row: 5, layout: 'baseline-target', name: '市職員の協働に対する認知度', unit: '%', baseline: [2022, '—'], target: [2028, 90] })] });
  expect(fired('baseline-missing', ichi)).toEqual([['baseline-missing', 'D5']]);
});

test('not with a baseline, nor for qualitative or empty indicators', () => {
  expect(fired('baseline-missing', clean())).toEqual([]);
  expect(fired('baseline-missing', clean({ name: null, actual: [], expected: [] }))).toEqual([]);
  const q = sheet({ indicators: [rowIndicator({ key: 'q', row: 5, name: '保険', baseline: [2015, null], target: [2022, '保険制度 実施'], current: [2022, '保険制度 一部実施'] })] });
  expect(fired('baseline-missing', q)).toEqual([]);
});
