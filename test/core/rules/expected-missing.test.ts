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

test('the message shows the value at the sheet precision, as the fill writes it', () => {
  // Kitakami ②: 48.6 → 51.5; R6 interpolates to exactly 51.0, which a person reads as "51.0", not "51".
  const m = clean({ actual: [48.6], expected: [48.6, 49.1, 49.6, 50.1, 50.5, null, 51.5], format: '0.0' });
  const [f] = run('expected-missing', m);
  expect(f.message.en).toContain('gives 51.0');
  expect(f.message.ja).toContain('直線上の値は 51.0 です');
});
