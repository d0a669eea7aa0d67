/**
 * The words narrative cells state figures with (達成状況, 分析, 内部要因 …), kept as data beside the
 * role lexicon (lexicon.ts): add a city's word here, not a branch in the parser
 * (text/narrative-figures.ts). Words are matched on text folded to half-width (NFKC).
 */

export type ChangeDirection = 'up' | 'down' | 'better' | 'worse';

/** A change word and its direction. 改善 / 悪化 depend on the indicator's own direction. Longer words first. */
export const CHANGE_WORDS: readonly { word: string; direction: ChangeDirection }[] = [
  { word: '増加', direction: 'up' },
  { word: '上昇', direction: 'up' },
  { word: '向上', direction: 'up' },
  { word: '拡大', direction: 'up' },
  { word: '伸び', direction: 'up' },
  { word: '増え', direction: 'up' },
  { word: '増', direction: 'up' },
  { word: '減少', direction: 'down' },
  { word: '低下', direction: 'down' },
  { word: '下降', direction: 'down' },
  { word: '縮小', direction: 'down' },
  { word: '減っ', direction: 'down' },
  { word: '減', direction: 'down' },
  { word: '改善', direction: 'better' },
  { word: '悪化', direction: 'worse' },
];

/**
 * What may follow a change word for it to state a change that happened (増加した, 低下しており,
 * 6件増(…), 増加。): anything else (増加させる, 増やす, 増加率, 増減, 減少傾向) is an intention, a
 * name or a trend, not a figure.
 */
export const CHANGE_FOLLOWERS: readonly string[] = ['した', 'して', 'し、', 'し,', 'しており', 'している', 'しています', 'しました', 'となった', 'となり', 'た', 'ており', 'ている', 'て', 'です', 'であった', '(', '。', '、', ',', ''];

/** Words that exclude a change word: 増減, 増加率 (a rate's name), 減少傾向 (a trend, not a figure). */
export const CHANGE_BLOCKERS: readonly string[] = ['率', '減', '傾向', 'させ', 'さ', 'やす', 'やし', 'を図', 'に向け', 'に努め', '額', '分'];

/** No change: the numbers are stated to be the same. */
export const STEADY_WORDS: readonly string[] = ['横ばい', '横這い', '維持', '同数', '変わらず', '増減なし', '前年並み', '前年度並み', '同水準'];

/** Words for the target a 「目標を達成」 claim speaks of. */
export const TARGET_WORDS: readonly string[] = ['目標値', '目標', '計画値'];

/** Outcomes after a target word: 目標を達成した, 目標値を若干下回った, 目標値には達しなかった. Longer first. */
export const TARGET_OUTCOMES: readonly { word: string; outcome: 'reached' | 'not-reached' }[] = [
  { word: '達成できなかった', outcome: 'not-reached' },
  { word: '達成できず', outcome: 'not-reached' },
  { word: '達成しなかった', outcome: 'not-reached' },
  { word: '達成されなかった', outcome: 'not-reached' },
  { word: '達しなかった', outcome: 'not-reached' },
  { word: '達せず', outcome: 'not-reached' },
  { word: '届かなかった', outcome: 'not-reached' },
  { word: '届かず', outcome: 'not-reached' },
  { word: '下回っ', outcome: 'not-reached' },
  { word: '下回り', outcome: 'not-reached' },
  { word: '下回る結果', outcome: 'not-reached' },
  { word: '未達成', outcome: 'not-reached' },
  { word: '未達', outcome: 'not-reached' },
  { word: '達成した', outcome: 'reached' },
  { word: '達成し', outcome: 'reached' },
  { word: '達成でき', outcome: 'reached' },
  { word: '達成され', outcome: 'reached' },
  { word: '達成。', outcome: 'reached' },
  { word: '上回っ', outcome: 'reached' },
  { word: '上回り', outcome: 'reached' },
  { word: '達した', outcome: 'reached' },
  { word: '達し', outcome: 'reached' },
  { word: 'クリアし', outcome: 'reached' },
];

/** Words between a target word and its outcome (目標値を若干下回った, 目標には達しなかった). */
export const TARGET_LINKS: readonly string[] = ['を', 'に', 'は', 'には', 'も', 'を若干', 'を大きく', 'を大幅に', 'をやや', 'をわずかに', 'に若干', 'には若干', 'を概ね', 'をほぼ'];

/** The year a comparison is made against: 前回調査 = the previous actual; 前年度 = the year before the evaluated one. */
export const BASIS_WORDS: readonly { word: string; basis: 'previous-actual' | 'previous-year' }[] = [
  { word: '前回調査', basis: 'previous-actual' },
  { word: '前回の調査', basis: 'previous-actual' },
  { word: '前回', basis: 'previous-actual' },
  { word: '前年度', basis: 'previous-year' },
  { word: '昨年度', basis: 'previous-year' },
  { word: '前年', basis: 'previous-year' },
  { word: '昨年', basis: 'previous-year' },
];

/** The evaluated year itself, named without a number. */
export const CURRENT_YEAR_WORDS: readonly string[] = ['今年度', '本年度', '当年度', '今回調査', '今回の調査'];

/** A sentence that states a plan or an aim, not a result (増加させる, 目指す, 予定): its figures are targets. */
export const INTENT_WORDS: readonly string[] = ['させる', 'させます', '目指す', '目指し', '目指します', '予定', '見込み', '見込ま', 'を図る', 'に努める', 'を目標', 'する。', 'します', 'したい'];

/** Subjects that name no particular figure (参加者が増加した): the figure is the item's or the cell's indicator. */
export const GENERIC_SUBJECTS: readonly string[] = ['指標', '成果指標', '実績', '実績値', '数値', '数', '件数', '人数', '参加者', '参加者数', '利用者', '利用者数', '割合', '率', '値', '現状', '現在'];

/** Analysis fields about the future (今後の方向性, 課題): their years and figures are plans, never stale. */
export const FUTURE_FIELD_WORDS: readonly string[] = ['今後', '方向性', '方針', '課題', '改善'];

/** Particles that end a subject (「参加率は」, 「設置数については」, 「婚姻率:」), longest first. */
export const SUBJECT_PARTICLES: readonly string[] = ['については', 'に関しては', 'では', 'は', 'が', 'を', ':'];

/** Units a change amount may carry for a value in percent: points (2.2ポイント低下). */
export const POINT_UNITS: readonly string[] = ['ポイント', 'ﾎﾟｲﾝﾄ', 'pt', 'P', 'ポ'];

/** Units that are the same unit (名 and 人 count people). */
export const UNIT_EQUIVALENTS: readonly string[][] = [
  ['人', '名'],
  ['%', '％'],
  ['か所', '箇所', 'ヶ所', 'カ所', 'ヵ所'],
];
