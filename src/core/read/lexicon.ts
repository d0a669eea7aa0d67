import { squash } from '../text/normalize';
import type { TableRole } from './reading';

/**
 * The role lexicon: every word a table label can carry, the role it gives its row or column, and
 * its precedence. Kept as data (like the grade presets): add a city's word here, not a branch in
 * a reader. The seed readers' word lists (labels.ts, key `seed`) are drawn from the same entries,
 * so a word is written once.
 *
 * Matching (roleOfLabel): a label is compared after squash() in upper case, without a trailing
 * colon, whole (「実績値」), by its head before a bracket (「基準値 (H27)」), and with its year
 * removed (「R2目標」, 「平成28年度実績値」). Words marked prefix also match the start of a label
 * (「実績値・見込」), words marked contains anywhere in it (「事業費（千円）」). Among the entries that
 * match, the higher precedence wins (「目標達成率」 is a derived row although it starts with 目標;
 * 「目標年度」 is a target-year column; 「単年度目標値」 a yearly plan), then exact over prefix over
 * contains, then the longer word.
 */

/** Roles beyond a table's own: rows that share the year header but are never indicators, and table-level years. */
export type LexRole =
  | TableRole
  /** 達成率, 達成度, 進捗率, 対前年度: derived from the indicator's values, never an indicator of its own. */
  | 'derived'
  /** 予算額, 執行額, 決算額, 事業費, 人件費, コスト, 千円: cost rows. */
  | 'cost'
  /** 計画期間 / 事業期間: one period for the whole table (始:H22 終:H26). */
  | 'period'
  /** A 年度 column (years down, or a collection workbook's evaluated year). */
  | 'yearColumn';

export type LabelSeedKey =
  | 'actual'
  | 'expected'
  | 'note'
  | 'unit'
  | 'description'
  | 'baseline'
  | 'target'
  | 'current'
  | 'indicatorHeader'
  | 'plan'
  | 'planActual';

export interface LexEntry {
  word: string;
  role: LexRole;
  /** Higher wins when a label matches several entries the same way. */
  precedence: number;
  /** How the word may sit in a label: the whole label (default), its start, or anywhere. */
  match?: 'exact' | 'prefix' | 'contains';
  /** The role when the word labels a row of values over years (目標 over R1…R5 is a plan, not the final target). */
  yearly?: LexRole;
  /** The role when the table also has a baseline column (現状値 beside 基準値 is the current value). */
  besideBaseline?: LexRole;
  /** A grade word that, alone beside a grade outside every table, labels the sheet's overall grade (評価 │ C). */
  overall?: boolean;
  /** The seed readers' word lists (labels.ts) this word belongs to. */
  seed?: LabelSeedKey[];
}

const E = (word: string, role: LexRole, precedence: number, more: Partial<LexEntry> = {}): LexEntry => ({ word, role, precedence, ...more });

