import { fired, run, clean } from './support';

test('fires on 見込み / 予定 values, without a fix', () => {
  const m = clean({ actual: [100, '110(見込み)', '120（予定）', 130, 140] });
  expect(fired('value-estimate', m)).toEqual([
    ['value-estimate', 'E38'],
    ['value-estimate', 'F38'],
  ]);
  expect(run('value-estimate', m).map((f) => f.fix)).toEqual([null, null]);
});

test('not on final values', () => {
  expect(fired('value-estimate', clean({ actual: [100, '110(実績)', 120] }))).toEqual([]);
});
