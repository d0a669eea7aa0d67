import { fired, run, clean } from './support';
import { block, grade, item, rowIndicator, sheet, REIWA_1_TO_7 } from '../../support/model-builder';
import type { EvaluationSheet } from '../../../src/core/model/types';

/**
 * Issue 13 (mutation testing, src/core/rules): the grade and item rules — which cell, which
 * severity, what the message quotes, what the fix writes. clean(): item 1 (row 26, grade in G26,
 * refers to ①), overall grade in B16, legend A–D, ① on the line up to R5 (progress 100%).
 */

const view = (f: ReturnType<typeof run>) => f.map((x) => ({ cell: x.cell, severity: x.severity, data: x.data, fix: x.fix }));

describe('grade-missing', () => {
  test('a blank item grade: error at the cell, naming the item', () => {
    expect(view(run('grade-missing', clean({ grade: '' })))).toEqual([{ cell: 'G26', severity: 'error', data: { item: '1' }, fix: null }]);
  });
  test('yearly grades count up to the evaluated year: R5 blank fires, R6 blank does not', () => {
    const m = clean();
    m.items[0].grade = null;
    m.items[0].yearlyGrades = [
      { year: 2023, label: 'R5', grade: grade('K26', null) },
      { year: 2024, label: 'R6', grade: grade('L26', null) },
    ];
    expect(view(run('grade-missing', m))).toEqual([{ cell: 'K26', severity: 'error', data: { item: '1', year: 2023 }, fix: null }]);
  });
  test('yearly grades without an evaluated year: nothing is due', () => {
    const m = { ...clean(), evaluationYear: null };
    m.items[0].grade = null;
    m.items[0].yearlyGrades = [{ year: 2023, label: 'R5', grade: grade('K26', null) }];
    expect(fired('grade-missing', m)).toEqual([]);
  });
  test('a blank grade axis: named with its axis', () => {
    const m = clean();
    m.items[0].axes = [{ axis: '必要性', grade: grade('M26', null) }, { axis: '有効性', grade: grade('N26', 'A') }];
    expect(view(run('grade-missing', m))).toEqual([{ cell: 'M26', severity: 'error', data: { item: '1（必要性）' }, fix: null }]);
  });
  test('a row’s own blank grade (no item carries it) is named by the indicator’s name, once per cell', () => {
    const a = rowIndicator({ key: 'r1', row: 10, name: '登録団体数', unit: '団体', baseline: [2019, 50], target: [2025, 80], current: [2023, 60], grade: '' });
    const b = rowIndicator({ key: 'r2', row: 10, name: '加入率', unit: '%', baseline: [2019, 50], target: [2025, 80], current: [2023, 60], grade: '' });
    const m = sheet({ evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, indicators: [a, b] });
    expect(view(run('grade-missing', m))).toEqual([{ cell: 'F10', severity: 'error', data: { item: '登録団体数' }, fix: null }]);
  });
  test('a row’s grade that an item carries is the item’s, not the row’s', () => {
    const a = rowIndicator({ key: 'r1', row: 10, name: '登録団体数', unit: '団体', baseline: [2019, 50], target: [2025, 80], current: [2023, 60], grade: '', itemKey: '1' });
    expect(fired('grade-missing', sheet({ evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, indicators: [a] }))).toEqual([]);
  });
});

