import { readSheet } from '../../../src/core/read';
import { merge, sheetOf } from './build';
import { shown } from './helpers';

/** Header blocks (years in a row of their own under the value headers): which header labels give which roles. */

const _ = null;
const block = (labels: string[]) =>
  readSheet(
    sheetOf('block', { row: 0, col: 0 }, [
      [...labels, '単位', '基準値', '中間目標', '目標値'],
      [_, _, _, '(R2)', '(R4末)', '(R7末)'],
      ['防災', '自主防災組織の結成率', '%', 62, 70, 80],
    ], { merges: [merge(0, 0, 1, 0), merge(0, 1, 1, 1), merge(0, 2, 1, 2)] }),
  );

describe('labels merged down over the two header rows', () => {
  test('施策 │ 指標名: the 指標名 column names the indicator; each value for the year under its header', () => {
    const s = block(['施策', '指標名']);
    expect(s.reading.map((r) => [r.header, r.roles])).toEqual([['1,2', { name: 'B', unit: 'C', baseline: 'D', interimTarget: 'E', target: 'F' }]]);
    const [i] = s.indicators;
    expect([i.name?.text, i.unit?.text, i.baseline?.year, shown(i.baseline?.value), i.target?.year, i.target?.value?.cell]).toEqual(['自主防災組織の結成率', '%', 2020, 62, 2025, 'F3']);
    expect(i.years.map((y) => [y.year, y.expected?.cell ?? null])).toEqual([
      [2020, null],
      [2022, 'E3'],
    ]);
  });

  test('two name headers (成果指標 │ 指標名): the first names the indicator, the second describes it', () => {
    const s = block(['成果指標', '指標名']);
    expect(s.reading[0].roles).toMatchObject({ name: 'A', description: 'B' });
    expect(s.indicators.map((i) => [i.name?.text, i.description])).toEqual([['防災', '自主防災組織の結成率']]);
  });
});
