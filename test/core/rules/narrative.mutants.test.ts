import { run, fired, clean } from './support';
import { block, item, sheet, REIWA_1_TO_7 } from '../../support/model-builder';
import type { EvaluationSheet } from '../../../src/core/model/types';

/**
 * Issue 13 (mutation testing, src/core/rules/narrative-claims.ts): what the three narrative rules
 * compare a figure with, at which boundary, and what their messages quote.
 * clean(): ① 参加人数 (人), R1 100, R2 110, R3 120, R4 130, R5 140 (= expected), R6/R7 expected 150/160,
 * item 1 refers to ①; fields H26 内部要因, I26 外部要因, J26 今後の方向性 (a plan field); evaluated year R5.
 */

const MISMATCH = 'narrative-indicator-mismatch';
const FIGURE = 'narrative-figure-inconsistent';
const STALE = 'narrative-year-stale';
const texts = (...t: string[]) => clean({ narrative: t });

/** ① 待機児童数, a falling indicator: R1 100 … R5 60 (expected 60), target R7 40. */
function falling(narrative: string[], actual: number[] = [100, 90, 80, 70, 60]): EvaluationSheet {
  const ind = block({ id: '①', row: 35, name: '待機児童数', unit: '人', years: REIWA_1_TO_7, actual, expected: [100, 90, 80, 70, 60, 50, 40] });
  return sheet({ sheet: '9-2', evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, items: [item({ key: '1', row: 26, grade: 'A', refs: ['①'], narrative })], indicators: [ind] });
}

/** ① 参加率 (%): R4 36, R5 38.72. */
const percent = (...t: string[]) => clean({ unit: '%', name: '参加率', actual: [30, 32, 34, 36, 38.72], expected: [30, 32, 34, 36, 38, 40, 42], narrative: t });

describe('目標を達成: reached means at least the expected value (at most, for a falling indicator)', () => {
  test('an actual equal to its expected value has reached it', () => {
    expect(fired(MISMATCH, texts('目標を達成した。'))).toEqual([]);
    const f = run(MISMATCH, texts('目標を達成できなかった。'));
    expect(f.map((x) => [x.cell, x.severity, x.data.what, x.data.outcome, x.data.year, x.data.actual, x.data.expected, x.data.by])).toEqual([['H26', 'warning', 'target', 'not-reached', 2023, 140, 140, 'item']]);
  });
  test('a falling indicator reaches its target from above: 60 against 60 is reached, 61 is not', () => {
    expect(fired(MISMATCH, falling(['目標を達成した。']))).toEqual([]);
    const f = run(MISMATCH, falling(['目標を達成した。'], [100, 90, 80, 70, 61]));
    expect(f.map((x) => [x.data.outcome, x.data.actual, x.data.expected, x.data.indicator])).toEqual([['reached', 61, 60, '① 待機児童数']]);
  });
});

describe('levels', () => {
  test('a level for a named year is compared with that year’s actual', () => {
    expect(fired(MISMATCH, texts('参加人数は令和4年度:130人であった。'))).toEqual([]);
    const f = run(MISMATCH, texts('参加人数は令和4年度:125人であった。'));
    expect(f[0].data).toEqual({ cell: 'H26', field: '内部要因', quote: '参加人数は令和4年度:125人であった', indicator: '① 参加人数', evaluationYear: 2023, by: 'name', what: 'value', stated: '125人', year: 2022, sheet: 130, role: 'actual' });
  });
  test('an aimed level is compared with the expected value of its year', () => {
    expect(fired(MISMATCH, texts('参加人数は令和7年度に160人を目指す。'))).toEqual([]);
    const f = run(MISMATCH, texts('参加人数は令和7年度に170人を目指す。'));
    expect(f.map((x) => [x.data.stated, x.data.year, x.data.sheet, x.data.role])).toEqual([['170人', 2025, 160, 'expected']]);
  });
  test('a number is read at the precision it is stated with: 38.7% and 39% fit 38.72, 38.8% and 38% do not', () => {
    expect(fired(MISMATCH, percent('参加率は38.7%となった。', '参加率は39%となった。'))).toEqual([]);
    expect(run(MISMATCH, percent('参加率は38.8%となった。')).map((x) => [x.data.stated, x.data.sheet])).toEqual([['38.8%', 38.72]]);
    expect(run(MISMATCH, percent('参加率は38%となった。')).map((x) => [x.data.stated, x.data.sheet])).toEqual([['38%', 38.72]]);
  });
  test('an approximate level (約150人) is never a mismatch', () => {
    expect(fired(MISMATCH, texts('参加人数は約150人となった。'))).toEqual([]);
  });
  test('名 and 人 are the same unit: 150名 is compared (and differs)', () => {
    expect(fired(MISMATCH, texts('参加人数は150名となった。'))).toEqual([['narrative-indicator-mismatch', 'H26']]);
    expect(fired(MISMATCH, texts('参加人数は140名となった。'))).toEqual([]);
  });
  test('a field headed with its own year speaks of that year (its name without the year in the message)', () => {
    const year = (t: string) => ['取組の評価 (令和4年度)', t] as unknown as string;
    expect(fired(MISMATCH, clean({ narrative: [year('参加人数は130人となった。')] }))).toEqual([]);
    const f = run(MISMATCH, clean({ narrative: [year('参加人数は135人となった。')] }));
    expect(f.map((x) => [x.data.field, x.data.evaluationYear, x.data.year, x.data.sheet])).toEqual([['取組の評価', 2022, 2022, 130]]);
  });
});

