import { run, fired, clean } from './support';
import { block, item, sheet, REIWA_1_TO_7 } from '../../support/model-builder';

/** clean(): ① 参加人数 (人): R1 100 … R4 130, R5 140 (expected 140), item 1 refers to ①, evaluated year R5. */
const withText = (...texts: string[]) => clean({ narrative: texts });
const cells = (texts: string[]) => fired('narrative-indicator-mismatch', withText(...texts));

describe('narrative-indicator-mismatch: fires', () => {
  test('a change against 前年度 that the indicator’s actuals contradict (by the indicator’s number)', () => {
    const f = run('narrative-indicator-mismatch', withText('① 参加人数は前年度と比較して20人増加した。'));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([['narrative-indicator-mismatch', 'H26']]);
    expect(f[0].message.ja).toBe('H26（内部要因）の「① 参加人数は前年度と比較して20人増加した」の 20人 は、指標「① 参加人数」の実績値 130（R4年度） → 140（R5年度） の差 10 と異なります。');
    expect(f[0].message.en).toContain('20人 differs from indicator "① 参加人数"\'s change 130 (FY2022 (R4)) → 140 (FY2023 (R5))');
  });

  test('a level (by the name) that differs from the evaluated year’s actual', () => {
    const f = run('narrative-indicator-mismatch', withText('参加人数は150人となった。'));
    expect(f.map((x) => [x.cell, x.data.what, x.data.stated, x.data.sheet])).toEqual([['H26', 'value', '150人', 140]]);
    expect(f[0].message.ja).toContain('の 150人 は、指標「① 参加人数」の R5年度 の実績値（140）と異なります。');
  });

  test('a direction the actuals contradict, and a pair whose year’s value differs', () => {
    expect(cells(['参加人数は減少した。'])).toEqual([['narrative-indicator-mismatch', 'H26']]);
    expect(cells(['', '参加人数は令和4年度:120人→令和5年度:140人'])).toEqual([['narrative-indicator-mismatch', 'I26']]);
  });

  test('目標を達成 when the indicator has not reached its expected value (the item’s indicator, generic subject)', () => {
    const m = clean({ actual: [100, 110, 120, 130, 135, null, null], narrative: ['目標を達成した。'] });
    const f = run('narrative-indicator-mismatch', m);
    expect(f.map((x) => [x.cell, x.data.what, x.data.actual, x.data.expected])).toEqual([['H26', 'target', 135, 140]]);
    expect(f[0].message.ja).toContain('は目標を達成したとしていますが、指標「① 参加人数」の R5年度 の実績値 135 は期待値 140 に達していません。');
  });

  test('a statement outside the item fields, tied by name (a 成果目標 sentence against the target)', () => {
    const m = { ...clean(), statements: [{ cell: 'A8', text: '参加人数を100人(R1)から150人(R7)に増加させる。' }] };
    const f = run('narrative-indicator-mismatch', m);
    expect(f.map((x) => [x.cell, x.data.role, x.data.sheet])).toEqual([['A8', 'expected', 160]]);
  });
});

describe('narrative-indicator-mismatch: must not fire', () => {
  test('figures the sheet confirms', () => {
    expect(cells(['① 参加人数は前年度と比較して10人増加した。', '参加人数は140人となった。', '参加人数は令和4年度:130人→令和5年度:140人'])).toEqual([]);
    expect(fired('narrative-indicator-mismatch', { ...clean(), statements: [{ cell: 'A8', text: '参加人数を100人(R1)から160人(R7)に増加させる。' }] })).toEqual([]);
  });

  test('figures tied to nothing on the sheet: another subject, another unit, 約, a plan field', () => {
    expect(cells(['賃貸に居住する人の割合が4.2%増加しており、', '相談件数は150件となった。', '参加人数は約150人となった。'])).toEqual([]);
    expect(fired('narrative-indicator-mismatch', clean({ narrative: [['今後の方向性', '参加人数を200人に増やし、目標を達成する。'] as unknown as string] }))).toEqual([]);
  });

  test('an item with two indicators and a generic subject is not attributed; nor without an evaluated year', () => {
    const a = block({ id: '①', row: 35, name: '参加人数', unit: '人', years: REIWA_1_TO_7, actual: [100, 110, 120, 130, 140], expected: [100, 110, 120, 130, 140, 150, 160] });
    const b = block({ id: '②', row: 41, name: '開催回数', unit: '人', years: REIWA_1_TO_7, actual: [1, 2, 3, 4, 5], expected: [1, 2, 3, 4, 5, 6, 7] });
    const two = sheet({ evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, items: [item({ key: '1', row: 26, grade: 'A', refs: ['①', '②'], narrative: ['参加者は150人となった。'] })], indicators: [a, b] });
    expect(fired('narrative-indicator-mismatch', two)).toEqual([]);
    const noYear = { ...clean({ narrative: ['参加人数は150人となった。'] }), evaluationYear: null };
    expect(fired('narrative-indicator-mismatch', noYear)).toEqual([]);
  });

  test('without 前回 / 前年度 a change may be since the baseline: not a finding when that fits', () => {
    // R4 130 → R5 140 is +10; baseline R1 100 → 140 is +40: 「40人増加」 fits the baseline.
    expect(cells(['参加人数は40人増加した。'])).toEqual([]);
    expect(cells(['参加人数は前年度と比較して40人増加した。'])).toEqual([['narrative-indicator-mismatch', 'H26']]);
  });
});
