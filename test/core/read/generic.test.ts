import { readSheet } from '../../../src/core/read';
import { analyzeWorkbook } from '../../../src/core/analyze';
import { extractTable } from '../../../src/core/read/generic';
import { Grid } from '../../../src/core/snapshot/grid';
import { yearRun } from '../../../src/core/read/year-run';
import { actuals, expecteds, shown } from './helpers';
import { merge, sheetOf } from './build';

/**
 * The generic table reader on crafted sheets, one per variation of the "What varies" list
 * (arrangements seen in published sheets of other cities). Each pins what a careful person reads.
 */

const _ = null;

describe('years across, a name merged over its 目標 / 実績 rows, bare years across an era change', () => {
  const s = sheetOf(
    '成果指標',
    { row: 3, col: 1 },
    [
      ['成果指標', '単位', '区分', '27年度', '28年度', '29年度', '30年度', '元年度', '2年度'],
      ['市民活動への参加率', '%', '目標', 30, 32, 34, 36, 38, 40],
      [_, _, '実績', 29, 31.5, 33, 35, _, _],
      ['講座の受講者数', '人', '目標', 100, 110, 120, 130, 140, 150],
      [_, _, '実績', 95, 108, 125, '-', _, _],
      ['達成率', _, _, '97%', '98%', _, _, _, _],
      ['事業費（千円）', _, _, 1200, 1300, 1250, _, _, _],
    ],
    { merges: [merge(4, 1, 5, 1), merge(4, 2, 5, 2), merge(6, 1, 7, 1), merge(6, 2, 7, 2)] },
  );
  const sheet = readSheet(s);

  test('two indicators; 達成率 and cost rows are not indicators', () => {
    expect(sheet.layouts).toEqual(['generic-table']);
    expect(sheet.indicators.map((i) => [i.name?.text, i.unit?.text, i.cell])).toEqual([
      ['市民活動への参加率', '%', 'B5'],
      ['講座の受講者数', '人', 'B7'],
    ]);
  });

  test('30年度 │ 元年度 │ 2年度 read as H30 → R1 → R2', () => {
    expect(sheet.indicators[0].years.map((y) => y.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
  });

  test('目標 rows over years are the plan, 実績 rows the actuals, cells where they are', () => {
    const [a, b] = sheet.indicators;
    expect(expecteds(a)).toEqual([30, 32, 34, 36, 38, 40]);
    expect(actuals(a)).toEqual([29, 31.5, 33, 35, null, null]);
    expect(a.years[1]).toMatchObject({ label: '28年度', labelCell: 'F4', actual: { cell: 'F6' }, expected: { cell: 'F5' } });
    expect(b.years[3].actual?.parsed.kind).toBe('no-data');
    expect(a.precision).toBe(1);
  });

  test('how it was read: one table, its range and roles', () => {
    expect(sheet.reading).toEqual([
      {
        layout: 'generic-table',
        range: 'B4:J10',
        profile: null,
        orientation: 'across',
        header: '4',
        roles: { years: '4', name: 'B', unit: 'C', plan: '5,7', actual: '6,8' },
      },
    ]);
  });
});

describe('years down: 最終目標 / 28年度 / 27年度 per indicator', () => {
  const sheet = readSheet(
    sheetOf(
      'down',
      { row: 0, col: 0 },
      [
        ['指標名', '年度', '目標値', '実績値', '達成度'],
        ['図書館の貸出冊数', '最終目標(H30)', 500000, _, _],
        [_, '28年度', 450000, 430000, '95.6%'],
        [_, '27年度', 440000, 445000, '101.1%'],
        ['読み聞かせ参加者数', '最終目標(H30)', 3000, _, _],
        [_, '28年度', 2600, 2400, _],
        [_, '27年度', 2500, 2550, _],
      ],
      { merges: [merge(1, 0, 3, 0), merge(4, 0, 6, 0)] },
    ),
  );

  test('two indicators, target from the 最終目標 row, years in order', () => {
    expect(sheet.layouts).toEqual(['generic-table']);
    expect(sheet.indicators.map((i) => i.name?.text)).toEqual(['図書館の貸出冊数', '読み聞かせ参加者数']);
    const [a] = sheet.indicators;
    expect(a.target).toMatchObject({ year: 2018, value: { cell: 'C2' } });
    expect(shown(a.target?.value)).toBe(500000);
    expect(a.years.map((y) => [y.year, shown(y.expected), shown(y.actual)])).toEqual([
      [2015, 440000, 445000],
      [2016, 450000, 430000],
    ]);
    expect(sheet.reading[0]).toMatchObject({ orientation: 'down', roles: { years: 'B', name: 'A', plan: 'C', actual: 'D' } });
  });
});

describe('one period for the whole table: 計画期間 始:H22 終:H26, a 目標年度 column with a month', () => {
  const sheet = readSheet(
    sheetOf('period', { row: 0, col: 0 }, [
      ['計画期間', '始:H22', '終:H26'],
      [],
      ['成果指標名', '単位', '当初値', '目標値', '目標年度', '実績値'],
      ['市民農園の区画数', '区画', 120, 200, 'H28.3', 150],
      ['農業体験の参加者数', '人', 300, 500, _, 420],
    ]),
  );

  test('target years: H28.3 is FY2015 (March belongs to the year before); else the period end', () => {
    expect(sheet.indicators.map((i) => [i.name?.text, i.target?.year, shown(i.target?.value), shown(i.baseline?.value), shown(i.current?.value)])).toEqual([
      ['市民農園の区画数', 2015, 200, 120, 150],
      ['農業体験の参加者数', 2014, 500, 300, 420],
    ]);
    expect(sheet.reading[0]).toMatchObject({ orientation: 'table', period: { from: 2010, to: 2014, cell: 'A1' } });
  });
});

describe('anchors without 「指標 ①」', () => {
  test('a tag 「[目標指標]」 above the year header names the table\'s indicator', () => {
    const sheet = readSheet(
      sheetOf('tag', { row: 0, col: 0 }, [
        ['[目標指標] 地域活動への参加率'],
        ['区分', 'H28', 'H29', 'H30', 'R1'],
        ['目標', 30, 32, 34, 40],
        ['実績', 29, 31, _, _],
      ]),
    );
    expect(sheet.indicators).toHaveLength(1);
    expect(sheet.indicators[0].name).toEqual({ cell: 'A1', text: '地域活動への参加率' });
    expect(actuals(sheet.indicators[0])).toEqual([29, 31, null, null]);
  });

  test('a 成果指標 column, years and roles in one header cell (「H29実績」, 「R1目標」)', () => {
    const sheet = readSheet(
      sheetOf('cols', { row: 0, col: 0 }, [
        ['成果指標', '単位', 'H29実績', 'H30実績', 'R1目標'],
        ['相談件数', '件', 120, 135, 150],
        ['解決率', '%', 60, 64.5, 70],
      ]),
    );
    expect(sheet.indicators.map((i) => [i.name?.text, actuals(i), shown(i.target?.value), i.target?.year])).toEqual([
      ['相談件数', [120, 135, null], 150, 2019],
      ['解決率', [60, 64.5, null], 70, 2019],
    ]);
  });
});

describe('grades: several axes per item, keyed by title, written with their meaning', () => {
  const sheet = readSheet(
    sheetOf('grades', { row: 0, col: 0 }, [
      ['事務事業名', '成果指標', '目標値 (R5)', '実績値 (R5)', '妥当性', '有効性', '効率性'],
      ['子育て支援事業', '相談件数', 150, 140, 'A（順調）', 'B', 'C:相当程度進展あり'],
    ]),
  );
  test('one item per row with its axes, grade letters read, no No. column', () => {
    expect(sheet.items.map((i) => [i.key, i.no, i.grade])).toEqual([['item:子育て支援事業', '子育て支援事業', null]]);
    expect(sheet.items[0].axes?.map((a) => [a.axis, a.grade.value, a.grade.cell, a.grade.normalized])).toEqual([
      ['妥当性', 'A', 'E2', false],
      ['有効性', 'B', 'F2', false],
      ['効率性', 'C', 'G2', false],
    ]);
    expect(sheet.items[0].indicatorKeys).toEqual([sheet.indicators[0].key]);
    expect(sheet.indicators[0].itemKey).toBe(sheet.items[0].key);
  });
});

describe('a header of two rows: a merged group heading over its columns', () => {
  // 指標 merged over 名称 │ H28実績値 │ 単位 (a collection workbook's export); No. merged down both rows.
  const snap = sheetOf('two', { row: 0, col: 0 }, [
    ['No.', '事務事業名', '指標', _, _, '評価内容', _, '方向性'],
    [_, _, '名称', 'H28実績値', '単位', '必要性', '目的達成度', _],
    [1, '相談支援事業', '相談件数', 4770, '件', 4, 3, '継続'],
    [2, '広報事業', '閲覧数', 1200, '回', 2, 7, '改善'],
  ]);
  snap.merges = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 0, right: 4 },
    { top: 0, left: 5, bottom: 0, right: 6 },
    { top: 0, left: 7, bottom: 1, right: 7 },
  ];
  const sheet = readSheet(snap);
  test('名称 under 指標 is the indicator name; the year in H28実績値; No. and 事務事業名 merged down', () => {
    expect(sheet.indicators.map((i) => [i.id, i.name?.text, i.unitText, actuals(i), i.years[0]?.year])).toEqual([
      ['1', '相談件数', '件', [4770], 2016],
      ['2', '閲覧数', '回', [1200], 2016],
    ]);
    expect(sheet.items.map((i) => [i.no, i.title, i.axes?.map((a) => `${a.axis}=${a.grade.value}`)])).toEqual([
      ['1', '相談支援事業', ['必要性=4', '目的達成度=3']],
      ['2', '広報事業', ['必要性=2', '目的達成度=7']],
    ]);
  });
  test('points on an axis take a points scale: 4 and 3 are valid, 7 is not', () => {
    const findings = analyzeWorkbook({ name: 'two.xlsx', sheets: [snap] }, { evaluationYear: 2016 }).sheets[0].findings;
    expect(findings.filter((f) => f.rule === 'grade-invalid').map((f) => f.cell)).toEqual(['G4']);
  });
});