describe('grade-invalid', () => {
  test('an invalid last-year grade in brackets: flagged as the previous grade, with the sheet’s scale', () => {
    const f = run('grade-invalid', clean({ grade: 'A (X)' }));
    expect(f.map((x) => [x.cell, x.severity, x.data.grade, x.data.previous, x.data.scale, x.data.scaleSource])).toEqual([['G26', 'error', 'X', true, ['A', 'B', 'C', 'D'], 'legend']]);
  });
  test('both grades invalid: one finding, for this year’s grade', () => {
    const f = run('grade-invalid', clean({ grade: 'S (X)' }));
    expect(f.map((x) => [x.cell, x.data.grade, x.data.previous])).toEqual([['G26', 'S', undefined]]);
  });
  test('without a legend the scale is the preset’s, and a preset that would take the grades is suggested', () => {
    const m = { ...clean({ grade: 'E' }), legend: null };
    const f = run('grade-invalid', m);
    expect(f.map((x) => [x.cell, x.data.scaleSource, x.data.preset, x.data.scale])).toEqual([['G26', 'preset', 'default', ['A', 'B', 'C', 'D']]]);
    expect(f[0].data.suggestedPreset).toEqual({ id: 'a-e', name: expect.anything() });
  });
  test('the cell’s drop-down list decides first: a grade it offers is valid, one it does not is flagged against it', () => {
    const list = (grades: string[]) => [{ ranges: [{ top: 25, left: 6, bottom: 25, right: 6 }], list: grades }];
    const ok = { ...clean({ grade: 'S' }), validations: list(['S', 'A', 'B']) };
    expect(fired('grade-invalid', ok)).toEqual([]);
    const bad = { ...clean({ grade: 'D' }), validations: list(['S', 'A', 'B']) };
    const f = run('grade-invalid', bad);
    expect(f.map((x) => [x.cell, x.data.scale, x.data.scaleSource, x.data.suggestedPreset])).toEqual([['G26', ['S', 'A', 'B'], 'validation', null]]);
    // A list covering other cells says nothing about G26.
    const elsewhere = { ...clean({ grade: 'S' }), validations: [{ ranges: [{ top: 26, left: 6, bottom: 30, right: 6 }], list: ['S'] }] };
    expect(fired('grade-invalid', elsewhere)).toEqual([['grade-invalid', 'G26']]);
    for (const box of [{ top: 0, left: 6, bottom: 24, right: 6 }, { top: 25, left: 0, bottom: 25, right: 5 }, { top: 25, left: 7, bottom: 25, right: 9 }]) {
      expect(fired('grade-invalid', { ...clean({ grade: 'S' }), validations: [{ ranges: [box], list: ['S'] }] })).toEqual([['grade-invalid', 'G26']]);
    }
    // A list whose entries read as no grade offers no scale: the sheet's legend decides.
    expect(fired('grade-invalid', { ...clean({ grade: 'B' }), validations: [{ ranges: [{ top: 25, left: 6, bottom: 25, right: 6 }], list: ['', '  '] }] })).toEqual([]);
  });
  test('a points axis (4–1) takes digits and refuses letters', () => {
    const m = clean();
    m.items[0].axes = [{ axis: '必要性', grade: grade('M26', '4') }];
    m.items.push(item({ key: '2', row: 27, grade: 'A', refs: ['①'], narrative: ['a', 'b', 'c'] }));
    m.items[1].axes = [{ axis: '必要性', grade: grade('M27', '3') }];
    m.items.push(item({ key: '3', row: 28, grade: 'A', refs: ['①'], narrative: ['a', 'b', 'c'] }));
    m.items[2].axes = [{ axis: '必要性', grade: grade('M28', 'B') }];
    const f = run('grade-invalid', m);
    expect(f.map((x) => [x.cell, x.data.item, x.data.grade])).toEqual([['M28', '3（必要性）', 'B']]);
  });
});

describe('grade-normalized', () => {
  test('「Ｂ（Ｂ）」: info, the plain grade with its bracket as the fix', () => {
    const f = run('grade-normalized', clean({ grade: 'Ａ（Ｂ）' }));
    expect(view(f)).toEqual([{ cell: 'G26', severity: 'info', data: { item: '1', text: 'Ａ（Ｂ）', grade: 'A (B)' }, fix: { cell: 'G26', value: 'A (B)' } }]);
  });
  test('「ｂ」 alone: the fix is the plain letter; a grade as written is not normalized', () => {
    expect(run('grade-normalized', clean({ grade: 'ｂ' })).map((x) => x.fix)).toEqual([{ cell: 'G26', value: 'B' }]);
    expect(fired('grade-normalized', clean({ grade: 'B' }))).toEqual([]);
  });
});

