import { fired, clean } from './support';
import { rowIndicator, sheet } from '../../support/model-builder';

test('fires when numbers have no unit', () => {
  expect(fired('indicator-unit-missing', clean({ unit: null }))).toEqual([['indicator-unit-missing', 'B38']]);
});

test('not when the values carry the unit (「加入率 66.1%」), nor for qualitative rows', () => {
  const rows = sheet({
    indicators: [
      rowIndicator({ key: 'a', row: 5, name: '加入', baseline: [2015, '加入率 66.1%'], target: [2022, '加入率 70.0%'], current: [2022, '加入率 58.2%'] }),
      rowIndicator({ key: 'b', row: 6, name: '助成', baseline: [2015, '情報の集約・提供 実施'], target: [2022, '情報の集約・提供 充実'], current: [2022, '情報の集約・提供 充実'] }),
    ],
  });
  expect(fired('indicator-unit-missing', rows)).toEqual([]);
  expect(fired('indicator-unit-missing', clean())).toEqual([]);
  // No 単位 column at all (Niigata's plan/actual rows): the name carries the unit, nothing to fill in.
  const noColumn = sheet({ indicators: [rowIndicator({ key: 'n', row: 5, name: '受講者数', baseline: [2015, 930], target: [2022, 1500], current: [2022, 1200] })] });
  expect(fired('indicator-unit-missing', noColumn)).toEqual([]);
});

test('a baseline → target row whose 単位 cell is blank fires at that cell; a unit written there does not', () => {
  const m = sheet({
    indicators: [
      rowIndicator({ key: '1', row: 5, layout: 'baseline-target', name: '講座の参加者数', baseline: [2022, 120], target: [2028, 200] }),
      rowIndicator({ key: '2', row: 6, layout: 'baseline-target', name: '満足度', unit: '%', baseline: [2022, 55], target: [2028, 60] }),
    ],
  });
  expect(fired('indicator-unit-missing', m)).toEqual([['indicator-unit-missing', 'C5']]);
});
