import { fired, run, clean } from './support';
import { block, rowIndicator, sheet, value, REIWA_1_TO_7 } from '../../support/model-builder';
import type { EvaluationSheet, Indicator } from '../../../src/core/model/types';

/**
 * Issue 13 (mutation testing, src/core/rules): the value rules' boundaries, the numbers their
 * messages quote and the fixes they propose. clean(): ① 参加人数 (人), R1…R7 in D…J, actuals on row
 * 38 (R1 100 … R5 140), 期待値 on row 39 (100 … 160), 備考 on row 40, evaluated year R5 (2023).
 */

const blank = (cell: string) => value(cell, null);
const only = (f: ReturnType<typeof run>) => f.map((x) => ({ cell: x.cell, severity: x.severity, data: x.data, fix: x.fix }));

function withIndicator(ind: Indicator, year: number | null = 2023): EvaluationSheet {
  return sheet({ sheet: 'S', evaluationYear: year === null ? null : { year, label: 'R', cell: 'A3' }, indicators: [ind] });
}

describe('actual-future: an actual entered after the evaluated year', () => {
  test('fires on R6 (evaluated year + 1) with the year, the value and the evaluated year; not on R5 itself', () => {
    const f = run('actual-future', clean({ actual: [100, 110, 120, 130, 140, 150] }));
    expect(only(f)).toEqual([{ cell: 'I38', severity: 'warning', data: { indicator: '① 参加人数', year: 2024, actual: 150, evaluationYear: 2023 }, fix: null }]);
  });
  test('a text actual after the evaluated year is quoted as text; a no-data mark there is not a value', () => {
    const f = run('actual-future', clean({ actual: [100, 110, 120, 130, 140, '調整中', '-'] }));
    expect(f.map((x) => [x.cell, x.data.actual])).toEqual([['I38', '調整中']]);
  });
  test('nothing without an evaluated year', () => {
    expect(fired('actual-future', { ...clean({ actual: [100, 110, 120, 130, 140, 150] }), evaluationYear: null })).toEqual([]);
  });
});

describe('actual-missing / actual-no-data', () => {
  test('actual-missing quotes the indicator, the year and the evaluated year', () => {
    const f = run('actual-missing', clean({ actual: [100, 110, null, 130, 140] }));
    expect(only(f)).toEqual([{ cell: 'F38', severity: 'error', data: { indicator: '① 参加人数', year: 2021, evaluationYear: 2023 }, fix: null }]);
  });
  test('a blank actual explained in 備考: actual-no-data with the note as the reason, not actual-missing', () => {
    const m = () => clean({ actual: [100, 110, null, 130, 140], notes: [null, null, '調査なし'] });
    expect(fired('actual-missing', m())).toEqual([]);
    expect(only(run('actual-no-data', m()))).toEqual([{ cell: 'F38', severity: 'info', data: { indicator: '① 参加人数', year: 2021, reason: '調査なし' }, fix: null }]);
  });
  test('a year that has its number is not actual-no-data, even with a note in 備考', () => {
    expect(fired('actual-no-data', clean({ notes: [null, null, '速報値'] }))).toEqual([]);
  });
  test('no baseline: the years before the first recorded actual are not due, the ones after are', () => {
    const ind = block({ id: '①', row: 35, name: '参加人数', unit: '人', years: REIWA_1_TO_7, actual: [null, null, 120, null, 140], expected: [100, 110, 120, 130, 140, 150, 160] });
    ind.baseline = null;
    expect(fired('actual-missing', withIndicator(ind))).toEqual([['actual-missing', 'G38']]);
  });
});

