import { fold } from './normalize';

/**
 * Japanese fiscal years. A fiscal year is the Western year it starts in (R1 = 2019);
 * the original label is kept for display.
 */

export type Era = 'R' | 'H' | 'S';

const ERA_BASE: Record<Era, number> = { R: 2018, H: 1988, S: 1925 };
const ERA_NAMES: Record<string, Era> = { 令和: 'R', 平成: 'H', 昭和: 'S', R: 'R', H: 'H', S: 'S' };

export function eraYear(era: Era, n: number): number {
  return ERA_BASE[era] + n;
}

/** R5, H27 — the short label of a Western fiscal year (令和 from 2019). */
export function shortEraLabel(year: number): string {
  if (year >= 2019) return `R${year - 2018}`;
  if (year >= 1989) return `H${year - 1988}`;
  return String(year);
}

/** 令和5年度, 平成30年度, 令和元年度 — the long era label of a Western fiscal year, as a committee document writes it. */
export function eraFiscalYearLabel(year: number): string {
  const [era, n] = year >= 2019 ? ['令和', year - 2018] : year >= 1989 ? ['平成', year - 1988] : [null, year];
  if (era === null) return `${year}年度`;
  return `${era}${n === 1 ? '元' : n}年度`;
}

/** 令和7年12月3日 — a calendar date in the era it falls in (令和 from 1 May 2019), in the caller's local time. */
export function eraDateLabel(d: Date): string {
  const y = d.getFullYear();
  const m = d.getMonth() + 1;
  const reiwa = y > 2019 || (y === 2019 && m >= 5);
  const [era, n] = reiwa ? ['令和', y - 2018] : y >= 1989 ? ['平成', y - 1988] : [null, y];
  const year = era === null ? `${y}` : `${era}${n === 1 ? '元' : n}`;
  return `${year}年${m}月${d.getDate()}日`;
}

export interface ParsedYear {
  year: number;
  /** How the year was written: 'era' (R5, 令和5年度), 'western' (2023), 'bare' (27年度, 27: era from context). */
  form: 'era' | 'western' | 'bare';
  era: Era | null;
  /** The number as written after the era, or bare (元 = 1): 27 for 「27年度」; null for a Western year. */
  eraNumber: number | null;
  /** A target month (「H28.3」, 「平成28年3月」): January–March belong to the previous fiscal year. */
  month: number | null;
}

// No lookbehind here: this file is in the pane's entry bundle, which must parse on Safari before
// 16.4 (issue 9). The letter before R/H/S is checked in eraMatches; the digit before a year by (?:^|\D).
const ERA_RE = /(令和|平成|昭和|[RHS](?=\s?[\d元]))\s?(元|\d{1,2})(?!\d)/g;
const WESTERN_RE = /(?:^|\D)(19[5-9]\d|20\d\d)(?!\d)/;

