import { run, fired, clean } from './support';

/** clean(): ① 参加人数 (人): R4 130, R5 140, expected R6 150, R7 160; evaluated year R5. */
const withText = (...texts: string[]) => clean({ narrative: texts });

describe('narrative-year-stale', () => {
  test('fires on a result for a year after the evaluated one', () => {
    const f = run('narrative-year-stale', withText('参加人数は令和6年度:155人となった。'));
    expect(f.map((x) => [x.rule, x.severity, x.cell, x.data.what, x.data.year])).toEqual([['narrative-year-stale', 'info', 'H26', 'future', 2024]]);
    expect(f[0].message.ja).toBe('H26（内部要因）の「参加人数は令和6年度:155人となった」は、評価対象年度（R5年度）より後の R6年度 の数値を述べています。');
  });

  test('fires on the evaluated year told with last year’s numbers', () => {
    const f = run('narrative-year-stale', withText('参加人数は130人となった。'));
    expect(f.map((x) => [x.cell, x.data.what, x.data.previousYear, x.data.actual])).toEqual([['H26', 'previous-values', 2022, 140]]);
    expect(f[0].message.ja).toContain('の 130人 は R4年度 の実績値です。評価対象年度（R5年度）の実績値は 140 です。');
    // A pair of years ending the year before, in a cell naming no later year (copied from last year's sheet).
    expect(fired('narrative-year-stale', withText('', '相談件数6件増(令和3年度:14件→令和4年度:20件)'))).toEqual([['narrative-year-stale', 'I26']]);
  });

  test('not for plans: a 今後の方向性 field, an aim, a later target the sheet itself sets', () => {
    expect(fired('narrative-year-stale', clean({ narrative: [['今後の方向性', '令和6年度:155人を目指す。'] as unknown as string] }))).toEqual([]);
    expect(fired('narrative-year-stale', withText('参加人数を令和7年度に200人とすることを目指す。'))).toEqual([]);
    expect(fired('narrative-year-stale', withText('参加人数:100人(R1)→160人(R7)'))).toEqual([]);
  });

  test('not when the text speaks of the evaluated year, nor when last year is named as such', () => {
    expect(fired('narrative-year-stale', withText('相談件数6件増(令和4年度:14件→令和5年度:20件)', '参加人数は140人となった。', '参加人数は令和4年度:130人であった。'))).toEqual([]);
  });
});
