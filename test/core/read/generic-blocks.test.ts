import { readSheet } from '../../../src/core/read';
import { analyzeWorkbook } from '../../../src/core/analyze';
import { targetWithYear } from '../../../src/core/read/generic/target-text';
import { phraseGrade, phraseScaleOf } from '../../../src/core/grading/phrases';
import { parseValue } from '../../../src/core/text/values';
import type { SheetSnapshot } from '../../../src/core/snapshot/types';
import { shown } from './helpers';
import { merge, sheetOf } from './build';

/**
 * The generic reader's shapes for the corpus files matsubushi, chihousousei and pref-kanri, on
 * crafted sheets with other words from the lexicon and the cells moved, so the class is tested
 * and not only the one file.
 */

const _ = null;

const findings = (s: SheetSnapshot, evaluationYear: number) =>
  analyzeWorkbook({ name: 't.xlsx', sheets: [s] }, { evaluationYear })
    .sheets[0].findings.filter((f) => f.rule !== 'value-normalized')
    .map((f) => [f.rule, f.cell]);

describe('a header block: the years in a row of their own below the value headers', () => {
  // 基準値 / 中間目標 / 目標値 over (R2) (R4末) (R7末), the name column merged down over the header block.
  const s = sheetOf(
    'block',
    { row: 4, col: 2 },
    [
      ['指標名', '単位', '基準値', '中間目標', '目標値'],
      [_, _, '(R2)', '(R4末)', '(R7末)'],
      ['自主防災組織の結成率', '%', 62, 70, 80],
      ['避難訓練の参加者数', '人', 1200, _, 2000],
    ],
    { merges: [merge(4, 2, 5, 2), merge(4, 3, 5, 3)] },
  );
  const sheet = readSheet(s);

  test('one indicator per row, each value for the year written under its header', () => {
    expect(sheet.indicators.map((i) => [i.name?.text, i.unitText, i.baseline?.year, shown(i.baseline?.value), i.target?.year, shown(i.target?.value)])).toEqual([
      ['自主防災組織の結成率', '%', 2020, 62, 2025, 80],
      ['避難訓練の参加者数', '人', 2020, 1200, 2025, 2000],
    ]);
    // The interim target is the plan of its year, and the baseline year is one of the indicator's years.
    expect(sheet.indicators[0].years.map((y) => [y.year, shown(y.actual), shown(y.expected)])).toEqual([
      [2020, 62, null],
      [2022, null, 70],
    ]);
    expect(sheet.reading[0]).toMatchObject({ orientation: 'table', header: '5,6', range: 'C5:G8', roles: { name: 'C', unit: 'D', baseline: 'E', interimTarget: 'F', target: 'G' } });
  });

  test('no finding a careful person would not list (no actuals on this page)', () => {
    expect(findings(s, 2025)).toEqual([]);
  });

  test('a row under the headers with anything but years is a body row, not a header', () => {
    const flat = readSheet(
      sheetOf('flat', { row: 0, col: 0 }, [
        ['指標名', '基準値', '目標値'],
        ['市民農園の区画数', 120, 200],
      ]),
    );
    expect(flat.indicators.map((i) => [i.name?.text, shown(i.baseline?.value), shown(i.target?.value)])).toEqual([['市民農園の区画数', 120, 200]]);
    expect(flat.reading[0]).toMatchObject({ header: '1' });
  });
});