describe('baseline-mismatch: the baseline year’s actual against its 期待値', () => {
  test('looks at the baseline year, not the first year of the table', () => {
    // Baseline in R2 (E38); R1 has differing values but is before the baseline.
    const m = clean({ expected: [101, 110, 120, 130, 140, 150, 160] });
    const ind = m.indicators[0];
    ind.baseline = { ...ind.baseline!, year: 2020, value: ind.years[1].actual };
    expect(fired('baseline-mismatch', m)).toEqual([]);
  });
  test('quotes both numbers and points at the 期待値 cell', () => {
    const f = run('baseline-mismatch', clean({ expected: [101.5, 110, 120, 130, 140, 150, 160] }));
    expect(only(f)).toEqual([{ cell: 'D39', severity: 'warning', data: { indicator: '① 参加人数', year: 2019, actual: 100, expected: 101.5 }, fix: null }]);
  });
  test('100 and 100.0 are the same number', () => {
    expect(fired('baseline-mismatch', clean({ expected: ['100.0', 110, 120, 130, 140, 150, 160] }))).toEqual([]);
  });
});

describe('baseline-missing / target-missing: where the cell is and what it says', () => {
  test('no baseline at all on an indicator block: fires at the indicator, year null', () => {
    const m = clean();
    m.indicators[0].baseline = null;
    expect(only(run('baseline-missing', m))).toEqual([{ cell: 'A35', severity: 'error', data: { indicator: '① 参加人数', text: null, year: null }, fix: null }]);
  });
  test('a baseline field without a value cell: fires at its label', () => {
    const m = clean();
    m.indicators[0].baseline = { year: 2019, label: 'R1', labelCell: 'D37', value: null };
    expect(only(run('baseline-missing', m))).toEqual([{ cell: 'D37', severity: 'error', data: { indicator: '① 参加人数', text: null, year: 2019 }, fix: null }]);
  });
  test('a no-data mark as the baseline is quoted as written; a number is not missing', () => {
    const f = run('baseline-missing', clean({ actual: ['－', 110, 120, 130, 140] }));
    expect(f.map((x) => [x.cell, x.data.text, x.data.year])).toEqual([['D38', '－', 2019]]);
    expect(fired('baseline-missing', clean())).toEqual([]);
  });
  test('a generic table with a blank baseline field fires; one with no baseline field does not', () => {
    const m = clean({ actual: [null, 110, 120, 130, 140] });
    m.indicators[0].layout = 'generic-table';
    expect(fired('baseline-missing', m)).toEqual([['baseline-missing', 'D38']]);
    m.indicators[0].baseline = null;
    expect(fired('baseline-missing', m)).toEqual([]);
  });
  test('no target: fires at the indicator; a blank target cell: at the cell, with the target year', () => {
    const m = clean();
    m.indicators[0].target = null;
    expect(only(run('target-missing', m))).toEqual([{ cell: 'A35', severity: 'error', data: { indicator: '① 参加人数', text: null, year: null }, fix: null }]);
    const f = run('target-missing', clean({ expected: [100, 110, 120, 130, 140, 150, null] }));
    expect(f.map((x) => [x.cell, x.data.year, x.data.text])).toEqual([['J39', 2025, null]]);
    const g = run('target-missing', clean({ expected: [100, 110, 120, 130, 140, 150, '―'] }));
    expect(g.map((x) => [x.cell, x.data.text])).toEqual([['J39', '―']]);
  });
  test('a target field without a value cell: fires at its label', () => {
    const m = clean();
    m.indicators[0].target = { year: 2025, label: 'R7', labelCell: 'J37', value: null };
    expect(fired('target-missing', m)).toEqual([['target-missing', 'J37']]);
  });
});

