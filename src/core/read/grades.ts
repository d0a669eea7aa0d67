import type { GradeCell } from '../model/types';
import { fold } from '../text/normalize';

/**
 * Grade cells: 「B (B)」 (this year, last year in brackets), 「Ｂ（Ａ）」, 「 b 」, 「Ｂ」.
 * The value is the plain grade; `normalized` says the written form was not plain.
 */

const SHORT = /^[A-Za-z][+-]?$|^[①-⑳]$|^\d$|^(順調|概ね順調|やや遅れ|やや遅れている|遅れ|遅れている|達成|未達成)$/;

/**
 * Look-alike marks typed for the scale's marks: 〇 (U+3007, the kanji zero an IME offers for まる)
 * and ◯ (U+25EF, large circle) for ○ (U+25CB); ✕ for ×. Written so, the grade is normalised.
 */
const MARK_VARIANTS: Readonly<Record<string, string>> = { '〇': '○', '◯': '○', '✕': '×' };

function plain(token: string): string {
  const t = fold(token);
  if (MARK_VARIANTS[t] !== undefined) return MARK_VARIANTS[t];
  return /^[A-Za-z][+-]?$/.test(t) ? t.toUpperCase() : t;
}

/** A short token that can stand as a grade (used to tell a grade cell from prose). */
export function looksLikeGrade(text: string): boolean {
  const t = fold(text);
  const m = /^(.+?)\s*(?:\((.*)\))?$/.exec(t);
  return m !== null && SHORT.test(m[1].trim()) && (m[2] === undefined || m[2].trim() === '' || SHORT.test(m[2].trim()));
}

export function parseGrade(raw: unknown, cell: string): GradeCell {
  const written = raw === null || raw === undefined ? '' : String(raw);
  const t = fold(written);
  if (t === '') return { cell, raw: written, value: null, previous: null, normalized: false };
  const m = /^(.+?)\s*(?:\((.*)\))?$/.exec(t);
  const main = m ? m[1].trim() : t;
  const prev = m && m[2] !== undefined ? m[2].trim() : '';
  const value = plain(main);
  const previous = prev === '' ? null : plain(prev);
  // Plain forms: 「B」, 「B (B)」, 「B(B)」. Anything else (「Ｂ」, 「 b 」, 「Ｂ（Ａ）」) was normalised.
  const plainForms = previous === null ? [value] : [`${value} (${previous})`, `${value}(${previous})`];
  return { cell, raw: written, value, previous, normalized: !plainForms.includes(written) };
}