describe('indicator rows grouped under a project: No., name and grade merged over its rows', () => {
  // Header over two rows (番号 / 事業名 merged down), the name header merged over 「①」 and the name,
  // 目標年度 with a month (R6.3 = FY2023), the grade column 評価結果 with the national effect phrases.
  const s = sheetOf(
    'projects',
    { row: 1, col: 1 },
    [
      ['番号', '事業名', 'KPI', _, _, _, _, _, '事業効果'],
      [_, _, '指標', _, '目標値', '単位', '目標年度', '実績値', _],
      [7, '移住相談窓口事業', '①', '移住相談件数', 50, '件', 'R6.3', 45, '地方創生に相当程度効果があった'],
      [_, _, '②', '移住者数', 10, '人', 'R6.3', 9, _],
      [_, _, '③', _, _, _, _, _, _],
      [8, '空き家バンク事業', '①', '登録物件数', 30, '件', 'R5.9', 12, '地方創生に効果がなかった'],
      [_, _, '②', _, _, _, _, _, _],
      [_, _, '③', _, _, _, _, _, _],
    ],
    {
      merges: [merge(1, 1, 2, 1), merge(1, 2, 2, 2), merge(1, 3, 1, 8), merge(2, 3, 2, 4), merge(1, 9, 2, 9), merge(3, 1, 5, 1), merge(3, 2, 5, 2), merge(3, 9, 5, 9), merge(6, 1, 8, 1), merge(6, 2, 8, 2), merge(6, 9, 8, 9)],
    },
  );
  const sheet = readSheet(s);

  test('an indicator per filled row, named from the column beside the row numbers; empty rows are none', () => {
    expect(sheet.indicators.map((i) => [i.name?.text, i.id, i.unitText, i.target?.year, shown(i.target?.value)])).toEqual([
      ['移住相談件数', '', '件', 2023, 50],
      ['移住者数', '', '人', 2023, 10],
      ['登録物件数', '', '件', 2023, 30],
    ]);
  });

  test('the actual with no year of its own is the result at the target date', () => {
    expect(sheet.indicators.map((i) => i.years.map((y) => [y.year, shown(y.actual)]))).toEqual([[[2023, 45]], [[2023, 9]], [[2023, 12]]]);
  });

  test('one item per project, keyed by its No., graded once, referring to its rows', () => {
    const [a, b, c] = sheet.indicators;
    expect(sheet.items.map((it) => [it.no, it.title, it.grade?.raw, it.grade?.value, it.indicatorKeys])).toEqual([
      ['7', '移住相談窓口事業', '地方創生に相当程度効果があった', '相当程度効果があった', [a.key, b.key]],
      ['8', '空き家バンク事業', '地方創生に効果がなかった', '効果がなかった', [c.key]],
    ]);
    expect(sheet.indicators.map((i) => i.itemKey)).toEqual([sheet.items[0].key, sheet.items[0].key, sheet.items[1].key]);
  });

  // 45 of 50 and 9 of 10 (90%): 相当程度効果があった; 12 of 30 (40%): 効果がなかった, as graded.
  test('phrase grades are on their own scale: graded on the phrase preset, no grade-invalid, no invented finding', () => {
    expect(findings(s, 2023)).toEqual([]);
    expect(analyzeWorkbook({ name: 't.xlsx', sheets: [s] }, { evaluationYear: 2023 }).sheets[0].preset.id).toBe('chihousousei');
  });
});

describe('phrase scales (presets are data)', () => {
  test('a sentence ending in a phrase of the scale reads as that phrase; the longest wins', () => {
    expect(phraseGrade('地方創生に相当程度効果があった')).toBe('相当程度効果があった');
    expect(phraseGrade('効果があった。')).toBe('効果があった');
    expect(phraseGrade('地方創生に非常に効果的であった')).toBe('非常に効果的であった');
    expect(phraseGrade('B')).toBeNull();
    expect(phraseGrade('概ね順調')).toBeNull();
  });

  test('the scale applies only when every grade on the sheet is one of its phrases', () => {
    expect(phraseScaleOf(['効果があった', '効果がなかった'])?.id).toBe('chihousousei');
    expect(phraseScaleOf(['効果があった', 'B'])).toBeNull();
    expect(phraseScaleOf([])).toBeNull();
  });

  test('on the phrase scale, a grade the numbers do not support is flagged', () => {
    // 移住相談件数 62 of 50 (124%) graded 効果がなかった: three levels off.
    const s = sheetOf('p', { row: 0, col: 0 }, [
      ['番号', '事業名', '指標', '目標値', '目標年度', '実績値', '事業効果'],
      [1, '移住相談窓口事業', '移住相談件数', 50, 'R5', 62, '地方創生に効果がなかった'],
      [_, _, '移住者数', 10, 'R5', 12, _],
    ], { merges: [merge(1, 0, 2, 0), merge(1, 1, 2, 1), merge(1, 6, 2, 6)] });
    // Under the default preset too: a sheet graded only in the phrases is graded on their scale.
    const a = analyzeWorkbook({ name: 't.xlsx', sheets: [s] }, { evaluationYear: 2023 });
    expect(a.sheets[0].findings.filter((f) => f.rule.startsWith('grade')).map((f) => [f.rule, f.cell, f.severity])).toEqual([['grade-inconsistent', 'G2', 'warning']]);
    // No baseline: the message gives actual against target, not a baseline it does not have.
    const m = a.sheets[0].findings.find((f) => f.rule === 'grade-inconsistent')!.message.ja;
    expect(m).toContain('移住相談件数：実績 62、目標値 50、達成率 124.0%');
    expect(m).not.toContain('基準値');
  });
});