describe('targetNeeded: a plan/actual indicator whose plans cover every year needs no numeric target', () => {
  /** Plan/actual rows: plans in the 期待値 row, no baseline, target as given. */
  function planActual(actual: (number | null)[], plan: (number | null)[], target: string | null = null): Indicator {
    const years = [2020, 2021, 2022, 2023];
    const ind = block({ id: '①', row: 35, name: '講座の開催', unit: '回', years, actual, expected: plan });
    return { ...ind, layout: 'plan-actual', baseline: null, target: { year: 2023, label: 'R5', labelCell: 'G37', value: value('H30', target) } };
  }
  test('plans up to the evaluated year: no target-missing; a year without a plan: target-missing', () => {
    expect(fired('target-missing', withIndicator(planActual([1, 2, 3, null], [1, 2, 3, 4]), 2023))).toEqual([]);
    expect(fired('target-missing', withIndicator(planActual([1, 2, 3, null], [1, 2, null, 4]), 2023))).toEqual([['target-missing', 'H30']]);
    expect(fired('target-missing', withIndicator(planActual([1, 2, 3, null], [1, 2, 3, null]), 2022))).toEqual([]);
    expect(fired('target-missing', withIndicator(planActual([1, 2, 3, null], [1, 2, 3, null]), 2023))).toEqual([['target-missing', 'H30']]);
  });
  test('the evaluated year unknown: the years up to the last recorded actual count, not the later ones', () => {
    expect(fired('target-missing', withIndicator(planActual([1, 2, null, null], [1, 2, null, null]), null))).toEqual([]);
    expect(fired('target-missing', withIndicator(planActual([1, 2, null, null], [1, null, null, null]), null))).toEqual([['target-missing', 'H30']]);
  });
  test('with a baseline year, the plans after it count (the baseline year’s own plan does not)', () => {
    const ind = planActual([1, 2, 3, null], [null, 2, 3, 4]);
    ind.baseline = { year: 2020, label: 'R2', labelCell: 'C37', value: ind.years[0].actual };
    expect(fired('target-missing', withIndicator(ind, 2023))).toEqual([]);
  });
  test('no year in range (nothing recorded, no evaluated year): the target is needed', () => {
    expect(fired('target-missing', withIndicator(planActual([null, null, null, null], [1, 2, 3, 4]), null))).toEqual([['target-missing', 'H30']]);
  });
  test('a target in words where none is needed is not value-not-numeric; where one is needed it is', () => {
    expect(fired('value-not-numeric', withIndicator(planActual([1, 2, 3, null], [1, 2, 3, 4], '継続実施'), 2023))).toEqual([]);
    expect(fired('value-not-numeric', withIndicator(planActual([1, 2, 3, null], [1, 2, null, 4], '継続実施'), 2023))).toEqual([['value-not-numeric', 'H30']]);
  });
});

describe('value-not-numeric', () => {
  test('quotes the text, the role and the year of the cell', () => {
    const f = run('value-not-numeric', clean({ actual: [100, 110, '調整中', 130, 140] }));
    expect(only(f)).toEqual([{ cell: 'F38', severity: 'error', data: { indicator: '① 参加人数', text: '調整中', role: 'actual', year: 2021 }, fix: null }]);
    const g = run('value-not-numeric', clean({ expected: [100, 110, 120, '未定', 140, 150, 160] }));
    expect(g.map((x) => [x.cell, x.data.role, x.data.year])).toEqual([['G39', 'expected', 2022]]);
  });
  test('a goal in words is fine as a target or a plan (期待値), not as an actual', () => {
    expect(fired('value-not-numeric', clean({ expected: [100, 110, 120, '前年度以下', 140, 150, 160] }))).toEqual([]);
    expect(fired('value-not-numeric', clean({ expected: [100, 110, 120, 130, 140, 150, '前年度以下'] }))).toEqual([]);
    expect(fired('value-not-numeric', clean({ actual: [100, 110, '前年度以下', 130, 140] }))).toEqual([['value-not-numeric', 'F38']]);
  });
  test('words throughout (a qualitative indicator) are not value-not-numeric', () => {
    const m = clean({ actual: ['検討', '実施', '実施', '実施', '実施'], expected: ['検討', '実施', '実施', '実施', '実施', '実施', '完了'] });
    expect(m.indicators[0].qualitative).toBe(true);
    expect(fired('value-not-numeric', m)).toEqual([]);
  });
});

