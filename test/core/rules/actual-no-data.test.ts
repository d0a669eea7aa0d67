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

test('without a baseline, the years before the first recorded actual are not due (「-」 before measuring began)', () => {
  const noBaseline = (actual: (number | string | null)[]) => {
    const m = clean({ actual });
    m.indicators[0].baseline = null;
    return m;
  };
  // R1 「-」, then numbers from R2: the series starts in R2, nothing to explain.
  expect(fired('actual-no-data', noBaseline(['-', 110, 120, 130, 140]))).toEqual([]);
  expect(fired('actual-missing', noBaseline([null, 110, 120, 130, 140]))).toEqual([]);
  // A 「-」 after the first recorded actual is still an explained missing year.
  expect(fired('actual-no-data', noBaseline(['-', 110, '-', 130, 140]))).toEqual([['actual-no-data', 'F38']]);
  // With the baseline kept, nothing changes: R1 is the baseline year.
  expect(fired('actual-no-data', clean({ actual: [100, '-', 120, 130, 140] }))).toEqual([['actual-no-data', 'E38']]);
});
