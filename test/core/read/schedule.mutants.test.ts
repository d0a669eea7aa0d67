import { readSheet } from '../../../src/core/read';
import { sheetOf } from './build';

/** Schedules: which action, number and status each row of a schedule gives, per fiscal year. */

const _ = null;

const actions = (s: ReturnType<typeof readSheet>) => s.schedule.map((a) => [a.key, a.no, a.name, a.cell, a.statuses.map((x) => x.status)]);

describe('project blocks (Ichinoseki): 「事業1 │ 新規 │ title」, 実施年度 above a row of bare years', () => {
  const sheet = readSheet(
    sheetOf('sch', { row: 0, col: 0 }, [
      ['事業1', '新規', '空き家バンクの運営'],
      ['概要', '空き家の情報を発信する'],
      ['(説明)'],
      ['実施年度'],
      [_, '6年度', '7年度', '8年度'],
      [_, '実施', '→', '検討'],
      [],
      ['事業2 防犯灯の設置', '継続'],
      ['実施年度'],
      [_, '6年度', '7年度'],
      [_, '実施', '実施'],
    ]),
  );

  test('each block is one action, named by its title (tags skipped) or by the text after 事業N', () => {
    expect(sheet.layouts).toEqual(['schedule']);
    expect(actions(sheet)).toEqual([
      ['schedule:row:6', '1', '空き家バンクの運営', 'C1', ['実施', '→', '検討']],
      ['schedule:row:11', '2', '防犯灯の設置', 'A8', ['実施', '実施']],
    ]);
    expect(sheet.schedule[0].statuses.map((s) => [s.year, s.label, s.cell])).toEqual([
      [2024, '6年度', 'B6'],
      [2025, '7年度', 'C6'],
      [2026, '8年度', 'D6'],
    ]);
  });
});

describe('a schedule table: 実施計画 │ 内容 │ years, under a 事業 heading', () => {
  const sheet = readSheet(
    sheetOf('sch', { row: 0, col: 0 }, [
      ['事業3 見守り活動'],
      ['実施計画', '内容', '6年度', '7年度', '8年度'],
      ['防犯灯', '1 設置場所の調査', '実施', _, _],
      [_, '2. LED化', _, '検討', '実施'],
      ['見守り', _, '実施', '実施', '実施'],
    ]),
  );

  test('names from the 実施計画 column carried down, numbers from the 内容 column; the heading gives no number', () => {
    expect(actions(sheet)).toEqual([
      ['schedule:row:3', '1', '防犯灯', 'B3', ['実施', null, null]],
      ['schedule:row:4', '2', '防犯灯', 'B4', [null, '検討', '実施']],
      ['schedule:row:5', null, '見守り', 'A5', ['実施', '実施', '実施']],
    ]);
  });
});

describe('not a schedule', () => {
  test('one year column, or years without a schedule label beside or above them', () => {
    const sheet = readSheet(
      sheetOf('sch', { row: 0, col: 0 }, [
        ['実施年度'],
        [_, '6年度'],
        [_, '実施'],
        [],
        ['備考'],
        [_, '6年度', '7年度'],
        [_, '実施', '実施'],
      ]),
    );
    expect(sheet.schedule).toEqual([]);
  });
});
