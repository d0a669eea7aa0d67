import {
  BASIS_WORDS,
  CHANGE_BLOCKERS,
  CHANGE_FOLLOWERS,
  CHANGE_WORDS,
  CURRENT_YEAR_WORDS,
  INTENT_WORDS,
  STEADY_WORDS,
  SUBJECT_PARTICLES,
  TARGET_LINKS,
  TARGET_OUTCOMES,
  TARGET_WORDS,
  type ChangeDirection,
} from '../read/narrative-lexicon';
import { CIRCLED, circledRefs, circledValue } from './normalize';
import { parseValue } from './values';
import { parseFiscalYear, type Era } from './years';

/**
 * The figures a narrative cell states (達成状況, 分析, 内部要因 …): changes (「6件増」, 「2.2ポイント
 * 低下」), from→to pairs with their years (「令和4年度:14件→令和5年度:20件」, 「72件から202件へ」),
 * levels (「参加率は38.7%」), 維持 / 横ばい, and 目標を達成 / 下回った. Numbers are read by parseValue and
 * years by parseFiscalYear (text/values.ts, text/years.ts); the words are data (read/narrative-lexicon.ts).
 * The parser only reads: whether a figure is tied to the sheet's numbers is the rules' business.
 * No regex lookbehind (the pane's bundle must parse on Safari before 16.4).
 */

export interface Quantity {
  value: number;
  /** The digits as written, commas removed: "2.2", "7000". */
  decimalText: string;
  decimals: number;
  unit: string | null;
  /** 約 / 概ね before the number: never compared exactly. */
  approx: boolean;
}

export interface Endpoint {
  quantity: Quantity;
  /** The fiscal year written with it (「令和4年度:14件」, 「64.5%(H22)」), else null. */
  year: number | null;
}

export type FigureKind = 'change' | 'pair' | 'level' | 'steady' | 'target';

export interface NarrativeFigure {
  kind: FigureKind;
  /** The clause the figure stands in, as written in the cell. */
  quote: string;
  /** What the clause says the figure is of (「地域活動等に参加している市民の割合」), null when nothing precedes it. */
  subject: string | null;
  /** The sentence's topic (「まちづくりセンターについて、…」), when its first clause names one. */
  topic: string | null;
  /** Indicator numbers written in the clause (②, 指標2). */
  refs: number[];
  /** change: the direction stated; null for the other kinds. */
  direction: ChangeDirection | null;
  /** change: the amount stated (6件 of 「6件増」); null for a change stated in words only (増加した). */
  amount: Quantity | null;
  /** change, steady, pair: the from→to numbers given with it. */
  from: Endpoint | null;
  to: Endpoint | null;
  /** level: the figure and its year. */
  level: Endpoint | null;
  /** target: 目標を達成 (reached) or 下回った / 達しなかった (not-reached). */
  outcome: 'reached' | 'not-reached' | null;
  /** 前回調査 (the previous actual), 前年度 (the year before the evaluated one), 今年度 (the evaluated one). */
  basis: 'previous-actual' | 'previous-year' | 'current' | null;
  /** Fiscal years named in the clause. */
  years: number[];
  /** The sentence states an aim (増加させる, 目指す, 予定): its figures are targets, not results. */
  intent: boolean;
}

export interface ParsedNarrative {
  /** Circled numbers at the very start of the cell (「② 地域活動等に…」): the cell's indicator. */
  cellRefs: number[];
  figures: NarrativeFigure[];
}

export interface ParseOptions {
  /** The era of bare years (「4年度」), from the sheet. */
  era?: Era | null;
}

/**
 * Text folded as fold() does (NFKC, dashes, white space as one space each), circled numbers kept,
 * with each char's index in the original so a figure's clause can be quoted as written.
 */
