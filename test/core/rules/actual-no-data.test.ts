import { fired, run, clean } from './support';

test('fires where a missing actual is explained', () => {
  const m = clean({ actual: [100, 110, null, '調査なし', 140], notes: [null, null, '未実施'] });
  expect(fired('actual-no-data', m)).toEqual([
    ['actual-no-data', 'F38'],
    ['actual-no-data', 'G38'],
  ]);
  expect(run('actual-no-data', m).map((f) => f.data.reason)).toEqual(['未実施', '調査なし']);
});

test('not where the actual is there, or the blank is unexplained', () => {
  expect(fired('actual-no-data', clean())).toEqual([]);
  expect(fired('actual-no-data', clean({ actual: [100, 110, null, 130, 140] }))).toEqual([]);
});
