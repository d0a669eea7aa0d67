import { shortEraLabel } from '../text/years';
import type { Message } from './types';

/**
 * Messages and 「対応」 of the narrative-figure rules (rules/narrative-*.ts), kept in their own file
 * and spread into the catalogue (messages.ts, advice.ts). Every message quotes the clause, names
 * the cell and field, and shows the numbers on both sides.
 */

type Data = Record<string, unknown>;

function v(x: unknown): string {
  if (x === null || x === undefined || x === '') return '—';
  if (typeof x === 'number') return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(12)));
  return String(x);
}

const jy = (y: unknown) => (typeof y === 'number' ? `${shortEraLabel(y)}年度` : '—');
const ey = (y: unknown) => (typeof y === 'number' ? `FY${y} (${shortEraLabel(y)})` : '—');
/** 「R4年度」 in brackets after a value, nothing when the year is unknown. */
const jyb = (y: unknown) => (typeof y === 'number' ? `（${jy(y)}）` : '');
const eyb = (y: unknown) => (typeof y === 'number' ? ` (${ey(y)})` : '');

const DIR_JA: Record<string, string> = { up: '増加', down: '減少', better: '改善', worse: '悪化' };
const DIR_EN: Record<string, string> = { up: 'rise', down: 'fall', better: 'improvement', worse: 'worsening' };
const ROLE_JA: Record<string, string> = { actual: '実績値', expected: '期待値', baseline: '基準値', target: '目標値' };
const ROLE_EN: Record<string, string> = { actual: 'actual', expected: 'expected value', baseline: 'baseline', target: 'target' };

function whereJa(d: Data): string {
  return d.field ? `${v(d.cell)}（${v(d.field)}）の` : `${v(d.cell)} の`;
}

function whereEn(d: Data): string {
  return d.field ? `${v(d.cell)} (${v(d.field)}): ` : `${v(d.cell)}: `;
}

function trend(d: Data): { ja: string; en: string } {
  return {
    ja: `${v(d.previous)}${jyb(d.previousYear)} → ${v(d.actual)}${jyb(d.year)}`,
    en: `${v(d.previous)}${eyb(d.previousYear)} → ${v(d.actual)}${eyb(d.year)}`,
  };
}

