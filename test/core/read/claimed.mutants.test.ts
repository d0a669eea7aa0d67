import { readSheet } from '../../../src/core/read';
import { parseProfile, type LayoutProfile } from '../../../src/core/profile';
import { merge, sheetOf } from './build';
import { actuals, expecteds } from './helpers';

/**
 * Claimed rows (issue 13): each reader claims the rows it read, and a later reader must not read
 * them again. On the seeds no later reader would match a claimed row, so these sheets make two
 * readers compete for the same rows: with a guard gone, a table is read twice (duplicate
 * indicators, duplicate items, a plan table counted as a schedule).
 */

const _ = null;

describe('an indicator block whose year header also reads as a 基準値 │ 現状値 │ 目標値 table header', () => {
  // The block's header names the baseline, current and target years: the baseline/target/current and
  // baseline/target readers would take it for their own header and read 実績値 / 期待値 as indicators.
  const sheet = readSheet(
    sheetOf('blk', { row: 0, col: 0 }, [
      ['指標 ①', _, '指標の説明'],
      ['参加人数', _, '年度ごとの講座参加者数'],
      ['指標名', '単位', _, '基準値(R1)', 'R2', 'R3', '現状値(R4)', '目標値(R5)'],
      [_, '人', '実績値', 43, 45, 47, 50, _],
      [_, _, '期待値', 43, 46, 49, 52, 55],
    ]),
  );

  test('one indicator, read once as a block: baseline D4, target H5, five years', () => {
    expect(sheet.layouts).toEqual(['indicator-blocks']);
    expect(sheet.indicators).toHaveLength(1);
    const [i] = sheet.indicators;
    expect(i).toMatchObject({ id: '①', name: { text: '参加人数', cell: 'A2' }, description: '年度ごとの講座参加者数' });
    expect(i.baseline).toMatchObject({ year: 2019, value: { cell: 'D4' } });
    expect(i.target).toMatchObject({ year: 2023, value: { cell: 'H5' } });
    expect(actuals(i)).toEqual([43, 45, 47, 50, null]);
    expect(expecteds(i)).toEqual([43, 46, 49, 52, 55]);
    expect(sheet.items).toEqual([]);
  });
});

describe('a 基準値 │ 目標値 │ 現状値 table with a No. and a 事業の評価 column', () => {
  // Its header is also an item table's header (No. + a grade column): read once, as one item per row.
  const sheet = readSheet(
    sheetOf('btc', { row: 0, col: 0 }, [
      ['No.', '事業名', '担当課', '事業の評価', '効果又は理由', '基準値 (H27)', '目標値 (R4)', '現状値 (R4)'],
      ['1', '空き家の活用', '都市計画課', 'A', '相談が増えた', 10, 20, 18],
      ['2', '移住相談', '企画課', 'B', '窓口を設けた', 5, 15, 9],
    ]),
  );

  test('two items and two indicators, each row once', () => {
    expect(sheet.layouts).toEqual(['baseline-target-current']);
    expect(sheet.items.map((i) => [i.title, i.grade?.value, i.grade?.cell, i.indicatorKeys])).toEqual([
      ['空き家の活用', 'A', 'D2', ['row:2']],
      ['移住相談', 'B', 'D3', ['row:3']],
    ]);
    expect(sheet.items.map((i) => i.narrative.map((n) => [n.label, n.cell, n.text]))).toEqual([[['効果又は理由', 'E2', '相談が増えた']], [['効果又は理由', 'E3', '窓口を設けた']]]);
    expect(sheet.indicators.map((i) => [i.name?.text, i.baseline?.value?.cell, i.target?.value?.cell, i.current?.value?.cell, i.department])).toEqual([
      ['空き家の活用', 'F2', 'G2', 'H2', '都市計画課'],
      ['移住相談', 'F3', 'G3', 'H3', '企画課'],
    ]);
  });
});

describe('a plan/actual table headed 「取組事項」', () => {
  // 取組事項 is a schedule header word, and the header holds fiscal years: the schedule reader would
  // read the plan/actual table as a schedule of 計画 / 実績 statuses.
  const sheet = readSheet(
    sheetOf('pa', { row: 0, col: 0 }, [
      ['取組事項', '現状 (平成26年度)', '平成27年度', _, '平成28年度', _, '最終目標/ 31年度以降'],
      [_, _, '計画', '実績', '計画', '実績', _],
      ['指標', 'まちづくりセンター数', 37, 42, 43, 50, 48, 66],
    ]),
  );

  test('one plan/actual indicator and no schedule', () => {
    expect(sheet.layouts).toEqual(['plan-actual']);
    expect(sheet.schedule).toEqual([]);
    const [i] = sheet.indicators;
    expect(sheet.indicators).toHaveLength(1);
    expect(i.baseline).toMatchObject({ year: 2014, value: { cell: 'C3' } });
    expect(i.years.map((y) => [y.year, y.expected?.cell, y.actual?.cell])).toEqual([
      [2015, 'D3', 'E3'],
      [2016, 'F3', 'G3'],
    ]);
    expect(i.target).toMatchObject({ year: 2019, value: { cell: 'H3' } });
  });
});