describe('qualifiers in their own column', () => {
  test('(見込) beside a value marks it an estimate', () => {
    const sheet = readSheet(
      sheetOf('q', { row: 0, col: 0 }, [
        ['指標名', '単位', 'R3', _, 'R4', _],
        ['参加者数', '人', 120, '(実績)', 130, '(見込)'],
      ]),
    );
    const i = sheet.indicators[0];
    expect(actuals(i)).toEqual([120, 130]);
    expect(i.years.map((y) => y.actual?.parsed.kind === 'number' && y.actual.parsed.estimate)).toEqual([false, true]);
    expect(sheet.reading[0].roles).toMatchObject({ qualifier: 'D,F' });
  });
});

describe('extract with an explicit TableReading (what a layout profile passes)', () => {
  test('roles only, no detection', () => {
    const s = sheetOf('p', { row: 0, col: 0 }, [
      ['なまえ', 'ねんど1', 'ねんど2'],
      ['x', 'R2', 'R3'],
      ['参加者数', 10, 12],
      ['', 11, 13],
    ]);
    const out = extractTable(new Grid(s), { layout: 'profile', range: 'A1:C4', profile: 'city', orientation: 'across', header: '2', roles: { years: '2', name: 'A', plan: '3', actual: '4' } }, { layout: 'generic-table' });
    expect(out.indicators).toHaveLength(1);
    expect(out.indicators[0].years.map((y) => [y.year, shown(y.expected), shown(y.actual)])).toEqual([
      [2020, 10, 11],
      [2021, 12, 13],
    ]);
  });
});

