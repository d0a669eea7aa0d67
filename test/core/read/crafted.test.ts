import { readSheet, readWorkbook } from '../../../src/core/read';
import { readYearlyGrades } from '../../../src/core/read/yearly-grades';
import { Grid } from '../../../src/core/snapshot/grid';
import { actuals, expecteds, shown } from './helpers';
import { merge, sheetOf } from './build';
import type { CellValue, RangeBox } from '../../../src/core/snapshot/types';

const _ = null;

describe('position independence: a Kitakami block aligned as in a real workbook, from C30', () => {
  // Row 30 = index 29, column C = index 2. Year headers directly above their values; the row-label
  // column (E) has a blank header; 担当部等 and 単位 are merged down over the three value rows.
  const s = sheetOf(
    '9-2',
    { row: 29, col: 2 },
    [
      ['指標 ①', _, '指標の説明'],
      ['参加人数', _, '年度ごとの講座参加者数'],
      ['担当部等', '単位', _, 'R1 (現状値)', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'],
      ['まちづくり部', '人', '実績値', 43, 43, 27, 36, 96, _, _],
      [_, _, '期待値 ※R7は目標値', 43, 47.5, 52, 56.5, 61, 65.5, 70],
      [_, _, '備考', _, _, '未実施'],
    ],
    {
      merges: [merge(29, 2, 29, 3), merge(29, 4, 29, 11), merge(30, 2, 30, 3), merge(32, 2, 34, 2), merge(32, 3, 34, 3)],
      formats: Object.fromEntries([5, 6, 7, 8, 9, 10, 11].flatMap((c) => [[`32,${c}`, '0.0'], [`33,${c}`, '0.0']])),
    },
  );
  const sheet = readSheet(s);
  const i = sheet.indicators[0];

  test('reads the block where it is, values under their own headers', () => {
    expect(sheet.indicators).toHaveLength(1);
    expect(i).toMatchObject({ id: '①', cell: 'C30', name: { text: '参加人数', cell: 'C31' }, unit: { text: '人', cell: 'D33' }, department: 'まちづくり部' });
    expect(i.years[0]).toMatchObject({ year: 2019, labelCell: 'F32', actual: { cell: 'F33' }, expected: { cell: 'F34' } });
    expect(i.years[6]).toMatchObject({ year: 2025, labelCell: 'L32', expected: { cell: 'L34' } });
    expect(actuals(i)).toEqual([43, 43, 27, 36, 96, null, null]);
    expect(expecteds(i)).toEqual([43, 47.5, 52, 56.5, 61, 65.5, 70]);
    expect(i.years[2].note?.text).toBe('未実施');
    expect(i.baseline?.value?.cell).toBe('F33');
    expect(i.target).toMatchObject({ year: 2025, value: { cell: 'L34' } });
    expect(i.precision).toBe(1);
    expect(i.description).toBe('年度ごとの講座参加者数');
  });
});

describe('item table in full-width forms, away from A1', () => {
  const s = sheetOf('items', { row: 5, col: 3 }, [
    ['評価項目', 'A', '順調'],
    [_, 'B', '概ね順調'],
    [_, 'C', 'やや遅れている'],
    [_, 'D', '遅れている'],
    [],
    ['総合評価', _],
    [],
    ['ＮＯ．', '担当課', '成果指標', '評 価', '課題'],
    ['１', '企画課', '①②', 'Ｂ（Ａ）', '人手不足'],
    [_, _, _, _, '予算'],
    ['2', '企画課', '③ 参加率', ' b ', _],
    ['3', '企画課', _, _, _],
    [],
    ['指標 ①', _],
  ]);
  const sheet = readSheet(s);

  test('grades are normalised and flagged; previous grade from the brackets', () => {
    expect(sheet.items.map((i) => i.no)).toEqual(['1', '2', '3']);
    expect(sheet.items[0].grade).toMatchObject({ raw: 'Ｂ（Ａ）', value: 'B', previous: 'A', normalized: true, cell: 'G14' });
    expect(sheet.items[1].grade).toMatchObject({ raw: ' b ', value: 'B', previous: null, normalized: true });
    expect(sheet.items[2].grade).toMatchObject({ value: null, normalized: false, cell: 'G17' });
  });

  test('refs, narrative over two rows, legend and an empty overall grade field', () => {
    expect(sheet.items[0].indicatorRefs).toEqual(['①', '②']);
    expect(sheet.items[1].indicatorRefs).toEqual(['③']);
    expect(sheet.items[0].narrative.map((n) => n.text)).toEqual(['人手不足', '予算']);
    // Blank analysis cells are recorded with text '' (an item with only blank fields ≠ a table without the column).
    expect(sheet.items[1].narrative).toEqual([{ label: '課題', cell: 'H16', text: '' }]);
    expect(sheet.items[2].narrative).toEqual([{ label: '課題', cell: 'H17', text: '' }]);
    expect(sheet.legend?.map((l) => l.grade)).toEqual(['A', 'B', 'C', 'D']);
    expect(sheet.overallGrade).toMatchObject({ value: null, cell: 'E11' });
  });

  test('a heading 「指標 ①」 without value rows is not an indicator', () => {
    expect(sheet.indicators).toEqual([]);
  });
});

describe('item analysis fields', () => {
  const table = (header: CellValue[], rows: CellValue[][], merges: RangeBox[] = []) =>
    readSheet(sheetOf('items', { row: 0, col: 0 }, [header, ...rows], { merges })).items;

  test('a field merged down over the item\'s rows is one field (the anchor), blank or not', () => {
    const items = table(
      ['No.', '評価', '内部要因', '今後の方向性'],
      [
        ['1', 'B', _, _],
        [_, _, '研修を実施', _],
        ['2', 'C', _, _],
      ],
      [merge(1, 3, 2, 3)],
    );
    expect(items.map((i) => i.narrative.map((n) => [n.label, n.cell, n.text]))).toEqual([
      [
        ['内部要因', 'C2', ''],
        ['今後の方向性', 'D2', ''],
        ['内部要因', 'C3', '研修を実施'],
      ],
      [
        ['内部要因', 'C4', ''],
        ['今後の方向性', 'D4', ''],
      ],
    ]);
  });

  test('a table without analysis columns: no fields at all', () => {
    const items = table(['No.', '評価', '成果指標'], [['1', 'B', '①']]);
    expect(items[0].narrative).toEqual([]);
  });
});

describe('baseline → target table with extra blank columns', () => {
  const sheet = readSheet(
    sheetOf('bt', { row: 2, col: 1 }, [
      ['成果指標', _, _, '単位', _, '基準値 (R2)', _, '目標値 (令和7年度)'],
      ['1', '講座の参加者数', _, '人', _, 120, _, 200],
      ['2', '満足度', _, '%', _, '55.5%', _, '60.0%'],
    ]),
  );
  test('values are found under their headers', () => {
    expect(sheet.layouts).toEqual(['baseline-target']);
    expect(sheet.indicators.map((i) => [i.id, i.name?.text, i.unit?.text, shown(i.baseline?.value), shown(i.target?.value)])).toEqual([
      ['1', '講座の参加者数', '人', 120, 200],
      ['2', '満足度', '%', 55.5, 60],
    ]);
    expect(sheet.indicators[0]).toMatchObject({ cell: 'B4', baseline: { year: 2020, value: { cell: 'G4' } }, target: { year: 2025, value: { cell: 'I4' } } });
    expect(sheet.indicators[1].precision).toBe(1);
  });

  test('a blank 単位 cell is kept with text \'\'; a table without a 単位 column gives unit null', () => {
    const blank = readSheet(
      sheetOf('bt', { row: 0, col: 0 }, [
        ['指標', _, '単位', '現状 (令和4年度)', '目標 (令和10年度)'],
        ['1', '講座の参加者数', _, 120, 200],
        ['2', '満足度', '%', 55, 60],
      ]),
    );
    expect(blank.indicators.map((i) => [i.id, i.unit, i.unitText])).toEqual([
      ['1', { cell: 'C2', text: '' }, null],
      ['2', { cell: 'C3', text: '%' }, '%'],
    ]);
    const none = readSheet(
      sheetOf('bt', { row: 0, col: 0 }, [
        ['指標', _, '現状 (令和4年度)', '目標 (令和10年度)'],
        ['1', '講座の参加者数', 120, 200],
      ]),
    );
    expect(none.indicators.map((i) => [i.id, i.unit, i.unitText])).toEqual([['1', null, null]]);
  });
});

describe('schedules', () => {
  test('令和 labels', () => {
    const sheet = readSheet(
      sheetOf('s', { row: 0, col: 0 }, [
        ['取組事項', '令和6年度', '令和7年度', '令和8年度'],
        ['広報の充実', '実施', '→', '拡充'],
        ['研修', _, '検討', '実施'],
      ]),
    );
    expect(sheet.layouts).toEqual(['schedule']);
    expect(sheet.schedule.map((a) => [a.name, a.statuses.map((s) => `${s.year}:${s.status ?? ''}`).join(' ')])).toEqual([
      ['広報の充実', '2024:実施 2025:→ 2026:拡充'],
      ['研修', '2024: 2025:検討 2026:実施'],
    ]);
    expect(sheet.badYearHeaders).toEqual([]);
  });

  test('years that repeat, go backwards or cannot be read are recorded, not used', () => {
    const sheet = readSheet(
      sheetOf('s', { row: 0, col: 0 }, [
        ['取組事項', '令和6年度', '令和8年度', '令和7年度', '令和8年度', '年度未定'],
        ['広報の充実', '実施', '→', '→', '→', '→'],
      ]),
    );
    expect(sheet.badYearHeaders.map((b) => b.cell)).toEqual(['D1', 'E1', 'F1']);
    expect(sheet.schedule[0].statuses.map((s) => s.year)).toEqual([2024, 2026]);
  });

  test('a row of years without a schedule label is not a schedule', () => {
    const sheet = readSheet(sheetOf('s', { row: 0, col: 0 }, [['区分', '令和6年度', '令和7年度'], ['広報', '実施', '→']]));
    expect(sheet.kind).toBe('unrecognized');
  });
});

describe('indicator block year headers that repeat or go backwards', () => {
  const sheet = readSheet(
    sheetOf('y', { row: 0, col: 0 }, [
      ['指標 ①'],
      ['参加者数'],
      ['担当部等', '単位', _, 'R1 (現状値)', 'R2', 'R2', 'R4', 'R3'],
      ['企画課', '人', '実績値', 10, 11, 12, 13, 14],
      [_, _, '期待値', 10, 11, 12, 13, 14],
    ]),
  );
  test('recorded in badYearHeaders for year-header-invalid, left out of the years', () => {
    const i = sheet.indicators[0];
    expect(i.badYearHeaders.map((b) => [b.cell, b.text])).toEqual([
      ['F3', 'R2'],
      ['H3', 'R3'],
    ]);
    expect(i.years.map((y) => y.year)).toEqual([2019, 2020, 2022]);
    expect(actuals(i)).toEqual([10, 11, 13]);
  });
});

describe('an indicator with values but no name and no unit', () => {
  const sheet = readSheet(
    sheetOf('n', { row: 0, col: 0 }, [
      ['指標 ②', _, '指標の説明'],
      [_, _, _],
      ['担当部等', '単位', _, 'R1 (現状値)', 'R2'],
      [_, _, '実績値', 5, 6],
      [_, _, '期待値 ※R2は目標値', 5, 7],
    ]),
  );
  test('name stays null and no unit is invented; the blank 単位 cell is kept (text \'\') so a finding can point at it', () => {
    const i = sheet.indicators[0];
    expect(i).toMatchObject({ id: '②', name: null, unit: { cell: 'B4', text: '' }, unitText: null, department: null });
    expect(actuals(i)).toEqual([5, 6]);
    expect(shown(i.target?.value)).toBe(7);
  });
});

describe('the 単位 cell of an indicator block', () => {
  const block = (unitRows: [CellValue, CellValue], header: CellValue = '単位', merges: RangeBox[] = []) =>
    readSheet(
      sheetOf(
        'u',
        { row: 0, col: 0 },
        [
          ['指標 ①', _, '指標の説明'],
          ['参加人数', _, _],
          ['担当部等', header, _, 'R1 (現状値)', 'R2'],
          ['企画課', unitRows[0], '実績値', 5, 6],
          [_, unitRows[1], '期待値 ※R2は目標値', 5, 7],
        ],
        { merges },
      ),
    ).indicators[0];

  test('written in the first value row or a later one: that cell and its text', () => {
    expect(block(['人', _])).toMatchObject({ unit: { cell: 'B4', text: '人' }, unitText: '人' });
    expect(block([_, '件'])).toMatchObject({ unit: { cell: 'B5', text: '件' }, unitText: '件' });
  });

  test('blank, merged down over the value rows: the merge anchor, text \'\'', () => {
    expect(block([_, _], '単位', [merge(3, 1, 4, 1)])).toMatchObject({ unit: { cell: 'B4', text: '' }, unitText: null });
  });

  test('blank while the values carry a unit (「5人」): unitText from the values, unit cell still blank', () => {
    const i = readSheet(
      sheetOf('u', { row: 0, col: 0 }, [
        ['指標 ①', _, '指標の説明'],
        ['参加人数', _, _],
        ['担当部等', '単位', _, 'R1 (現状値)', 'R2'],
        ['企画課', _, '実績値', '5人', '6人'],
      ]),
    ).indicators[0];
    expect(i).toMatchObject({ unit: { cell: 'B4', text: '' }, unitText: '人' });
  });

  test('no 単位 column at all: unit null', () => {
    expect(block([_, _], '区分')).toMatchObject({ unit: null, unitText: null });
  });
});

describe('sheets that are not evaluation sheets', () => {
  test('prose only → unrecognized with empty lists, never an exception', () => {
    const sheet = readSheet(
      sheetOf('memo', { row: 0, col: 0 }, [
        ['本市では、平成22年12月に「アクションプラン」を策定しました。'],
        [],
        ['平成 22 年度', '一関市協働推進アクションプラン策定'],
        ['平成 25 年度', '推進計画策定'],
        ['令和 5 年度', '住民懇談会の開催'],
      ]),
    );
    expect(sheet).toEqual({
      sheet: 'memo',
      kind: 'unrecognized',
      layouts: [],
      title: null,
      policy: [],
      evaluationYear: null,
      legend: null,
      overallGrade: null,
      items: [],
      indicators: [],
      schedule: [],
      badYearHeaders: [],
      // Added with the generic reader: how the sheet was read (nothing), and no evidence of an evaluation sheet.
      reading: [],
      unread: null,
    });
  });

  test('an empty sheet and a workbook of several sheets', () => {
    const empty = { name: 'e', origin: { row: 0, col: 0 }, values: [], formats: [] };
    expect(readSheet(empty).kind).toBe('unrecognized');
    const wb = readWorkbook({
      name: 'book.xlsx',
      sheets: [empty, sheetOf('s', { row: 0, col: 0 }, [['取組事項', 'R6', 'R7'], ['広報', '実施', '→']])],
    });
    expect(wb.map((s) => [s.sheet, s.kind])).toEqual([
      ['e', 'unrecognized'],
      ['s', 'evaluation'],
    ]);
  });
});

describe('年度評価 sections (plan/actual forms)', () => {
  test('the labelled row under each year\'s text is a field even when blank', () => {
    const sections = readYearlyGrades({
      grid: new Grid(
        sheetOf('f', { row: 0, col: 0 }, [
          ['年度評価', '(年度終了後に実施)', _, '平成27年度', _, '平成28年度', _],
          [_, '取組工程、指標に対する評価', _, '目標を達成した', 'B', '目標を下回った', 'C'],
          [_, '課題、今後の方針', _, '格差の解消', _, _, _],
        ]),
      ),
      era: null,
      claimed: new Set<number>(),
    });
    expect(sections[0].grades.map((g) => [g.year, g.grade.value])).toEqual([
      [2015, 'B'],
      [2016, 'C'],
    ]);
    expect(sections[0].narrative.map((n) => [n.cell, n.text])).toEqual([
      ['D2', '目標を達成した'],
      ['D3', '格差の解消'],
      ['F2', '目標を下回った'],
      ['F3', ''],
    ]);
  });
});
