import { compare, firedCells, lastYear, yearSheet } from './previous-support';
import { item, sheet } from '../../support/model-builder';

/**
 * Issue 13 (mutation testing, src/core/rules): the rules against last year's workbook — which
 * years they compare, the boundaries (last year's evaluated year, this year's), and what the
 * messages quote (values, years, where last year's value stood).
 * yearSheet(): R5 (2023) sheet, ① R1…R5 100 … 140; lastYear(): R4 (2022) sheet, R5 not yet written.
 */

const where = (cell: string) => ({ previousFile: 'r4.xlsx', previousSheet: '9-2', previousCell: cell });

describe('actual-revised: the years up to last year’s evaluated year, before this one', () => {
  test('last year’s evaluated year itself (R4) is compared: 128 then, 130 now', () => {
    const a = compare('actual-revised', yearSheet(), lastYear({ actual: [100, 110, 120, 128, null, null, null] }));
    expect(a.findings.map((f) => [f.cell, f.severity, f.data])).toEqual([
      ['G38', 'info', { indicator: '① まちづくり講座の参加人数', year: 2022, actual: 130, previousActual: 128, previousEstimate: false, note: null, ...where('G38') }],
    ]);
  });
  test('a 見込み figure last year replaced by the final one: said so', () => {
    const a = compare('actual-revised', yearSheet(), lastYear({ actual: [100, 110, 120, '128見込み', null, null, null] }));
    expect(a.findings.map((f) => [f.cell, f.data.previousActual, f.data.previousEstimate])).toEqual([['G38', 128, true]]);
  });
  test('the evaluated year is this year’s news even when last year’s workbook had a figure for it', () => {
    expect(firedCells('actual-revised', yearSheet(), lastYear({ actual: [100, 110, 120, 130, 135, null, null] }), 2023)).toEqual([]);
    expect(firedCells('actual-revised', yearSheet(), lastYear({ actual: [100, 110, 120, 128, 135, null, null] }), 2023)).toEqual(['G38']);
  });
  test('without last year’s evaluated year, the year before this one stands for it', () => {
    expect(firedCells('actual-revised', yearSheet(), lastYear({ actual: [100, 110, 120, 128, null, null, null] }), null)).toEqual(['G38']);
  });
  test('the same number written with binary noise is not a revision', () => {
    const cur = yearSheet({ actual: [100, 110, 0.1 + 0.2, 130, 140, null, null] });
    expect(firedCells('actual-revised', cur, lastYear({ actual: [100, 110, 0.3, 130, null, null, null] }))).toEqual([]);
  });
});

describe('target-changed', () => {
  test('the target moved: the value now and then, the years, where it stood', () => {
    const a = compare('target-changed', yearSheet(), lastYear({ expected: [100, 110, 120, 130, 140, 150, 170] }));
    expect(a.findings.map((f) => [f.cell, f.severity, f.data])).toEqual([
      ['J39', 'warning', { indicator: '① まちづくり講座の参加人数', field: 'target', value: 160, year: 2025, previousValue: 170, previousYear: 2025, ...where('J39') }],
    ]);
  });
  test('the same value for another year is a change too', () => {
    const cur = yearSheet();
    cur.indicators[0].target = { ...cur.indicators[0].target!, year: 2026 };
    const a = compare('target-changed', cur, lastYear());
    expect(a.findings.map((f) => [f.cell, f.data.field, f.data.year, f.data.previousYear])).toEqual([['J39', 'target', 2026, 2025]]);
  });
  test('a target in words that changed is quoted as written; a number for words is a change', () => {
    const a = compare('target-changed', yearSheet({ expected: [100, 110, 120, 130, 140, 150, '充実'] }), lastYear({ expected: [100, 110, 120, 130, 140, 150, '継続実施'] }));
    expect(a.findings.map((f) => [f.cell, f.data.value, f.data.previousValue])).toEqual([['J39', '充実', '継続実施']]);
    expect(firedCells('target-changed', yearSheet({ expected: [100, 110, 120, 130, 140, 150, 160] }), lastYear({ expected: [100, 110, 120, 130, 140, 150, '継続実施'] }))).toEqual(['J39']);
    expect(firedCells('target-changed', yearSheet({ expected: [100, 110, 120, 130, 140, 150, '継続実施'] }), lastYear({ expected: [100, 110, 120, 130, 140, 150, '継続実施'] }))).toEqual([]);
  });
  test('a blank target either year is not a change (target-missing speaks of it)', () => {
    for (const [cur, prev] of [
      [yearSheet({ expected: [100, 110, 120, 130, 140, 150, null] }), lastYear()],
      [yearSheet(), lastYear({ expected: [100, 110, 120, 130, 140, 150, null] })],
    ]) {
      const a = compare('target-changed', cur, prev);
      expect([a.findings, a.problems]).toEqual([[], []]);
    }
  });
  test('baseline and target both changed and unexplained: one finding each', () => {
    const a = compare('target-changed', yearSheet(), lastYear({ actual: [90, 110, 120, 130, null, null, null], expected: [90, 110, 120, 130, 140, 150, 170] }));
    expect(a.findings.map((f) => [f.cell, f.data.field, f.data.previousValue])).toEqual([['D38', 'baseline', 90], ['J39', 'target', 170]]);
  });
});

