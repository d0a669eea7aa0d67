/**
 * Text folding shared by every reader: full-width to half-width (NFKC), the many dashes and
 * spaces of Japanese documents to one form, so labels match however a city typed them.
 */

const DASHES = /[\u2010-\u2015\u2212\uFF0D\u2500\u2501]/g; // ‐ ‑ ‒ – — ― − － ─ ━
/**
 * ー (U+30FC) is a dash when it stands alone (「ー」 for no data) but the long-vowel mark inside a
 * word (メートル, センター): folded only when it does not follow kana, so units and names keep it.
 */
// No lookbehind (the pane's entry bundle must parse on Safari before 16.4): the char before is captured.
const CHOON_AS_DASH = /(^|[^\u3041-\u309F\u30A1-\u30FA\u30FC\uFF66-\uFF9F])\u30FC/g;

export function nfkc(text: string): string {
  return text.normalize('NFKC');
}

/**
 * A pure string → string function remembered for the texts it has seen. The readers ask for the
 * same few hundred cell texts and labels again and again (every reader, every rule, every file of a
 * batch writes the same headers), and NFKC with four regular expressions is most of their time.
 * Bounded: texts up to `longest` characters, and past `max` texts the memory starts over, so a
 * hostile sheet of unique or huge strings costs what it did without it (a few MB at most).
 */
export function memoText(f: (text: string) => string, max = 10_000, longest = 200): (text: string) => string {
  let seen = new Map<string, string>();
  return (text: string) => {
    // Labels and values are short; a long text (a narrative, up to 32,767 characters) is not kept.
    if (text.length > longest) return f(text);
    const hit = seen.get(text);
    if (hit !== undefined) return hit;
    const out = f(text);
    if (seen.size >= max) seen = new Map();
    seen.set(text, out);
    return out;
  };
}

/** Printable ASCII without white space: NFKC, dashes and spaces leave it as it is. */
const PLAIN_ASCII = /^[\x21-\x7e]*$/;

/** NFKC, dashes folded to '-', runs of white space (incl. ideographic) to one space, trimmed. */
export const fold: (text: string) => string = memoText((text) =>
  PLAIN_ASCII.test(text) ? text : nfkc(text).replace(DASHES, '-').replace(CHOON_AS_DASH, (_m, before: string) => `${before}-`).replace(/\s+/g, ' ').trim(),
);

/** fold() without any white space: for matching labels such as 「評 価」 against 「評価」. */
export const squash: (text: string) => string = memoText((text) => fold(text).replace(/\s+/g, ''));

/** Circled numbers ①…⑳ and their values; indicators are numbered with them. */
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export function circledValue(ch: string): number | null {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? null : i + 1;
}

export function circled(n: number): string {
  return n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1] : String(n);
}

/** All circled numbers in a text, expanding ranges such as ①～⑦ (used for references). */
export function circledRefs(text: string): string[] {
  const out: string[] = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const v = circledValue(chars[i]);
    if (v === null) continue;
    const next = chars[i + 1];
    const after = chars[i + 2];
    if ((next === '～' || next === '~' || next === '〜') && after && circledValue(after) !== null) {
      const end = circledValue(after)!;
      for (let k = v; k <= end; k++) out.push(circled(k));
      i += 2;
    } else {
      out.push(chars[i]);
    }
  }
  return Array.from(new Set(out));
}
