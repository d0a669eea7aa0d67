import { fired, run, clean } from './support';

test('fires when the baseline year’s actual and expected differ', () => {
  expect(fired('baseline-mismatch', clean({ expected: [101, 110, 120, 130, 140, 150, 160] }))).toEqual([['baseline-mismatch', 'D39']]);
  expect(run('baseline-mismatch', clean({ expected: [101, 110, 120, 130, 140, 150, 160] }))[0].data).toMatchObject({ actual: 100, expected: 101, year: 2019 });
});

test('not when equal (43 and 43.0 are equal)', () => {
  expect(fired('baseline-mismatch', clean({ actual: ['100.0', 110], expected: [100, 110, 120, 130, 140, 150, 160] }))).toEqual([]);
});