function normalize(text: string): { t: string; map: number[] } {
  let t = '';
  const map: number[] = [];
  let i = 0;
  for (const part of text.split(CIRCLED_SPLIT)) {
    if (part === '') continue;
    // NFKC would make ② a plain 2: circled numbers stay.
    const n = part.length === 1 && CIRCLED.includes(part) ? part : part.normalize('NFKC');
    if (n.length === part.length) {
      t += n;
      for (let k = 0; k < n.length; k++) map.push(i + k);
    } else {
      let j = i;
      for (const ch of part) {
        const m = ch.normalize('NFKC');
        t += m;
        for (let k = 0; k < m.length; k++) map.push(j);
        j += ch.length;
      }
    }
    i += part.length;
  }
  // Line breaks stay: they end a sentence (a cell of one figure a line, with no 。).
  return { t: t.replace(DASHES, '-').replace(/[^\S\n]/g, ' '), map };
}

const CIRCLED_SPLIT = new RegExp(`([${CIRCLED}])`);
const DASHES = /[\u2010-\u2015\u2212\uFF0D\u2500\u2501]/g;

interface Span {
  start: number;
  end: number;
}

interface YearToken extends Span {
  year: number;
}

interface QtyToken extends Span {
  q: Quantity;
}

const YEAR_RE = /(令和|平成|昭和|[RH])\s?(元|\d{1,2})(?!\d)(?:\s?年度|\s?年)?|(?:19|20)\d\d(?!\d)\s?(?:年度|年)?|(元|\d{1,2})\s?年度/g;
const NUM_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
/** Characters a unit is made of: no digit, space, kana of running text or punctuation. */
const UNIT_CHAR = /[^\s\d、。,.:;()[\]「」『』→⇒~ぁ-ゖ]/;
/** After a number these make it a date, an age or an ordinal, not a figure. */
const NOT_A_FIGURE = /^(月|日|時|歳|代|次|位|番|号|期|校中|つ)/;
const PAIR_GAPS = ['→', '⇒', '->', 'から'];
const LINKS_LONGEST_FIRST = [...TARGET_LINKS].sort((x, y) => y.length - x.length);

function years(c: string, era: Era | null): YearToken[] {
  const out: YearToken[] = [];
  const re = new RegExp(YEAR_RE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(c))) {
    // A Latin letter before R/H (「GR5」) or a digit before a bare year is not a year.
    const before = m.index > 0 ? c[m.index - 1] : '';
    if (/[A-Za-z0-9.,]/.test(before)) continue;
    const bareWestern = /^(?:19|20)\d\d$/.test(m[0]);
    if (bareWestern) continue; // 「2335件」 is a count; a Western year is written 2023年度
    const p = parseFiscalYear(m[0], { contextEra: era ?? null });
    if (p) out.push({ start: m.index, end: m.index + m[0].length, year: p.year });
  }
  return out;
}

function unitAfter(c: string, at: number): string {
  let u = '';
  if (c.startsWith('か所', at)) return 'か所';
  for (let k = at; k < c.length && u.length < 6 && UNIT_CHAR.test(c[k]); k++) {
    // A circled number, or the arrow 「->」 of a pair (「10件->12件」, 「10件－＞12件」 folded), ends the unit.
    if (CIRCLED.includes(c[k]) || c.startsWith('->', k)) break;
    u += c[k];
  }
  // The unit stops where a change or steady word, or a particle, begins (「件増」 → 件, 「ポイント低下」 → ポイント).
  let cut = u.length;
  for (const w of [...CHANGE_WORDS.map((x) => x.word), ...STEADY_WORDS, '中', '以上', '以下', '未満', '超']) {
    const i = u.indexOf(w);
    if (i >= 0 && i < cut) cut = i;
  }
  const unit = u.slice(0, cut);
  return unit === '/' ? '' : unit.replace(/\/$/, '');
}

