import { readSheet } from '../../../src/core/read';
import { yearHeads } from '../../../src/core/read/baseline-target-current';
import type { YearColumn } from '../../../src/core/read/year-header';
import { sheetOf } from './build';
import { shown } from './helpers';

/**
 * Baseline / target / current rows (Nasushiobara) and baseline → target tables (Ichinoseki):
 * which cell is whose baseline, target and current value, the item each row makes, the names.
 */

const _ = null;

const col = (label: string, c: number): YearColumn => ({ row: 0, col: c, year: 2020 + c, label, cell: `X${c}` });

describe('yearHeads: which year column is the baseline, the target, the current value', () => {
  test('基準値 with 現状値: 現状値 is the current value', () => {
    const h = yearHeads([col('基準値 (H27)', 0), col('目標値 (R4)', 1), col('現状値 (R4)', 2)]);
    expect([h.base?.col, h.target?.col, h.current?.col]).toEqual([0, 1, 2]);
  });
  test('現状 alone, before 目標: 現状 is the baseline and there is no current value', () => {
    const h = yearHeads([col('現状 (令和4年度)', 0), col('目標 (令和10年度)', 1)]);
    expect([h.base?.col, h.target?.col, h.current]).toEqual([0, 1, null]);
  });
  test('策定時 is a baseline; 現在値 and 実績 beside a baseline are the current value', () => {
    expect(yearHeads([col('策定時(H30)', 0), col('目標(R5)', 1), col('現在値(R4)', 2)]).current?.col).toBe(2);
    expect(yearHeads([col('基準(H30)', 0), col('実績(R4)', 1), col('目標(R5)', 2)])).toMatchObject({ base: { col: 0 }, current: { col: 1 }, target: { col: 2 } });
    expect(yearHeads([col('R1', 0), col('R2', 1)])).toEqual({ base: null, target: null, current: null });
  });
});

describe('baseline / target / current rows under a 項目 │ 事業名 │ 担当課 top header, the table repeated after a page break', () => {
  const sheet = readSheet(
    sheetOf('btc', { row: 0, col: 0 }, [
      ['項目', '事業名', '担当課', '(1)令和4年度実施状況'],
      [_, _, _, '事業の評価', '効果又は理由(改善策)', '基準値 (H27)', '目標値 (R4)', '現状値 (R4)'],
      ['1 子育て', '保育園の整備', '保育課', 'A', '待機児童が減った', '定員 300人', '定員 400人', '定員 420人'],
      [_, _, _, _, _, _, _, _, '①～⑦'],
      [_, '一時預かり', '保育課', 'B', _, 12, 20, 18.5],
      [],
      [_, '事業名', '担当課', '事業の評価', '効果又は理由(改善策)', '基準値 (H27)', '目標値 (R4)', '現状値 (R4)'],
      [_, '放課後児童クラブ', '子ども課', 'C', '', '加入率 40%', '加入率 60%', '加入率 45%'],
    ]),
  );

  test('three rows, each an item and its indicator; the legend row is neither', () => {
    expect(sheet.layouts).toEqual(['baseline-target-current']);
    expect(sheet.items.map((i) => [i.key, i.no, i.cell, i.title, i.department, i.grade?.value, i.grade?.cell, i.indicatorKeys])).toEqual([
      ['item:row:3', '保育園の整備', 'B3', '保育園の整備', '保育課', 'A', 'D3', ['row:3']],
      ['item:row:5', '一時預かり', 'B5', '一時預かり', '保育課', 'B', 'D5', ['row:5']],
      ['item:row:8', '放課後児童クラブ', 'B8', '放課後児童クラブ', '子ども課', 'C', 'D8', ['row:8']],
    ]);
  });

  test('each row: baseline, target and current value in their columns, with the header years', () => {
    expect(sheet.indicators.map((i) => [i.key, i.baseline?.year, shown(i.baseline?.value), i.target?.year, shown(i.target?.value), i.current?.year, shown(i.current?.value)])).toEqual([
      ['row:3', 2015, 300, 2022, 400, 2022, 420],
      ['row:5', 2015, 12, 2022, 20, 2022, 18.5],
      ['row:8', 2015, 40, 2022, 60, 2022, 45],
    ]);
    expect(sheet.indicators[1].years).toEqual([expect.objectContaining({ year: 2022, label: '現状値 (R4)', labelCell: 'H2', actual: expect.objectContaining({ cell: 'H5' }), expected: null })]);
    expect(sheet.indicators.map((i) => [i.itemKey, i.grade?.value, i.department, i.precision, i.unitText])).toEqual([
      ['item:row:3', 'A', '保育課', 0, '人'],
      ['item:row:5', 'B', '保育課', 1, null],
      ['item:row:8', 'C', '子ども課', 0, '%'],
    ]);
  });

  test('names written into the value cells (「加入率 40%」) name the indicator; otherwise the 事業名', () => {
    expect(sheet.indicators.map((i) => [i.name?.text, i.name?.cell, i.cell])).toEqual([
      ['定員', 'F3', 'B3'],
      ['一時預かり', 'B5', 'B5'],
      ['加入率', 'F8', 'B8'],
    ]);
  });

  test('narrative fields, blank ones too; the 項目 heading carries on into the repeated table', () => {
    expect(sheet.items.map((i) => i.narrative.map((n) => [n.label, n.cell, n.text]))).toEqual([
      [['効果又は理由(改善策)', 'E3', '待機児童が減った']],
      [['効果又は理由(改善策)', 'E5', '']],
      [['効果又は理由(改善策)', 'E8', '']],
    ]);
    expect(sheet.items.map((i) => i.group)).toEqual(['1 子育て', '1 子育て', '1 子育て']);
  });
});

