import { analyzeWorkbook } from '../../../src/core/analyze';
import type { SheetAnalysis } from '../../../src/core/analyze/types';
import { narrativeVerdicts } from '../../../src/core/rules/narrative-claims';
import type { SheetContext } from '../../../src/core/rules/types';
import type { Settings } from '../../../src/core/settings';
import { seedSnapshot, type SeedName } from '../../support/seed-tsv';

/**
 * Every figure the five seed sheets' narrative cells state, and what the rules made of it:
 * verified against the sheet, left alone (tied to nothing on the sheet), or a finding.
 * The list docs/narrative-figures.md gives in words.
 */
function verdicts(seed: SeedName, settings?: Partial<Settings>) {
  const a = analyzeWorkbook({ name: `${seed}.xlsx`, sheets: [seedSnapshot(seed, seed)] }, settings);
  const s: SheetAnalysis = a.sheets[0];
  const ctx: SheetContext = { model: s.model, settings: {} as Settings, preset: s.preset, evaluationYear: s.evaluationYear, indicators: s.indicators, items: s.items, rolledUpGrade: s.rolledUpGrade, rollUpMean: null };
  return narrativeVerdicts(ctx).map((v) => [v.source.cell, v.figure.kind, v.status === 'finding' ? v.rule : v.status]);
}

test('000 Kitakami: ② 2.2ポイント低下, 維持 7→7, ① 参加者が増加 and ② 減少 verified; 6件増 for 14→66 is the one finding', () => {
  expect(verdicts('kitakami')).toEqual([
    ['I26', 'change', 'left-alone'], // 賃貸に居住する人の割合が4.2%増加: no such indicator
    ['I26', 'change', 'verified'], // 市民の割合が減少: ② 40.9 → 38.7
    ['H31', 'level', 'left-alone'], // 研修会とワークショップを2回
    ['I31', 'change', 'left-alone'], // 人口減少
    ['F26', 'change', 'verified'], // ② 前回調査と比較して2.2ポイント低下: R4 40.9 → R5 38.7
    ['F27', 'change', 'narrative-figure-inconsistent'], // 6件増 (14件 → 66件)
    ['F27', 'steady', 'verified'], // 維持 (7件 → 7件)
    ['F27', 'change', 'left-alone'], // 130件増 (72 → 202): consistent, names no indicator
    ['F28', 'change', 'verified'], // ① 参加者が増加: 36 → 96
  ]);
});

test('002 Niigata: 目標を達成 / 下回った per year against that year’s plan', () => {
  expect(verdicts('niigata')).toEqual([
    ['D23', 'target', 'verified'], // H27 まちづくりセンター設置数 目標を達成: 43 against 42
    ['F23', 'target', 'left-alone'], // H28 設置数 目標を下回った: the sentence names no indicator (48 against 50 would agree)
    ['D50', 'target', 'verified'], // H29: 54 against 58
    ['F50', 'target', 'verified'], // H30: 55 against 66
    ['F50', 'level', 'left-alone'], // 育成講座は7区
    ['D18', 'level', 'left-alone'], // 4区で実施: unit 区 fits no indicator
    ['F18', 'level', 'left-alone'],
    ['F18', 'level', 'left-alone'], // まちづくりセンターは1箇所
    ['D47', 'level', 'left-alone'],
    ['F47', 'level', 'left-alone'],
  ]);
});

test('001 Ichinoseki, 003 Shinjo, 004 Nasushiobara: nothing the sheet can check', () => {
  expect(verdicts('ichinoseki')).toEqual([['A173', 'level', 'left-alone']]); // 14地域で
  expect(verdicts('shinjo')).toEqual([]);
  expect(verdicts('nasushiobara', { preset: 'a-e', evaluationYear: 2022 })).toEqual([['G26', 'change', 'left-alone']]); // 自治会数が増加
});