describe('value-normalized and value-estimate', () => {
  test('a number written as text: info, the plain number as the fix', () => {
    const f = run('value-normalized', clean({ actual: [100, '１１０', 120, 130, 140] }));
    expect(f.map((x) => [x.cell, x.severity, x.data.value, x.fix])).toEqual([['E38', 'info', 110, { cell: 'E38', value: 110 }]]);
    expect(f[0].data.text).toBe('１１０');
  });
  test('in a percent-formatted cell the fix stores the fraction (「66.1%」 → 0.661)', () => {
    const f = run('value-normalized', clean({ unit: '%', actual: [50, '66.1%', 60, 61, 62], expected: [50, 55, 60, 61, 62, 63, 64], formats: { E38: '0.0%' } }));
    expect(f.map((x) => x.fix)).toEqual([{ cell: 'E38', value: 0.661 }]);
  });
  test('a 見込み value is value-estimate (info, with its qualifier), never value-normalized', () => {
    const m = () => clean({ actual: [100, 110, 120, 130, '140見込み'] });
    expect(fired('value-normalized', m())).toEqual([]);
    const f = run('value-estimate', m());
    expect(f.map((x) => [x.cell, x.severity, x.data.value, x.data.qualifier, x.data.text])).toEqual([['H38', 'info', 140, '見込み', '140見込み']]);
  });
  test('a labelled value of a baseline/target/current row is its convention, not normalized; elsewhere it is', () => {
    const row = rowIndicator({ key: 'r1', row: 10, name: '加入率', baseline: [2019, '加入率 60.5%'], target: [2025, 70], current: [2023, 66] });
    expect(fired('value-normalized', withIndicator(row))).toEqual([]);
    const other = rowIndicator({ key: 'r1', row: 10, name: '加入率', layout: 'baseline-target', baseline: [2019, '加入率 60.5%'], target: [2025, 70] });
    expect(fired('value-normalized', withIndicator(other))).toEqual([['value-normalized', 'D10']]);
  });
});

describe('percent-out-of-range: 0 and 100 are inside', () => {
  const pct = (actual: (number | string)[]) => clean({ unit: '%', actual, expected: [0, 10, 20, 30, 40, 50, 100] });
  test('0 and 100 do not fire; −0.1 and 100.1 do, with the value', () => {
    expect(fired('percent-out-of-range', pct([0, 50, 100, 60, 70]))).toEqual([]);
    const f = run('percent-out-of-range', pct([0, -0.1, 100.1, 60, 70]));
    expect(f.map((x) => [x.cell, x.severity, x.data.value])).toEqual([['E38', 'warning', -0.1], ['F38', 'warning', 100.1]]);
  });
  test('a percent-formatted cell is read in shown units (1.5 formatted 0% is 150%) without a % unit', () => {
    const f = run('percent-out-of-range', clean({ unit: '', actual: [0.5, 1.5, 0.6, 0.7, 0.8], expected: [0.5, 0.6, 0.6, 0.7, 0.8, 0.9, 1], format: '0%' }));
    expect(f.map((x) => [x.cell, x.data.value])).toEqual([['E38', 150]]);
  });
  test('a value written with % in a unit-less indicator counts; 150 人 does not', () => {
    expect(fired('percent-out-of-range', clean({ unit: '', actual: [50, '150%', 60, 70, 80] }))).toEqual([['percent-out-of-range', 'E38']]);
    expect(fired('percent-out-of-range', clean({ actual: [50, 150, 160, 170, 180] }))).toEqual([]);
  });
});

describe('negative-count: below zero, for count units only', () => {
  test('0 does not fire; −1 人 does, with the value and the unit', () => {
    expect(fired('negative-count', clean({ actual: [0, 110, 120, 130, 140] }))).toEqual([]);
    const f = run('negative-count', clean({ actual: [100, -1, 120, 130, 140] }));
    expect(f.map((x) => [x.cell, x.severity, x.data.value, x.data.unit])).toEqual([['E38', 'warning', -1, '人']]);
  });
  test('延べ人, 人/年 and 件 are counts; % is not; a unit written with the value counts', () => {
    expect(fired('negative-count', clean({ unit: '延べ人', actual: [100, -1] }))).toEqual([['negative-count', 'E38']]);
    expect(fired('negative-count', clean({ unit: '人/年', actual: [100, -1] }))).toEqual([['negative-count', 'E38']]);
    expect(fired('negative-count', clean({ unit: '%', actual: [10, -1] }))).toEqual([]);
    const f = run('negative-count', clean({ unit: '', actual: [100, '-3件'] }));
    expect(f.map((x) => [x.cell, x.data.unit])).toEqual([['E38', '件']]);
  });
});

