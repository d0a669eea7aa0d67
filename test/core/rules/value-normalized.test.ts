import { fired, run, clean } from './support';
import { rowIndicator, sheet } from '../../support/model-builder';

test('fires on numbers written as text, with the plain number as the fix', () => {
  const m = clean({ actual: [100, '１１０', '1,200', '130人', 140] });
  expect(fired('value-normalized', m)).toEqual([
    ['value-normalized', 'E38'],
    ['value-normalized', 'F38'],
    ['value-normalized', 'G38'],
  ]);
  expect(run('value-normalized', m).map((f) => f.fix)).toEqual([
    { cell: 'E38', value: 110 },
    { cell: 'F38', value: 1200 },
    { cell: 'G38', value: 130 },
  ]);
});

test('the fix of a percent-formatted cell is the fraction, exactly', () => {
  const m = clean({ actual: [100, '66.1%'], unit: '%', formats: { E38: '0.0%' } });
  expect(run('value-normalized', m)[0].fix).toEqual({ cell: 'E38', value: 0.661 });
});

test('not for 見込み (value-estimate wins), real numbers, or labelled values of baseline/target/current rows', () => {
  expect(fired('value-normalized', clean({ actual: [100, '110(見込み)', 120] }))).toEqual([]);
  expect(fired('value-normalized', clean())).toEqual([]);
  const btc = sheet({ indicators: [rowIndicator({ key: 'a', row: 5, name: '加入', baseline: [2015, '加入率 66.1%'], target: [2022, '加入率 70.0%'], current: [2022, '加入率 58.2%'] })] });
  expect(fired('value-normalized', btc)).toEqual([]);
});