describe('baseline → target tables', () => {
  const sheet = readSheet(
    sheetOf('bt', { row: 0, col: 0 }, [
      ['指標', _, '単位', '現状 (令和4年度)', '目標 (令和10年度)'],
      ['1', '健診の受診率', '%', 3.77, 4.23],
      [_, '運動教室の延べ参加者数', _, 120, '200'],
      [_, _, _, _, _, '注'],
      ['②', '相談件数(累計)', '件', '-', 50],
      [],
      ['成果指標', '現状 (令和4年度)', '目標 (令和10年度)'],
      ['図書の貸出冊数', '1,000冊', '1,500冊'],
    ]),
  );

  test('one indicator per row with a name or a value; ids from a leading number', () => {
    expect(sheet.layouts).toEqual(['baseline-target']);
    expect(sheet.indicators.map((i) => [i.key, i.id, i.cell, i.name?.text ?? null, i.unit?.text ?? null, i.unitText])).toEqual([
      ['row:2', '1', 'A2', '健診の受診率', '%', '%'],
      ['row:3', '', 'B3', '運動教室の延べ参加者数', '', null],
      ['row:5', '②', 'A5', '相談件数(累計)', '件', '件'],
      ['row:8', '', 'A8', '図書の貸出冊数', null, '冊'],
    ]);
  });

  test('baseline and target cells and years; 「-」 is no data; cumulative from the name', () => {
    expect(sheet.indicators.map((i) => [i.baseline?.year, i.baseline?.value?.cell, shown(i.baseline?.value), i.target?.year, i.target?.value?.cell, shown(i.target?.value)])).toEqual([
      [2022, 'D2', 3.77, 2028, 'E2', 4.23],
      [2022, 'D3', 120, 2028, 'E3', 200],
      [2022, 'D5', '-', 2028, 'E5', 50],
      [2022, 'B8', 1000, 2028, 'C8', 1500],
    ]);
    expect(sheet.indicators.map((i) => [i.cumulative, i.precision, i.current, i.years])).toEqual([
      [false, 2, null, []],
      [false, 0, null, []],
      [true, 0, null, []],
      [false, 0, null, []],
    ]);
  });

  test('a target column left of the baseline, or no 指標 header left of the baseline: not this layout', () => {
    const s = readSheet(
      sheetOf('bt', { row: 0, col: 0 }, [
        ['指標', '目標 (令和10年度)', '現状 (令和4年度)'],
        ['健診の受診率', 4.23, 3.77],
        [],
        ['現状 (令和4年度)', '目標 (令和10年度)', '指標'],
        [3.77, 4.23, '健診の受診率'],
      ]),
      { generic: false },
    );
    expect(s.indicators).toEqual([]);
  });
});

describe('a numbered row whose name was left blank', () => {
  // The number is the indicator's id; the blank name is a missing name (indicator-name-missing), not 「3」.
  const sheet = readSheet(
    sheetOf('bt', { row: 0, col: 0 }, [
      ['指標', _, '単位', '現状 (令和4年度)', '目標 (令和10年度)'],
      ['1', '健診の受診率', '%', 3.77, 4.23],
      ['3', _, '回', 1, 2],
      ['4', '新しい指標', '人', _, _],
      ['5', _, '件', _, 30],
    ]),
  );

  test('id 3, no name, its values read; a named row with no values yet, and a target alone, are indicators too', () => {
    expect(sheet.indicators.map((i) => [i.id, i.cell, i.name, shown(i.baseline?.value), shown(i.target?.value)])).toEqual([
      ['1', 'A2', { cell: 'B2', text: '健診の受診率' }, 3.77, 4.23],
      ['3', 'A3', null, 1, 2],
      ['4', 'A4', { cell: 'B4', text: '新しい指標' }, null, null],
      ['5', 'A5', null, null, 30],
    ]);
  });
});

describe('a three-row header: 事業名 and 担当課 two rows above the year header', () => {
  const sheet = readSheet(
    sheetOf('btc', { row: 0, col: 0 }, [
      ['事業名', '担当課', '評価'],
      [_, _, _, '(1)令和4年度実施状況'],
      [_, _, _, '基準値 (H27)', '目標値 (R4)', '現状値 (R4)'],
      ['防犯灯の設置', '防災課', 'B', 100, 150, 140],
      ['新規事業(未計測)', _, _, _, _, _],
    ]),
  );

  test('titles, departments and grades from the top header; a titled row with no values is still an item', () => {
    expect(sheet.items.map((i) => [i.title, i.department, i.grade?.value ?? null, i.grade?.cell])).toEqual([
      ['防犯灯の設置', '防災課', 'B', 'C4'],
      ['新規事業(未計測)', null, null, 'C5'],
    ]);
    expect(sheet.indicators.map((i) => [i.name?.text, shown(i.baseline?.value), shown(i.current?.value)])).toEqual([
      ['防犯灯の設置', 100, 140],
      ['新規事業(未計測)', null, null],
    ]);
    expect(sheet.indicators.map((i) => i.department)).toEqual(['防災課', null]);
  });
});