describe('changes against the previous actual, the year before, or the baseline', () => {
  test('前年度 with no actual the year before: left alone; 前回調査 takes the last actual before', () => {
    const gap = (t: string) => clean({ actual: [100, 110, 120, null, 140], narrative: [t] });
    expect(fired(MISMATCH, gap('参加人数は前年度と比較して10人増加した。'))).toEqual([]);
    const f = run(MISMATCH, gap('参加人数は前回調査と比較して10人増加した。'));
    expect(f.map((x) => [x.data.what, x.data.amount, x.data.previousYear, x.data.previous, x.data.actual, x.data.difference])).toEqual([['change', '10人', 2021, 120, 140, 20]]);
    expect(fired(MISMATCH, gap('参加人数は前回調査と比較して20人増加した。'))).toEqual([]);
  });
  test('前年度並み: steady only when the two actuals are equal', () => {
    const f = run(MISMATCH, texts('参加人数は前年度並みとなった。'));
    expect(f.map((x) => [x.data.what, x.data.previous, x.data.actual, x.data.difference])).toEqual([['steady', 130, 140, 10]]);
    expect(fired(MISMATCH, clean({ actual: [100, 110, 120, 140, 140], narrative: ['参加人数は前年度並みとなった。'] }))).toEqual([]);
  });
  test('改善 / 悪化 follow the indicator’s direction', () => {
    expect(fired(MISMATCH, texts('参加人数は改善した。'))).toEqual([]);
    expect(run(MISMATCH, texts('参加人数は悪化した。')).map((x) => [x.data.what, x.data.direction])).toEqual([['direction', 'worse']]);
    expect(fired(MISMATCH, falling(['待機児童数は改善した。']))).toEqual([]);
    expect(run(MISMATCH, falling(['待機児童数は悪化した。'])).map((x) => [x.data.what, x.data.previous, x.data.actual, x.data.difference])).toEqual([['direction', 70, 60, -10]]);
  });
  test('a falling indicator that 減少した fits; 増加した does not', () => {
    expect(fired(MISMATCH, falling(['待機児童数は前年度から10人減少した。']))).toEqual([]);
    expect(fired(MISMATCH, falling(['待機児童数は前年度から10人増加した。']))).toEqual([['narrative-indicator-mismatch', 'H26']]);
  });
  test('a % change of a percentage: points or relative both fit (2.72 points, 7.56%), 5% fits neither', () => {
    expect(fired(MISMATCH, percent('参加率は前年度から2.72ポイント上昇した。', '参加率は前年度から7.56%上昇した。'))).toEqual([]);
    expect(run(MISMATCH, percent('参加率は前年度から5%上昇した。')).map((x) => [x.data.what, x.data.amount])).toEqual([['change', '5%']]);
    expect(run(MISMATCH, percent('参加率は前年度から5ポイント上昇した。')).map((x) => [x.data.what, x.data.amount])).toEqual([['change', '5ポイント']]);
  });
  test('a % change of a count is relative: 100 → 110 is 10%, not 20%', () => {
    const m = (t: string) => clean({ actual: [100, 110, 120, 100, 110], narrative: [t] });
    expect(fired(MISMATCH, m('参加人数は前年度から10%増加した。'))).toEqual([]);
    expect(run(MISMATCH, m('参加人数は前年度から20%増加した。')).map((x) => [x.data.amount, x.data.previous, x.data.actual])).toEqual([['20%', 100, 110]]);
  });
});

