import { shortEraLabel } from '../text/years';
import type { Message, RuleId } from './types';
import { NARRATIVE_MESSAGES } from './narrative-messages';
import { PREVIOUS_MESSAGES } from './previous-messages';

/**
 * The one catalogue of finding messages, keyed by rule id and rendered from a finding's data,
 * so every message shows the numbers that raised it in both languages.
 */

type Data = Record<string, unknown>;

function v(x: unknown): string {
  if (x === null || x === undefined || x === '') return '—';
  if (typeof x === 'number') return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(12)));
  return String(x);
}

/** A value already rounded to the sheet's precision, shown with that many decimals (51 → "51.0"). */
function atPrecision(x: unknown, precision: unknown): string {
  return typeof x === 'number' && typeof precision === 'number' && precision >= 0 && precision <= 10 ? x.toFixed(precision) : v(x);
}

function ja(y: unknown): string {
  return typeof y === 'number' ? `${shortEraLabel(y)}年度` : v(y);
}

function en(y: unknown): string {
  return typeof y === 'number' ? `FY${y} (${shortEraLabel(y)})` : v(y);
}

function pct(p: unknown): string {
  return typeof p === 'number' ? `${(Math.round(p * 1000) / 10).toFixed(1)}%` : '—';
}

interface Basis {
  indicator: string;
  year: number;
  actual: number;
  expected: number;
  /** null: graded as actual / target, with no baseline (then expected is the target). */
  baseline: number | null;
  progress: number;
  suggested: string | null;
}

/** Progress as a person reads it: below the baseline is said in words, never as a negative percentage. */
function progressJa(x: Basis): string {
  if (x.baseline === null) return `実績 ${v(x.actual)}、目標値 ${v(x.expected)}、達成率 ${pct(x.progress)}`;
  return x.progress < 0 ? `基準値を${x.actual < x.baseline ? '下回って' : '上回って'}います（実績 ${v(x.actual)}、基準値 ${v(x.baseline)}）` : `実績 ${v(x.actual)}、期待値 ${v(x.expected)}、基準値 ${v(x.baseline)}、進捗 ${pct(x.progress)}`;
}

function progressEn(x: Basis): string {
  if (x.baseline === null) return `actual ${v(x.actual)}, target ${v(x.expected)}, ${pct(x.progress)} of the target`;
  return x.progress < 0 ? `${x.actual < x.baseline ? 'below' : 'above'} the baseline, away from the target (actual ${v(x.actual)}, baseline ${v(x.baseline)})` : `actual ${v(x.actual)}, expected ${v(x.expected)}, baseline ${v(x.baseline)}, progress ${pct(x.progress)}`;
}

function basisJa(d: Data): string {
  const b = (d.basis as Basis[] | undefined) ?? [];
  return b.map((x) => `${x.indicator}：${progressJa(x)} → ${v(x.suggested)}`).join('／');
}

function basisEn(d: Data): string {
  const b = (d.basis as Basis[] | undefined) ?? [];
  return b.map((x) => `${x.indicator}: ${progressEn(x)} → ${v(x.suggested)}`).join('; ');
}

/** Where a grade scale comes from: the sheet's own legend, or the preset chosen in Settings. */
function scaleSourceJa(d: Data): string {
  if (d.scaleSource === 'legend') return 'シートの凡例';
  if (d.scaleSource === 'validation') return 'セルの入力規則（リスト）';
  return d.presetName && typeof d.presetName === 'object' ? `評価基準「${(d.presetName as Message).ja}」` : '評価基準';
}

function scaleSourceEn(d: Data): string {
  if (d.scaleSource === 'legend') return "the sheet's legend";
  if (d.scaleSource === 'validation') return "the cell's drop-down list (data validation)";
  return d.presetName && typeof d.presetName === 'object' ? `the preset "${(d.presetName as Message).en}"` : 'the preset';
}

