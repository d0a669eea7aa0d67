import { analyzeWorkbook } from '../../../src/core/analyze';
import { preparePrevious } from '../../../src/core/previous';
import { readDirect } from '../../../src/xlsx/read/index';
import { fixtureBytes } from '../../support/fixtures';
import { PREVIOUS_PLANTED } from '../../../scripts/build-fixtures';

/**
 * The five seed workbooks against last year's as the fixture script builds it (one year earlier:
 * the evaluated year's actuals, grade and analysis not yet written, last year's wording), and two
 * of them against a last year with what does change between years planted.
 */
const SEEDS = ['kitakami', 'ichinoseki', 'niigata', 'shinjo', 'nasushiobara'];
const PREVIOUS_RULES = ['previous-grade-mismatch', 'actual-revised', 'target-changed', 'indicator-dropped', 'narrative-unchanged'];

function against(seed: string, folder: string) {
  const cur = readDirect(fixtureBytes(`${seed}.xlsx`), `${seed}.xlsx`);
  const prev = readDirect(fixtureBytes(`${folder}/${seed}.xlsx`), `${folder}/${seed}.xlsx`);
  const previous = preparePrevious(prev.snapshot, prev.settings ?? {}, `${folder}/${seed}.xlsx`);
  return { previous, without: analyzeWorkbook(cur.snapshot, cur.settings ?? {}), with: analyzeWorkbook(cur.snapshot, cur.settings ?? {}, { previous }) };
}

describe('the seeds against their own last year: no finding, nothing else changes', () => {
  test.each(SEEDS.map((s) => [s]))('%s', (seed) => {
    const r = against(seed, 'previous');
    expect(r.previous.length).toBe(1);
    expect(r.with.problems).toEqual([]);
    expect(r.with.findings.filter((f) => PREVIOUS_RULES.includes(f.rule))).toEqual([]);
    expect(r.with.findings).toEqual(r.without.findings);
  });

  test('last year is read as last year: Kitakami R4, Niigata H29 (its H30 column not yet written), Nasushiobara R3', () => {
    expect(against('kitakami', 'previous').previous[0].evaluationYear).toBe(2022);
    expect(against('niigata', 'previous').previous[0].evaluationYear).toBe(2017);
    expect(against('nasushiobara', 'previous').previous[0].evaluationYear).toBe(2021);
  });
});

describe('against a last year with changes planted (build-fixtures.ts, previous-changed/)', () => {
  const projection = (seed: string) =>
    against(seed, 'previous-changed')
      .with.findings.filter((f) => PREVIOUS_RULES.includes(f.rule))
      .map((f) => [f.rule, f.severity, f.cell]);

  test('Kitakami 9-2 (R5 against R4)', () => {
    expect(projection('kitakami')).toEqual([
      ['previous-grade-mismatch', 'warning', 'G28'], // 「B (B)」, last year graded item 2 C
      ['indicator-dropped', 'info', 'E30'], // ③ 地域づくり研修の参加者数, used by item 3 last year
      ['narrative-unchanged', 'info', 'J30'], // item 3 今後の方向性 copied
      ['target-changed', 'warning', 'J39'], // ① R7 target 65 → 70, no note
      ['actual-revised', 'info', 'G44'], // ② R4 41.2 → 40.9
    ]);
  });

  test('Niigata No.28 (H30 against H29)', () => {
    expect(projection('niigata')).toEqual([
      ['indicator-dropped', 'info', 'B15'], // まちづくりセンター設置数 → まちづくりセンター数
      ['actual-revised', 'info', 'E43'], // H29 受講者数 1,450 → 1,454
      ['previous-grade-mismatch', 'warning', 'E50'], // H29 graded B last year, C on this year's sheet
      ['narrative-unchanged', 'info', 'F51'], // H30 課題 = last year's H29 課題
    ]);
  });

  test('the fixture script\'s table of what it plants is what fires', () => {
    const fired = ['kitakami', 'niigata'].flatMap((seed) => projection(seed).map(([rule, , cell]) => [`${seed}.xlsx`, rule, cell]));
    expect(fired.sort()).toEqual(PREVIOUS_PLANTED.map((p) => [p.file, p.rule, p.cell]).sort());
  });

  test('the messages name last year\'s file, sheet and cell, with the numbers', () => {
    const f = against('kitakami', 'previous-changed').with.findings.find((x) => x.rule === 'actual-revised')!;
    expect(f.message.ja).toContain('R4年度 の実績値 40.9 は、前年度のブック（「previous-changed/kitakami.xlsx」のシート「9-2」の G44）では 41.2でした。');
  });
});
