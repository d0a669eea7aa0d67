import { compare, firedCells, lastYear, yearSheet } from './previous-support';
import { item, sheet } from '../../support/model-builder';

describe('previous-grade-mismatch', () => {
  test('fires: this year writes last year as (C), last year graded the item B', () => {
    const a = compare('previous-grade-mismatch', yearSheet({ grade: 'A (C)' }), lastYear({ grade: 'B (C)' }));
    expect(a.findings.map((f) => [f.cell, f.severity, f.data.written, f.data.previousGrade])).toEqual([['G26', 'warning', 'C', 'B']]);
    expect(a.findings[0].message.ja).toBe('項目 1 の前年度（R4年度）の評価が「C」と記入されていますが、前年度のブック（「r4.xlsx」のシート「9-2」の G26）では「B」です。');
    expect(a.findings[0].message.en).toContain("last year's grade (FY2022 (R4)) is written as C, but last year's workbook (r4.xlsx, sheet \"9-2\", G26) gave B");
  });

  test('must not fire: the bracket is last year\'s grade (「Ｂ」 written full-width is still B)', () => {
    expect(firedCells('previous-grade-mismatch', yearSheet({ grade: 'A (B)' }), lastYear({ grade: 'B (C)' }))).toEqual([]);
    expect(firedCells('previous-grade-mismatch', yearSheet({ grade: 'A (b)' }), lastYear({ grade: 'Ｂ' }))).toEqual([]);
  });

  test('must not fire: no bracket this year, or no grade last year', () => {
    expect(firedCells('previous-grade-mismatch', yearSheet({ grade: 'A' }), lastYear({ grade: 'C' }))).toEqual([]);
    expect(firedCells('previous-grade-mismatch', yearSheet({ grade: 'A (B)' }), lastYear({ grade: '' }))).toEqual([]);
  });

  test('follows a renumbered item by its title; another item with the same number is not it', () => {
    expect(firedCells('previous-grade-mismatch', yearSheet({ grade: 'A (C)', no: '2' }), lastYear({ grade: 'B', no: '1' }))).toEqual(['G26']);
    expect(firedCells('previous-grade-mismatch', yearSheet({ grade: 'A (C)' }), lastYear({ grade: 'B', title: '地域防災の担い手の育成' }))).toEqual([]);
  });

  test('plan/actual sheets: a past year graded otherwise than last year\'s workbook did, once per year', () => {
    const yearly = (raws: (string | null)[]) =>
      sheet({
        sheet: 'No.28',
        items: [item({ key: '28', row: 50, title: '担い手を育む仕組みづくり', yearlyGrades: raws.map((raw, i) => ({ year: 2015 + i, cell: ['E23', 'G23', 'E50', 'G50'][i], raw })) })],
      });
    const cur = yearly(['B', 'C', 'C', 'C']);
    expect(firedCells('previous-grade-mismatch', cur, yearly(['B', 'C', 'B', null]), 2017)).toEqual(['E50']);
    expect(firedCells('previous-grade-mismatch', cur, yearly(['B', 'C', 'C', null]), 2017)).toEqual([]);
  });

  test('does not run without last year\'s workbook, and says nothing', () => {
    const a = compare('previous-grade-mismatch', yearSheet({ grade: 'A (C)' }), null);
    expect(a.findings).toEqual([]);
    expect(a.problems).toEqual([]);
  });
});
