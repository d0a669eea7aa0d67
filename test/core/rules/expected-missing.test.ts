import { fired, run, clean } from './support';

test('fires on blank expected cells, the fix being the interpolated value', () => {
  const m = clean({ expected: [100, null, 120, null, 140, 150, 160] });
  expect(fired('expected-missing', m)).toEqual([
    ['expected-missing', 'E39'],
    ['expected-missing', 'G39'],
  ]);
  expect(run('expected-missing', m).map((f) => f.fix)).toEqual([
    { cell: 'E39', value: 110 },
    { cell: 'G39', value: 130 },
  ]);
});

test('percent-formatted cells get the fraction; interim targets bend the line', () => {
  const m = clean({ unit: '%', actual: [0.2, 0.3], expected: [0.2, null, null, null, null, null, 0.5], format: '0.0%' });
  expect(run('expected-missing', m).map((f) => f.fix!.value)).toEqual([0.25, 0.3, 0.35, 0.4, 0.45]);
  const k = run('expected-missing', m, { interimTargets: { '9-2!①': [{ year: 2021, value: 40 }] } });
  expect(k.map((f) => f.fix!.value)).toEqual([0.3, 0.4, 0.425, 0.45, 0.475]);
});

test('not on a blank target cell (target-missing’s) nor on filled cells', () => {
  expect(fired('expected-missing', clean())).toEqual([]);
  expect(fired('expected-missing', clean({ expected: [100, 110, 120, 130, 140, 150, null] }))).toEqual([]);
});