function quantities(c: string, yrs: YearToken[]): QtyToken[] {
  const out: QtyToken[] = [];
  const re = new RegExp(NUM_RE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(c))) {
    const start = m.index;
    const end = start + m[0].length;
    if (yrs.some((y) => start < y.end && end > y.start)) continue;
    const before = start > 0 ? c[start - 1] : '';
    if (/[A-Za-z]/.test(before) || before === '指' || c.slice(Math.max(0, start - 2), start) === '指標') continue; // 指標2 is a reference
    const rest = c.slice(end);
    if (NOT_A_FIGURE.test(rest) || /^[-/]\d/.test(rest)) continue;
    const unit = unitAfter(c, end);
    const p = parseValue(m[0]);
    if (p.kind !== 'number') continue;
    const approx = /(約|概ね|およそ)\s?$/.test(c.slice(Math.max(0, start - 3), start));
    out.push({ start, end: end + unit.length, q: { value: p.value, decimalText: p.decimalText, decimals: p.decimals, unit: unit === '' ? null : unit === '％' ? '%' : unit, approx } });
  }
  return out;
}

/** Splits at 。, line breaks and bullets (「 ・」「◇」) into sentences, keeping offsets. */
function sentences(t: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    if (t.slice(start, end).trim() !== '') out.push({ start, end });
  };
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '。' || ch === '\n') {
      push(i + 1);
      start = i + 1;
    } else if ('・◇◆●■□※'.includes(ch) && (i === 0 || t[i - 1] === ' ')) {
      push(i);
      start = i;
    }
  }
  push(t.length);
  return out;
}

/** Splits a sentence at 、 and commas outside brackets (not a digit grouping comma). */
function clauses(t: string, s: Span): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let start = s.start;
  for (let i = s.start; i < s.end; i++) {
    const ch = t[i];
    if (ch === '(' || ch === '「') depth++;
    else if ((ch === ')' || ch === '」') && depth > 0) depth--;
    else if (depth === 0 && (ch === '、' || (ch === ',' && !(/\d/.test(t[i - 1] ?? '') && /\d/.test(t[i + 1] ?? ''))))) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: s.end });
  return out.filter((x) => t.slice(x.start, x.end).trim() !== '');
}

function refsIn(c: string): number[] {
  const out: number[] = [];
  // Ranges count every number in them: 「①～③」 is ①, ② and ③.
  for (const ch of circledRefs(c)) {
    const v = circledValue(ch);
    if (v !== null && !out.includes(v)) out.push(v);
  }
  const re = /指標\s?(?:No\.?|NO\.?)?\s?(\d{1,2})(?!\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(c))) if (!out.includes(Number(m[1]))) out.push(Number(m[1]));
  return out;
}

/** The year written right before a number (「令和4年度:14件」, 「R5は38.7%」) or in brackets right after it (「64.5%(H22)」). */
function yearOf(c: string, q: QtyToken, yrs: YearToken[]): { year: number; span: Span } | null {
  for (const y of yrs) {
    const gap = c.slice(y.end, q.start).trim();
    if (y.end <= q.start && ['', ':', 'の', 'は', 'では', 'には', 'で', 'に', '時点で', '時点'].includes(gap)) return { year: y.year, span: y };
  }
  for (const y of yrs) {
    const gap = c.slice(q.end, y.start).trim();
    const close = c.slice(y.end).trimStart();
    if (y.start >= q.end && gap === '(' && close.startsWith(')')) return { year: y.year, span: { start: q.end, end: y.end + c.slice(y.end).indexOf(')') + 1 } };
  }
  return null;
}

function wordAt(c: string, at: number, words: readonly string[]): string | null {
  for (const w of words) if (c.startsWith(w, at)) return w;
  return null;
}

/** A change word at `at` that states a change (増加した, 6件増(…)), not an aim or a name (増加させる, 増加率). */
function changeAt(c: string, at: number): { word: string; direction: ChangeDirection } | null {
  for (const cw of CHANGE_WORDS) {
    if (!c.startsWith(cw.word, at)) continue;
    const rest = c.slice(at + cw.word.length);
    if (CHANGE_BLOCKERS.some((b) => rest.startsWith(b))) return null;
    if (cw.word.length === 1 && !CHANGE_FOLLOWERS.some((f) => (f === '' ? rest.trim() === '' : rest.startsWith(f)))) return null;
    if (cw.word.length > 1 && !CHANGE_FOLLOWERS.some((f) => (f === '' ? rest.trim() === '' : rest.startsWith(f))) && !/^(し|と)/.test(rest)) return null;
    // 「増」 inside a word (増進, 増額) is not a change: only after a number or at the end of a noun phrase.
    return cw;
  }
  return null;
}

