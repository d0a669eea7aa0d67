import { clean, fired, run } from './support';
import { block, grade, item, legendAD, rowIndicator, sheet, REIWA_1_TO_7 } from '../../support/model-builder';

/**
 * Issue 13, StrykerJS survivors of 3 December in grade-missing.ts, grade-inconsistent.ts,
 * grade-invalid.ts, overall-grade-inconsistent.ts, eval-year-missing.ts and
 * indicator-ref-missing.ts. clean(): item 1 in row 26 (grade G26) refers to ①, overall B16,
 * legend A–D, evaluated year R5.
 */

const R5 = { year: 2023, label: '令和5年度', cell: 'A3' };

describe('grade-missing: a grade cell shared by two items (merged down) is reported once', () => {
  test('an item grade', () => {
    const m = clean({ grade: '' });
    m.items.push(item({ key: '2', row: 27, grade: '', refs: ['①'] }));
    m.items[1].grade = { ...m.items[0].grade! };
    expect(run('grade-missing', m).map((f) => [f.cell, f.data])).toEqual([['G26', { item: '1' }]]);
  });
  test('a grade axis', () => {
    const m = clean();
    m.items.push(item({ key: '2', row: 27, grade: 'A', refs: ['①'] }));
    for (const it of m.items) it.axes = [{ axis: '必要性', grade: grade('M26', null) }];
    expect(run('grade-missing', m).map((f) => [f.cell, f.data])).toEqual([['M26', { item: '1（必要性）' }]]);
  });
  test('a yearly grade', () => {
    const m = clean();
    m.items.push(item({ key: '2', row: 27, refs: ['①'] }));
    for (const it of m.items) {
      it.grade = null;
      it.yearlyGrades = [{ year: 2023, label: 'R5', grade: grade('K26', null) }];
    }
    expect(run('grade-missing', m).map((f) => [f.cell, f.data])).toEqual([['K26', { item: '1', year: 2023 }]]);
  });
});

describe('grade-missing: a row’s own grade', () => {
  test('a row graded on its own (no item) with its grade filled is not missing; blank, it is', () => {
    const row = (g: string) => rowIndicator({ key: 'r1', row: 10, name: '登録団体数', unit: '団体', baseline: [2019, 50], target: [2025, 80], current: [2023, 60], grade: g });
    expect(fired('grade-missing', sheet({ evaluationYear: R5, indicators: [row('B')] }))).toEqual([]);
    expect(fired('grade-missing', sheet({ evaluationYear: R5, indicators: [row('')] }))).toEqual([['grade-missing', 'F10']]);
  });
});

describe('grade-inconsistent: what the message gives as its basis', () => {
  test('only the indicators that have a progress for the evaluated year (② has no R5 actual)', () => {
    const m = clean({ grade: 'D' });
    m.indicators.push(block({ id: '②', row: 41, name: '登録団体数', unit: '団体', years: REIWA_1_TO_7, actual: [10, 11, 12, 13, null], expected: [10, 11, 12, 13, 14, 15, 16] }));
    m.items[0].indicatorRefs = ['①', '②'];
    m.items[0].indicatorKeys = ['①', '②'];
    const f = run('grade-inconsistent', m);
    expect(f.map((x) => [x.cell, x.severity, x.data.suggested, (x.data.basis as { indicator: string }[]).map((b) => b.indicator)])).toEqual([['G26', 'warning', 'A', ['① 参加人数']]]);
  });
  test('a row graded on its own names itself as the basis', () => {
    const row = rowIndicator({ key: 'r1', row: 10, name: '登録団体数', unit: '団体', baseline: [2019, 50], target: [2025, 80], current: [2023, 80], grade: 'D' });
    const f = run('grade-inconsistent', sheet({ evaluationYear: R5, legend: legendAD(), indicators: [row] }));
    expect(f.map((x) => [x.cell, x.data.item, x.data.suggested, (x.data.basis as { indicator: string; actual: number }[]).map((b) => [b.indicator, b.actual])])).toEqual([['F10', '登録団体数', 'A', [['登録団体数', 80]]]]);
    expect(f[0].message.ja).toContain('登録団体数');
  });
});

describe('grade-invalid: where the scale comes from', () => {
  test('a legend with one blank entry is still the sheet’s legend (the message says so)', () => {
    const m = clean({ grade: 'X' });
    m.legend = [...legendAD(), { grade: ' ', meaning: '', cell: 'B15' }];
    const f = run('grade-invalid', m);
    expect(f.map((x) => [x.cell, x.data.scaleSource, x.data.scale])).toEqual([['G26', 'legend', ['A', 'B', 'C', 'D']]]);
    expect(f[0].message.ja).toContain('シートの凡例');
  });
});

describe('overall-grade-inconsistent: the item grades quoted', () => {
  test('only the items that have a grade', () => {
    const m = clean({ overall: 'D' });
    m.items.push(item({ key: '2', row: 27, grade: null, refs: ['①'] }));
    m.items.push(item({ key: '3', row: 28, grade: 'A', refs: ['①'] }));
    const f = run('overall-grade-inconsistent', m);
    expect(f.map((x) => [x.cell, x.data.itemGrades, x.data.rolledUp])).toEqual([['B16', ['A', 'A'], 'A']]);
    expect(f[0].message.ja).toContain('（A, A、');
  });
});

describe('eval-year-missing', () => {
  test('one indicator with actuals is enough, even beside one without (no grade on the sheet)', () => {
    const one = block({ id: '①', row: 35, name: '参加人数', unit: '人', years: REIWA_1_TO_7, actual: [100, 110], expected: [100, 110, 120, 130, 140, 150, 160] });
    const two = block({ id: '②', row: 41, name: '登録団体数', unit: '団体', years: REIWA_1_TO_7, actual: [], expected: [10, 11, 12, 13, 14, 15, 16] });
    expect(fired('eval-year-missing', sheet({ indicators: [one, two] }))).toEqual([['eval-year-missing', 'A35']]);
    expect(fired('eval-year-missing', sheet({ indicators: [two] }))).toEqual([]);
  });
});

describe('indicator-ref-missing', () => {
  test('a reference matches the indicator’s number whatever its internal key; one match among several is enough', () => {
    const m = clean();
    m.indicators[0].key = 'block:35';
    m.indicators.push({ ...block({ id: '②', row: 41, name: '登録団体数', unit: '団体', years: REIWA_1_TO_7, actual: [10], expected: [10] }), key: 'block:41' });
    m.items[0].indicatorRefs = ['①', '④'];
    expect(run('indicator-ref-missing', m).map((f) => [f.cell, f.data])).toEqual([['F26', { item: '1', ref: '④' }]]);
  });
});