/** sheet-unrecognized: what the nearest table lacked, in a sentence (Japanese, English). */
const UNREAD: Record<string, { ja: (l: string) => string; en: (l: string) => string }> = {
  name: {
    ja: (l) => `年度の見出しの下に${l}の行がありますが、指標名が見つかりません。`,
    en: (l) => `There are ${l} rows under a year header, but no indicator name.`,
  },
  values: {
    ja: (l) => `${l}の見出しがありますが、その下に数値が見つかりません。`,
    en: (l) => `There are ${l} headers, but no numbers under them.`,
  },
  years: {
    ja: (l) => `${l}の見出しがありますが、年度の見出しが見つかりません。`,
    en: (l) => `There are ${l} headers, but no year header.`,
  },
  roles: {
    ja: (l) => `年度の見出しがありますが、${l}のほかに目標・実績の行や列が見つかりません。`,
    en: (l) => `There is a year header, but besides ${l} no target or actual rows or columns.`,
  },
  table: {
    ja: (l) => `${l}という語と数値がありますが、指標の表として読める配置が見つかりません。`,
    en: (l) => `It has the words ${l} and numbers, but no arrangement that reads as an indicator table.`,
  },
};

function unrecognizedMessage(d: Data): Message {
  const labels = ((d.labels as string[] | undefined) ?? []).map((l) => l.replace(/\s+/g, ' ').trim());
  const ja = labels.length > 0 ? labels.map((l) => `「${l}」`).join('') : '評価の語';
  const en = labels.length > 0 ? labels.map((l) => `"${l}"`).join(', ') : 'evaluation words';
  const why = UNREAD[String(d.missing)] ?? UNREAD.table;
  return {
    ja: `このシートは評価シートのようですが、読み取れませんでした。${why.ja(ja)}作業ウィンドウで表を選んで配置を教えるか、コマンドラインでは --profile でレイアウト プロファイルを指定してください。`,
    en: `This sheet looks like an evaluation sheet, but it could not be read. ${why.en(en)} Teach its layout in the task pane (select the table and mark its rows and columns), or pass a layout profile with --profile on the command line.`,
  };
}