describe('yearRun: bare years as an increasing run', () => {
  test.each([
    [['30年度', '元年度', '2年度'], 'R', [2018, 2019, 2020]],
    [['30年度', '元年度', '2年度'], null, [2018, 2019, 2020]],
    [['27年度', '28年度', '29年度'], 'H', [2015, 2016, 2017]],
    [['H30', '元年度', '2年度'], null, [2018, 2019, 2020]],
    [['28年度', '27年度'], null, [2016, 2015]],
    [['3年度', '4年度'], 'R', [2021, 2022]],
  ] as const)('%j (era %s) → %j', (labels, era, years) => expect(yearRun([...labels], era)).toEqual(years));
});

describe('what the generic reader declines', () => {
  test('目標 / 実績 rows under a year header with no name: not read, a near miss', () => {
    const sheet = readSheet(
      sheetOf('nn', { row: 0, col: 0 }, [
        ['区分', 'R2', 'R3', 'R4'],
        ['目標', 10, 12, 14],
        ['実績', 9, 13, _],
      ]),
    );
    expect(sheet.kind).toBe('unrecognized');
    expect(sheet.unread).toMatchObject({ missing: 'name', cell: 'B1' });
    expect(sheet.unread?.labels).toEqual([
      { cell: 'A2', text: '目標' },
      { cell: 'A3', text: '実績' },
    ]);
  });

  test('a cost table over years: no indicators, no evidence of an indicator table', () => {
    const sheet = readSheet(
      sheetOf('cost', { row: 0, col: 0 }, [
        ['', 'R2', 'R3', 'R4'],
        ['予算額（千円）', 1000, 1200, 1100],
        ['決算額（千円）', 950, 1180, _],
      ]),
    );
    expect(sheet.kind).toBe('unrecognized');
    expect(sheet.indicators).toEqual([]);
  });
});
