import { readSheet } from '../../../src/core/read';
import { sheetOf } from './build';

const _ = null;
/** A minimal evaluation sheet (an overall grade field) with some header text above it. */
const withHeader = (...lines: string[]) =>
  readSheet(sheetOf('h', { row: 3, col: 1 }, [...lines.map((l) => [l]), [], ['総合評価', 'B']]));

describe('evaluation year', () => {
  test.each([
    ['令和6年度基本施策事後評価シート（評価対象期間：令和5年度）', 2023, '令和5年度'],
    ['達成状況(対象:R5)', 2023, 'R5'],
    ['(1)令和4年度実施状況', 2022, '令和4年度'],
    ['評価対象年度 令和２年度', 2020, '令和2年度'],
  ])('%s → %i', (text, year, label) => {
    expect(withHeader(text).evaluationYear).toEqual({ year, label, cell: 'B4' });
  });

  test('the strongest form wins wherever it sits', () => {
    const s = withHeader('(1)令和4年度実施状況', '評価対象期間：令和5年度');
    expect(s.evaluationYear).toMatchObject({ year: 2023, cell: 'B5' });
  });

  test('years in titles and prose are not the evaluated year', () => {
    expect(withHeader('北上市総合計画 2021～2030 令和6年度基本施策シート').evaluationYear).toBeNull();
    expect(withHeader('平成22年度に策定しました').evaluationYear).toBeNull();
  });
});

describe('title, policy, overall grade', () => {
  test('the title is the first lone line that is not a tag, note or period', () => {
    expect(withHeader('(案)', '平成27年度～31年度', '※注意書き', '新庄市協働推進計画').title).toBe('新庄市協働推進計画');
  });

  test('policy label/value pairs, not table headers', () => {
    const s = readSheet(
      sheetOf('p', { row: 0, col: 2 }, [
        ['基本方針', '1.協働のまちづくり'],
        ['基本施策 ', _, '1-2.人づくり'],
        [],
        ['No.', '施策', '具体的な取組'],
        [],
        ['総合評価', 'Ｃ'],
      ]),
    );
    expect(s.policy).toEqual([
      { label: '基本方針', value: '1.協働のまちづくり', cell: 'D1' },
      { label: '基本施策', value: '1-2.人づくり', cell: 'E2' },
    ]);
    expect(s.overallGrade).toMatchObject({ raw: 'Ｃ', value: 'C', normalized: true, cell: 'D6' });
  });
});