describe('from → to pairs against the sheet', () => {
  test('a pair without years: from is the baseline or the previous actual, to the evaluated year’s actual, expected or the target', () => {
    expect(fired(MISMATCH, texts('参加人数は100人から140人に増加した。', '参加人数は130人から140人に増加した。'))).toEqual([]);
    const from = run(MISMATCH, texts('参加人数は120人から140人に増加した。'));
    expect(from.map((x) => [x.data.stated, x.data.year, x.data.sheet, x.data.role])).toEqual([['120人', 2019, 100, 'baseline']]);
    const to = run(MISMATCH, texts('参加人数は130人から150人に増加した。'));
    expect(to.map((x) => [x.data.stated, x.data.year, x.data.sheet, x.data.role])).toEqual([['150人', 2023, 140, 'actual']]);
    expect(fired(MISMATCH, texts('参加人数は130人から160人に増加した。'))).toEqual([]);
  });
  test('a pair with years: each end against its year', () => {
    expect(fired(MISMATCH, texts('参加人数:令和4年度130人→令和5年度140人'))).toEqual([]);
    expect(run(MISMATCH, texts('参加人数:令和4年度130人→令和5年度145人')).map((x) => [x.data.stated, x.data.year, x.data.sheet])).toEqual([['145人', 2023, 140]]);
  });
});

describe('narrative-figure-inconsistent: the text against its own numbers', () => {
  test('a stated fall where the numbers rise, a rise where they stay: the direction problem', () => {
    const f = run(FIGURE, texts('協働件数は減少(令和4年度:7件→令和5年度:9件)', '協働件数は増加(令和4年度:7件→令和5年度:7件)'));
    expect(f.map((x) => [x.cell, x.severity, x.data.problem, x.data.direction, x.data.difference])).toEqual([
      ['H26', 'warning', 'direction', 'down', 2],
      ['I26', 'warning', 'direction', 'up', 0],
    ]);
    expect(f[0].data).toMatchObject({ field: '内部要因', from: '7件', to: '9件', fromYear: 2022, toYear: 2023, unit: '件' });
  });
  test('減少 or 維持 where the numbers stay or move: 7 → 7 is no fall, 7 → 8 is not steady', () => {
    const f = run(FIGURE, texts('協働件数は減少(令和4年度:7件→令和5年度:7件)', '協働件数は維持(令和4年度:7件→令和5年度:8件)'));
    expect(f.map((x) => [x.cell, x.data.problem, x.data.difference])).toEqual([['H26', 'direction', 0], ['I26', 'steady', 1]]);
  });
  test('decimals: 0.3件増 for 7.1 → 7.4 fits, 0.2件増 does not (difference 0.3)', () => {
    const f = run(FIGURE, texts('協働件数は0.3件増(令和4年度:7.1件→令和5年度:7.4件)', '協働件数は0.2件増(令和4年度:7.1件→令和5年度:7.4件)'));
    expect(f.map((x) => [x.cell, x.data.problem, x.data.amount, x.data.difference])).toEqual([['I26', 'amount', '0.2件', 0.3]]);
  });
  test('維持 with equal numbers and an amount that fits are not findings', () => {
    expect(fired(FIGURE, texts('協働件数は維持(令和4年度:7件→令和5年度:7件)', '協働件数は6件増(令和4年度:7件→令和5年度:13件)'))).toEqual([]);
  });
  test('a long clause is quoted to 60 characters, ending in …', () => {
    const long = '相談対応・企画支援件数（まちづくり協働推進センターにおける市民活動団体からの相談対応と企画支援の合計件数）は6件増(令和4年度:14件→令和5年度:66件)';
    const q = run(FIGURE, texts(long))[0].data.quote as string;
    expect(Array.from(q).length).toBe(60);
    expect(q.endsWith('…')).toBe(true);
    expect(long.startsWith(q.slice(0, 59))).toBe(true);
  });
});