export const LEXICON: readonly LexEntry[] = [
  // actual
  E('実績値', 'actual', 60, { match: 'prefix', seed: ['actual', 'current', 'planActual'] }),
  E('実績', 'actual', 55, { match: 'prefix', seed: ['actual', 'planActual'] }),
  E('成果実績', 'actual', 60, { match: 'prefix' }),
  E('中間実績値', 'actual', 60),
  E('中間実績', 'actual', 60, { match: 'prefix' }),
  E('最終実績', 'actual', 60, { match: 'prefix' }),
  E('数値', 'actual', 30), // 「数 値」 beside 従前値 │ 目標値 (the value measured at the evaluation)
  E('実績見込', 'actual', 60, { match: 'prefix' }),
  E('現在値', 'current', 60, { seed: ['current'] }),
  E('直近値', 'current', 60),
  E('最新値', 'current', 60),
  // plan / expected for a year
  E('期待値', 'plan', 60, { match: 'prefix', seed: ['expected'] }),
  E('計画値', 'plan', 60, { match: 'prefix', seed: ['expected', 'plan'] }),
  E('計画', 'plan', 55, { seed: ['plan'] }),
  E('単年度目標値', 'plan', 80, { match: 'prefix', seed: ['expected'] }),
  E('目標値(単年度)', 'plan', 80, { seed: ['expected'] }),
  E('単年度目標', 'plan', 80, { match: 'prefix' }),
  E('年度目標', 'plan', 75, { match: 'prefix' }),
  E('年度目標値', 'plan', 75, { match: 'prefix' }),
  E('見込み', 'plan', 50), // a forecast for a year under a 実績 │ 見込み sub-header
  E('見込', 'plan', 50),
  // baseline
  E('基準値', 'baseline', 60, { match: 'prefix', seed: ['baseline'] }),
  E('基準', 'baseline', 50, { seed: ['baseline'] }),
  E('現状値', 'baseline', 55, { besideBaseline: 'current', seed: ['baseline', 'current'] }),
  E('現状', 'baseline', 50, { besideBaseline: 'current', seed: ['baseline'] }),
  E('現況値', 'baseline', 55, { match: 'prefix' }),
  E('当初値', 'baseline', 60, { match: 'prefix' }),
  E('当初現況値', 'baseline', 65, { match: 'prefix' }),
  E('策定時', 'baseline', 60, { match: 'prefix', seed: ['baseline'] }),
  E('計画策定時', 'baseline', 65, { match: 'prefix' }),
  E('基準年度', 'baseline', 65),
  E('従前値', 'baseline', 60, { match: 'prefix' }),
  // target
  E('目標値', 'target', 50, { match: 'prefix', yearly: 'plan', seed: ['target'] }),
  E('目標', 'target', 45, { match: 'prefix', yearly: 'plan', seed: ['target'] }),
  E('最終目標', 'target', 80, { match: 'prefix', seed: ['target'] }),
  E('最終目標値', 'target', 85, { match: 'prefix' }),
  E('目標最終年度', 'target', 85, { match: 'prefix' }),
  E('中間目標', 'interimTarget', 80, { match: 'prefix', seed: ['target'] }),
  E('中間目標値', 'interimTarget', 85, { match: 'prefix' }),
  E('目標年度', 'targetYear', 90),
  E('目標年次', 'targetYear', 90),
  E('目標年月', 'targetYear', 90), // 「H28.2」: a month, January–March rolling back a year
  E('指標値', 'target', 40), // 地方創生 KPI reports: 指標 │ 指標値 │ 単位 │ 目標年月 (the KPI's target figure)
  E('達成年度', 'targetYear', 85),
  // indicator name and number
  E('指標', 'name', 40, { seed: ['indicatorHeader'] }),
  E('成果指標', 'name', 50, { seed: ['indicatorHeader'] }),
  E('成果指標名', 'name', 55, { seed: ['indicatorHeader'] }),
  E('活動指標', 'name', 50),
  E('対象指標', 'name', 50),
  E('対象指標名', 'name', 55),
  E('活動指標名', 'name', 55),
  E('指標名', 'name', 55, { seed: ['indicatorHeader'] }),
  E('指標名称', 'name', 55),
  E('指標の名称', 'name', 55),
  E('KPI', 'name', 50, { match: 'prefix' }),
  E('重要業績評価指標', 'name', 55, { match: 'prefix' }),
  E('成果目標', 'name', 50),
  E('定量的指標', 'name', 50, { match: 'prefix' }), // 定量的指標の定義及び算定式 (the name in the definition)
  E('[目標指標]', 'name', 60, { match: 'prefix' }),
  E('[成果指標]', 'name', 60, { match: 'prefix' }),
  E('[活動指標]', 'name', 60, { match: 'prefix' }),
  E('NO', 'id', 50),
  E('NO.', 'id', 50),
  E('番号', 'id', 50),
  // columns beside the values
  E('単位', 'unit', 60, { seed: ['unit'] }),
  E('備考', 'note', 60, { seed: ['note'] }),
  E('指標の説明', 'description', 60, { seed: ['description'] }),
  E('指標の定義', 'description', 60, { seed: ['description'] }),
  E('説明', 'description', 50, { seed: ['description'] }),
  E('算出方法', 'description', 55),
  E('評価', 'grade', 40, { overall: true }),
  E('達成度評価', 'grade', 110), // above 達成度 (a derived row)
  E('達成状況評価', 'grade', 60),
  E('進捗評価', 'grade', 60),
  E('評価結果', 'grade', 60, { overall: true }),
  E('事後評価', 'grade', 60),
  E('に関する評価', 'note', 100, { match: 'contains' }), // 「最終目標値の実現状況に関する評価」: a comment, not a target
  E('総括評価', 'grade', 60, { overall: true }),
  E('妥当性', 'grade', 60),
  E('有効性', 'grade', 60),
  E('効率性', 'grade', 60),
  E('必要性', 'grade', 60),
  E('公平性', 'grade', 60),
  E('事業効果', 'grade', 60), // 地方創生 effect: 地方創生に非常に効果的であった …
  E('手段の適切性', 'grade', 60),
  E('目的達成度', 'grade', 110), // a grade axis (4–1), above 達成度 (a derived row)
  E('所管部', 'department', 55),
  E('所管課', 'department', 60),
  E('担当課', 'department', 60),
  E('担当部', 'department', 55),
  E('担当部署', 'department', 60),
  E('事務事業名', 'itemTitle', 60),
  E('事業名', 'itemTitle', 55),
  E('施策名', 'itemTitle', 55),
  E('事業の名称', 'itemTitle', 55, { match: 'contains' }), // 交付対象事業の名称
  // rows that share the year header but are never indicators
  E('達成率', 'derived', 100, { match: 'contains' }),
  E('達成度', 'derived', 100, { match: 'contains' }),
  E('進捗率', 'derived', 100, { match: 'contains' }),
  E('進捗度', 'derived', 100, { match: 'contains' }),
  E('対前年度', 'derived', 100, { match: 'contains' }),
  E('対前年', 'derived', 100, { match: 'contains' }),
  E('千円', 'cost', 100, { match: 'contains' }),
  E('予算額', 'cost', 100, { match: 'contains' }),
  E('執行額', 'cost', 100, { match: 'contains' }),
  E('決算額', 'cost', 100, { match: 'contains' }),
  E('実績額', 'cost', 100, { match: 'contains' }), // money spent (実績額 単位:円), not an actual
  E('事業費', 'cost', 100, { match: 'contains' }),
  E('人件費', 'cost', 100, { match: 'contains' }),
  E('コスト', 'cost', 100, { match: 'contains' }),
  E('トータルコスト', 'cost', 100, { match: 'contains' }),
  // table-level years
  E('計画期間', 'period', 70, { match: 'prefix' }),
  E('事業期間', 'period', 70, { match: 'prefix' }),
  E('実施期間', 'period', 70, { match: 'prefix' }),
  E('年度', 'yearColumn', 50),
];

