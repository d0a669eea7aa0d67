import { fired, run, clean } from './support';
import { grade, item } from '../../support/model-builder';

/**
 * Issue 13 (mutation testing, src/core/rules): the guards that keep a rule quiet where it has
 * nothing to compare (a blank cell, an ungraded sheet, a grade off the preset's scale), each shown
 * by a case that would otherwise raise a false finding or stop the rule.
 */

describe('nothing to compare', () => {
  test('baseline-mismatch: a blank 期待値 in the baseline year is not a mismatch', () => {
    expect(fired('baseline-mismatch', clean({ expected: [null, 110, 120, 130, 140, 150, 160] }))).toEqual([]);
  });
  test('baseline-missing / target-missing: a qualitative indicator needs neither', () => {
    const m = clean({ actual: [null, '実施', '実施', '実施', '実施'], expected: [null, '実施', '実施', '実施', '実施', '実施', null] });
    expect(m.indicators[0].qualitative).toBe(true);
    expect(fired('baseline-missing', m)).toEqual([]);
    expect(fired('target-missing', m)).toEqual([]);
    expect(fired('expected-missing', m)).toEqual([]);
  });
  test('overall-grade-inconsistent: no item graded, nothing to roll up', () => {
    expect(fired('overall-grade-inconsistent', clean({ grade: '', overall: 'D' }))).toEqual([]);
  });
  test('grade-inconsistent: a grade off the preset’s scale (the sheet’s own S) has no distance', () => {
    const sc = ['S', 'A', 'B', 'C'].map((g, i) => ({ grade: g, meaning: '', cell: `B${11 + i}` }));
    expect(fired('grade-inconsistent', { ...clean({ grade: 'S' }), legend: sc })).toEqual([]);
  });
  test('grade-inconsistent: an indicator without progress (no evaluated year) suggests nothing', () => {
    expect(fired('grade-inconsistent', { ...clean({ grade: 'D' }), evaluationYear: null })).toEqual([]);
  });
});

describe('the grade in force: the item’s grade, else the evaluated year’s yearly grade', () => {
  function yearly(grades: [number, string | null][], year = 2023) {
    const m = clean({ narrative: ['', '', ''] });
    m.evaluationYear = { year, label: 'R', cell: 'A3' };
    m.items[0] = { ...item({ key: '1', row: 26, refs: ['①'], narrative: ['', '', ''] }), yearlyGrades: grades.map(([y, g], i) => ({ year: y, label: String(y), grade: grade(`K${26 + i}`, g) })) };
    return m;
  }
  test('the evaluated year’s grade counts (narrative-missing quotes it); another year’s does not', () => {
    expect(run('narrative-missing', yearly([[2022, 'A'], [2023, 'C']])).map((f) => [f.cell, f.data.grade])).toEqual([['H26', 'C']]);
    expect(fired('narrative-missing', yearly([[2022, 'A'], [2023, null]]))).toEqual([]);
  });
  test('the item’s own grade comes first', () => {
    const m = yearly([[2023, 'C']]);
    m.items[0].grade = grade('G26', 'B');
    expect(run('narrative-missing', m).map((f) => f.data.grade)).toEqual(['B']);
  });
  test('the overall grade is held against the grades in force', () => {
    const m = yearly([[2022, 'A'], [2023, 'D']]);
    const f = run('overall-grade-inconsistent', m);
    expect(f.map((x) => [x.data.grade, x.data.rolledUp, x.data.itemGrades])).toEqual([['A', 'D', ['D']]]);
  });
});
