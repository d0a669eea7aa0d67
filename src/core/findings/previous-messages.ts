import { shortEraLabel } from '../text/years';
import type { Message } from './types';

/**
 * Messages, 「対応」 and names of the rules against last year's workbook (issue 12), kept beside the
 * catalogue (messages.ts, advice.ts spread them in) so the two stay one catalogue keyed by rule id.
 */

type Data = Record<string, unknown>;
export type PreviousRuleId = 'previous-grade-mismatch' | 'actual-revised' | 'target-changed' | 'indicator-dropped' | 'narrative-unchanged';

function v(x: unknown): string {
  if (x === null || x === undefined || x === '') return '—';
  if (typeof x === 'number') return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(12)));
  return String(x);
}

const ja = (y: unknown) => (typeof y === 'number' ? `${shortEraLabel(y)}年度` : v(y));
const en = (y: unknown) => (typeof y === 'number' ? `FY${y} (${shortEraLabel(y)})` : v(y));

/** 前年度のブック（「r4.xlsx」のシート「9-2」の G26） / last year's workbook (r4.xlsx, sheet "9-2", G26). */
const whereJa = (d: Data) => `前年度のブック（「${v(d.previousFile)}」のシート「${v(d.previousSheet)}」の ${v(d.previousCell)}）`;
const whereEn = (d: Data) => `last year's workbook (${v(d.previousFile)}, sheet "${v(d.previousSheet)}", ${v(d.previousCell)})`;

const FIELD = { baseline: { ja: '基準値', en: 'baseline' }, target: { ja: '目標値', en: 'target' } } as const;
const field = (d: Data) => FIELD[d.field === 'baseline' ? 'baseline' : 'target'];
const atYear = (y: unknown, value: unknown, lang: 'ja' | 'en') => (typeof y === 'number' ? (lang === 'ja' ? `${ja(y)} ${v(value)}` : `${v(value)} for ${en(y)}`) : v(value));

export const PREVIOUS_MESSAGES: Record<PreviousRuleId, (d: Data) => Message> = {
  'previous-grade-mismatch': (d) => ({
    ja: `項目 ${v(d.item)} の${d.yearly ? `${ja(d.year)}の` : `前年度（${ja(d.year)}）の`}評価が「${v(d.written)}」と記入されていますが、${whereJa(d)}では「${v(d.previousGrade)}」です。`,
    en: `Item ${v(d.item)}: ${d.yearly ? `the grade for ${en(d.year)}` : `last year's grade (${en(d.year)})`} is written as ${v(d.written)}, but ${whereEn(d)} gave ${v(d.previousGrade)}`,
  }),
  'actual-revised': (d) => ({
    ja: `指標「${v(d.indicator)}」の ${ja(d.year)} の実績値 ${v(d.actual)} は、${whereJa(d)}では ${v(d.previousActual)}${d.previousEstimate ? '（見込み）' : ''}でした。`,
    en: `Indicator "${v(d.indicator)}": the actual for ${en(d.year)} is ${v(d.actual)}; ${whereEn(d)} reported ${v(d.previousActual)}${d.previousEstimate ? ' (an estimate)' : ''}`,
  }),
  'target-changed': (d) => ({
    ja: `指標「${v(d.indicator)}」の${field(d).ja}が、${whereJa(d)}の ${atYear(d.previousYear, d.previousValue, 'ja')} から ${atYear(d.year, d.value, 'ja')} に変わっていますが、変更の理由が記入されていません。`,
    en: `Indicator "${v(d.indicator)}": the ${field(d).en} changed from ${atYear(d.previousYear, d.previousValue, 'en')} in ${whereEn(d)} to ${atYear(d.year, d.value, 'en')}, and no note says why`,
  }),
  'indicator-dropped': (d) =>
    d.kind === 'renamed'
      ? {
          ja: `${whereJa(d)}の指標「${v(d.indicator)}」の名称が「${v(d.renamedTo)}」に変わっています。`,
          en: `Indicator "${v(d.indicator)}" of ${whereEn(d)} is now named "${v(d.renamedTo)}"`,
        }
      : {
          ja: `${whereJa(d)}にあった指標「${v(d.indicator)}」が、このシートにありません。`,
          en: `Indicator "${v(d.indicator)}" of ${whereEn(d)} is not on this sheet`,
        },
  'narrative-unchanged': (d) => ({
    ja: `項目 ${v(d.item)} の「${v(d.field)}」（${v(d.chars)}文字）は、${whereJa(d)}と同じ文章です。`,
    en: `Item ${v(d.item)}: "${v(d.field)}" (${v(d.chars)} characters) is word for word the text of ${whereEn(d)}`,
  }),
};

export const PREVIOUS_ADVICE: Record<PreviousRuleId, (d: Data) => Message> = {
  'previous-grade-mismatch': () => ({
    ja: '前年度の評価を前年度のブックのとおりに直すか、前年度の評価を見直した理由を分析欄に書いてください。',
    en: "Write last year's grade as last year's workbook gives it, or explain in the analysis why it was revised.",
  }),
  'actual-revised': (d) =>
    d.note
      ? { ja: '備考に記入された理由が、値の修正を説明しているか確かめてください。', en: 'Check that the note in 備考 explains the revised value.' }
      : { ja: '値を修正した場合は、理由（確定値への更新など）を備考に書いてください。誤りであれば前年度の値に戻してください。', en: "If the value was revised, give the reason in 備考 (the final figure, for instance); if not, restore last year's value." },
  'target-changed': () => ({
    ja: '変更が正しければ、理由（計画の見直しなど）を備考か指標の説明に書いてください。誤りであれば前年度の値に戻してください。',
    en: "If the change is right, give the reason (a revised plan, for instance) in 備考 or the indicator's description; if not, restore last year's value.",
  }),
  'indicator-dropped': (d) =>
    d.kind === 'renamed'
      ? { ja: '名称の変更が意図したものか確かめ、変更した場合は理由を備考に書いてください。', en: 'Check that the new name is intended; if so, give the reason in 備考.' }
      : { ja: '指標をやめた場合は、その理由と代わりの指標を分析欄に書いてください。', en: 'If the indicator was dropped, say why and what replaces it in the analysis.' },
  'narrative-unchanged': () => ({
    ja: '今年度の取組と結果に合わせて書き直してください。',
    en: "Rewrite it for this year's work and results.",
  }),
};

export const PREVIOUS_NAMES: Record<PreviousRuleId, Message> = {
  'previous-grade-mismatch': { ja: '前年度の評価の食い違い', en: "Last year's grade differs" },
  'actual-revised': { ja: '前年度から変わった実績値', en: 'Actual revised' },
  'target-changed': { ja: '前年度から変わった基準値・目標値', en: 'Baseline or target changed' },
  'indicator-dropped': { ja: '前年度から消えた指標', en: 'Indicator dropped or renamed' },
  'narrative-unchanged': { ja: '前年度と同じ分析', en: "Analysis unchanged from last year" },
};
