import { fired, run, clean } from './support';
import { kitakamiModel } from '../../support/model-builder';

test('fires when a written expected value is off the line at the sheet’s precision', () => {
  const m = clean({ expected: [100, 110, 121, 130, 140, 150, 160] });
  expect(fired('expected-mismatch', m)).toEqual([['expected-mismatch', 'F39']]);
  const f = run('expected-mismatch', m)[0];
  expect(f.fix).toEqual({ cell: 'F39', value: 120 });
  expect(f.message.en).toContain('121');
  expect(f.message.en).toContain('120');
});

test('not for Kitakami’s real 期待値 (50.1 in R4 is right), nor within the precision', () => {
  expect(fired('expected-mismatch', kitakamiModel())).toEqual([]);
  expect(fired('expected-mismatch', clean({ expected: [100, 110, 120.4, 130, 140, 150, 160], format: '0' }))).toEqual([]);
});

test('floor rounding changes what is expected', () => {
  const m = clean({ actual: [0], expected: [0, 3, 7, 10], format: '0' });
  m.indicators[0].years = m.indicators[0].years.slice(0, 4);
  m.indicators[0].target = { ...m.indicators[0].target!, year: 2022, value: m.indicators[0].years[3].expected };
  // 0 → 10 over R1…R4: 3.33 and 6.67 round to 3 and 7 (as written); floor gives 3 and 6.
  expect(fired('expected-mismatch', m)).toEqual([]);
  expect(fired('expected-mismatch', m, { rounding: 'floor' })).toEqual([['expected-mismatch', 'F39']]);
  expect(fired('expected-mismatch', m, { rounding: 'ceil' })).toEqual([['expected-mismatch', 'E39']]);
});