describe('indicator-dropped', () => {
  test('gone: at the reference cell of the item that used it, naming the item', () => {
    const cur = yearSheet();
    const prev = lastYear({ second: true });
    prev.items[0] = item({ key: '1', row: 26, title: '協働の定着と拡充', grade: 'B (C)', refs: ['①', '②'], narrative: ['a', 'b', 'c'] });
    const a = compare('indicator-dropped', cur, prev);
    expect(a.findings.map((f) => [f.cell, f.data.kind, f.data.item, f.data.previousCell])).toEqual([['F26', 'gone', '1', 'A41']]);
  });
  test('gone, used by no item: where it stood last year, item null', () => {
    const a = compare('indicator-dropped', yearSheet(), lastYear({ second: true }));
    expect(a.findings.map((f) => [f.cell, f.data])).toEqual([['A41', { kind: 'gone', indicator: '② 地域活動に参加している市民の割合', item: null, ...where('A41') }]]);
  });
  test('renamed: the old name, the new one, and where the old one stood', () => {
    const a = compare('indicator-dropped', yearSheet({ name: 'まちづくり講座の参加人数（延べ）' }), lastYear());
    expect(a.findings.map((f) => [f.cell, f.data])).toEqual([['A36', { kind: 'renamed', indicator: '① まちづくり講座の参加人数', renamedTo: '① まちづくり講座の参加人数（延べ）', ...where('A36') }]]);
  });
});

describe('narrative-unchanged: 10 characters is a copy, 9 is a short entry', () => {
  const ten = '講座を継続実施していく'; // 11
  test('a copied field of exactly 10 characters fires, with its length; 9 does not', () => {
    const t10 = '講座を継続して実施す'; // 10 characters
    const t9 = '講座を継続して実施'; // 9
    expect(Array.from(t10).length).toBe(10);
    const a = compare('narrative-unchanged', yearSheet({ narrative: [t10, '人口減少が続いた年', ten.slice(0, 9)] }), lastYear({ narrative: [t10, '人口減少が続いた年', ten.slice(0, 9)] }));
    expect(a.findings.map((f) => [f.cell, f.data])).toEqual([['H26', { item: '1', field: '内部要因', chars: 10, ...where('H26') }]]);
    expect(firedCells('narrative-unchanged', yearSheet({ narrative: [t9, '', ''] }), lastYear({ narrative: [t9, '', ''] }))).toEqual([]);
  });
  test('the field is named with its white space tidied', () => {
    const text = '講座の参加者は前年度から5人増えた。';
    const mk = (y: number) => sheet({ sheet: '9-2', evaluationYear: { year: y, label: 'R', cell: 'A3' }, items: [item({ key: '1', row: 26, title: '協働の定着と拡充', grade: 'A', narrative: [['内部 \n 要因', text]] })] });
    const a = compare('narrative-unchanged', mk(2023), mk(2022));
    expect(a.findings.map((f) => f.data.field)).toEqual(['内部 要因']);
  });
});

describe('previous-grade-mismatch: yearly grades up to last year’s evaluated year', () => {
  const yearly = (raws: (string | null)[]) =>
    sheet({ sheet: 'No.28', items: [item({ key: '28', row: 50, title: '担い手を育む仕組みづくり', yearlyGrades: raws.map((raw, i) => ({ year: 2015 + i, cell: ['E23', 'G23', 'E50', 'G50'][i], raw })) })] });
  test('last year’s evaluated year (2017) itself is compared, with the year and where it stood', () => {
    const a = compare('previous-grade-mismatch', yearly(['B', 'C', 'C', 'C']), yearly(['B', 'C', 'B', null]), 2017);
    expect(a.findings.map((f) => [f.cell, f.severity, f.data])).toEqual([['E50', 'warning', { item: '28', written: 'C', previousGrade: 'B', year: 2017, yearly: true, previousFile: 'r4.xlsx', previousSheet: 'No.28', previousCell: 'E50' }]]);
  });
  test('a year after last year’s evaluated year is this year’s grade, not compared', () => {
    expect(firedCells('previous-grade-mismatch', yearly(['B', 'C', 'C', 'C']), yearly(['B', 'C', 'C', 'B']), 2017)).toEqual([]);
  });
  test('a sheet that grades each year: its bracket is not compared a second time', () => {
    const cur = yearly(['B', 'C', 'C', 'C']);
    cur.items[0].grade = { cell: 'K50', raw: 'C (A)', value: 'C', previous: 'A', normalized: false };
    const prev = yearly(['B', 'C', 'C', null]);
    prev.items[0].grade = { cell: 'K50', raw: 'C', value: 'C', previous: null, normalized: false };
    expect(firedCells('previous-grade-mismatch', cur, prev, 2017)).toEqual([]);
  });
});
