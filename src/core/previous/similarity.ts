import { fold } from '../text/normalize';

/**
 * Text keys for matching last year's sheet to this year's: the same words typed again (full-width,
 * spaces, brackets) give the same key; years (令和5年度, R5, 2023) are left out, since they move on.
 */

const YEAR_WORDS = /(令和|平成|昭和|R|H|S)?\s*(元|\d{1,4})\s*(年度|年)?/gi;
const PUNCT = /[\s()（）「」『』【】［］\[\]<>〈〉《》・,，、。.．:：;；'"“”‘’/／~～〜-]/g;

/** A name or title as a key: folded, punctuation and white space gone. */
export function textKey(text: string | null | undefined): string {
  return text ? fold(text).toLowerCase().replace(PUNCT, '') : '';
}

/** A title as a key without its years (「令和6年度基本施策事後評価シート（評価対象期間：令和5年度）」 → 基本施策事後評価シート評価対象期間). */
export function titleKey(text: string | null | undefined): string {
  return text ? textKey(fold(text).replace(YEAR_WORDS, '')) : '';
}

/** A leading number of a policy or item heading: 「9-2.まちづくり…」 → { code: '9-2', rest: 'まちづくり…' }. */
export function splitCode(text: string): { code: string; rest: string } {
  const t = fold(text);
  const m = /^([0-9０-９]+(?:[-‐.．][0-9]+)*|[(（][0-9]+[)）]|[①-⑳]|[IVXⅠ-Ⅹ]+)[\s.．、:：)）]*(.*)$/.exec(t);
  return m && m[2] !== '' ? { code: m[1].replace(/[（）()]/g, ''), rest: m[2] } : { code: '', rest: t };
}

function bigrams(s: string): string[] {
  const chars = Array.from(s);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Dice coefficient over character bigrams of two keys, 0…1 (1: equal). */
export function similarity(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of y) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      common++;
      counts.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** Two names close enough to be one thing renamed (「…参加人数」 → 「…参加人数（延べ）」), not two things. */
export const SIMILAR = 0.6;

/** Without a number to go by, a name must be closer to count as renamed (「まちづくりセンター設置数」 → 「まちづくりセンター数」: 0.8). */
export const RENAMED = 0.75;