export const NARRATIVE_MESSAGES: Record<'narrative-figure-inconsistent' | 'narrative-indicator-mismatch' | 'narrative-year-stale', (d: Data) => Message> = {
  'narrative-figure-inconsistent': (d) => {
    const span = `${v(d.from)} → ${v(d.to)}`;
    const diff = Math.abs(Number(d.difference));
    if (d.problem === 'steady')
      return { ja: `${whereJa(d)}「${v(d.quote)}」は維持としていますが、${span} で値が変わっています。`, en: `${whereEn(d)}"${v(d.quote)}" says unchanged, but the numbers go ${span}` };
    if (d.problem === 'direction') {
      const said = DIR_JA[String(d.direction)] ?? '変化';
      const real = Number(d.difference) > 0 ? '増えて' : Number(d.difference) < 0 ? '減って' : '変わらずに';
      return { ja: `${whereJa(d)}「${v(d.quote)}」は${said}としていますが、${span} は${real}います。`, en: `${whereEn(d)}"${v(d.quote)}" states a ${DIR_EN[String(d.direction)] ?? 'change'}, but the numbers go ${span}` };
    }
    return {
      ja: `${whereJa(d)}「${v(d.quote)}」は ${v(d.amount)} の${DIR_JA[String(d.direction)] ?? '変化'}としていますが、${span} の差は ${v(diff)}${v(d.unit) === '—' ? '' : v(d.unit)} です。`,
      en: `${whereEn(d)}"${v(d.quote)}" states a ${DIR_EN[String(d.direction)] ?? 'change'} of ${v(d.amount)}, but ${span} is a difference of ${v(diff)}${v(d.unit) === '—' ? '' : v(d.unit)}`,
    };
  },
  'narrative-indicator-mismatch': (d) => {
    const ind = v(d.indicator);
    const t = trend(d);
    switch (d.what) {
      case 'target':
        return d.outcome === 'reached'
          ? { ja: `${whereJa(d)}「${v(d.quote)}」は目標を達成したとしていますが、指標「${ind}」の ${jy(d.year)} の実績値 ${v(d.actual)} は期待値 ${v(d.expected)} に達していません。`, en: `${whereEn(d)}"${v(d.quote)}" says the target was reached, but indicator "${ind}" has ${v(d.actual)} against an expected ${v(d.expected)} for ${ey(d.year)}` }
          : { ja: `${whereJa(d)}「${v(d.quote)}」は目標に達しなかったとしていますが、指標「${ind}」の ${jy(d.year)} の実績値 ${v(d.actual)} は期待値 ${v(d.expected)} に達しています。`, en: `${whereEn(d)}"${v(d.quote)}" says the target was not reached, but indicator "${ind}" has ${v(d.actual)} against an expected ${v(d.expected)} for ${ey(d.year)}` };
      case 'change':
        return { ja: `${whereJa(d)}「${v(d.quote)}」の ${v(d.amount)} は、指標「${ind}」の実績値 ${t.ja} の差 ${v(Math.abs(Number(d.difference)))} と異なります。`, en: `${whereEn(d)}"${v(d.quote)}": ${v(d.amount)} differs from indicator "${ind}"'s change ${t.en} (difference ${v(Math.abs(Number(d.difference)))})` };
      case 'direction':
        return { ja: `${whereJa(d)}「${v(d.quote)}」は${DIR_JA[String(d.direction)] ?? '変化'}としていますが、指標「${ind}」の実績値は ${t.ja} です。`, en: `${whereEn(d)}"${v(d.quote)}" states a ${DIR_EN[String(d.direction)] ?? 'change'}, but indicator "${ind}" went ${t.en}` };
      case 'steady':
        return { ja: `${whereJa(d)}「${v(d.quote)}」は維持としていますが、指標「${ind}」の実績値は ${t.ja} です。`, en: `${whereEn(d)}"${v(d.quote)}" says unchanged, but indicator "${ind}" went ${t.en}` };
      default:
        return {
          ja: `${whereJa(d)}「${v(d.quote)}」の ${v(d.stated)} は、指標「${ind}」の${typeof d.year === 'number' ? ` ${jy(d.year)} の` : ''}${ROLE_JA[String(d.role)] ?? '値'}（${v(d.sheet)}）と異なります。`,
          en: `${whereEn(d)}"${v(d.quote)}": ${v(d.stated)} differs from indicator "${ind}"'s ${ROLE_EN[String(d.role)] ?? 'value'}${typeof d.year === 'number' ? ` for ${ey(d.year)}` : ''} (${v(d.sheet)})`,
        };
    }
  },
  'narrative-year-stale': (d) => {
    if (d.what === 'future')
      return { ja: `${whereJa(d)}「${v(d.quote)}」は、評価対象年度（${jy(d.evaluationYear)}）より後の ${jy(d.year)} の数値を述べています。`, en: `${whereEn(d)}"${v(d.quote)}" gives figures for ${ey(d.year)}, after the evaluated year ${ey(d.evaluationYear)}` };
    if (d.what === 'previous-values')
      return { ja: `${whereJa(d)}「${v(d.quote)}」の ${v(d.stated)} は ${jy(d.previousYear)} の実績値です。評価対象年度（${jy(d.evaluationYear)}）の実績値は ${v(d.actual)} です。`, en: `${whereEn(d)}"${v(d.quote)}": ${v(d.stated)} is the actual of ${ey(d.previousYear)}; the evaluated year ${ey(d.evaluationYear)} has ${v(d.actual)}` };
    return { ja: `${whereJa(d)}「${v(d.quote)}」は ${jy(d.fromYear)} → ${jy(d.toYear)} の数値で、評価対象年度（${jy(d.evaluationYear)}）の数値がありません。`, en: `${whereEn(d)}"${v(d.quote)}" gives ${ey(d.fromYear)} → ${ey(d.toYear)}, nothing for the evaluated year ${ey(d.evaluationYear)}` };
  },
};

export const NARRATIVE_ADVICE: Record<keyof typeof NARRATIVE_MESSAGES, () => Message> = {
  'narrative-figure-inconsistent': () => ({ ja: '文中の増減と前後の数値を見比べ、食い違いのないように直してください。', en: 'Compare the stated change with the numbers beside it and correct the text so they agree.' }),
  'narrative-indicator-mismatch': () => ({ ja: '文中の数値を指標の表の値と見比べ、どちらかを直してください。', en: "Compare the figure with the indicator's values in the table and correct one of them." }),
  'narrative-year-stale': () => ({ ja: '前年度のシートから写した記述でないか確かめ、評価対象年度の数値に直してください。', en: "Check whether the text was carried over from last year's sheet, and update it to the evaluated year's figures." }),
};

