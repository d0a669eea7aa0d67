import { memoText, squash } from '../text/normalize';
import { seedWords } from './lexicon';

/**
 * The label dictionary: every word the readers recognise, in one place. Labels are compared
 * after squash() (NFKC, no spaces), so 「評 価」, 「ＮＯ．」 and 「No.」 match the same entry.
 * Parenthesised tails (「取組項目(中項目)」, 「基準値 (H27)」) are handled by the callers.
 * The words of indicator tables (実績値, 基準値, 単位 …) live in the role lexicon (lexicon.ts) and
 * are drawn from it here by seedWords(), so each word is written once.
 */
export const LABELS = {
  /** Per-year rows of an indicator block. */
  actual: seedWords('actual'),
  expected: seedWords('expected'),
  note: seedWords('note'),
  /** Column headers of an indicator block or table. */
  unit: seedWords('unit'),
  department: ['担当部等', '担当部署等', '担当部署', '担当部', '担当課', '担当課等', '所管課', '所管部署', '担当'],
  description: seedWords('description'),
  /** Baseline / target / current columns (a year follows in brackets). */
  baseline: seedWords('baseline'),
  target: seedWords('target'),
  current: seedWords('current'),
  indicatorHeader: seedWords('indicatorHeader'),
  /** Plan/actual sub-headers. */
  plan: seedWords('plan'),
  planActual: seedWords('planActual'),
  /** Item tables. */
  no: ['NO', 'NO.', '番号', '項番'],
  grade: ['達成状況評価', '事業の評価', '評価', '評価結果', '達成度評価', '進捗評価', '総括評価'],
  overallGrade: ['総合評価'],
  refs: ['成果指標', '達成状況', '指標', '関連指標'],
  itemTitle: ['推進方針', '事業名', '施策', '取組', '取組名', '取組事項', '事務事業名', '施策名'],
  narrative: ['内部要因', '外部要因', '今後の方向性', '達成状況分析', '効果又は理由', '効果又は理由(改善策)', '課題', '改善策', '今後の課題', '理由', '評価の理由', '課題と今後の方向性'],
  group: ['項目'],
  /** Sheet header. */
  policy: ['基本方針', '基本施策', '施策', '政策', '基本目標', '取組項目', '具体的な取組項目', '改革実施項目名称', '重点施策'],
  legend: ['評価項目', '評価区分', '評価基準', '評価の基準', '凡例'],
  itemName: ['改革実施項目名称'],
  /** Schedules. */
  scheduleHeader: ['取組事項', '実施年度', 'スケジュール', '年次計画', '実施計画', '工程', '取組スケジュール'],
  scheduleContent: ['内容', '取組内容', '事業内容'],
  yearlyGrade: ['年度評価'],
};

export type LabelKey = keyof typeof LABELS;

const SQUASHED: Record<LabelKey, string[]> = Object.fromEntries(
  Object.entries(LABELS).map(([k, words]) => [k, (words as readonly string[]).map((w) => squash(w).toUpperCase())]),
) as Record<LabelKey, string[]>;

/** squash() in upper case, without a trailing colon: the form labels are compared in. */
export const labelForm: (text: string) => string = memoText((text) => squash(text).toUpperCase().replace(/[:：]$/, ''));

/** The label part before a bracket: 「基準値 (H27)」 → 「基準値」, 「取組項目(中項目)」 → 「取組項目」. */
export const labelHead: (text: string) => string = memoText((text) => labelForm(text).replace(/[(（【\[].*$/, ''));

/** True when the text is exactly one of the key's words (ignoring a bracketed tail). */
export function isLabel(text: string, key: LabelKey): boolean {
  if (text.trim() === '') return false;
  const f = labelForm(text);
  const h = labelHead(text);
  return SQUASHED[key].some((w) => w === f || w === h);
}

/** True when the text starts with one of the key's words (「期待値 ※R7は目標値」). */
export function startsWithLabel(text: string, key: LabelKey): boolean {
  if (text.trim() === '') return false;
  const f = labelForm(text);
  return SQUASHED[key].some((w) => f.startsWith(w));
}

/** Words a schedule cell holds: 実施, 検討, →, 継続 … */
export const SCHEDULE_WORDS = ['実施', '検討', '継続', '拡充', '新規', '完了', '中止', '見直し', '準備', '調査', '試行', '予定', '→', '⇒', '○', '●', '◎'];