describe('grade-inconsistent: levels apart decide the severity', () => {
  // clean(): ① reaches its expected value in R5, so the suggested grade is A.
  test('1 level (B against A): info, with the levels and the progress behind it', () => {
    const f = run('grade-inconsistent', clean({ grade: 'B' }));
    expect(f.map((x) => [x.cell, x.severity, x.data.grade, x.data.suggested, x.data.levels])).toEqual([['G26', 'info', 'B', 'A', 1]]);
    expect(f[0].data.basis).toEqual([expect.objectContaining({ indicator: '① 参加人数', year: 2023, actual: 140, expected: 140, baseline: 100, suggested: 'A' })]);
  });
  test('2 levels (C against A): warning; 3 levels (D): warning', () => {
    expect(run('grade-inconsistent', clean({ grade: 'C' })).map((x) => [x.severity, x.data.levels])).toEqual([['warning', 2]]);
    expect(run('grade-inconsistent', clean({ grade: 'D' })).map((x) => [x.severity, x.data.levels])).toEqual([['warning', 3]]);
  });
  test('the suggested grade itself, a blank grade and E (評価不能) are not inconsistent', () => {
    expect(fired('grade-inconsistent', clean({ grade: 'A' }))).toEqual([]);
    expect(fired('grade-inconsistent', clean({ grade: '' }))).toEqual([]);
    expect(fired('grade-inconsistent', { ...clean({ grade: 'E' }), legend: null }, { preset: 'a-e' })).toEqual([]);
  });
  test('a row graded on its own (no item) is checked against its own progress, once', () => {
    const row = rowIndicator({ key: 'r1', row: 10, name: '登録団体数', unit: '団体', baseline: [2019, 50], target: [2025, 80], current: [2023, 80], grade: 'D' });
    const m = sheet({ evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, indicators: [row] });
    const f = run('grade-inconsistent', m);
    expect(f.map((x) => [x.cell, x.severity, x.data.item, x.data.grade])).toEqual([['F10', 'warning', '登録団体数', 'D']]);
  });
  test('a row an item refers to is judged through the item, not again as a row', () => {
    const row = rowIndicator({ key: 'r1', row: 10, name: '登録団体数', unit: '団体', baseline: [2019, 50], target: [2025, 80], current: [2023, 80], grade: 'D' });
    const m = sheet({ evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, indicators: [row], items: [item({ key: '1', row: 26, grade: 'A', refs: ['r1'] })] });
    expect(fired('grade-inconsistent', m)).toEqual([]);
  });
});