/**
 * Words that make a sheet an evaluation sheet in a person's eyes: a sheet with numbers and any of
 * them that no reader could read gets sheet-unrecognized. A memo without them stays silent.
 */
export const EVALUATION_WORDS = ['指標', '目標', '実績', '評価', '達成', '成果', 'KPI', '基準値', '現状値', '計画値'];

/**
 * Words that state a target or a year's plan in words (「前年度以下」, 「全指標で目標達成」, 「現状維持」):
 * a qualitative goal, not a value that failed to be a number.
 */
export const GOAL_WORDS = ['以上', '以下', '未満', '目標達成', '達成', '維持', '増加', '減少', '向上', '改善', '上回', '下回', '削減', '拡大'];

/** Grade marks a form writes instead of letters (◎ ○ △ ×): a column of them is a grade column. */
export const GRADE_MARK = /^[◎○〇△▲×✕◯]$/;

/** Qualifier cells beside a value: (見込) / (実績) / (速報値). */
export const QUALIFIER = /^[(（]\s*(見込み?|実績|速報値?|暫定値?|推計値?|予定)\s*[)）]$/;

function form(text: string): string {
  return squash(text).toUpperCase().replace(/[:：]$/, '');
}

const FORMS = LEXICON.map((e) => ({ ...e, form: form(e.word) }));

/** The seed readers' list for a key, in lexicon order (labels.ts). */
export function seedWords(key: LabelSeedKey): string[] {
  return LEXICON.filter((e) => e.seed?.includes(key)).map((e) => e.word);
}

/** A year written inside a label (「R2目標」, 「平成28年度実績値」, 「2023年度」), removed to find the role word. */
const YEAR_IN_LABEL = /(令和|平成|昭和|[RHS])\s?(元|\d{1,2})\s?(年度|年)?|(19|20)\d\d\s?(年度|年)?|(元|\d{1,2})\s?年度/g;

export interface RoleMatch {
  entry: LexEntry;
  how: 'exact' | 'prefix' | 'contains';
}

const RANK = { exact: 3, prefix: 2, contains: 1 } as const;

/** Labels repeat on a sheet (目標 / 実績 on every indicator): each distinct text is matched once. */
const CACHE = new Map<string, RoleMatch | null>();

/** The role a label gives its row or column; null when no lexicon word is there. */
export function roleOfLabel(text: string): RoleMatch | null {
  const hit = CACHE.get(text);
  if (hit !== undefined) return hit;
  const found = matchLabel(text);
  if (CACHE.size > 5000) CACHE.clear();
  CACHE.set(text, found);
  return found;
}

function matchLabel(text: string): RoleMatch | null {
  if (text.trim() === '') return null;
  const whole = form(text);
  if (whole.length > 40) return null; // running text, not a label
  const head = whole.replace(/[(（【].*$/, '');
  const noYear = whole.replace(YEAR_IN_LABEL, '').replace(/^[()（）\s・:：]+|[()（）\s・:：]+$/g, '');
  const candidates = Array.from(new Set([whole, head, noYear, noYear.replace(/[(（【].*$/, '')])).filter((c) => c !== '');
  let best: (RoleMatch & { p: number; len: number; rank: number }) | null = null;
  for (const e of FORMS) {
    for (const c of candidates) {
      const how: RoleMatch['how'] | null =
        c === e.form ? 'exact' : e.match === 'prefix' || e.match === 'contains' ? (c.startsWith(e.form) ? 'prefix' : e.match === 'contains' && c.includes(e.form) ? 'contains' : null) : null;
      if (!how) continue;
      const rank = RANK[how];
      const better = !best || e.precedence > best.p || (e.precedence === best.p && (rank > best.rank || (rank === best.rank && e.form.length > best.len)));
      if (better) {
        best = { entry: e, how, p: e.precedence, len: e.form.length, rank };
      }
    }
  }
  return best ? { entry: best.entry, how: best.how } : null;
}

/** The role only (see roleOfLabel). */
export function lexRole(text: string): LexRole | null {
  return roleOfLabel(text)?.entry.role ?? null;
}
