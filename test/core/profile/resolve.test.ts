import { readSheet } from '../../../src/core/read';
import { parseProfile, type LayoutProfile } from '../../../src/core/profile';
import type { CellValue } from '../../../src/core/snapshot/types';
import { merge, sheetOf } from '../read/build';
import * as teach from '../../../src/core/profile/teach';

/** The sixth city's layout, years down (scripts/build-profile-fixtures.ts draws the same one). */
const DOWN: LayoutProfile = (() => {
  const r = parseProfile(
    JSON.stringify({
      evalsheetProfile: 1,
      name: '第六市 事務事業評価シート',
      match: { labels: ['事務事業評価シート'] },
      tables: [{ orientation: 'down', name: '指標名', years: '年度', columns: { unit: '単位', plan: '目標', actual: '実績', grade: '評価' }, rows: { baseline: '基準', target: '最終目標' } }],
    }),
  );
  if (!r.ok) throw new Error('profile');
  return r.profile;
})();

type Ind = { name: string; unit: string; grade: string; base: [string, number]; years: [string, number | null, number | null][]; target: [string, number] };

/** Title lines, then the table; `pad` blank rows above. Returns rows and the merges (name, unit, grade down each block). */
function downSheet(pad: number, inds: Ind[]): { rows: CellValue[][]; merges: ReturnType<typeof merge>[] } {
  const rows: CellValue[][] = [];
  for (let i = 0; i < pad; i++) rows.push([]);
  rows.push(['事務事業評価シート'], ['評価対象年度：令和5年度'], [], ['指標名', '単位', '年度', '目標', '実績', '評価']);
  const merges: ReturnType<typeof merge>[] = [];
  for (const ind of inds) {
    const top = rows.length;
    rows.push([ind.name, ind.unit, ind.base[0], null, ind.base[1], ind.grade]);
    for (const [y, p, a] of ind.years) rows.push([null, null, y, p, a, null]);
    rows.push([null, null, ind.target[0], ind.target[1], null, null]);
    for (const c of [0, 1, 5]) merges.push(merge(top, c, rows.length - 1, c));
  }
  rows.push([], ['※ 評価は A〜D の 4 段階です。']);
  return { rows, merges };
}

const A: Ind = { name: '自主防災組織の結成数', unit: '団体', grade: 'B', base: ['基準（R1）', 40], years: [['R2', 44, 43], ['R3', 48, 47], ['R4', 52, 50], ['R5', 56, 51]], target: ['最終目標（R6）', 60] };
const B: Ind = { name: '防災訓練の参加者数', unit: '人', grade: 'A', base: ['基準（R1）', 1200], years: [['R2', 1300, 850], ['R3', 1400, 1100], ['R4', 1500, 1450], ['R5', 1600, 1720]], target: ['最終目標（R6）', 1700] };
const C: Ind = { name: '避難所運営訓練の実施回数', unit: '回', grade: 'C', base: ['基準（H30）', 2], years: [['R1', 3, 3], ['R2', 4, 1], ['R3', 5, 2]], target: ['最終目標（R4）', 6] };