describe('overall-grade-missing / overall-grade-inconsistent', () => {
  function threeItems(overall: string | null, grades: string[]): EvaluationSheet {
    const m = clean({ overall });
    m.items = grades.map((g, i) => item({ key: String(i + 1), row: 26 + i, grade: g, refs: ['①'], narrative: ['a', 'b', 'c'] }));
    return m;
  }
  test('a blank overall grade: error at its cell; a filled one or none at all: nothing', () => {
    expect(view(run('overall-grade-missing', clean({ overall: '' })))).toEqual([{ cell: 'B16', severity: 'error', data: {}, fix: null }]);
    expect(fired('overall-grade-missing', clean())).toEqual([]);
    expect(fired('overall-grade-missing', { ...clean(), overallGrade: null })).toEqual([]);
  });
  test('an overall grade off the roll-up: warning quoting the item grades and the mean (two decimals)', () => {
    const f = run('overall-grade-inconsistent', threeItems('D', ['A', 'B', 'B']));
    expect(f.map((x) => [x.cell, x.severity])).toEqual([['B16', 'warning']]);
    expect(f[0].data).toEqual({ grade: 'D', rolledUp: expect.any(String), itemGrades: ['A', 'B', 'B'], mean: expect.any(Number) });
    const mean = f[0].data.mean as number;
    expect(Math.round(mean * 100)).toBe(mean * 100);
    expect(String(mean).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
  });
  test('the rolled-up grade itself, a grade off the preset’s scale, and E are not inconsistent', () => {
    expect(fired('overall-grade-inconsistent', threeItems('A', ['A', 'A', 'A']))).toEqual([]);
    expect(fired('overall-grade-inconsistent', threeItems('S', ['A', 'A', 'A']))).toEqual([]);
    expect(fired('overall-grade-inconsistent', { ...threeItems('E', ['A', 'A', 'A']), legend: null }, { preset: 'a-e' })).toEqual([]);
  });
});

describe('narrative-missing', () => {
  test('a graded item whose fields are all empty or a lone dash: warning at the first field, naming the fields', () => {
    const f = run('narrative-missing', clean({ narrative: ['', ' - ', '　'] }));
    expect(view(f)).toEqual([{ cell: 'H26', severity: 'warning', data: { item: '1', grade: 'A', fields: ['内部要因', '外部要因', '今後の方向性'] }, fix: null }]);
  });
  test('one field written is enough; an ungraded, an E-graded or a field-less item is not asked', () => {
    expect(fired('narrative-missing', clean({ narrative: ['', '', '継続する'] }))).toEqual([]);
    expect(fired('narrative-missing', clean({ grade: '', narrative: ['', '', ''] }))).toEqual([]);
    expect(fired('narrative-missing', { ...clean({ grade: 'E', narrative: ['', '', ''] }), legend: null }, { preset: 'a-e' })).toEqual([]);
    expect(fired('narrative-missing', clean({ narrative: [] }))).toEqual([]);
  });
});

describe('eval-year-missing: warns where a year matters', () => {
  const noYear = (m: EvaluationSheet): EvaluationSheet => ({ ...m, evaluationYear: null });
  test('actuals and no year: warning at the first policy cell, else the overall grade, else the first item, else the indicator', () => {
    const m = noYear(clean());
    expect(view(run('eval-year-missing', { ...m, policy: [{ label: '政策', value: '協働', cell: 'B5' }] }))).toEqual([{ cell: 'B5', severity: 'warning', data: {}, fix: null }]);
    expect(fired('eval-year-missing', m)).toEqual([['eval-year-missing', 'B16']]);
    expect(fired('eval-year-missing', { ...m, overallGrade: null })).toEqual([['eval-year-missing', 'A26']]);
    expect(fired('eval-year-missing', { ...m, overallGrade: null, items: [] })).toEqual([['eval-year-missing', 'A35']]);
  });
  test('a year from settings is enough', () => {
    expect(fired('eval-year-missing', noYear(clean()), { evaluationYear: 2023 })).toEqual([]);
  });
  test('no actuals and no grade (a plan with targets alone): nothing', () => {
    const m = noYear(clean({ actual: [], grade: '', overall: '' }));
    expect(fired('eval-year-missing', m)).toEqual([]);
  });
  test('grades alone are enough: an item grade, one filled grade axis', () => {
    expect(fired('eval-year-missing', { ...noYear(clean({ actual: [], overall: '' })), overallGrade: null })).toEqual([['eval-year-missing', 'A26']]);
    const axes = noYear(clean({ actual: [], grade: '', overall: '' }));
    axes.items[0].axes = [{ axis: '必要性', grade: grade('M26', null) }, { axis: '有効性', grade: grade('N26', 'A') }];
    expect(fired('eval-year-missing', axes)).toEqual([['eval-year-missing', 'B16']]);
  });
  test('one yearly grade filled among blank ones: the year is inferred from it, so nothing is missing', () => {
    const m = noYear(clean({ actual: [], grade: '', overall: '' }));
    m.items[0].yearlyGrades = [{ year: 2022, label: 'R4', grade: grade('K26', 'A') }, { year: 2023, label: 'R5', grade: grade('L26', null) }];
    expect(fired('eval-year-missing', m)).toEqual([]);
  });
  test('an unrecognized sheet gets no eval-year-missing', () => {
    expect(fired('eval-year-missing', { ...noYear(clean()), kind: 'unrecognized' })).toEqual([]);
  });
});

describe('indicator-unreferenced / indicator-ref-missing', () => {
  const two = () => {
    const m = clean();
    m.indicators.push(block({ id: '②', row: 41, name: '開催回数', unit: '回', years: REIWA_1_TO_7, actual: [1, 2, 3, 4, 5], expected: [1, 2, 3, 4, 5, 6, 7] }));
    return m;
  };
  test('an indicator no item refers to: info at the indicator, even when another item refers to none', () => {
    const m = two();
    m.items.push(item({ key: '2', row: 27, grade: 'A', refs: [], narrative: ['a', 'b', 'c'] }));
    expect(view(run('indicator-unreferenced', m))).toEqual([{ cell: 'A41', severity: 'info', data: { indicator: '② 開催回数' }, fix: null }]);
  });
  test('on a sheet whose items refer to no indicator at all: nothing', () => {
    const m = two();
    m.items[0] = item({ key: '1', row: 26, grade: 'A', refs: [], narrative: ['a', 'b', 'c'] });
    expect(fired('indicator-unreferenced', m)).toEqual([]);
  });
  test('a row that is its own item is referenced', () => {
    const m = two();
    m.indicators[1].itemKey = '2';
    expect(fired('indicator-unreferenced', m)).toEqual([]);
  });
  test('a reference to an indicator that is absent or empty: warning at the reference cell, quoting it', () => {
    const m = clean({ refs: ['①', '③'] });
    m.indicators.push(block({ id: '③', row: 47, years: REIWA_1_TO_7, actual: [], expected: [] }));
    expect(view(run('indicator-ref-missing', m))).toEqual([{ cell: 'F26', severity: 'warning', data: { item: '1', ref: '③' }, fix: null }]);
  });
  test('a reference by the indicator’s key is found', () => {
    const m = clean({ refs: ['k1'] });
    m.indicators[0].key = 'k1';
    expect(fired('indicator-ref-missing', m)).toEqual([]);
  });
});
