import type { IndicatorAnalysis } from '../analyze/types';
import type { Indicator, Item } from '../model/types';
import { FUTURE_FIELD_WORDS, GENERIC_SUBJECTS, POINT_UNITS, UNIT_EQUIVALENTS } from '../read/narrative-lexicon';
import { parseNarrative, type Endpoint, type NarrativeFigure, type ParsedNarrative, type Quantity } from '../text/narrative-figures';
import { CIRCLED, circledValue, squash } from '../text/normalize';
import { parseFiscalYear, type Era } from '../text/years';
import { activeIndicators, indicatorName, numeric } from './helpers';
import type { SheetContext } from './types';

/**
 * What the narrative rules share: every text cell that may state figures (the items' analysis
 * fields and the sheet's other statements), the figures in it (text/narrative-figures.ts), the
 * indicator each figure is tied to, and one verdict per figure: verified, left alone (with why),
 * or a finding of one of the three rules. Computed once per sheet.
 *
 * Strict by design: a figure is compared with the sheet only when it is tied to an indicator by its
 * number (②, 指標2), its name, or the item's single indicator reference, its unit fits the
 * indicator's, and the sheet has a value for the year it speaks of.
 */

export interface NarrativeSource {
  cell: string;
  text: string;
  /** The field's heading (内部要因, 達成状況 …), null for a statement outside the items' fields. */
  label: string | null;
  item: Item | null;
  /** A field headed with its own year (「取組工程、指標に対する評価 (平成27年度)」) speaks of that year. */
  fieldYear: number | null;
  /** 今後の方向性, 課題 …: plans, whose years and figures are never results. */
  future: boolean;
}

export type VerdictRule = 'narrative-figure-inconsistent' | 'narrative-indicator-mismatch' | 'narrative-year-stale';

export interface Verdict {
  source: NarrativeSource;
  figure: NarrativeFigure;
  status: 'verified' | 'left-alone' | 'finding';
  /** Why: what was verified, or why the figure was left alone. */
  reason: string;
  rule?: VerdictRule;
  data?: Record<string, unknown>;
}

const CACHE = new WeakMap<object, Verdict[]>();

export function narrativeVerdicts(ctx: SheetContext): Verdict[] {
  const hit = CACHE.get(ctx.model);
  if (hit) return hit;
  const out = assess(ctx);
  CACHE.set(ctx.model, out);
  return out;
}

export function findingsOf(ctx: SheetContext, rule: VerdictRule): { cell: string; data: Record<string, unknown> }[] {
  return narrativeVerdicts(ctx)
    .filter((v) => v.status === 'finding' && v.rule === rule)
    .map((v) => ({ cell: v.source.cell, data: { cell: v.source.cell, ...v.data! } }));
}

