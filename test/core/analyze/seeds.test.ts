import { analyzeWorkbook } from '../../../src/core/analyze';
import type { Settings } from '../../../src/core/settings';
import { seedSnapshot, type SeedName } from '../../support/seed-tsv';

/** The five real seed sheets, read by the readers and checked by the engine: the lists a careful person would write. */
function check(seed: SeedName, settings?: Partial<Settings>) {
  const a = analyzeWorkbook({ name: `${seed}.xlsx`, sheets: [seedSnapshot(seed, seed)] }, settings);
  expect(a.problems).toEqual([]);
  return { a, s: a.sheets[0], list: a.findings.map((f) => [f.rule, f.severity, f.cell]) };
}

test('000 Kitakami (R5 from the header, default preset)', () => {
  const { s, list, a } = check('kitakami');
  expect(s.evaluationYear).toBe(2023);
  expect(s.evaluationYearSource).toBe('sheet');
  expect(list).toEqual([
    ['grade-inconsistent', 'warning', 'G26'], // item 1 B; ② (38.7 − 48.6)/(50.5 − 48.6) = −521% → D
    // 達成状況 of item 1 (lower row): 「相談対応・企画支援件数6件増(令和4年度:14件→令和5年度:66件)」: 66 − 14 = 52, not 6
    // (issue 12). The sheet's other figures are verified (② 2.2ポイント低下 = 40.9 → 38.7, 維持 7件→7件, 130件増 = 72→202,
    // ① 参加者が増加 = 36 → 96) or left alone (docs/narrative-figures.md).
    ['narrative-figure-inconsistent', 'warning', 'F27'],
    ['grade-inconsistent', 'info', 'G28'], // item 2 B; ① (96 − 43)/(61 − 43) = 294% → A
    ['sudden-change', 'info', 'H38'], // ① R5 96 against R4 36
    ['actual-no-data', 'info', 'F44'], // ② R3 blank, 備考 未実施
  ]);
  expect(s.rolledUpGrade).toBe('B'); // B, B, B: the overall B is consistent
  const [one, two] = s.indicators;
  expect(one.expectedLine.map((e) => e.value)).toEqual([43, 47.5, 52, 56.5, 61, 65.5, 70]);
  expect(two.expectedLine.map((e) => e.value)).toEqual([48.6, 49.1, 49.6, 50.1, 50.5, 51, 51.5]);
  expect(a.findings[0].message.ja).toContain('基準値を下回っています（実績 38.7、基準値 48.6）');
});

test('001 Ichinoseki (plan: targets only, the 「—」 baseline)', () => {
  const { s, list } = check('ichinoseki');
  expect(s.evaluationYear).toBeNull();
  expect(list).toEqual([['baseline-missing', 'error', 'D434']]); // 市職員の協働に対する認知度: 現状 「—」
});

test('002 Niigata (plan/actual, year inferred from the yearly grades)', () => {
  const { s, list } = check('niigata');
  expect(s.evaluationYear).toBe(2018);
  expect(s.evaluationYearSource).toBe('inferred');
  expect(list).toEqual([
    ['value-estimate', 'info', 'C14'], // 930(見込み)
    ['value-estimate', 'info', 'C15'], // 37(見込み)
    // H30 graded C; 受講者数 (1671 − 930)/(1570 − 930) = 116% → A, センター数 (55 − 37)/(66 − 37) = 62% → C: mean B
    ['grade-inconsistent', 'info', 'G50'],
  ]);
});

test('003 Shinjo (schedule): rows whose statuses the flattened seed lost', () => {
  const { list, a } = check('shinjo');
  // Actions 19 and 20 share a name: the number tells them apart.
  expect(a.findings.slice(-2).map((f) => f.message.ja)).toEqual([
    '取組「19 協働事業評価制度の導入」にどの年度の予定もありません。',
    '取組「20 協働事業評価制度の導入」にどの年度の予定もありません。',
  ]);
  expect(list).toEqual([
    ['schedule-empty', 'warning', 'B140'],
    ['schedule-empty', 'warning', 'B141'],
    ['schedule-empty', 'warning', 'B148'],
    ['schedule-empty', 'warning', 'B155'],
    ['schedule-empty', 'warning', 'B156'],
    ['schedule-empty', 'warning', 'B157'],
  ]);
});

test('004 Nasushiobara (preset a-e, FY2022)', () => {
  const { s, list } = check('nasushiobara', { preset: 'a-e', evaluationYear: 2022 });
  expect(list).toEqual([
    ['grade-inconsistent', 'warning', 'F11'], // コミュニティ設立支援 D; 4 → 2 reached 2: 100% → A
    ['grade-inconsistent', 'info', 'F13'], // 自治会活動支援 C; 93 → 95, 88.4: D
    ['grade-inconsistent', 'info', 'F14'], // 自治会加入促進 C; 66.1 → 70.0, 58.2: D
    ['grade-inconsistent', 'info', 'F15'], // 自主防災 C; 73 → 95, 82: 41% → D
    ['grade-inconsistent', 'info', 'F21'], // コミュニティ助成 C; 14 → 16, 11: D
    ['actual-no-data', 'info', 'J24'], // ポータルサイト 現状値 「-」 (graded E: never inconsistent)
    ['grade-inconsistent', 'warning', 'F25'], // 避難行動要支援者 C; 0 → 50, 57: 114% → A
    ['grade-inconsistent', 'info', 'F31'], // 地域学校協働本部 C; 0 → 100, 93: 93% → B
    ['grade-inconsistent', 'warning', 'F33'], // 市職員研修 D; 1 → 2 reached 2 → A
  ]);
  // Qualitative rows (実施 / 充実) are kept and get no progress.
  expect(s.indicators.filter((i) => i.indicator.qualitative).every((i) => i.progress === null && i.suggestedGrade === null)).toBe(true);
  expect(s.indicators.filter((i) => i.indicator.qualitative).length).toBeGreaterThanOrEqual(5);
});