describe('cumulative-decrease', () => {
  test('the same total again is no decrease; a fall is, with both years and values', () => {
    expect(fired('cumulative-decrease', clean({ cumulative: true, actual: [100, 110, 110, 130, 140] }))).toEqual([]);
    const f = run('cumulative-decrease', clean({ cumulative: true, actual: [100, 110, 105, 130, 140] }));
    expect(only(f)).toEqual([{ cell: 'F38', severity: 'warning', data: { indicator: '① 参加人数', year: 2021, actual: 105, previousYear: 2020, previous: 110 }, fix: null }]);
  });
  test('only 累計 indicators', () => {
    expect(fired('cumulative-decrease', clean({ actual: [100, 110, 105, 130, 140] }))).toEqual([]);
  });
  test('compared across a blank year with the last actual before it', () => {
    const f = run('cumulative-decrease', clean({ cumulative: true, actual: [100, 110, null, 105, 140] }));
    expect(f.map((x) => [x.cell, x.data.previousYear, x.data.previous])).toEqual([['G38', 2020, 110]]);
  });
  test('in year order even when the years are listed out of order', () => {
    const m = clean({ cumulative: true, actual: [100, 110, 120, 130, 140] });
    m.indicators[0].years.reverse();
    expect(fired('cumulative-decrease', m)).toEqual([]);
  });
  test('a row’s own baseline cell is the first value compared with', () => {
    const row = rowIndicator({ key: 'r1', row: 10, name: '登録団体数', layout: 'baseline-target-current', unit: '団体', cumulative: true, baseline: [2019, 50], target: [2025, 80], current: [2023, 45] });
    const f = run('cumulative-decrease', withIndicator(row));
    expect(f.map((x) => [x.cell, x.data.previousYear, x.data.previous, x.data.actual])).toEqual([['J10', 2019, 50, 45]]);
  });
});

describe('sudden-change: more than half, either way', () => {
  test('a fall by more than half fires (100 → 40), with the change', () => {
    const f = run('sudden-change', clean({ actual: [100, 40] }));
    expect(only(f)).toEqual([{ cell: 'E38', severity: 'info', data: { indicator: '① 参加人数', year: 2020, actual: 40, previousYear: 2019, previous: 100, change: 0.6 }, fix: null }]);
  });
  test('from a negative value the base is its size: −10 → −14 is 40%, −10 → −20 is 100%', () => {
    expect(fired('sudden-change', clean({ unit: '', actual: [-10, -14] }))).toEqual([]);
    const f = run('sudden-change', clean({ unit: '', actual: [-10, -20] }));
    expect(f.map((x) => [x.cell, x.data.change])).toEqual([['E38', 1]]);
  });
  test('in year order even when the years are listed out of order (110 → 200 fires at 200)', () => {
    const m = clean({ actual: [100, 110, 200] });
    m.indicators[0].years.reverse();
    expect(fired('sudden-change', m)).toEqual([['sudden-change', 'F38']]);
  });
});