describe('years down with qualifier columns', () => {
  // Roles 計画値 │ 実績 across, years 令和5年度 / 令和4年度 down (newest first), (見込) right of the actuals.
  const s = sheetOf(
    'down',
    { row: 2, col: 1 },
    [
      ['番号', '指標名', '年度', '計画値', '実績', _],
      [1, '総合窓口の利用者数', '最終目標', '令和7年度までに12,000人', _, _],
      [_, _, '令和5年度', '9,000人', '9,400人', '(見込)'],
      [_, _, '令和4年度', '8,500人', '8,800人', '(実績)'],
      [2, '市民一人あたりコスト', '最終目標', '前年度以下', _, _],
      [_, _, '令和5年度', '前年度以下', '-', '(見込)'],
      [_, _, '令和4年度', '-', '1,020円', '(実績)'],
    ],
    { merges: [merge(3, 1, 5, 1), merge(3, 2, 5, 2), merge(6, 1, 8, 1), merge(6, 2, 8, 2)] },
  );
  const sheet = readSheet(s);

  test('the qualifier column is found and marks the estimate; a cost word inside a name stays a name', () => {
    expect(sheet.reading[0]).toMatchObject({ orientation: 'down', roles: { years: 'D', name: 'C', plan: 'E', actual: 'F', qualifier: 'G' } });
    expect(sheet.indicators.map((i) => i.name?.text)).toEqual(['総合窓口の利用者数', '市民一人あたりコスト']);
    const [a] = sheet.indicators;
    expect(a.years.map((y) => [y.year, shown(y.expected), shown(y.actual), y.actual?.parsed.kind === 'number' && y.actual.parsed.estimate])).toEqual([
      [2022, 8500, 8800, false],
      [2023, 9000, 9400, true],
    ]);
  });

  test('a target written with its year is the number for that year; a goal in words stays text', () => {
    const [a, b] = sheet.indicators;
    expect([a.target?.year, shown(a.target?.value)]).toEqual([2025, 12000]);
    expect([b.target?.year, shown(b.target?.value)]).toEqual([null, '前年度以下']);
  });

  test('findings: the estimate only; no value-not-numeric for goals in words, no missing actual in a 見込 slot', () => {
    expect(findings(s, 2023)).toEqual([['value-estimate', 'F5']]);
  });
});

describe('targets written with their year', () => {
  const v = (raw: string) => ({ cell: 'A1', raw, numberFormat: 'General', parsed: parseValue(raw) });
  test.each([
    ['令和7年度までに50%', 2025, 50],
    ['R3~R7年度 毎年度100件以上', 2025, 100],
    ['27~31年度 毎年度20億円以上', 2019, 20],
    ['2030年度末 1,500人', 2030, 1500],
  ])('%s → FY%d, %d', (raw, year, value) => {
    const got = targetWithYear(v(raw), 'H');
    expect([got?.year, got?.value.parsed.kind === 'number' ? got.value.parsed.value : null]).toEqual([year, value]);
  });
  test.each(['前年度以下', 'R7年度までに全校で実施', '全指標で目標達成'])('%s stays words', (raw) => {
    expect(targetWithYear(v(raw), 'R')).toBeNull();
  });
});

describe('the overall grade as a lone label beside a grade, outside the tables', () => {
  const table = [
    ['指標名', '年度', '目標値', '実績値'],
    ['図書館の貸出冊数', '最終目標', 500000, _],
    [_, '5年度', 450000, 430000],
    [_, '4年度', 440000, 445000],
  ];
  test('評価結果 │ B（概ね順調） below a table: the overall grade B', () => {
    const s = readSheet(sheetOf('o', { row: 0, col: 0 }, [['令和5年度 事業評価シート'], [], ...table, [], [_, '評価結果', 'B（概ね順調）']], { merges: [merge(3, 0, 5, 0)] }));
    expect(s.overallGrade).toMatchObject({ cell: 'C8', raw: 'B（概ね順調）', value: 'B' });
  });
  test('not from a row with more than the label and its grade, nor from prose', () => {
    const s = readSheet(sheetOf('o', { row: 0, col: 0 }, [...table, [], ['評価', 'B', '理由は別紙'], ['評価', '目標を概ね達成した']], { merges: [merge(1, 0, 3, 0)] }));
    expect(s.overallGrade).toBeNull();
  });
});