describe('narrative-year-stale', () => {
  test('a pair ending the year before, tied to no indicator: the years and the evaluated year', () => {
    const f = run(STALE, texts('', '相談件数6件増(令和3年度:14件→令和4年度:20件)'));
    expect(f.map((x) => [x.cell, x.severity, x.data])).toEqual([['I26', 'info', { cell: 'I26', field: '外部要因', quote: '相談件数6件増(令和3年度:14件→令和4年度:20件)', what: 'previous-years', fromYear: 2021, toYear: 2022, evaluationYear: 2023 }]]);
  });
  test('not for a pair ending two years before, a field with its own year, or an aim', () => {
    expect(fired(STALE, texts('', '相談件数6件増(令和2年度:14件→令和3年度:20件)'))).toEqual([]);
    expect(fired(STALE, clean({ narrative: [['取組の評価 (令和4年度)', '相談件数6件増(令和3年度:14件→令和4年度:20件)'] as unknown as string] }))).toEqual([]);
    expect(fired(STALE, texts('', '相談件数を(令和3年度:14件→令和4年度:20件)に増加させる'))).toEqual([]);
  });
  test('not when another figure of the cell speaks of the evaluated year', () => {
    expect(fired(STALE, texts('', '相談件数6件増(令和3年度:14件→令和4年度:20件)、参加人数は令和5年度:140人'))).toEqual([]);
  });
  test('bare years read in the evaluated year’s era: 3年度 is Reiwa on an R5 sheet, 27年度 Heisei on an H29 sheet', () => {
    expect(run(STALE, texts('', '相談件数6件増(3年度:14件→4年度:20件)')).map((x) => [x.data.fromYear, x.data.toYear])).toEqual([[2021, 2022]]);
    const h = { ...texts('', '相談件数6件増(27年度:14件→28年度:20件)'), evaluationYear: { year: 2017, label: 'H29', cell: 'A3' } };
    expect(run(STALE, h).map((x) => [x.data.fromYear, x.data.toYear, x.data.evaluationYear])).toEqual([[2015, 2016, 2017]]);
  });
  test('a later year’s figure that is the sheet’s own expected value is a target; another is a stated result', () => {
    expect(fired(STALE, texts('参加人数は令和6年度に150人となった。'))).toEqual([]);
    expect(run(STALE, texts('参加人数は令和6年度に155人となった。')).map((x) => [x.data.what, x.data.year, x.data.by])).toEqual([['future', 2024, 'name']]);
  });
  test('no evaluated year: nothing is compared', () => {
    const m = { ...texts('参加人数は150人となった。', '参加人数は130人から150人に増加した。'), evaluationYear: null };
    expect(fired(MISMATCH, m)).toEqual([]);
    expect(fired(STALE, m)).toEqual([]);
    expect(fired(STALE, { ...texts('', '相談件数6件増(令和3年度:14件→令和4年度:20件)'), evaluationYear: null })).toEqual([]);
  });
});

describe('attribution: which indicator a figure speaks of', () => {
  function two(narrative: string[], secondName = '開催回数', secondUnit = '回'): EvaluationSheet {
    const a = block({ id: '①', row: 35, name: '参加人数', unit: '人', years: REIWA_1_TO_7, actual: [100, 110, 120, 130, 140], expected: [100, 110, 120, 130, 140, 150, 160] });
    const b = block({ id: '②', row: 41, name: secondName, unit: secondUnit, years: REIWA_1_TO_7, actual: [1, 2, 3, 4, 5], expected: [1, 2, 3, 4, 5, 6, 7] });
    return sheet({ sheet: '9-2', evaluationYear: { year: 2023, label: 'R5', cell: 'A3' }, items: [item({ key: '1', row: 26, grade: 'A', refs: ['①', '②'], narrative })], indicators: [a, b] });
  }
  test('by its number: ② 開催回数 is compared with ②', () => {
    expect(run(MISMATCH, two(['②開催回数は6回となった。'])).map((x) => [x.data.indicator, x.data.by, x.data.sheet])).toEqual([['② 開催回数', 'number', 5]]);
    expect(fired(MISMATCH, two(['②開催回数は5回となった。']))).toEqual([]);
  });
  test('a number whose subject names another indicator is left alone', () => {
    expect(fired(MISMATCH, two(['②参加人数は150人となった。']))).toEqual([]);
  });
  test('a number whose subject names another indicator of the same unit is left alone, not compared with the numbered one', () => {
    expect(fired(MISMATCH, two(['②参加人数は150人となった。'], '登録者数', '人'))).toEqual([]);
  });
  test('a subject two indicators fit about equally is left alone', () => {
    expect(fired(MISMATCH, two(['参加人数は150人となった。'], '参加人数（市外）', '人'))).toEqual([]);
  });
  test('an indicator of unknown unit takes no figure with a unit', () => {
    const m = texts('参加人数は150人となった。');
    m.indicators[0].unitText = null;
    expect(fired(MISMATCH, m)).toEqual([]);
  });
  test('a long indicator name is cut to 40 characters in the message', () => {
    const name = 'まちづくりスタートアップ塾とその他の講座への参加人数の合計（延べ人数による集計、市外からの参加者を含む）';
    const m = clean({ name, narrative: ['実績値は150人となった。'] });
    const f = run(MISMATCH, m);
    const shown = f[0].data.indicator as string;
    expect(Array.from(shown).length).toBe(40);
    expect(shown.endsWith('…')).toBe(true);
    expect(`① ${name}`.startsWith(shown.slice(0, 39))).toBe(true);
  });
});