describe('expected-missing / expected-mismatch: the proposed value', () => {
  test('a blank 期待値 gets the interpolated value as the fix, with the line’s ends', () => {
    const f = run('expected-missing', clean({ expected: [100, 110, null, 130, 140, 150, 160] }));
    expect(only(f)).toEqual([{ cell: 'F39', severity: 'warning', data: { indicator: '① 参加人数', year: 2021, value: 120, baseline: 100, target: 160, precision: 0 }, fix: { cell: 'F39', value: 120 } }]);
  });
  test('a space in the cell marks it empty on purpose; a formula without a result is the sheet’s', () => {
    expect(fired('expected-missing', clean({ expected: [100, 110, ' ', 130, 140, 150, 160] }))).toEqual([]);
    const m = clean({ expected: [100, 110, null, 130, 140, 150, 160] });
    m.indicators[0].years[2].expected = { ...m.indicators[0].years[2].expected!, formula: '=D39+10' } as never;
    expect(fired('expected-missing', m)).toEqual([]);
  });
  test('the blank target cell is target-missing’s, not expected-missing’s', () => {
    expect(fired('expected-missing', clean({ expected: [100, 110, 120, 130, 140, 150, null] }))).toEqual([]);
  });
  test('only indicator blocks have 期待値 cells of their own', () => {
    const m = clean({ expected: [100, 110, null, 130, 140, 150, 160] });
    m.indicators[0].layout = 'plan-actual';
    expect(fired('expected-missing', m)).toEqual([]);
    const n = clean({ expected: [100, 110, 125, 130, 140, 150, 160] });
    n.indicators[0].layout = 'plan-actual';
    expect(fired('expected-mismatch', n)).toEqual([]);
  });
  test('a written 期待値 off the line: the written and the proposed value', () => {
    const f = run('expected-mismatch', clean({ expected: [100, 110, 125, 130, 140, 150, 160] }));
    expect(only(f)).toEqual([{ cell: 'F39', severity: 'warning', data: { indicator: '① 参加人数', year: 2021, written: 125, value: 120, baseline: 100, target: 160, precision: 0 }, fix: { cell: 'F39', value: 120 } }]);
  });
  test('within the sheet’s precision it is no mismatch (120.4 shown as 120 in a 0 format)', () => {
    expect(fired('expected-mismatch', clean({ expected: [100, 110, 120.4, 130, 140, 150, 160], formats: { F39: '0' } }))).toEqual([]);
  });
  test('a percent-formatted 期待値: the fix stores the fraction', () => {
    const f = run('expected-missing', clean({ unit: '%', actual: [0.1, 0.2, 0.3, 0.4, 0.5], expected: [0.1, 0.2, null, 0.4, 0.5, 0.6, 0.7], format: '0%' }));
    expect(f.map((x) => x.fix)).toEqual([{ cell: 'F39', value: 0.3 }]);
    expect(f[0].data.value).toBe(30);
  });
});

describe('indicator-name-missing / indicator-unit-missing', () => {
  test('values and no name: fires at the name cell (or the indicator), naming the indicator by its number', () => {
    expect(only(run('indicator-name-missing', clean({ name: '　' })))).toEqual([{ cell: 'A36', severity: 'error', data: { indicator: '①' }, fix: null }]);
    expect(fired('indicator-name-missing', clean({ name: null }))).toEqual([['indicator-name-missing', 'A35']]);
  });
  test('without a number, the indicator is named by its cell', () => {
    const m = clean({ name: null });
    m.indicators[0].id = '';
    expect(run('indicator-name-missing', m).map((x) => x.data.indicator)).toEqual(['A35']);
  });
  test('a tie between units: the one seen first is proposed', () => {
    const f = run('indicator-unit-missing', clean({ unit: '', actual: ['100件', '110人', 120, 130, 140] }));
    expect(f.map((x) => x.fix)).toEqual([{ cell: 'B38', value: '件' }]);
    expect(f[0].data).toEqual({ indicator: '① 参加人数', unit: '件' });
  });
  test('a named indicator with no numbers, a qualitative one, or a layout with no 単位 cell: nothing', () => {
    expect(fired('indicator-unit-missing', clean({ unit: '', actual: [], expected: [] }))).toEqual([]);
    expect(fired('indicator-unit-missing', clean({ unit: '', actual: ['検討', '実施'], expected: ['検討', '実施', '実施', '実施', '実施', '実施', '完了'] }))).toEqual([]);
    const m = clean({ unit: '' });
    m.indicators[0].unit = null;
    expect(fired('indicator-unit-missing', m)).toEqual([]);
  });
});
