import { run, fired, clean } from './support';
import { block, item, rowIndicator, sheet, value, REIWA_1_TO_7 } from '../../support/model-builder';
import type { EvaluationSheet } from '../../../src/core/model/types';

/**
 * Issue 13 (mutation testing, src/core/rules/narrative-claims.ts): which indicator a figure is tied
 * to (its number 「指標2」, its name, a name in brackets), and which values of the sheet stand for a
 * year (a row's baseline, target and current value), and which text cells are read.
 */

const MISMATCH = 'narrative-indicator-mismatch';

/** 指標1 参加人数 (人) 100 … 140, 指標2 開催回数 (回) 1 … 5; item 1 refers to both. */
function numbered(narrative: string[]): EvaluationSheet {
  const a = block({ id: '指標1', row: 35, name: '参加人数', unit: '人', years: REIWA_1_TO_7, actual: [100, 110, 120, 130, 140], expected: [100, 110, 120, 130, 140, 150, 160] });
  const b = block({ id: '指標2', row: 41, name: '開催回数', unit: '回', years: REIWA_1_TO_7, actual: [1, 2, 3, 4, 5], expected: [1, 2, 3, 4, 5, 6, 7] });
  return sheet({ sheet: '9-2', evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, items: [item({ key: '1', row: 26, grade: 'A', refs: ['指標1', '指標2'], narrative })], indicators: [a, b] });
}

describe('tied by its number', () => {
  test('「指標2は6回」: the number alone as the subject ties it to 指標2, as 「②は」 does', () => {
    const f = run(MISMATCH, numbered(['指標2は6回となった。']));
    expect(f.map((x) => [x.cell, x.data.indicator, x.data.by, x.data.stated, x.data.sheet])).toEqual([['H26', '指標2 開催回数', 'number', '6回', 5]]);
    expect(fired(MISMATCH, numbered(['指標2は5回となった。']))).toEqual([]);
  });
  test('「指標2の開催回数は」: the number with the indicator’s name', () => {
    expect(run(MISMATCH, numbered(['指標2の開催回数は6回となった。'])).map((x) => [x.data.indicator, x.data.by])).toEqual([['指標2 開催回数', 'number']]);
  });
});

describe('the same number twice on a sheet', () => {
  test('two ①s (two sections): the item’s own ① is the one compared', () => {
    const a = block({ id: '①', row: 35, name: '参加人数', unit: '人', years: REIWA_1_TO_7, actual: [100, 110, 120, 130, 140], expected: [100, 110, 120, 130, 140, 150, 160] });
    const b = { ...block({ id: '①', row: 41, name: '相談人数', unit: '人', years: REIWA_1_TO_7, actual: [10, 20, 30, 40, 50], expected: [10, 20, 30, 40, 50, 60, 70] }), key: 'b1' };
    const m = (t: string) => sheet({ sheet: 'S', evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, items: [item({ key: '1', row: 26, grade: 'A', refs: ['①'], indicatorKeys: ['b1'], narrative: [t] })], indicators: [a, b] });
    expect(run(MISMATCH, m('①は60人となった。')).map((x) => [x.data.indicator, x.data.by, x.data.sheet])).toEqual([['① 相談人数', 'number', 50]]);
    expect(fired(MISMATCH, m('①は50人となった。'))).toEqual([]);
  });
});

describe('tied by its name', () => {
  test('the name in brackets names the indicator too (「講座参加者数（まちづくり講座）」 by 「まちづくり講座」)', () => {
    const m = (t: string) => clean({ name: '講座参加者数（まちづくり講座）', narrative: [t] });
    expect(run(MISMATCH, m('まちづくり講座は150人となった。')).map((x) => [x.data.by, x.data.sheet])).toEqual([['name', 140]]);
    expect(run(MISMATCH, m('講座参加者数は150人となった。')).map((x) => [x.data.by, x.data.sheet])).toEqual([['name', 140]]);
    expect(fired(MISMATCH, m('まちづくり講座は140人となった。'))).toEqual([]);
  });
  test('a name in brackets alone ties it where the whole name would not (「講座の参加者の延べ人数（まちづくり講座）」)', () => {
    const m = (t: string) => clean({ name: '講座の参加者の延べ人数（まちづくり講座）', narrative: [t] });
    expect(run(MISMATCH, m('まちづくり講座は150人となった。')).map((x) => [x.data.by, x.data.sheet])).toEqual([['name', 140]]);
  });
  test('a subject that holds the whole name ties it (「まちづくり講座の参加人数」 for 参加人数)', () => {
    expect(run(MISMATCH, clean({ narrative: ['まちづくり講座の参加人数は150人となった。'] })).map((x) => [x.data.by, x.data.indicator])).toEqual([['name', '① 参加人数']]);
  });
  test('a subject close to the name ties it (まちづくり講座参加者数 ≈ まちづくり講座の参加人数, 0.67); a loose one does not (参加者人数 for 参加人数, 0.57)', () => {
    expect(run(MISMATCH, clean({ name: 'まちづくり講座の参加人数', narrative: ['まちづくり講座参加者数は150人となった。'] })).map((x) => x.data.by)).toEqual(['name']);
    expect(fired(MISMATCH, clean({ narrative: ['参加者人数は150人となった。'] }))).toEqual([]);
  });
  test('a subject that names no indicator of the sheet is left alone', () => {
    expect(fired(MISMATCH, clean({ narrative: ['相談件数は150人となった。'] }))).toEqual([]);
  });
});

