import { PRESETS } from '../../../src/core/grading/presets';
import { formatProblem, parseProfile, validateProfile } from '../../../src/core/profile';
import { resolveSettings } from '../../../src/core/settings';

const good = () => ({
  evalsheetProfile: 1,
  name: '第六市 事務事業評価シート',
  match: { labels: ['事務事業評価シート'] },
  tables: [{ orientation: 'down', name: '指標名', years: '年度', columns: { unit: '単位', plan: '目標', actual: '実績' }, rows: { baseline: '基準', target: '最終目標' } }],
});

/** The problems of a profile as 「field: message」 lines, in both languages. */
function problems(p: unknown): { ja: string[]; en: string[] } {
  const r = validateProfile(p);
  if (r.ok) return { ja: [], en: [] };
  return { ja: r.problems.map((x) => formatProblem(x, 'ja')), en: r.problems.map((x) => formatProblem(x, 'en')) };
}

test('a valid profile is accepted, single labels become lists', () => {
  const r = validateProfile(good());
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.profile.tables[0]).toEqual({ orientation: 'down', name: ['指標名'], years: ['年度'], columns: { unit: ['単位'], plan: ['目標'], actual: ['実績'] }, rows: { baseline: ['基準'], target: ['最終目標'] } });
});

test.each([
  ['a row label that is a number', (p: any) => (p.tables[0].rows.baseline = 5), 'tables[0].rows.baseline: 行の見出しの文字列を指定してください。', 'tables[0].rows.baseline: Give the row labels as a string or a list of strings.'],
  ['an empty column header', (p: any) => (p.tables[0].columns.actual = ''), 'tables[0].columns.actual: 列の見出しの文字列を指定してください。', 'tables[0].columns.actual: Give the column headers as a string or a list of strings.'],
  ['an unknown role', (p: any) => (p.tables[0].columns.actuals = '実績値'), 'tables[0].columns.actuals: 役割「actuals」はありません', 'tables[0].columns.actuals: No role "actuals"'],
  ['no orientation', (p: any) => delete p.tables[0].orientation, 'tables[0].orientation: 年度の並びを "across"（年度が横）か "down"（年度が縦）で指定してください。', 'tables[0].orientation: Give the year axis as "across"'],
  ['years down without a year column', (p: any) => delete p.tables[0].years, 'tables[0].years: 年度が縦に並ぶ表では、年度の列の見出し（「年度」など）を指定してください。', 'tables[0].years: A table with years down needs'],
  ['no name column', (p: any) => (p.tables[0].name = []), 'tables[0].name: 指標名の列の見出しの文字列を指定してください。', 'tables[0].name: Give the header of the name column'],
  ['neither actual nor plan', (p: any) => (p.tables[0].columns = { unit: '単位' }), 'tables[0].columns: 実績（actual）か計画（plan）の見出しを少なくとも 1 つ指定してください。', 'tables[0].columns: Give the label of at least one actual or plan column.'],
  ['another version', (p: any) => (p.evalsheetProfile = 2), 'evalsheetProfile: 版 2 は読めません。1 を指定してください。', 'evalsheetProfile: Version 2 cannot be read; use 1.'],
  ['no version marker', (p: any) => delete p.evalsheetProfile, 'evalsheetProfile: 「"evalsheetProfile": 1」を書いてください。', 'evalsheetProfile: Add "evalsheetProfile": 1'],
  ['no name', (p: any) => (p.name = '  '), 'name: プロファイルの名前を文字列で指定してください。', 'name: Give the profile a name (a string).'],
  ['tables not a list', (p: any) => (p.tables = {}), 'tables: 表を 1 つ以上、配列（[ … ]）で指定してください。', 'tables: Give at least one table'],
  ['a table that is not an object', (p: any) => (p.tables[1] = 'x'), 'tables[1]: 表はオブジェクト（{ … }）で指定してください。', 'tables[1]: A table must be an object'],
  ['a misspelt field', (p: any) => (p.tables[0].colums = {}), 'tables[0].colums: 「colums」という項目はありません', 'tables[0].colums: There is no field "colums"'],
  ['match labels not strings', (p: any) => (p.match.labels = [1]), 'match.labels: シートにある見出しの文字列を指定してください。', 'match.labels: Give the labels the sheet contains'],
  ['an unknown match field', (p: any) => (p.match.sheet = 'x'), 'match.sheet: 「sheet」という項目はありません。sheetName か labels を使ってください。', 'match.sheet: There is no field "sheet"'],
])('%s: the message names the field', (_what, spoil, ja, en) => {
  const p = good();
  spoil(p);
  const got = problems(p);
  expect(got.ja.some((l) => l.startsWith(ja))).toBe(true);
  expect(got.en.some((l) => l.startsWith(en))).toBe(true);
  for (const l of got.ja) expect(l).toMatch(/。$/);
  for (const l of got.en) expect(l).toMatch(/\.$/);
});

test('every problem is listed, not only the first', () => {
  const p: any = good();
  p.name = 3;
  p.tables[0].rows.actual = 7;
  expect(problems(p).en.map((l) => l.split(':')[0])).toEqual(['name', 'tables[0].rows.actual']);
});

test('JSON that does not parse, and JSON that is not an object', () => {
  const bad = parseProfile('{ "evalsheetProfile": 1, ');
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(formatProblem(bad.problems[0], 'ja')).toMatch(/^\(JSON\): JSON として読めません（.+）。書式を確かめてください。$/);
  const arr = parseProfile('[1]');
  if (!arr.ok) expect(arr.problems[0].field).toBe('(profile)');
  expect(arr.ok).toBe(false);
  // A byte-order mark (Windows Notepad) is not an error.
  expect(parseProfile(`\uFEFF${JSON.stringify(good())}`).ok).toBe(true);
});

test('a damaged profile stored in a workbook is a settings problem naming it and the field; the valid ones are kept', () => {
  const broken: any = good();
  broken.name = '古い版';
  broken.tables[0].columns.actual = null;
  const { settings, problems: got } = resolveSettings({ profiles: [good(), broken] as never }, PRESETS);
  expect(settings.profiles.map((p) => p.name)).toEqual(['第六市 事務事業評価シート']);
  expect(got).toEqual([{ field: 'profiles', message: { ja: 'レイアウトプロファイル「古い版」の tables[0].columns.actual: 列の見出しの文字列を指定してください。', en: 'Layout profile "古い版": tables[0].columns.actual: Give the column headers as a string or a list of strings.' } }]);
});
