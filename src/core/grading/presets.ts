import type { GradePreset } from './types';

/**
 * Grade presets as data. Thresholds are fractions of the basis (1.0 = 100%), best grade first;
 * each grade needs at least its `min`, the last grade takes the rest. Sources are the cities'
 * own evaluation guides as summarised in DOMAIN.md.
 */

const AD_POINTS = { A: 4, B: 3, C: 2, D: 1 };
const AD_THRESHOLDS = [
  { grade: 'A', min: 1.0 },
  { grade: 'B', min: 0.8 },
  { grade: 'C', min: 0.5 },
  { grade: 'D', min: -Infinity },
];

export const PRESETS: GradePreset[] = [
  {
    id: 'default',
    name: { ja: '標準（A–D、期待値に対する進捗）', en: 'Default (A–D on progress toward the expected value)' },
    scale: ['A', 'B', 'C', 'D'],
    ungraded: [],
    basis: 'progress',
    thresholds: AD_THRESHOLDS,
    points: AD_POINTS,
    source: 'Evalsheet default: A ≥ 100%, B ≥ 80%, C ≥ 50%, D below',
  },
  {
    id: 'osaka-library',
    name: { ja: '大阪府立図書館', en: 'Osaka Prefectural Library' },
    scale: ['A', 'B', 'C', 'D'],
    ungraded: [],
    basis: 'progress',
    thresholds: [
      { grade: 'A', min: 1.1 },
      { grade: 'B', min: 0.8 },
      { grade: 'C', min: 0.5 },
      { grade: 'D', min: -Infinity },
    ],
    points: AD_POINTS,
    source: 'Osaka Prefectural Library: A ≥ 110%, B 80–110%, C 50–80%, D < 50%',
  },
  {
    id: 'nagoya-port',
    name: { ja: '名古屋港（順調 / やや遅れ / 遅れ）', en: 'Nagoya Port (on track / slightly behind / behind)' },
    scale: ['順調', 'やや遅れ', '遅れ'],
    ungraded: [],
    basis: 'progress',
    thresholds: [
      { grade: '順調', min: 0.8 },
      { grade: 'やや遅れ', min: 0.6 },
      { grade: '遅れ', min: -Infinity },
    ],
    points: { 順調: 3, やや遅れ: 2, 遅れ: 1 },
    meanings: {
      順調: { ja: '順調', en: 'on track' },
      やや遅れ: { ja: 'やや遅れ', en: 'slightly behind' },
      遅れ: { ja: '遅れ', en: 'behind' },
    },
    source: 'Nagoya Port: ≥ 80% 順調, ≥ 60% やや遅れ, < 60% 遅れ',
  },
  {
    id: 'tama',
    name: { ja: '多摩市（①②③、目標の按分値に対する達成）', en: 'Tama city (①②③ on the pro-rata target)' },
    scale: ['①', '②', '③'],
    ungraded: [],
    basis: 'pro-rata-target',
    thresholds: [
      { grade: '①', min: 1.0 },
      { grade: '②', min: 0.6 },
      { grade: '③', min: -Infinity },
    ],
    points: { '①': 3, '②': 2, '③': 1 },
    source: 'Tama city: ① ≥ 100%, ② 60–100%, ③ < 60% of the pro-rata target',
  },
  {
    id: 'sano',
    name: { ja: '佐野市（7〜1点）', en: 'Sano city (points 7 to 1)' },
    scale: ['7', '6', '5', '4', '3', '2', '1'],
    ungraded: [],
    basis: 'progress',
    thresholds: [
      { grade: '7', min: 1.0 },
      { grade: '6', min: 0.9 },
      { grade: '5', min: 0.8 },
      { grade: '4', min: 0.7 },
      { grade: '3', min: 0.6 },
      { grade: '2', min: 0.5 },
      { grade: '1', min: -Infinity },
    ],
    points: { '7': 7, '6': 6, '5': 5, '4': 4, '3': 3, '2': 2, '1': 1 },
    source: 'Sano city: 100% = 7, 90–100 = 6, 80–90 = 5, 70–80 = 4, 60–70 = 3, 50–60 = 2, < 50 = 1',
  },
  {
    id: 'kitakami',
    name: { ja: '北上市（A 順調 / B 概ね順調 / C やや遅れている / D 遅れている）', en: 'Kitakami (A on track … D behind)' },
    scale: ['A', 'B', 'C', 'D'],
    ungraded: [],
    basis: 'progress',
    // Kitakami publishes the wording, not the thresholds: the default ones, overridable by setting.
    thresholds: AD_THRESHOLDS,
    points: AD_POINTS,
    meanings: {
      A: { ja: '順調', en: 'on track' },
      B: { ja: '概ね順調', en: 'mostly on track' },
      C: { ja: 'やや遅れている', en: 'slightly behind' },
      D: { ja: '遅れている', en: 'behind' },
    },
    source: 'Kitakami / Fukuoka wording; thresholds not published (default A ≥ 100%, B ≥ 80%, C ≥ 50%)',
  },
  {
    id: 'a-e',
    name: { ja: 'A–E（E は評価不能）', en: 'A–E (E: not evaluable)' },
    scale: ['A', 'B', 'C', 'D', 'E'],
    ungraded: ['E'],
    basis: 'progress',
    thresholds: AD_THRESHOLDS,
    points: AD_POINTS,
    meanings: { E: { ja: '評価不能', en: 'not evaluable' } },
    source: 'Nasushiobara-style sheets: A–D as the default thresholds, E = 評価不能 (never suggested)',
  },
  {
    id: 'chihousousei',
    name: { ja: '地方創生の効果（非常に効果的であった〜効果がなかった）', en: 'Regional revitalisation effect (very effective … not effective)' },
    scale: ['非常に効果的であった', '相当程度効果があった', '効果があった', '効果がなかった'],
    ungraded: [],
    // The KPIs of these reports have a target and an actual, rarely a baseline: actual / target.
    basis: 'target-ratio',
    thresholds: [
      { grade: '非常に効果的であった', min: 1.0 },
      { grade: '相当程度効果があった', min: 0.8 },
      { grade: '効果があった', min: 0.5 },
      { grade: '効果がなかった', min: -Infinity },
    ],
    points: { 非常に効果的であった: 4, 相当程度効果があった: 3, 効果があった: 2, 効果がなかった: 1 },
    phrases: true,
    source: 'The national 地方創生 KPI review (事業実施結果報告 事業効果) wording; thresholds not published (default A ≥ 100%, B ≥ 80%, C ≥ 50% of the target)',
  },
  // Forms that grade with marks (issue 7). A sheet whose grades are all marks is graded on the
  // smallest of these whose scale holds them (markPresetFor, grading/mark-scales.ts).
  {
    id: 'toshisaisei',
    name: { ja: '都市再生整備計画 事後評価（○ 達成 / △ 従前値より改善 / × 改善なし）', en: 'MLIT urban renewal ex-post (○ reached / △ better than before / × not better)' },
    scale: ['○', '△', '×'],
    ungraded: [],
    basis: 'progress',
    thresholds: [
      { grade: '○', min: 1.0 },
      { grade: '△', min: 0.0001 }, // any progress beyond 従前値
      { grade: '×', min: -Infinity },
    ],
    points: { '○': 3, '△': 2, '×': 1 },
    meanings: {
      '○': { ja: '目標を達成', en: 'target reached' },
      '△': { ja: '目標に達しないが従前値より改善', en: 'not reached, better than the value before' },
      '×': { ja: '従前値より改善なし', en: 'not better than the value before' },
    },
    source: 'MLIT 都市再生整備計画 事後評価シート (様式2-1 目標達成度): ○ the target reached, △ not reached but better than 従前値, × not better',
  },
  {
    id: 'marks',
    name: { ja: '◎ ○ △ ×（標準のしきい値）', en: '◎ ○ △ × (default thresholds)' },
    scale: ['◎', '○', '△', '×'],
    ungraded: [],
    basis: 'progress',
    thresholds: [
      { grade: '◎', min: 1.0 },
      { grade: '○', min: 0.8 },
      { grade: '△', min: 0.5 },
      { grade: '×', min: -Infinity },
    ],
    points: { '◎': 4, '○': 3, '△': 2, '×': 1 },
    source: 'Marks on forms that publish no thresholds (地域再生計画 事後評価調書 ◎○△): the default ones, ◎ ≥ 100%, ○ ≥ 80%, △ ≥ 50%, as a setting',
  },
];

export function getPreset(id: string): GradePreset | undefined {
  return PRESETS.find((p) => p.id === id);
}

export const PRESET_IDS = PRESETS.map((p) => p.id);

/**
 * A preset with the settings' overrides applied: roll-up points (Settings.points) and thresholds
 * (grade → minimum fraction; for presets such as Kitakami whose thresholds are not published).
 */
export function withOverrides(preset: GradePreset, points: Record<string, number> | null, thresholds: Record<string, number> | null): GradePreset {
  return {
    ...preset,
    points: points ? { ...preset.points, ...points } : preset.points,
    thresholds: thresholds ? preset.thresholds.map((t, i) => (i < preset.thresholds.length - 1 && thresholds[t.grade] !== undefined ? { ...t, min: thresholds[t.grade] } : t)) : preset.thresholds,
  };
}
