import { clean, fired, run } from './support';
import type { CellValue } from '../../../src/core/snapshot/types';
import type { Indicator } from '../../../src/core/model/types';
import { block, rowIndicator, sheet, value, REIWA_1_TO_7 } from '../../support/model-builder';

/**
 * Issue 13, StrykerJS survivors of 3 December in target-missing.ts, baseline-missing.ts,
 * helpers.ts (targetNeeded), value-not-numeric.ts, value-normalized.ts and expected-missing.ts:
 * when a target is needed, which text a message quotes, which cells are flagged.
 */

const view = (f: ReturnType<typeof run>) => f.map((x) => ({ cell: x.cell, data: x.data }));

/** A table the generic reader read: ① 参加人数, actuals R1…R5 in row 38, no baseline or target field of its own. */
function genericTable(o: { target?: CellValue } = {}): Indicator {
  const ind = block({ id: '①', row: 35, name: '参加人数', unit: '人', years: REIWA_1_TO_7, actual: [100, 110, 120, 130, 140], expected: [] });
  return {
    ...ind,
    layout: 'generic-table',
    years: ind.years.map((y) => ({ ...y, expected: null })),
    target: o.target === undefined ? null : { year: 2025, label: '目標値', labelCell: 'K37', value: value('K38', o.target) },
  };
}

/**
 * A Niigata-style plan/actual indicator: 計画 (plan = expected) and 実績 per year H27…H29 in row 12,
 * final target in H12, no 現状 (baseline) column when `baseline` is null.
 */
function planActual(o: { plans: (number | null)[]; actuals: CellValue[]; target?: CellValue; baseline?: CellValue | null }): Indicator {
  const years = [2015, 2016, 2017].map((year, i) => ({
    year,
    label: `平成${year - 1988}年度`,
    labelCell: `${'DFH'[i]}10`,
    expected: value(`${'DFH'[i]}12`, o.plans[i] ?? null),
    actual: value(`${'EGI'[i]}12`, o.actuals[i] ?? null),
    note: null,
  }));
  const baseline = o.baseline === null ? null : { year: 2014, label: '現状', labelCell: 'C10', value: value('C12', o.baseline ?? 900) };
  return {
    key: 'a', id: '', layout: 'plan-actual', cell: 'B12',
    name: { cell: 'B12', text: '講座受講者数' }, unit: null, unitText: '人',
    department: null, description: null,
    baseline,
    target: { year: 2018, label: '目標', labelCell: 'J10', value: value('J12', o.target ?? '') },
    current: null, years, cumulative: false, qualitative: false, precision: null, grade: null, itemKey: null, badYearHeaders: [],
  };
}

describe('target-missing: a generic table without a target field', () => {
  test('a plain 実績 table (no 目標 row or column) needs no target: no error', () => {
    expect(fired('target-missing', sheet({ evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, indicators: [genericTable()] }))).toEqual([]);
  });
  test('a generic table with a 目標値 column left blank: error at that cell', () => {
    expect(fired('target-missing', sheet({ evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, indicators: [genericTable({ target: null })] }))).toEqual([['target-missing', 'K38']]);
  });
});

describe('target-missing / baseline-missing: the text quoted', () => {
  test('a no-data mark is quoted as written, without the spaces around it', () => {
    const t = run('target-missing', clean({ expected: [100, 110, 120, 130, 140, 150, ' ー '] }));
    expect(view(t)).toEqual([{ cell: 'J39', data: { indicator: '① 参加人数', text: 'ー', year: 2025 } }]);
    expect(t[0].message.ja).toBe('指標「① 参加人数」に目標値がありません（ー）。');
    const b = run('baseline-missing', clean({ actual: [' ー ', 110, 120, 130, 140] }));
    expect(view(b)).toEqual([{ cell: 'D38', data: { indicator: '① 参加人数', text: 'ー', year: 2019 } }]);
  });
  test('a blank baseline cell quotes nothing (not 「null」)', () => {
    const b = run('baseline-missing', clean({ actual: [null, 110, 120, 130, 140] }));
    expect(view(b)).toEqual([{ cell: 'D38', data: { indicator: '① 参加人数', text: null, year: 2019 } }]);
    expect(b[0].message.ja).not.toContain('null');
  });
});