describe('the values that stand for a year', () => {
  const rowSheet = (ind: ReturnType<typeof rowIndicator>, narrative: string[]) =>
    sheet({ sheet: 'S', evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, items: [item({ key: '1', row: 26, grade: 'A', refs: [ind.key], narrative })], indicators: [ind] });
  const bt = () => rowIndicator({ key: 'r1', row: 10, name: '登録団体数', unit: '団体', layout: 'baseline-target', baseline: [2019, 50], target: [2025, 80] });
  test('the baseline year’s figure is the baseline value (a row with no yearly actuals)', () => {
    expect(fired(MISMATCH, rowSheet(bt(), ['登録団体数は令和元年度:50団体であった。']))).toEqual([]);
    expect(run(MISMATCH, rowSheet(bt(), ['登録団体数は令和元年度:55団体であった。'])).map((x) => [x.data.year, x.data.sheet, x.data.role])).toEqual([[2019, 50, 'actual']]);
  });
  test('an aim for the target year is compared with the target value', () => {
    expect(fired(MISMATCH, rowSheet(bt(), ['登録団体数は令和7年度に80団体を目指す。']))).toEqual([]);
    expect(run(MISMATCH, rowSheet(bt(), ['登録団体数は令和7年度に85団体を目指す。'])).map((x) => [x.data.year, x.data.sheet, x.data.role])).toEqual([[2025, 80, 'expected']]);
  });
  test('the current value stands for its year even where the row lists no yearly actual', () => {
    const ind = bt();
    ind.current = { year: 2023, label: 'R5', labelCell: 'F1', value: value('F10', 60) };
    expect(ind.years).toEqual([]);
    expect(fired(MISMATCH, rowSheet(ind, ['登録団体数は60団体となった。']))).toEqual([]);
    expect(run(MISMATCH, rowSheet(ind, ['登録団体数は65団体となった。'])).map((x) => [x.data.sheet, x.data.year])).toEqual([[60, 2023]]);
  });
  test('a pair aimed at a target year with no 期待値 cell: its end is the target (role target)', () => {
    const f = run(MISMATCH, rowSheet(bt(), ['登録団体数を令和元年度:50団体から令和7年度:85団体に増加させる。']));
    expect(f.map((x) => [x.data.stated, x.data.year, x.data.sheet, x.data.role])).toEqual([['85団体', 2025, 80, 'target']]);
  });
  test('前回調査 on a row with a baseline and a current value: the baseline is the previous actual', () => {
    const cur = rowIndicator({ key: 'r1', row: 10, name: '登録団体数', unit: '団体', baseline: [2019, 50], target: [2025, 80], current: [2023, 60] });
    expect(fired(MISMATCH, rowSheet(cur, ['登録団体数は前回調査から10団体増加した。']))).toEqual([]);
    const f = run(MISMATCH, rowSheet(cur, ['登録団体数は前回調査から15団体増加した。']));
    expect(f.map((x) => [x.data.what, x.data.previousYear, x.data.previous, x.data.actual])).toEqual([['change', 2019, 50, 60]]);
  });
  test('the current value stands for its year', () => {
    const cur = rowIndicator({ key: 'r1', row: 10, name: '登録団体数', unit: '団体', baseline: [2019, 50], target: [2025, 80], current: [2023, 60] });
    expect(fired(MISMATCH, rowSheet(cur, ['登録団体数は60団体となった。']))).toEqual([]);
    expect(run(MISMATCH, rowSheet(cur, ['登録団体数は65団体となった。'])).map((x) => [x.data.sheet, x.data.indicator])).toEqual([[60, '登録団体数']]);
  });
  test('a pair aimed at the target year: its end is the target (role expected), not the evaluated year’s actual', () => {
    expect(fired(MISMATCH, clean({ narrative: ['参加人数を令和4年度:130人から令和7年度:160人に増加させる。'] }))).toEqual([]);
    const f = run(MISMATCH, clean({ narrative: ['参加人数を令和4年度:130人から令和7年度:170人に増加させる。'] }));
    expect(f.map((x) => [x.data.stated, x.data.year, x.data.sheet, x.data.role])).toEqual([['170人', 2025, 160, 'expected']]);
  });
});

describe('the text cells read', () => {
  test('a statement outside the items is read (field null); a cell already read as an item field is not read twice', () => {
    const m = { ...clean({ narrative: ['参加人数は150人となった。'] }), statements: [{ cell: 'A8', text: '参加人数は150人となった。' }, { cell: 'H26', text: '参加人数は155人となった。' }] };
    const f = run(MISMATCH, m);
    expect(f.map((x) => [x.cell, x.data.field, x.data.stated])).toEqual([['A8', null, '150人'], ['H26', '内部要因', '150人']]);
  });
  test('a plan field headed with a year (「課題(令和5年度)」) is still a plan field', () => {
    expect(fired(MISMATCH, clean({ narrative: [['課題(令和5年度)', '参加人数は150人となった。'] as unknown as string] }))).toEqual([]);
  });
  test('a blank field is skipped, the next one read', () => {
    expect(fired(MISMATCH, clean({ narrative: ['  ', '参加人数は150人となった。'] }))).toEqual([['narrative-indicator-mismatch', 'I26']]);
  });
});
