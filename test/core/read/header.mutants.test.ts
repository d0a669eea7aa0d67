import { readSheet } from '../../../src/core/read';
import type { CellValue } from '../../../src/core/snapshot/types';
import { sheetOf } from './build';

/** The sheet's header: title, policy lines, evaluated year, legend, overall grade — what is and is not read. */

const _ = null;
/** A small indicator table, so the sheet is an evaluation sheet. */
const TABLE: CellValue[][] = [
  ['指標', _, '単位', '現状 (令和4年度)', '目標 (令和10年度)'],
  ['1', '健診の受診率', '%', 3.77, 4.23],
];
const read = (rows: CellValue[][]) => readSheet(sheetOf('h', { row: 0, col: 0 }, [...rows, [], ...TABLE]));

describe('title', () => {
  test('a lone text within the first 31 rows is the title; one further down is not', () => {
    const filler = (n: number): CellValue[][] => Array.from({ length: n }, (_x, i) => ['記入欄', String(i)]);
    expect(read([...filler(30), ['令和5年度 施策評価シート']]).title).toBe('令和5年度 施策評価シート');
    expect(read([...filler(31), ['令和5年度 施策評価シート']]).title).toBeNull();
  });

  test('a unit note above a table (「(単位:件)」, 「単位：千円」) is never the title; the heading under it is', () => {
    expect(read([['(単位:件)'], ['令和5年度 事務事業評価シート']]).title).toBe('令和5年度 事務事業評価シート');
    expect(read([['（単位：千円）'], ['単位：人'], ['施策評価シート']]).title).toBe('施策評価シート');
    expect(read([['単位の考え方について']]).title).toBe('単位の考え方について');
  });
});

describe('policy lines', () => {
  test('「施策 │ 担当課」 is a header pair, not a policy line; 「施策 │ 子育て支援」 is one', () => {
    expect(read([['施策', '担当課'], [], ['施策', '子育て支援']]).policy).toEqual([{ label: '施策', value: '子育て支援', cell: 'B3' }]);
  });
});

describe('evaluated year', () => {
  test('「対象年度 │ 令和5年度」 gives the year; a sentence beside the label does not', () => {
    expect(read([['対象年度', '令和5年度']]).evaluationYear).toEqual({ year: 2023, label: '令和5年度', cell: 'B1' });
    expect(read([['対象年度', '令和5年度の事業について記入してください']]).evaluationYear).toBeNull();
  });

  test('「令和4年度の実績」 as a heading gives the year; in running text it does not', () => {
    expect(read([['令和4年度の実績']]).evaluationYear).toMatchObject({ year: 2022, cell: 'A1' });
    expect(read([[_, '令和4年度の実績は前年度を上回り、参加者数は目標に近づいたが課題も残った。']]).evaluationYear).toBeNull();
  });
});

describe('legend and overall grade', () => {
  test('a legend needs two grades at least', () => {
    expect(read([['評価項目', 'A', '順調']]).legend).toBeNull();
    expect(read([['評価項目', 'A', '順調'], [_, 'B', '概ね順調']]).legend).toEqual([
      { grade: 'A', meaning: '順調', cell: 'B1' },
      { grade: 'B', meaning: '概ね順調', cell: 'B2' },
    ]);
  });

  test('a 総合評価 field: the grade right of it or below it; a note below is no grade (the field is empty)', () => {
    expect(read([['総合評価', 'B']]).overallGrade).toMatchObject({ value: 'B', cell: 'B1' });
    expect(read([['総合評価'], ['C']]).overallGrade).toMatchObject({ value: 'C', cell: 'A2' });
    expect(read([['総合評価'], ['別紙のとおり']]).overallGrade).toMatchObject({ value: null, cell: 'B1' });
  });
});