describe('targetNeeded: plan/actual indicators whose plans cover the years', () => {
  const on = (ind: Indicator, year: number | null) => sheet({ evaluationYear: year === null ? null : { year, label: `H${year - 1988}`, cell: 'A3' }, indicators: [ind] });
  test('no 現状 column: the plans from the first year cover the evaluated year, so a blank final target is no error', () => {
    const ind = planActual({ baseline: null, plans: [1000, 1100, null], actuals: [1010, 1090, null] });
    expect(fired('target-missing', on(ind, 2016))).toEqual([]);
    // A year without a plan up to the evaluated year: the target is needed.
    expect(fired('target-missing', on(planActual({ baseline: null, plans: [1000, null, 1200], actuals: [1010, 1090, null] }), 2016))).toEqual([['target-missing', 'J12']]);
  });
  test('no evaluated year: the years up to the last actual count, later years without a plan do not', () => {
    const ind = planActual({ plans: [1000, 1100, null], actuals: [1010, 1090, null] });
    expect(fired('target-missing', on(ind, null))).toEqual([]);
    // An actual in a year without a plan: the target is needed.
    expect(fired('target-missing', on(planActual({ plans: [1000, 1100, null], actuals: [1010, 1090, 1150] }), null))).toEqual([['target-missing', 'J12']]);
  });
});

describe('value-not-numeric', () => {
  test('an unneeded target may be words, but an actual in words is still an error there', () => {
    const ind = planActual({ plans: [1000, 1100, 1200], actuals: [1010, '増加傾向', null], target: '継続実施' });
    expect(view(run('value-not-numeric', on2016(ind)))).toEqual([{ cell: 'G12', data: { indicator: '講座受講者数', text: '増加傾向', role: 'actual', year: 2016 } }]);
  });
  test('a target stated as a goal in words (「前年度以下」) is not an error; the text quoted without its spaces', () => {
    const ok = rowIndicator({ key: '1', row: 7, name: '事故件数', layout: 'baseline-target', unit: '件', baseline: [2019, 120], target: [2025, '前年度以下'], current: [2023, 110] });
    expect(fired('value-not-numeric', sheet({ evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, indicators: [ok] }))).toEqual([]);
    const bad = rowIndicator({ key: '1', row: 7, name: '事故件数', layout: 'baseline-target', unit: '件', baseline: [2019, 120], target: [2025, ' 未定 '], current: [2023, 110] });
    expect(view(run('value-not-numeric', sheet({ evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, indicators: [bad] })))).toEqual([{ cell: 'E7', data: { indicator: '1 事故件数', text: '未定', role: 'target', year: 2025 } }]);
  });
});

function on2016(ind: Indicator) {
  return sheet({ evaluationYear: { year: 2016, label: 'H28', cell: 'A3' }, indicators: [ind] });
}

describe('value-normalized on baseline/target/current rows', () => {
  test('a number written as text without a label (「１４２」) is normalized there too; a labelled one (「加入率 66.1%」) is not', () => {
    const plain = rowIndicator({ key: 'r', row: 9, name: '登録団体数', baseline: [2015, 0], target: [2022, 50], current: [2022, '１４２'] });
    expect(view(run('value-normalized', sheet({ indicators: [plain] }))).map((f) => [f.cell, f.data.value])).toEqual([['J9', 142]]);
    const labelled = rowIndicator({ key: 'r', row: 9, name: '加入率', baseline: [2015, '加入率 66.1%'], target: [2022, '加入率 70.0%'], current: [2022, '加入率 58.2%'] });
    expect(fired('value-normalized', sheet({ indicators: [labelled] }))).toEqual([]);
  });
});

describe('expected-missing', () => {
  test('an expected cell holding an empty string is missing (fix proposed); one holding a space is deliberately empty', () => {
    const m = clean({ expected: [100, 110, '', 130, 140, 150, 160] });
    expect(run('expected-missing', m).map((f) => [f.cell, f.fix?.value])).toEqual([['F39', 120]]);
    expect(fired('expected-missing', clean({ expected: [100, 110, ' ', 130, 140, 150, 160] }))).toEqual([]);
  });
});