/** Era matches in order; a lone R/H/S right after a Latin letter ("GR5") is not an era. */
function* eraMatches(t: string): Generator<RegExpExecArray> {
  const re = new RegExp(ERA_RE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    if (m[1].length === 1 && m.index > 0 && /[A-Za-z]/.test(t[m.index - 1])) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}
/** A month right after the year: 「.3」, 「/3」, 「年3月」 (not 「年度」). */
const MONTH_RE = /^\s?(?:[./]\s?|年\s?)(\d{1,2})(?!\d)(?:\s?月)?/;

/** The fiscal year of a calendar year and month: March 2016 belongs to FY2015, April 2016 to FY2016. */
export function fiscalYearOfMonth(calendarYear: number, month: number): number {
  return month <= 3 ? calendarYear - 1 : calendarYear;
}

/** The month written right after a year (text after the year's match), if it is a real month. */
function monthAfter(rest: string): number | null {
  const m = MONTH_RE.exec(rest);
  if (!m) return null;
  const month = Number(m[1]);
  return month >= 1 && month <= 12 ? month : null;
}

/**
 * Finds a fiscal year in a label. `contextEra` resolves bare numbers (「27年度」, a header 「27」),
 * which sheets write when the era is given elsewhere. Returns null when no year is there.
 * `bare` allows a lone number (schedule headers): off by default so that 「1」 is not a year.
 */
export function parseFiscalYear(
  text: string,
  options: { contextEra?: Era | null; bare?: boolean } = {},
): ParsedYear | null {
  // Remembered per text and options (readers ask for each header label many times); a copy is handed out.
  if (text.length > 200) return parseFiscalYearOnce(text, options);
  const key = `${options.contextEra ?? ''}${options.bare ? 'b' : ''}|${text}`;
  let hit = PARSED.get(key);
  if (hit === undefined) {
    hit = parseFiscalYearOnce(text, options);
    if (PARSED.size >= PARSED_MAX) PARSED.clear();
    PARSED.set(key, hit);
  }
  return hit === null ? null : { ...hit };
}

const PARSED = new Map<string, ParsedYear | null>();
const PARSED_MAX = 10_000;

function parseFiscalYearOnce(text: string, options: { contextEra?: Era | null; bare?: boolean }): ParsedYear | null {
  const t = fold(text);
  if (t === '') return null;
  // 2020(R2)年度: the Western year wins, the era is confirmation.
  const w = WESTERN_RE.exec(t);
  const e = eraMatches(t).next().value ?? null;
  // The year's own index: the match may start with the non-digit before it.
  if (w && (!e || w.index + w[0].length - w[1].length <= e.index)) {
    const year = Number(w[1]);
    const month = monthAfter(t.slice(w.index + w[0].length));
    return { year: month === null ? year : fiscalYearOfMonth(year, month), form: 'western', era: null, eraNumber: null, month };
  }
  if (e) {
    const era = ERA_NAMES[e[1]];
    const n = e[2] === '元' ? 1 : Number(e[2]);
    if (n >= 1 && n <= 64) {
      const month = monthAfter(t.slice(e.index + e[0].length));
      const year = eraYear(era, n);
      return { year: month === null ? year : fiscalYearOfMonth(year, month), form: 'era', era, eraNumber: n, month };
    }
  }
  const bareNendo = /(?:^|[^\d.])(元|\d{1,2})\s?年度/.exec(t);
  const bareOnly = options.bare ? /^(元|\d{1,2})$/.exec(t) : null;
  const m = bareNendo ?? bareOnly;
  if (m) {
    const n = m[1] === '元' ? 1 : Number(m[1]);
    if (n < 1) return null;
    const era = options.contextEra ?? guessEra(n);
    return { year: eraYear(era, n), form: 'bare', era, eraNumber: n, month: null };
  }
  return null;
}

/**
 * One year label given an era hint, for readers that resolve a run of labels themselves (a header
 * 30年度 │ 元年度 │ 2年度 across an era change): the year as this label alone reads it, with the
 * number as written (`eraNumber`) and whether the era was written (`form`), so the caller can
 * re-resolve bare numbers. Bare numbers are allowed (a header cell 「27」).
 */
export function parseYearLabel(text: string, eraHint: Era | null = null): ParsedYear | null {
  return parseFiscalYear(text, { contextEra: eraHint, bare: true });
}

/**
 * With no era written anywhere on the sheet: 20 and above are Heisei (H20–H31 = 2008–2019), below
 * are Reiwa (R1–R19 = 2019–2037). So a bare 20 is 2008, never Reiwa 20 (2038): no sheet plans that
 * far, while Heisei 20s sheets are common; 元 is Reiwa 1 (2019).
 */
export function guessEra(n: number): Era {
  return n >= 20 ? 'H' : 'R';
}

/** The era a sheet writes most often (令和…, R5, 平成…), to resolve its bare years. */
export function dominantEra(texts: Iterable<string>): Era | null {
  const counts: Record<Era, number> = { R: 0, H: 0, S: 0 };
  for (const raw of texts) {
    const t = fold(raw);
    for (const m of eraMatches(t)) counts[ERA_NAMES[m[1]]]++;
  }
  const best = (Object.keys(counts) as Era[]).sort((a, b) => counts[b] - counts[a])[0];
  return counts[best] > 0 ? best : null;
}