export function narrativeSources(ctx: SheetContext): NarrativeSource[] {
  const out: NarrativeSource[] = [];
  const seen = new Set<string>();
  for (const it of ctx.model.items) {
    for (const n of it.narrative) {
      if (n.text.trim() === '' || seen.has(n.cell)) continue;
      seen.add(n.cell);
      const y = /\(([^()]*年度?)\)\s*$/.exec(n.label.normalize('NFKC'));
      const fieldYear = y ? (parseFiscalYear(y[1])?.year ?? null) : null;
      out.push({ cell: n.cell, text: n.text, label: n.label, item: it, fieldYear, future: FUTURE_FIELD_WORDS.some((w) => n.label.replace(/\(.*$/, '').includes(w)) });
    }
  }
  for (const s of ctx.model.statements ?? []) {
    if (seen.has(s.cell)) continue;
    seen.add(s.cell);
    out.push({ cell: s.cell, text: s.text, label: null, item: null, fieldYear: null, future: false });
  }
  return out;
}

// ---------------------------------------------------------------- values of an indicator

function idNumber(ind: Indicator): number | null {
  const c = Array.from(ind.id).find((ch) => CIRCLED.includes(ch));
  if (c) return circledValue(c);
  const m = /(\d{1,2})/.exec(ind.id.normalize('NFKC'));
  return m ? Number(m[1]) : null;
}

export function actualAt(ind: Indicator, year: number): number | null {
  const y = ind.years.find((x) => x.year === year);
  const a = numeric(y?.actual);
  if (a !== null) return a;
  if (ind.baseline?.year === year && numeric(ind.baseline.value) !== null) return numeric(ind.baseline.value);
  if (ind.current?.year === year) return numeric(ind.current.value);
  return null;
}

export function expectedAt(ind: Indicator, year: number): number | null {
  const e = numeric(ind.years.find((x) => x.year === year)?.expected);
  if (e !== null) return e;
  if (ind.target?.year === year) return numeric(ind.target.value);
  return null;
}

/** 'target' where the expected value of a year is the target itself (no 期待値 cell that year). */
function expectedRole(ind: Indicator, year: number): string {
  return numeric(ind.years.find((x) => x.year === year)?.expected) === null && ind.target?.year === year ? 'target' : 'expected';
}

/** The latest year before `year` with an actual (the baseline counts): 前回調査. */
export function previousActual(ind: Indicator, year: number): { year: number; value: number } | null {
  const years = new Set<number>(ind.years.map((y) => y.year));
  if (ind.baseline?.year != null) years.add(ind.baseline.year);
  const before = [...years].filter((y) => y < year).sort((a, b) => b - a);
  for (const y of before) {
    const v = actualAt(ind, y);
    if (v !== null) return { year: y, value: v };
  }
  return null;
}

/** A stated number equals the sheet's at the precision it is stated with (38.7 for 38.72). */
export function sameNumber(stated: Quantity, sheet: number): boolean {
  if (stated.approx) return true;
  const f = 10 ** stated.decimals;
  return Math.abs(Math.round(sheet * f) / f - stated.value) < 1e-9 || Math.abs(sheet - stated.value) < 1e-9;
}

function round(x: number, decimals: number): number {
  const f = 10 ** Math.min(Math.max(decimals, 0), 10);
  return Math.round(x * f) / f;
}

// ---------------------------------------------------------------- attribution

function core(text: string): string {
  return squash(text)
    .replace(new RegExp(`[${CIRCLED}]`, 'g'), '')
    .replace(/^指標\d*/, '');
}

function nameVariants(ind: Indicator): string[] {
  const name = ind.name?.text ?? '';
  const whole = core(name);
  const out = new Set<string>([whole, whole.replace(/\([^()]*\)/g, '')]);
  const re = /\(([^()]{4,})\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(whole))) out.add(m[1]);
  return [...out].filter((v) => v.length >= 2);
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** How well a phrase names an indicator: 1 when one contains the other (of comparable length), else the bigram Dice coefficient. */
export function nameScore(phrase: string | null, ind: Indicator): number {
  if (!phrase) return 0;
  const p = core(phrase);
  if (p.length < 2 || GENERIC_SUBJECTS.includes(p)) return 0;
  let best = 0;
  for (const v of nameVariants(ind)) {
    if (v.length >= 4 && p.includes(v)) return 1;
    if (p.length >= 4 && v.includes(p) && p.length * 2 >= v.length) return 1;
    const a = bigrams(p);
    const b = bigrams(v);
    if (a.length === 0 || b.length === 0) continue;
    const pool = [...b];
    let common = 0;
    for (const g of a) {
      const i = pool.indexOf(g);
      if (i >= 0) {
        common++;
        pool.splice(i, 1);
      }
    }
    best = Math.max(best, (2 * common) / (a.length + b.length));
  }
  return best;
}

/** No subject, a word that names no indicator (実績値, 割合 …), or only the indicator's number (「指標2は」, like 「②は」). */
function isGeneric(subject: string | null): boolean {
  if (subject === null) return true;
  const c = core(subject);
  return c === '' || GENERIC_SUBJECTS.includes(c);
}

const NAME_THRESHOLD = 0.6;

function normUnit(u: string): string {
  const t = u.normalize('NFKC').replace(/^延べ?/, '').replace(/\/年$/, '');
  for (const group of UNIT_EQUIVALENTS) if (group.includes(t)) return group[0];
  return t;
}

function indicatorUnit(ind: Indicator): string | null {
  if (ind.unitText) return normUnit(ind.unitText);
  for (const y of ind.years) if (y.actual?.parsed.kind === 'number' && y.actual.parsed.unit) return normUnit(y.actual.parsed.unit);
  const b = ind.baseline?.value;
  if (b?.parsed.kind === 'number' && b.parsed.unit) return normUnit(b.parsed.unit);
  return null;
}

/** The figure's units fit the indicator's (a change in ポイント fits a percentage); a unit against an indicator of unknown unit does not. */
function unitsFit(fig: NarrativeFigure, ind: Indicator): boolean {
  const qs: Quantity[] = [fig.amount, fig.from?.quantity, fig.to?.quantity, fig.level?.quantity].filter((q): q is Quantity => !!q);
  const unit = indicatorUnit(ind);
  for (const q of qs) {
    if (q.unit === null) continue;
    const u = normUnit(q.unit);
    if (unit === null) return false;
    if (u === unit) continue;
    if (q === fig.amount && unit === '%' && POINT_UNITS.includes(u)) continue;
    if (q === fig.amount && u === '%') continue; // a relative change in percent fits any unit
    return false;
  }
  return true;
}

function numericIndicators(ctx: SheetContext): IndicatorAnalysis[] {
  return activeIndicators(ctx).filter((ia) => !ia.indicator.qualitative);
}

/** The indicator a figure speaks of, or why none: by its number, its name, or the item's single indicator. */
export function attribute(ctx: SheetContext, source: NarrativeSource, parsed: ParsedNarrative, fig: NarrativeFigure): { ia: IndicatorAnalysis; by: 'number' | 'name' | 'item' } | { reason: string } {
  const all = numericIndicators(ctx);
  const ofItem = source.item ? all.filter((ia) => source.item!.indicatorKeys.includes(ia.indicator.key)) : [];
  const refs = fig.refs.length > 0 ? fig.refs : parsed.cellRefs;
  const fits = (ia: IndicatorAnalysis) => unitsFit(fig, ia.indicator);
  const named = (ia: IndicatorAnalysis) => Math.max(nameScore(fig.subject, ia.indicator), nameScore(fig.topic, ia.indicator));
  if (refs.length === 1) {
    const byNo = all.filter((ia) => idNumber(ia.indicator) === refs[0]);
    const pool = byNo.length > 1 && ofItem.length > 0 ? byNo.filter((ia) => ofItem.includes(ia)) : byNo;
    if (pool.length === 1) {
      const ia = pool[0];
      if (!isGeneric(fig.subject) && named(ia) < NAME_THRESHOLD) return { reason: `its subject 「${fig.subject}」 is not ${indicatorName(ia.indicator)}` };
      return fits(ia) ? { ia, by: 'number' } : { reason: `its unit does not fit ${indicatorName(ia.indicator)}` };
    }
  }
  const scored = all.map((ia) => ({ ia, s: named(ia) })).sort((a, b) => b.s - a.s);
  if (scored.length > 0 && scored[0].s >= NAME_THRESHOLD) {
    if (scored.length > 1 && scored[1].s >= NAME_THRESHOLD - 0.1) return { reason: 'its subject could name more than one indicator' };
    return fits(scored[0].ia) ? { ia: scored[0].ia, by: 'name' } : { reason: `its unit does not fit ${indicatorName(scored[0].ia.indicator)}` };
  }
  if (source.item && refs.length === 0 && isGeneric(fig.subject) && (fig.topic === null || isGeneric(fig.topic))) {
    if (ofItem.length === 1) return fits(ofItem[0]) ? { ia: ofItem[0], by: 'item' } : { reason: 'its unit does not fit the item’s indicator' };
  }
  return { reason: fig.subject ? `「${fig.subject}」 names no indicator of the sheet` : 'nothing ties it to an indicator' };
}

// ---------------------------------------------------------------- verdicts

function eraOf(ctx: SheetContext): Era | null {
  const y = ctx.evaluationYear;
  if (y === null) return null;
  return y >= 2019 ? 'R' : 'H';
}

const QUOTE_MAX = 60;

function quoteOf(fig: NarrativeFigure): string {
  const q = fig.quote.replace(/\s+/g, ' ').replace(/[、。]$/, '');
  return q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX - 1)}…` : q;
}

function qtyText(q: Quantity): string {
  return `${q.decimalText}${q.unit ?? ''}`;
}

function fieldOf(s: NarrativeSource): string | null {
  return s.label ? s.label.replace(/\s*\(.*$/, '').trim() || s.label : null;
}

function delta(from: Quantity, to: Quantity): number {
  return round(to.value - from.value, Math.max(from.decimals, to.decimals));
}

function amountFits(amount: Quantity, from: number, to: number, unitIsPercent: boolean): boolean {
  const diff = Math.abs(to - from);
  if (sameNumber(amount, diff)) return true;
  const u = amount.unit ? normUnit(amount.unit) : null;
  if (u === '%' && from !== 0) {
    // 「4.2%増」: points for a percentage, else the relative change (either is read as stated).
    const rel = (Math.abs(to - from) / Math.abs(from)) * 100;
    if (sameNumber(amount, rel)) return true;
    if (!unitIsPercent) return false;
  }
  return false;
}

function directionFits(dir: NarrativeFigure['direction'], from: number, to: number, indicatorDirection: 'increase' | 'decrease' | null): boolean {
  if (dir === 'up') return to > from;
  if (dir === 'down') return to < from;
  if (indicatorDirection === null) return true;
  const better = indicatorDirection === 'increase' ? to > from : to < from;
  return dir === 'better' ? better : !better;
}

function selfCheck(source: NarrativeSource, fig: NarrativeFigure): Verdict | null {
  if (!fig.from || !fig.to || (fig.kind !== 'change' && fig.kind !== 'steady')) return null;
  const from = fig.from.quantity;
  const to = fig.to.quantity;
  if (from.approx || to.approx) return { source, figure: fig, status: 'left-alone', reason: 'approximate numbers (約)' };
  const base = { field: fieldOf(source), quote: quoteOf(fig), from: qtyText(from), to: qtyText(to), fromYear: fig.from.year, toYear: fig.to.year, difference: delta(from, to), unit: to.unit ?? from.unit ?? '' };
  const finding = (problem: string, more: Record<string, unknown> = {}): Verdict => ({ source, figure: fig, status: 'finding', rule: 'narrative-figure-inconsistent', reason: problem, data: { ...base, problem, ...more } });
  if (fig.kind === 'steady') return from.value === to.value ? { source, figure: fig, status: 'verified', reason: 'steady: from = to' } : finding('steady');
  if (!directionFits(fig.direction, from.value, to.value, null)) return finding('direction', { direction: fig.direction });
  if (fig.amount && !amountFits(fig.amount, from.value, to.value, (to.unit ?? from.unit) === '%')) return finding('amount', { direction: fig.direction, amount: qtyText(fig.amount) });
  return null; // consistent in itself: the indicator check follows
}

interface YearValues {
  ind: Indicator;
  ey: number;
}

function assess(ctx: SheetContext): Verdict[] {
  const out: Verdict[] = [];
  const era = eraOf(ctx);
  for (const source of narrativeSources(ctx)) {
    const parsed = parseNarrative(source.text, { era });
    for (const fig of parsed.figures) out.push(judge(ctx, source, parsed, fig));
  }
  return out;
}

function judge(ctx: SheetContext, source: NarrativeSource, parsed: ParsedNarrative, fig: NarrativeFigure): Verdict {
  const self = selfCheck(source, fig);
  if (self && self.status !== 'verified') return self;
  const leave = (reason: string): Verdict => ({ source, figure: fig, status: 'left-alone', reason });
  const ok = (reason: string): Verdict => ({ source, figure: fig, status: 'verified', reason });
  const ey = source.fieldYear ?? ctx.evaluationYear;
  const who = attribute(ctx, source, parsed, fig);
  if (!('ia' in who)) {
    const stale = staleYears(ctx, source, fig);
    if (stale) return stale;
    return self ?? leave(who.reason);
  }
  if (ey === null) return leave('no evaluated year');
  if (source.future) return self ?? leave('a field about plans (今後の方向性 …)');
  const ia = who.ia;
  const ind = ia.indicator;
  const full = indicatorName(ind);
  const name = full.length > 40 ? `${full.slice(0, 39)}…` : full;
  const base = { field: fieldOf(source), quote: quoteOf(fig), indicator: name, evaluationYear: ey, by: who.by };
  const mismatch = (what: string, more: Record<string, unknown>): Verdict => ({ source, figure: fig, status: 'finding', rule: 'narrative-indicator-mismatch', reason: what, data: { ...base, what, ...more } });
  const stale = (what: string, more: Record<string, unknown>): Verdict => ({ source, figure: fig, status: 'finding', rule: 'narrative-year-stale', reason: what, data: { ...base, what, ...more } });
  const v: YearValues = { ind, ey };

  // A figure for a year after the evaluated one, stated as a result.
  const named = [fig.from?.year, fig.to?.year, fig.level?.year, ...fig.years].filter((y): y is number => typeof y === 'number');
  const later = named.filter((y) => y > ey);
  // A later year whose figure is the sheet's expected or target value there is a target (婚姻率 5.5‰ → 5.9‰ (R1)), not a result.
  const ends = [fig.from, fig.to, fig.level].filter((e): e is Endpoint => !!e && e.year !== null && e.year > ey);
  const targetLike = ends.length > 0 && ends.every((e) => {
    const x = expectedAt(ind, e.year!);
    return x !== null && sameNumber(e.quantity, x);
  });
  const intent = fig.intent || targetLike;
  if (later.length > 0 && !intent) return stale('future', { year: Math.max(...later) });

  if (fig.kind === 'target') {
    const year = fig.years.length === 1 ? fig.years[0] : ey;
    const a = actualAt(ind, year);
    const e = expectedAt(ind, year);
    if (a === null || e === null) return leave(`no actual or expected value for ${year}`);
    const reached = ia.direction === 'increase' ? a >= e : a <= e;
    if (reached === (fig.outcome === 'reached')) return ok(`target ${fig.outcome}: ${a} against ${e} (${year})`);
    return mismatch('target', { outcome: fig.outcome, year, actual: a, expected: e });
  }

  // from → to given with the figure: each end against the sheet's value for its year.
  if (fig.from && fig.to) {
    const checked = endpointCheck(v, intent, fig.from, 'from').concat(endpointCheck(v, intent, fig.to, 'to'));
    const bad = checked.find((x) => x.status === 'bad');
    if (bad) return mismatch('value', { stated: qtyText(bad.end.quantity), year: bad.year, sheet: bad.sheet, role: bad.role });
    if (checked.some((x) => x.status === 'ok')) return ok(`from → to found on the sheet`);
    return leave('the sheet has no values for the years of the pair');
  }

  if (fig.kind === 'level' && fig.level) {
    const explicit = fig.level.year;
    const year = explicit ?? ey;
    const cands = fig.intent ? [expectedAt(ind, year)] : [actualAt(ind, year)];
    const sheet = cands.find((c): c is number => c !== null);
    if (sheet === undefined) return leave(`no value for ${year}`);
    if (sameNumber(fig.level.quantity, sheet)) return ok(`level ${sheet} (${year})`);
    const prev = previousActual(ind, ey);
    if (explicit === null && !fig.intent && prev && sameNumber(fig.level.quantity, prev.value)) return stale('previous-values', { stated: qtyText(fig.level.quantity), previousYear: prev.year, actual: sheet });
    return mismatch('value', { stated: qtyText(fig.level.quantity), year, sheet, role: fig.intent ? 'expected' : 'actual' });
  }

  if (fig.kind === 'change' || fig.kind === 'steady') {
    if (fig.intent) return leave('an aim, not a result');
    const a1 = actualAt(ind, ey);
    if (a1 === null) return leave(`no actual for ${ey}`);
    const prev = fig.basis === 'previous-year' ? (actualAt(ind, ey - 1) !== null ? { year: ey - 1, value: actualAt(ind, ey - 1)! } : null) : previousActual(ind, ey);
    if (!prev) return leave('no earlier actual to compare with');
    const explicit = fig.basis === 'previous-actual' || fig.basis === 'previous-year';
    // Without 前回 / 前年度 the comparison may be with the baseline: a finding only when neither fits.
    const bases = [prev];
    const b = ind.baseline?.year != null ? actualAt(ind, ind.baseline.year) : null;
    if (!explicit && b !== null && ind.baseline!.year! < ey && ind.baseline!.year !== prev.year) bases.push({ year: ind.baseline!.year!, value: b });
    const unitIsPercent = indicatorUnit(ind) === '%';
    const fitsWith = (p: { value: number }) =>
      fig.kind === 'steady' ? round(a1 - p.value, ia.precision) === 0 : directionFits(fig.direction, p.value, a1, ia.direction) && (!fig.amount || amountFits(fig.amount, p.value, a1, unitIsPercent));
    if (bases.some(fitsWith)) return ok(`change ${prev.value} (${prev.year}) → ${a1} (${ey})`);
    return mismatch(fig.kind === 'steady' ? 'steady' : fig.amount ? 'change' : 'direction', {
      direction: fig.direction,
      amount: fig.amount ? qtyText(fig.amount) : null,
      previousYear: prev.year,
      previous: prev.value,
      year: ey,
      actual: a1,
      difference: round(a1 - prev.value, ia.precision),
    });
  }
  return self ?? leave('not a figure the sheet can check');
}

function endpointCheck(v: YearValues, intent: boolean, end: Endpoint, which: 'from' | 'to'): { status: 'ok' | 'bad' | 'none'; end: Endpoint; year: number | null; sheet: number | null; role: string }[] {
  const { ind, ey } = v;
  const cands: { year: number | null; value: number; role: string }[] = [];
  const push = (year: number | null, value: number | null, role: string) => {
    if (value !== null) cands.push({ year, value, role });
  };
  if (end.year !== null) {
    if (intent) {
      push(end.year, expectedAt(ind, end.year), expectedRole(ind, end.year));
      push(end.year, actualAt(ind, end.year), 'actual');
    } else {
      push(end.year, actualAt(ind, end.year), 'actual');
      if (cands.length === 0) push(end.year, expectedAt(ind, end.year), expectedRole(ind, end.year));
    }
  } else if (which === 'from') {
    const b = ind.baseline?.value ? numeric(ind.baseline.value) : null;
    push(ind.baseline?.year ?? null, b, 'baseline');
    const p = previousActual(ind, ey);
    if (p) push(p.year, p.value, 'actual');
  } else {
    push(ey, actualAt(ind, ey), 'actual');
    push(ey, expectedAt(ind, ey), expectedRole(ind, ey));
    push(ind.target?.year ?? null, ind.target?.value ? numeric(ind.target.value) : null, 'target');
  }
  if (cands.length === 0) return [{ status: 'none', end, year: end.year, sheet: null, role: '' }];
  if (cands.some((c) => sameNumber(end.quantity, c.value))) return [{ status: 'ok', end, year: end.year, sheet: null, role: '' }];
  return [{ status: 'bad', end, year: cands[0].year, sheet: cands[0].value, role: cands[0].role }];
}

/**
 * A from → to pair tied to no indicator whose years end the year before the evaluated one, in a
 * cell naming no later year: the evaluated year's results told with last year's numbers.
 */
function staleYears(ctx: SheetContext, source: NarrativeSource, fig: NarrativeFigure): Verdict | null {
  const ey = ctx.evaluationYear;
  if (ey === null || source.fieldYear !== null || source.future || fig.intent) return null;
  if (!fig.from?.year || !fig.to?.year || fig.to.year !== ey - 1) return null;
  const all = parseNarrative(source.text, { era: eraOf(ctx) }).figures.flatMap((f) => f.years);
  if (all.some((y) => y >= ey)) return null;
  return {
    source,
    figure: fig,
    status: 'finding',
    rule: 'narrative-year-stale',
    reason: 'previous-years',
    data: { field: fieldOf(source), quote: quoteOf(fig), what: 'previous-years', fromYear: fig.from.year, toYear: fig.to.year, evaluationYear: ey },
  };
}
