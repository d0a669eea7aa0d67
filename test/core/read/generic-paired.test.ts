import { readSheet } from '../../../src/core/read';
import { actuals, shown } from './helpers';
import { merge, sheetOf } from './build';

/**
 * The generic reader on layouts of one class each, crafted small (issue 7): a comment merged over
 * a table's value columns, value columns paired with year columns in a one-row-per-indicator
 * table, an id column under a name header merged over two columns, grade marks under a derived
 * header. Each uses other words of the lexicon and other column positions than the corpus file
 * it came from, so the class is what is tested.
 */

const _ = null;

describe('a comment merged over the value columns ends the table', () => {
  test('years across: 「所見」 merged over the years is not an indicator', () => {
    const sheet = readSheet(
      sheetOf(
        'band',
        { row: 0, col: 0 },
        [
          ['成果指標名', '単位', 'R2年度', 'R3年度', 'R4年度'],
          ['相談件数', '件', 120, 130, 140],
          ['成果指標の所見', '件数は着実に伸びている。', _, _, _],
          ['延べ利用者数', '人', 10, 20, 30],
        ],
        { merges: [merge(2, 1, 2, 4)] },
      ),
    );
    expect(sheet.indicators.map((i) => [i.name?.text, actuals(i)])).toEqual([['相談件数', [120, 130, 140]]]);
    expect(sheet.reading[0].range).toBe('A1:E2');
  });

  test('a note merged over the whole row (「参考) … 4,016」) under a one-indicator table', () => {
    const sheet = readSheet(
      sheetOf(
        'band2',
        { row: 2, col: 1 },
        [
          [_, 'R1 (基準値)', 'R3', 'R6 (目標値)'],
          ['転入者数', '1,200人', '1,260人', '1,500人'],
          ['参考) R2 1,230人', _, _, _],
        ],
        { merges: [merge(4, 1, 4, 4)] },
      ),
    );
    expect(sheet.indicators).toHaveLength(1);
    const [i] = sheet.indicators;
    expect([i.name?.text, i.unitText, i.baseline?.year, shown(i.baseline?.value), i.target?.year, shown(i.target?.value)]).toEqual(['転入者数', '人', 2019, 1200, 2024, 1500]);
  });
});

