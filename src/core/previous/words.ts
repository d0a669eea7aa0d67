/**
 * Words of the year-over-year comparison, kept as data (like read/lexicon.ts).
 */

/** Words that say a baseline or target was revised on purpose (備考, 指標の説明, 分析): target-changed stays quiet. */
export const REVISION_WORDS = ['変更', '見直', '見直し', '改定', '改訂', '修正', '再設定', '上方修正', '下方修正', '引き上げ', '引上げ', '引き下げ', '引下げ', '更新'];

/** Words that name what target-changed compares, for a revision stated in the analysis. */
export const TARGET_WORDS = ['目標', '基準', '目標値', '基準値', '現状値'];

/**
 * An analysis cell shorter than this (after folding) is not reported as copied from last year:
 * 「-」, 「特になし」, 「同上」 are the same every year by nature.
 */
export const MIN_COPIED_CHARS = 10;
