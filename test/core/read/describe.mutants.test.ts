import { readSheet } from '../../../src/core/read';
import { sheetOf } from './build';

/** How each seed-reader table is described (sheet.reading: the line the CLI and the pane say per table). */

const _ = null;

describe('reading lines of the seed readers', () => {
  test('a plan/actual table: years, plan and actual columns, baseline and target', () => {
    const sheet = readSheet(
      sheetOf('pa', { row: 0, col: 0 }, [
        ['区分', '指標名', '現状(H26)', 'H27', _, 'H28', _, '最終目標(H30)'],
        [_, _, _, '計画', '実績', '計画', '実績', _],
        ['指標', '利用者数', 40, 45, 44, 50, 49, 60],
      ]),
    );
    expect(sheet.reading).toEqual([
      { layout: 'plan-actual', range: 'B1:H3', profile: null, orientation: 'across', roles: { name: 'B', years: '1', actual: 'E,G', plan: 'D,F', baseline: 'C', target: 'H' } },
    ]);
  });

  test('a baseline/target/current table: one row per indicator, the current value not listed again as an actual', () => {
    const sheet = readSheet(
      sheetOf('btc', { row: 0, col: 0 }, [
        ['No.', '事業名', '担当課', '事業の評価', '効果又は理由', '基準値 (H27)', '目標値 (R4)', '現状値 (R4)'],
        ['1', '空き家の活用', '都市計画課', 'A', '相談が増えた', 10, 20, 18],
      ]),
    );
    expect(sheet.reading).toEqual([
      { layout: 'baseline-target-current', range: 'B2:H2', profile: null, orientation: 'table', roles: { name: 'B', grade: 'D', baseline: 'F', target: 'G', current: 'H' } },
    ]);
  });

  test('indicator blocks one right under the other: one reading line per block', () => {
    const sheet = readSheet(
      sheetOf('b', { row: 0, col: 0 }, [
        ['指標 ①'],
        ['参加人数'],
        ['担当部等', '単位', 'R1 (現状値)', 'R2', 'R3'],
        ['総務部', '人', '実績値', 43, 45, 47],
        [_, _, '期待値', 43, 46, 49],
        ['指標 ②'],
        ['相談件数'],
        ['担当部等', '単位', 'R1 (現状値)', 'R2', 'R3'],
        ['福祉部', '件', '実績値', 10, 12, 14],
        [_, _, '期待値', 10, 11, 12],
      ]),
    );
    expect(sheet.reading.map((r) => [r.layout, r.range, r.roles.years, r.roles.actual, r.roles.plan])).toEqual([
      ['indicator-blocks', 'A1:F5', '3', '4', '5'],
      ['indicator-blocks', 'A6:F10', '8', '9', '10'],
    ]);
  });
});