describe('one row per indicator, value columns paired with year columns', () => {
  // Other words and places than the corpus forms: 当初値 │ 策定年度 │ 中間目標 │ 年度 │ 中間実績値 │ 目標値 │
  // 目標年度 │ 最終実績値, the id under a 指標 header merged over two columns, units inside the values.
  const sheet = readSheet(
    sheetOf(
      'paired',
      { row: 0, col: 0 },
      [
        ['計画期間', 'R1~R5'],
        [],
        ['指標', _, '当初値', '策定年度', '中間目標', '年度', '中間実績値', '目標値', '目標年度', '最終実績値', '目標達成度'],
        ['KPI1', '移住相談件数', '120件', 'R1', '150件', 'R3', '140件', '200件', 'R5', '190件', '△'],
        ['KPI2', '空き家バンク登録数', '10戸', 'R1', '20戸', 'R3', '25戸', '30戸', 'R5', '35戸', '◎'],
        ['KPI3', _, _, _, _, _, _, _, _, _, _],
      ],
      { merges: [merge(2, 0, 2, 1)] },
    ),
  );

  test('each value takes the year written after it; the interim and final actuals the year of their stage', () => {
    expect(sheet.indicators.map((i) => [i.id, i.name?.text, i.unitText])).toEqual([
      ['KPI1', '移住相談件数', '件'],
      ['KPI2', '空き家バンク登録数', '戸'],
    ]);
    const [a] = sheet.indicators;
    expect([a.baseline?.year, shown(a.baseline?.value), a.target?.year, shown(a.target?.value)]).toEqual([2019, 120, 2023, 200]);
    expect(a.years.map((y) => [y.year, shown(y.expected), shown(y.actual)])).toEqual([
      [2019, null, 120],
      [2021, 150, 140],
      [2023, null, 190],
    ]);
    expect(a.years[1].labelCell).toBe('F4');
  });

  test('the id, name, year and grade columns in the reading; marks under 目標達成度 are the grades', () => {
    expect(sheet.reading[0]).toMatchObject({ orientation: 'table', range: 'A3:K6', roles: { id: 'A', name: 'B', years: 'D,F,I', grade: 'K', baseline: 'C', interimTarget: 'E', target: 'H', actual: 'G,J' } });
    expect(sheet.indicators.map((i) => i.grade?.raw)).toEqual(['△', '◎']);
  });

  test('years written before their values (基準年度 │ 基準値 │ 目標年度 │ 目標値); an actual after them with no period is the latest value', () => {
    const s2 = readSheet(
      sheetOf('before', { row: 1, col: 1 }, [
        ['成果指標名', '単位', '基準年度', '基準値', '目標年度', '目標値', '実績値'],
        ['市民農園の区画数', '区画', 'H30', 120, 'R5', 200, 150],
      ]),
    );
    const [i] = s2.indicators;
    expect([i.baseline?.year, shown(i.baseline?.value), i.target?.year, shown(i.target?.value), i.current?.year ?? null, shown(i.current?.value)]).toEqual([2018, 120, 2023, 200, null, 150]);
    expect(s2.reading[0].roles).toMatchObject({ years: 'D,F' });
  });

  test('an actual after 「目標値 │ 目標年度」 is measured in the target year when that year ends the period (an ex-post sheet), else it has no year', () => {
    const s3 = readSheet(
      sheetOf('stage', { row: 0, col: 0 }, [
        ['交付期間', '平成25年度~28年度'],
        ['指標名', '従前値', '基準年度', '目標値', '目標年度', '数 値'],
        ['住民満足度', 13, 'H25', 18, 'H28', 6.7],
        ['来訪者数', 1000, 'H25', 1500, 'R2', 1200],
      ]),
    );
    const [a, b] = s3.indicators;
    expect(a.years.map((y) => [y.year, shown(y.actual)])).toEqual([
      [2013, 13],
      [2016, 6.7],
    ]);
    expect([b.target?.year, b.current?.year ?? null, shown(b.current?.value), b.years.map((y) => y.year)]).toEqual([2020, null, 1200, [2013]]);
  });
});

describe('what the forms write around the values', () => {
  test('a unit in the number format (0.0"mg/L") where the cells have none; 事後評価 grades; a 「…に関する評価」 comment is not a target', () => {
    const sheet = readSheet(
      sheetOf(
        'format',
        { row: 0, col: 0 },
        [
          ['対象指標名', '基準値', '基準年度', '最終目標値', '年度', '最終実績', '事後評価', '最終目標値の実現状況に関する評価'],
          ['河川のBOD値', 7.2, 'H18', 5.2, 'H22', 4, '◎', '改善できた。'],
        ],
        { formats: { '1,1': '0.0"mg/L"', '1,3': '0.0"mg/L"', '1,5': '0.0"mg/L"' } },
      ),
    );
    const [i] = sheet.indicators;
    expect([i.name?.text, i.unitText, i.target?.year, shown(i.target?.value), i.grade?.raw]).toEqual(['河川のBOD値', 'mg/L', 2010, 5.2, '◎']);
    expect(i.years.map((y) => [y.year, shown(y.actual)])).toEqual([
      [2006, 7.2],
      [2010, 4],
    ]);
    expect(sheet.reading[0].roles).toMatchObject({ name: 'A', note: 'H', grade: 'G', target: 'D' });
  });

  test('a body row of values with units beside years (「0人 │ H18 │ 50人 │ H20」) is not a year header', () => {
    const sheet = readSheet(
      sheetOf('units', { row: 0, col: 0 }, [
        ['指標名', '基準値', '基準年度', '目標値', '目標年度'],
        ['参加者数', '120人', 'H28', '200人', 'R2'],
        ['開催回数', '4回', 'H28', '6回', 'R2'],
      ]),
    );
    expect(sheet.indicators.map((i) => [i.name?.text, i.unitText, i.baseline?.year, shown(i.baseline?.value), i.target?.year, shown(i.target?.value)])).toEqual([
      ['参加者数', '人', 2016, 120, 2020, 200],
      ['開催回数', '回', 2016, 4, 2020, 6],
    ]);
  });
});