describe('a baseline → target table (指標 │ 単位 │ 現状 │ 目標)', () => {
  // The generic reader would find the same header (a name column, baseline and target columns).
  const sheet = readSheet(
    sheetOf('bt', { row: 0, col: 0 }, [
      ['指標', _, '単位', '現状 (令和4年度)', '目標 (令和10年度)'],
      ['1', '健診の受診率', '%', 3.77, 4.23],
      ['2', '運動教室の参加者数', '人', 120, 200],
    ]),
  );

  test('read once by the baseline/target reader, not again by the generic reader', () => {
    expect(sheet.layouts).toEqual(['baseline-target']);
    expect(sheet.indicators.map((i) => [i.id, i.name?.text, i.unit?.text, i.baseline?.value?.cell, i.target?.value?.cell])).toEqual([
      ['1', '健診の受診率', '%', 'D2', 'E2'],
      ['2', '運動教室の参加者数', '人', 'D3', 'E3'],
    ]);
    expect(sheet.reading.map((r) => [r.layout, r.range])).toEqual([['baseline-target', 'A2:E3']]);
  });
});

describe('a taught table whose indicators are named 「指標 1」「指標 2」', () => {
  const profile: LayoutProfile = (() => {
    const r = parseProfile(JSON.stringify({ evalsheetProfile: 1, name: '第七市', tables: [{ orientation: 'across', name: '指標名', rows: { actual: '実績', plan: '目標' } }] }));
    if (!r.ok) throw new Error('profile');
    return r.profile;
  })();
  // 「指標 1」 over a 実績 row is also an indicator block's anchor: the block reader must leave the taught rows.
  const sheet = readSheet(
    sheetOf('pf', { row: 0, col: 0 }, [
      ['指標名', '区分', 'R2', 'R3', 'R4'],
      ['指標 1', '目標', 11, 13, 15],
      [_, '実績', 10, 12, 14],
      ['指標 2', '目標', 5, 6, 8],
      [_, '実績', 5, 6, 7],
    ]),
    { profiles: [profile] },
  );

  test('two indicators from the profile, none from the block reader', () => {
    expect(sheet.layouts).toEqual(['profile']);
    expect(sheet.indicators.map((i) => [i.layout, i.name?.text, actuals(i), expecteds(i)])).toEqual([
      ['profile', '指標 1', [10, 12, 14], [11, 13, 15]],
      ['profile', '指標 2', [5, 6, 7], [5, 6, 8]],
    ]);
  });
});

describe('tables of the generic reader directly above a table another reader claimed (no blank row between)', () => {
  test('years across, then an item table: the body ends above the item table', () => {
    const sheet = readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['成果指標', '区分', 'R2', 'R3', 'R4'],
        ['参加率', '目標', 30, 32, 34],
        [_, '実績', 29, 31, 35],
        ['No.', '評価', '課題'],
        ['1', 'B', '人手不足'],
        ['2', 'A', '予算'],
      ], { merges: [merge(1, 0, 2, 0)] }),
    );
    expect(sheet.reading.map((r) => [r.layout, r.range])).toEqual([['generic-table', 'A1:E3']]);
    expect(sheet.indicators.map((i) => [i.name?.text, actuals(i), expecteds(i)])).toEqual([['参加率', [29, 31, 35], [30, 32, 34]]]);
    expect(sheet.items.map((i) => [i.no, i.grade?.value, i.narrative.map((n) => n.text)])).toEqual([
      ['1', 'B', ['人手不足']],
      ['2', 'A', ['予算']],
    ]);
  });

  test('one row per indicator, then an indicator block: the block is read once, as a block', () => {
    const sheet = readSheet(
      sheetOf('g', { row: 0, col: 0 }, [
        ['指標名', '単位', '基準値', '目標値', '実績値'],
        ['参加率', '%', 30, 40, 35],
        ['指標 ①', _, '指標の説明'],
        ['参加人数', _, '年度ごとの講座参加者数'],
        ['担当部等', '単位', 'R1 (現状値)', 'R2', 'R3'],
        ['まちづくり部', '人', '実績値', 43, 45, 47],
        [_, _, '期待値', 43, 46, 49],
      ]),
    );
    expect(sheet.layouts).toEqual(['indicator-blocks', 'generic-table']);
    expect(sheet.reading.map((r) => [r.layout, r.range])).toEqual([
      ['indicator-blocks', 'A3:F7'],
      ['generic-table', 'A1:E2'],
    ]);
    expect(sheet.indicators.map((i) => [i.layout, i.name?.text, i.baseline?.value?.cell, i.target?.value?.cell ?? null])).toEqual([
      ['indicator-blocks', '参加人数', 'D6', null],
      ['generic-table', '参加率', 'C2', 'D2'],
    ]);
    expect(sheet.indicators[1].current?.value?.cell).toBe('E2');
  });
});