describe('resolution by labels', () => {
  test('without a profile the layout is not read; with it, every indicator with its cells', () => {
    const { rows, merges } = downSheet(0, [A, B]);
    // The seed readers do not read this layout (the generic table reader may: the profile then goes first).
    expect(readSheet(sheetOf('評価', { row: 0, col: 0 }, rows, { merges }), { generic: false }).kind).toBe('unrecognized');
    const m = readSheet(sheetOf('評価', { row: 0, col: 0 }, rows, { merges }), { profiles: [DOWN] });
    expect(m.kind).toBe('evaluation');
    expect(m.layouts).toEqual(['profile']);
    expect(m.evaluationYear?.year).toBe(2023);
    expect(m.reading.filter((r) => r.profile !== null)).toEqual([
      { layout: 'profile', range: 'A4:F16', profile: '第六市 事務事業評価シート', orientation: 'down', roles: { years: 'C', name: 'A', baseline: '5,11', target: '10,16', unit: 'B', plan: 'D', actual: 'E', grade: 'F' } },
    ]);
    const [a, b] = m.indicators;
    expect(a).toMatchObject({ name: { cell: 'A5', text: '自主防災組織の結成数' }, unit: { cell: 'B5', text: '団体' }, unitText: '団体', layout: 'profile', key: 'row:5' });
    expect(a.baseline).toMatchObject({ year: 2019, label: '基準（R1）', labelCell: 'C5', value: { cell: 'E5', raw: 40 } });
    expect(a.target).toMatchObject({ year: 2024, label: '最終目標（R6）', labelCell: 'C10', value: { cell: 'D10', raw: 60 } });
    expect(a.years.map((y) => [y.year, y.expected?.cell, y.expected?.raw, y.actual?.cell, y.actual?.raw])).toEqual([
      [2020, 'D6', 44, 'E6', 43],
      [2021, 'D7', 48, 'E7', 47],
      [2022, 'D8', 52, 'E8', 50],
      [2023, 'D9', 56, 'E9', 51],
    ]);
    expect(b.name?.text).toBe('防災訓練の参加者数');
    expect(b.years.find((y) => y.year === 2020)?.actual?.raw).toBe(850);
    // The grade column gives one item per indicator, graded.
    expect(m.items.map((i) => [i.title, i.grade?.value, i.indicatorKeys])).toEqual([
      ['自主防災組織の結成数', 'B', ['row:5']],
      ['防災訓練の参加者数', 'A', ['row:11']],
    ]);
  });

  test('the same profile finds the table lower down, further right and with one more indicator', () => {
    const { rows, merges } = downSheet(5, [A, B, C]);
    const shifted = rows.map((r) => [null, null, ...r]);
    const m = readSheet(sheetOf('別のブック', { row: 0, col: 0 }, shifted, { merges: merges.map((x) => merge(x.top, x.left + 2, x.bottom, x.right + 2)) }), { profiles: [DOWN] });
    expect(m.reading.filter((r) => r.profile !== null)?.map((r) => r.range)).toEqual(['C9:H26']);
    expect(m.reading.filter((r) => r.profile !== null)?.[0].roles).toMatchObject({ name: 'C', years: 'E', actual: 'G', plan: 'F' });
    expect(m.indicators.map((i) => [i.name?.text, i.baseline?.year, i.target?.year, i.target?.value?.raw, i.years.length])).toEqual([
      ['自主防災組織の結成数', 2019, 2024, 60, 4],
      ['防災訓練の参加者数', 2019, 2024, 1700, 4],
      ['避難所運営訓練の実施回数', 2018, 2022, 6, 3],
    ]);
    expect(m.indicators[2].years.map((y) => y.actual?.cell)).toEqual(['G23', 'G24', 'G25']);
  });

  test('an origin other than A1 (a used range starting lower) reads the same cells', () => {
    const { rows, merges } = downSheet(0, [A]);
    const m = readSheet(sheetOf('評価', { row: 10, col: 3 }, rows, { merges: merges.map((x) => merge(x.top + 10, x.left + 3, x.bottom + 10, x.right + 3)) }), { profiles: [DOWN] });
    expect(m.reading.filter((r) => r.profile !== null)?.[0].range).toBe('D14:I20');
    expect(m.indicators[0].years[0].actual?.cell).toBe('H16');
  });

  test('match.labels: a sheet without 「事務事業評価シート」 is left to the seed readers', () => {
    const { rows, merges } = downSheet(0, [A]);
    rows[0] = ['施策評価表'];
    const m = readSheet(sheetOf('評価', { row: 0, col: 0 }, rows, { merges }), { profiles: [DOWN] });
    expect(m.layouts).not.toContain('profile');
    expect(m.reading.filter((r) => r.profile !== null)).toEqual([]);
  });

  test('years across: 目標 / 実績 rows under each indicator, unit and baseline as columns', () => {
    const parsed = parseProfile(
      JSON.stringify({ evalsheetProfile: 1, name: 'across', tables: [{ orientation: 'across', name: ['成果指標'], columns: { unit: '単位', baseline: '基準値', target: '目標値' }, rows: { plan: '目標', actual: '実績' } }] }),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const rows: CellValue[][] = [
      ['施策の成果'],
      ['成果指標', '単位', '基準値（R1）', '区分', 'R2', 'R3', 'R4', '目標値（R6）'],
      ['市民農園の区画数', '区画', 100, '目標', 110, 120, 130, 150],
      [null, null, null, '実績', 108, 125, 127, null],
      ['農業体験の参加者数', '人', 500, '目標', 550, 600, 650, 700],
      [null, null, null, '実績', 420, 610, null, null],
      [null, null, null, '達成率', '76%', '102%', null, null],
    ];
    const merges = [merge(2, 0, 3, 0), merge(2, 1, 3, 1), merge(2, 2, 3, 2), merge(4, 0, 6, 0), merge(4, 1, 6, 1), merge(4, 2, 6, 2)];
    const m = readSheet(sheetOf('s', { row: 0, col: 0 }, rows, { merges }), { profiles: [parsed.profile] });
    expect(m.reading.filter((r) => r.profile !== null)?.[0]).toEqual({ layout: 'profile', range: 'A2:H7', profile: 'across', orientation: 'across', roles: { years: '2', name: 'A', plan: '3,5', actual: '4,6', unit: 'B', baseline: 'C', target: 'H' } });
    const [x, y] = m.indicators;
    expect(x.baseline).toMatchObject({ year: 2019, value: { cell: 'C3', raw: 100 } });
    expect(x.target).toMatchObject({ year: 2024, value: { cell: 'H3', raw: 150 } });
    expect(x.years.map((v) => [v.year, v.expected?.raw, v.actual?.raw, v.actual?.cell])).toEqual([
      [2020, 110, 108, 'E4'],
      [2021, 120, 125, 'F4'],
      [2022, 130, 127, 'G4'],
    ]);
    // 達成率 is not a role of the profile: never read as values.
    expect(y.years.map((v) => v.actual?.raw ?? null)).toEqual([420, 610, null]);
  });

  test('a profile claims its rows: a seed table elsewhere on the sheet is still read by its reader', () => {
    const { rows, merges } = downSheet(0, [A]);
    // An Ichinoseki-style baseline → target table below the taught one.
    rows.push([], ['指標', null, '単位', '現状 (令和4年度)', '目標 (令和10年度)'], ['1', '地域の清掃活動の回数', '回/年', 3.77, 4.23]);
    const m = readSheet(sheetOf('評価', { row: 0, col: 0 }, rows, { merges }), { profiles: [DOWN] });
    expect(m.layouts).toEqual(['profile', 'baseline-target']);
    expect(m.indicators.map((i) => [i.layout, i.name?.text])).toEqual([
      ['profile', '自主防災組織の結成数'],
      ['baseline-target', '地域の清掃活動の回数'],
    ]);
  });
});

describe('teaching a layout', () => {

  test('stems drop the year: the profile fits other years', () => {
    expect(['基準（R1）', '最終目標 (令和6年度)', '目標値(R6)', '実績', '指標名', 'R5', '基準値H27'].map(teach.labelStem)).toEqual(['基準', '最終目標', '目標値', '実績', '指標名', 'R5', '基準値']);
  });

  test('headers and row labels with guesses → a profile that reads this sheet and the others of the city', () => {
    const { rows, merges } = downSheet(0, [A, B]);
    const sheet = sheetOf('評価', { row: 0, col: 0 }, rows, { merges });
    const headers = teach.headerCandidates(sheet, 'A4:F16');
    expect(headers.map((h) => [h.letter, h.text, h.guess])).toEqual([
      ['A', '指標名', 'name'],
      ['B', '単位', 'unit'],
      ['C', '年度', 'years'],
      ['D', '目標', 'plan'],
      ['E', '実績', 'actual'],
      ['F', '評価', 'grade'],
    ]);
    const roles = Object.fromEntries(headers.map((h) => [h.col, h.guess]));
    const labels = teach.rowCandidates(sheet, 'A4:F16', 'down', roles);
    expect(labels.map((l) => [l.text, l.stem, l.cell, l.guess])).toEqual([
      ['基準（R1）', '基準', 'C5', 'baseline'],
      ['最終目標（R6）', '最終目標', 'C10', 'target'],
    ]);
    const made = teach.profileFromTeaching({ name: '第六市', orientation: 'down', headers: headers.map((h) => ({ text: h.text, role: h.guess })), rows: labels.map((l) => ({ stem: l.stem, role: l.guess })) });
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    expect(made.profile.tables).toEqual(DOWN.tables);
    // The taught profile reads a workbook where the table sits lower with one more indicator (from H30).
    const other = downSheet(4, [A, B, C]);
    const m = readSheet(sheetOf('他', { row: 0, col: 0 }, other.rows, { merges: other.merges }), { profiles: [made.profile] });
    expect(m.indicators.map((i) => i.name?.text)).toEqual(['自主防災組織の結成数', '防災訓練の参加者数', '避難所運営訓練の実施回数']);
    expect(m.indicators[2].baseline?.year).toBe(2018);
  });

  test('a teaching without a name column names the field', () => {
    const made = teach.profileFromTeaching({ name: 'x', orientation: 'down', headers: [{ text: '年度', role: 'years' }, { text: '実績', role: 'actual' }], rows: [] });
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.problems.map((p) => p.field)).toEqual(['tables[0].name']);
  });

  test('years across: the row labels are the texts beside the values', () => {
    const rows: CellValue[][] = [
      ['成果指標', '区分', 'R2', 'R3'],
      ['区画数', '目標', 110, 120],
      [null, '実績', 108, 125],
    ];
    const sheet = sheetOf('s', { row: 0, col: 0 }, rows, { merges: [merge(1, 0, 2, 0)] });
    const headers = teach.headerCandidates(sheet, 'A1:D3');
    const roles = Object.fromEntries(headers.map((h) => [h.col, h.col === 0 ? 'name' : null])) as Record<number, 'name' | null>;
    expect(teach.rowCandidates(sheet, 'A1:D3', 'across', roles).map((l) => [l.stem, l.guess])).toEqual([
      ['目標', 'plan'],
      ['実績', 'actual'],
    ]);
  });
});