export const MESSAGES: Record<RuleId, (d: Data) => Message> = {
  'eval-year-missing': () => ({
    ja: '評価対象年度がシートから読めず、設定でも指定されていません。',
    en: 'The evaluated fiscal year cannot be read from the sheet and none was given in settings',
  }),
  'overall-grade-missing': () => ({ ja: '総合評価が空欄です。', en: 'The overall grade (総合評価) is empty' }),
  'overall-grade-inconsistent': (d) => ({
    ja: `総合評価 ${v(d.grade)} は、各項目の評価（${(d.itemGrades as string[]).join(', ')}、平均 ${v(d.mean)} 点）から導かれる ${v(d.rolledUp)} と異なります。`,
    en: `Overall grade ${v(d.grade)} differs from ${v(d.rolledUp)}, which the item grades give (${(d.itemGrades as string[]).join(', ')}; mean ${v(d.mean)} points)`,
  }),
  'indicator-name-missing': (d) => ({ ja: `指標 ${v(d.indicator)} に値がありますが名称がありません。`, en: `Indicator ${v(d.indicator)} has values but no name` }),
  'indicator-unit-missing': (d) => ({ ja: `指標「${v(d.indicator)}」に単位がありません。`, en: `Indicator "${v(d.indicator)}" has no unit` }),
  'year-header-invalid': (d) => ({
    ja: `年度の見出し「${v(d.label)}」が読めないか、重複または逆順です。`,
    en: `Year header "${v(d.label)}" cannot be read as a fiscal year, or repeats, or goes backwards`,
  }),
  'value-not-numeric': (d) => ({
    ja: `指標「${v(d.indicator)}」の値「${v(d.text)}」は数値として読めません。`,
    en: `Value "${v(d.text)}" of indicator "${v(d.indicator)}" is not a number`,
  }),
  'value-normalized': (d) => ({
    ja: `「${v(d.text)}」を数値 ${v(d.value)} として読みました。`,
    en: `Read "${v(d.text)}" as the number ${v(d.value)}`,
  }),
  'value-estimate': (d) => ({
    ja: `「${v(d.text)}」は${v(d.qualifier)}の値です（確定値ではありません）。`,
    en: `"${v(d.text)}" is marked ${v(d.qualifier)}: an estimate, not a final value (${v(d.value)})`,
  }),
  'baseline-missing': (d) => ({
    ja: `指標「${v(d.indicator)}」に基準値がありません（${v(d.text)}）。期待値も進捗も計算できません。`,
    en: `Indicator "${v(d.indicator)}" has no baseline value (${v(d.text)}): no expected values or progress can be computed`,
  }),
  'target-missing': (d) => ({
    ja: `指標「${v(d.indicator)}」に目標値がありません（${v(d.text)}）。`,
    en: `Indicator "${v(d.indicator)}" has no target value (${v(d.text)})`,
  }),
  'baseline-mismatch': (d) => ({
    ja: `指標「${v(d.indicator)}」の基準年度 ${ja(d.year)} の実績値 ${v(d.actual)} と期待値 ${v(d.expected)} が異なります。`,
    en: `Indicator "${v(d.indicator)}": in the baseline year ${en(d.year)} the actual ${v(d.actual)} and the expected value ${v(d.expected)} differ`,
  }),
  'expected-missing': (d) => ({
    ja: `指標「${v(d.indicator)}」の ${ja(d.year)} の期待値が空欄です。基準値 ${v(d.baseline)} → 目標値 ${v(d.target)} の直線上の値は ${atPrecision(d.value, d.precision)} です。`,
    en: `Indicator "${v(d.indicator)}": the expected value for ${en(d.year)} is blank; the line from baseline ${v(d.baseline)} to target ${v(d.target)} gives ${atPrecision(d.value, d.precision)}`,
  }),
  'expected-mismatch': (d) => ({
    ja: `指標「${v(d.indicator)}」の ${ja(d.year)} の期待値 ${v(d.written)} は、基準値 ${v(d.baseline)} → 目標値 ${v(d.target)} の直線上の値 ${atPrecision(d.value, d.precision)}（小数 ${v(d.precision)} 桁）と異なります。`,
    en: `Indicator "${v(d.indicator)}": the expected value ${v(d.written)} for ${en(d.year)} differs from ${atPrecision(d.value, d.precision)} on the line from baseline ${v(d.baseline)} to target ${v(d.target)} (${v(d.precision)} ${d.precision === 1 ? 'decimal' : 'decimals'})`,
  }),
  'actual-missing': (d) => ({
    ja: `指標「${v(d.indicator)}」の ${ja(d.year)} の実績値が空欄で、理由の記載もありません（評価対象 ${ja(d.evaluationYear)}）。`,
    en: `Indicator "${v(d.indicator)}" has no actual for ${en(d.year)} and nothing explains why (evaluated year ${en(d.evaluationYear)})`,
  }),
  'actual-no-data': (d) => ({
    ja: `指標「${v(d.indicator)}」の ${ja(d.year)} は実績値なし（${v(d.reason)}）。`,
    en: `Indicator "${v(d.indicator)}" has no data for ${en(d.year)} (${v(d.reason)})`,
  }),
  'actual-future': (d) => ({
    ja: `指標「${v(d.indicator)}」に評価対象（${ja(d.evaluationYear)}）より後の ${ja(d.year)} の実績値 ${v(d.actual)} が入っています。`,
    en: `Indicator "${v(d.indicator)}" has an actual ${v(d.actual)} for ${en(d.year)}, after the evaluated year ${en(d.evaluationYear)}`,
  }),
  'percent-out-of-range': (d) => ({
    ja: `指標「${v(d.indicator)}」の値 ${v(d.value)}% は 0〜100% の範囲外です。`,
    en: `Indicator "${v(d.indicator)}": ${v(d.value)}% is outside 0–100%`,
  }),
  'negative-count': (d) => ({
    ja: `指標「${v(d.indicator)}」の値 ${v(d.value)}${v(d.unit)} は負の数です。`,
    en: `Indicator "${v(d.indicator)}": ${v(d.value)} ${v(d.unit)} is a negative count`,
  }),
  'cumulative-decrease': (d) => ({
    ja: `累計の指標「${v(d.indicator)}」が ${ja(d.previousYear)} の ${v(d.previous)} から ${ja(d.year)} の ${v(d.actual)} に減っています。`,
    en: `Cumulative indicator "${v(d.indicator)}" goes down from ${v(d.previous)} (${en(d.previousYear)}) to ${v(d.actual)} (${en(d.year)})`,
  }),
  'sudden-change': (d) => ({
    ja: `指標「${v(d.indicator)}」の実績値が ${ja(d.previousYear)} の ${v(d.previous)} から ${ja(d.year)} の ${v(d.actual)} に ${pct(d.change)} 変化しています。`,
    en: `Indicator "${v(d.indicator)}" changes by ${pct(d.change)} from ${v(d.previous)} (${en(d.previousYear)}) to ${v(d.actual)} (${en(d.year)})`,
  }),
  'indicator-unreferenced': (d) => ({
    ja: `指標「${v(d.indicator)}」はどの項目からも参照されていません。`,
    en: `No item refers to indicator "${v(d.indicator)}"`,
  }),
  'indicator-ref-missing': (d) => ({
    ja: `項目 ${v(d.item)} が参照する指標 ${v(d.ref)} がないか空です。`,
    en: `Item ${v(d.item)} refers to indicator ${v(d.ref)}, which is absent or empty`,
  }),
  'grade-missing': (d) => ({
    ja: d.year ? `項目 ${v(d.item)} の ${ja(d.year)} の評価が空欄です。` : `項目 ${v(d.item)} の評価が空欄です。`,
    en: d.year ? `Item ${v(d.item)} has no grade for ${en(d.year)}` : `Item ${v(d.item)} has no grade`,
  }),
  'grade-invalid': (d) => ({
    ja: `${/^\d+$/.test(String(d.item)) ? `項目 ${v(d.item)}` : v(d.item)} の評価「${v(d.grade)}」は、${scaleSourceJa(d)}の評価区分（${(d.scale as string[]).join('、')}）にありません。`,
    en: `Grade "${v(d.grade)}" of ${v(d.item)} is not on the scale of ${scaleSourceEn(d)} (${(d.scale as string[]).join(', ')})`,
  }),
  'grade-normalized': (d) => ({
    ja: `評価「${v(d.text)}」を「${v(d.grade)}」として読みました。`,
    en: `Read grade "${v(d.text)}" as "${v(d.grade)}"`,
  }),
  'grade-inconsistent': (d) => ({
    ja: `項目 ${v(d.item)} の評価 ${v(d.grade)} は、指標の数値から導かれる ${v(d.suggested)} と ${v(d.levels)} 段階異なります（${basisJa(d)}）。`,
    en: `Item ${v(d.item)} is graded ${v(d.grade)}, ${v(d.levels)} ${d.levels === 1 ? 'level' : 'levels'} from the ${v(d.suggested)} its indicators give (${basisEn(d)})`,
  }),
  'narrative-missing': (d) => ({
    ja: `評価 ${v(d.grade)} の項目 ${v(d.item)} に分析（${(d.fields as string[]).join('、')}）の記載がありません。`,
    en: `Item ${v(d.item)} is graded ${v(d.grade)} but its analysis fields (${(d.fields as string[]).join(', ')}) are all empty`,
  }),
  'schedule-status-invalid': (d) => ({
    ja: `取組「${v(d.action)}」の ${ja(d.year)} の「${v(d.status)}」は工程表の区分として読めません。`,
    en: `Action "${v(d.action)}": "${v(d.status)}" for ${en(d.year)} is not a schedule status`,
  }),
  'schedule-empty': (d) => ({
    ja: `取組「${v(d.action)}」にどの年度の予定もありません。`,
    en: `Action "${v(d.action)}" has no status in any year`,
  }),
  'sheet-unrecognized': unrecognizedMessage,
  ...NARRATIVE_MESSAGES,
  ...PREVIOUS_MESSAGES,
};

export function renderMessage(rule: RuleId, data: Data): Message {
  return MESSAGES[rule](data);
}

export { ADVICE, renderAdvice, renderFix } from './advice';