function subjectOf(head: string): string | null {
  let best: { at: number; p: string } | null = null;
  for (const p of SUBJECT_PARTICLES) {
    const at = head.indexOf(p);
    if (at > 0 && (!best || at < best.at || (at === best.at && p.length > best.p.length))) best = { at, p };
  }
  const raw = best ? head.slice(0, best.at) : head;
  const s = raw
    .replace(/^[\s・◇◆●■□※()]+/, '')
    .replace(new RegExp(`^[${CIRCLED}\\s]+`), '')
    .replace(/[\s(]+$/, '')
    .trim();
  return s === '' || s.length > 40 ? null : s;
}

/**
 * The figures of a narrative, remembered per text and era (bounded): the rules ask for each
 * narrative cell more than once, and a batch repeats the same sentences. The result is shared,
 * so it is frozen.
 */
export function parseNarrative(text: string, options: ParseOptions = {}): ParsedNarrative {
  // Only texts of narrative size are remembered (2,000 of up to 1,000 characters: a few MB at most).
  if (text.length > 1_000) return parseNarrativeOnce(text, options);
  const key = `${options.era ?? ''}|${text}`;
  let hit = PARSED_NARRATIVES.get(key);
  if (!hit) {
    hit = deepFreeze(parseNarrativeOnce(text, options));
    if (PARSED_NARRATIVES.size >= 2_000) PARSED_NARRATIVES.clear();
    PARSED_NARRATIVES.set(key, hit);
  }
  return hit;
}

const PARSED_NARRATIVES = new Map<string, ParsedNarrative>();

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

/** Characters read of one cell: Excel holds 32,767, a narrative cell a few hundred; the rest is not read (bounded time). */
export const MAX_NARRATIVE_CHARS = 4000;

function parseNarrativeOnce(full: string, options: ParseOptions): ParsedNarrative {
  const text = full.length > MAX_NARRATIVE_CHARS ? full.slice(0, MAX_NARRATIVE_CHARS) : full;
  const { t, map } = normalize(text);
  const era = options.era ?? null;
  const original = (s: Span) => text.slice(map[s.start] ?? 0, (map[Math.max(s.start, s.end - 1)] ?? text.length - 1) + 1).trim();
  const lead = /^[\s・◇◆●]*([①-⑳](?:[\s、,・~〜]*[①-⑳])*)/.exec(t);
  const cellRefs = lead ? refsIn(lead[1]) : [];
  const figures: NarrativeFigure[] = [];

  for (const s of sentences(t)) {
    const sentence = t.slice(s.start, s.end);
    const intent = INTENT_WORDS.some((w) => sentence.includes(w));
    const cls = clauses(t, s);
    if (cls.length === 0) continue; // 「、」 alone
    const first = t.slice(cls[0].start, cls[0].end);
    const topicMatch = /^(.{2,30}?)(?:について|については|では|は)/.exec(first.replace(/^[\s・◇◆●]+/, ''));
    const topic = topicMatch ? subjectOf(topicMatch[1]) : null;
    for (const cl of cls) {
      const c = t.slice(cl.start, cl.end);
      const quote = original(cl);
      const yrs = years(c, era);
      const qs = quantities(c, yrs);
      const used = new Set<QtyToken>();
      const basisWord = BASIS_WORDS.find((b) => c.includes(b.word));
      const basis: NarrativeFigure['basis'] = basisWord ? basisWord.basis : CURRENT_YEAR_WORDS.some((w) => c.includes(w)) ? 'current' : null;
      const base = { quote, topic, refs: refsIn(c), basis, years: yrs.map((y) => y.year), intent };
      const make = (kind: FigureKind, at: number, more: Partial<NarrativeFigure>): NarrativeFigure => ({
        kind,
        ...base,
        subject: subjectOf(c.slice(0, at)),
        direction: null,
        amount: null,
        from: null,
        to: null,
        level: null,
        outcome: null,
        ...more,
      });

      // from → to pairs
      let pair: { from: Endpoint; to: Endpoint; start: number; end: number } | null = null;
      for (let i = 0; i + 1 < qs.length && !pair; i++) {
        const a = qs[i];
        const b = qs[i + 1];
        const ya = yearOf(c, a, yrs);
        const yb = yearOf(c, b, yrs);
        const from = Math.max(a.end, ya && ya.span.start >= a.end ? ya.span.end : a.end);
        const to = Math.min(b.start, yb && yb.span.end <= b.start ? yb.span.start : b.start);
        const gap = c.slice(from, to).replace(/\s/g, '');
        if (PAIR_GAPS.includes(gap)) {
          pair = { from: { quantity: a.q, year: ya?.year ?? null }, to: { quantity: b.q, year: yb?.year ?? null }, start: Math.min(a.start, ya?.span.start ?? a.start), end: b.end };
          used.add(a).add(b);
        }
      }

      // changes with an amount: 6件増, 2.2ポイント低下, 4.2%の増加
      let changed = false;
      for (const q of qs) {
        if (used.has(q)) continue;
        const at = c.startsWith('の', q.end) ? q.end + 1 : q.end;
        const cw = changeAt(c, at);
        if (!cw) continue;
        used.add(q);
        changed = true;
        figures.push(make('change', q.start, { direction: cw.direction, amount: q.q, from: pair?.from ?? null, to: pair?.to ?? null }));
      }
      // steady: 維持, 横ばい
      const steady = STEADY_WORDS.map((w) => ({ w, at: c.indexOf(w) })).find((x) => x.at >= 0);
      if (steady && !changed) {
        changed = true;
        figures.push(make('steady', Math.min(steady.at, pair?.start ?? steady.at), { from: pair?.from ?? null, to: pair?.to ?? null }));
      }
      // a change in words only: 増加した, 低下しており (with the pair of the clause, if any)
      if (!changed && CHANGE_WORDS.some((w) => w.word.length > 1 && c.includes(w.word))) {
        for (let k = 0; k < c.length; k++) {
          if (qs.some((q) => k >= q.start && k < q.end)) continue;
          const cw = changeAt(c, k);
          if (!cw) continue;
          // A one-character word (増 / 減) only right after a number or a pair.
          if (cw.word.length === 1) continue;
          changed = true;
          figures.push(make('change', Math.min(k, pair?.start ?? k), { direction: cw.direction, from: pair?.from ?? null, to: pair?.to ?? null }));
          break;
        }
      }
      if (pair && !changed) figures.push(make('pair', pair.start, { from: pair.from, to: pair.to }));

      // levels: 参加率は38.7%, 令和5年度:20件
      for (const q of qs) {
        if (used.has(q)) continue;
        const y = yearOf(c, q, yrs);
        const headEnd = y && y.span.end <= q.start ? y.span.start : q.start;
        const head = c.slice(0, headEnd).replace(/(約|概ね|およそ)\s?$/, '');
        const particle = SUBJECT_PARTICLES.some((p) => head.trimEnd().endsWith(p));
        if (!particle && !y) continue;
        used.add(q);
        figures.push(make('level', headEnd, { level: { quantity: q.q, year: y?.year ?? null } }));
      }

      // targets: 目標を達成した, 目標値を若干下回った, 目標値には達しなかった
      for (let k = 0; TARGET_WORDS.some((w) => c.includes(w)) && k < c.length; k++) {
        const tw = wordAt(c, k, TARGET_WORDS);
        if (!tw) continue;
        let at = k + tw.length;
        const link = LINKS_LONGEST_FIRST.find((l) => c.startsWith(l, at)) ?? '';
        at += link.length;
        const out = TARGET_OUTCOMES.find((o) => c.startsWith(o.word, at));
        if (out) {
          figures.push(make('target', k, { outcome: out.outcome }));
          break;
        }
        k += tw.length - 1;
      }
    }
  }
  return { cellRefs, figures };
}
