import type { EvaluationSheet, Indicator, Item } from '../model/types';
import { isEmptyIndicator } from '../rules/helpers';
import { RENAMED, SIMILAR, similarity, splitCode, textKey, titleKey } from './similarity';
import type { IndicatorPair, ItemPair, PreviousSheet, SheetMatch } from './types';

/**
 * Last year's sheets matched to this year's, as data in and a matching out (no rule here).
 *
 * Sheets: by policy (基本方針 / 基本施策 … under the same label: the heading's text, whatever its
 * number, so 「9-2.まちづくり…」 renumbered 「9-3.まちづくり…」 still matches), then by the items and
 * indicators they share, the title without its years, the sheet's name. Each of last year's sheets
 * goes to at most one of this year's, best pairs first.
 * Items: number and title; the title alone (renumbered); the number with a similar title.
 * Indicators: number and name; the name alone; the number with a similar name (renamed). Where a
 * row is both an item and an indicator (baseline-target-current), only within paired items.
 */

/** Points of what agrees between two sheets (see sheetScore). */
const POINTS = { policy: 3, policyNumberOnly: 2, policyDiffers: -3, title: 1, name: 1, items: 4, indicators: 2 } as const;
/** Below this a pairing is a guess: the sheet is left without last year's. */
const MIN_SCORE = 2;

/** Keys computed once per object: a sheet is compared with every one of last year's (50 × 50 pairs). */
function cached<T extends object, K>(f: (x: T) => K): (x: T) => K {
  const memo = new WeakMap<T, K>();
  return (x) => {
    let k = memo.get(x);
    if (k === undefined) {
      k = f(x);
      memo.set(x, k);
    }
    return k;
  };
}

const itemKeys = cached((it: Item): { no: string; title: string } => ({ no: textKey(it.no), title: textKey(it.title) }));

/** Items of this year's sheet paired with last year's (one each, in three passes). */
export function matchItems(current: Item[], previous: Item[]): ItemPair[] {
  const pairs: ItemPair[] = [];
  const used = new Set<Item>();
  const done = new Set<Item>();
  const pass = (basis: ItemPair['basis'], ok: (a: ReturnType<typeof itemKeys>, b: ReturnType<typeof itemKeys>) => boolean) => {
    for (const c of current) {
      if (done.has(c)) continue;
      const ck = itemKeys(c);
      const p = previous.find((x) => !used.has(x) && ok(ck, itemKeys(x)));
      if (!p) continue;
      used.add(p);
      done.add(c);
      pairs.push({ current: c, previous: p, basis });
    }
  };
  pass('same', (a, b) => a.no !== '' && a.no === b.no && a.title === b.title);
  pass('renumbered', (a, b) => a.title !== '' && a.title === b.title);
  pass('retitled', (a, b) => a.no !== '' && a.no === b.no && (a.title === b.title || similarity(a.title, b.title) >= SIMILAR));
  return pairs;
}

const indicatorKeys = cached((ind: Indicator): { id: string; name: string } => ({ id: textKey(ind.id), name: textKey(ind.name?.text) }));
const active = cached((ind: Indicator): boolean => !isEmptyIndicator(ind));
const sheetKeys = cached((s: EvaluationSheet) => ({
  title: titleKey(s.title),
  name: textKey(s.sheet),
  named: s.indicators.filter(active).length,
  policy: s.policy.map((p) => {
    const { code, rest } = splitCode(p.value);
    return { label: textKey(p.label), code, rest: textKey(rest) };
  }),
}));

/** Indicators paired (one each); `items` scopes indicators that belong to an item row. */
export function matchIndicators(current: Indicator[], previous: Indicator[], items: ItemPair[] = []): IndicatorPair[] {
  const itemOf = new Map(items.map((p) => [p.current.key, p.previous.key]));
  const cur = current.filter(active);
  const prev = previous.filter(active);
  const pairs: IndicatorPair[] = [];
  const used = new Set<Indicator>();
  const done = new Set<Indicator>();
  const scoped = (c: Indicator, p: Indicator) => c.itemKey === null || p.itemKey === null || itemOf.get(c.itemKey) === p.itemKey;
  const pass = (basis: IndicatorPair['basis'], ok: (a: ReturnType<typeof indicatorKeys>, b: ReturnType<typeof indicatorKeys>) => boolean) => {
    for (const c of cur) {
      if (done.has(c)) continue;
      const ck = indicatorKeys(c);
      const p = prev.find((x) => !used.has(x) && scoped(c, x) && ok(ck, indicatorKeys(x)));
      if (!p) continue;
      used.add(p);
      done.add(c);
      pairs.push({ current: c, previous: p, basis });
    }
  };
  pass('same', (a, b) => a.id === b.id && a.name === b.name && (a.name !== '' || a.id !== ''));
  pass('renumbered', (a, b) => a.name !== '' && a.name === b.name);
  pass('retitled', (a, b) => a.id !== '' && a.id === b.id && similarity(a.name, b.name) >= SIMILAR);
  // Sheets that do not number their indicators (plan/actual): a name closer still.
  pass('retitled', (a, b) => a.id === '' && b.id === '' && similarity(a.name, b.name) >= RENAMED);
  return pairs;
}

/** What agrees between this year's sheet and one of last year's, in points (negative: a different policy). */
export function sheetScore(cur: EvaluationSheet, prev: EvaluationSheet, items: ItemPair[], indicators: IndicatorPair[]): number {
  let score = 0;
  const a = sheetKeys(cur);
  const b = sheetKeys(prev);
  for (const c of a.policy) {
    const p = b.policy.find((x) => x.label === c.label);
    if (!p) continue;
    if (c.rest === p.rest) score += POINTS.policy;
    else if (c.code !== '' && c.code === p.code && similarity(c.rest, p.rest) >= SIMILAR) score += POINTS.policyNumberOnly;
    else score += POINTS.policyDiffers;
  }
  if (a.title !== '' && a.title === b.title) score += POINTS.title;
  if (a.name === b.name) score += POINTS.name;
  const nItems = Math.max(cur.items.length, prev.items.length);
  if (nItems > 0) score += (POINTS.items * items.length) / nItems;
  const nInd = Math.max(a.named, b.named);
  if (nInd > 0) score += (POINTS.indicators * indicators.length) / nInd;
  return score;
}

function pairSheets(cur: EvaluationSheet, prev: PreviousSheet): SheetMatch {
  const items = matchItems(cur.items, prev.model.items);
  const indicators = matchIndicators(cur.indicators, prev.model.indicators, items);
  const paired = new Set(indicators.map((p) => p.previous));
  return {
    previous: prev,
    score: sheetScore(cur, prev.model, items, indicators),
    items,
    indicators,
    unmatchedIndicators: prev.model.indicators.filter((i) => active(i) && !paired.has(i)),
  };
}

/**
 * This year's sheets (one workbook) against every sheet of last year's workbooks: for each of
 * this year's sheets, by name, its match or null. Only evaluation sheets take part.
 */
export function matchSheets(current: EvaluationSheet[], previous: PreviousSheet[]): Map<string, SheetMatch | null> {
  const out = new Map<string, SheetMatch | null>(current.map((s) => [s.sheet, null]));
  const prev = previous.filter((p) => p.model.kind === 'evaluation');
  const candidates: { cur: EvaluationSheet; m: SheetMatch; order: number }[] = [];
  let order = 0;
  for (const cur of current) {
    if (cur.kind !== 'evaluation') continue;
    for (const p of prev) {
      const m = pairSheets(cur, p);
      if (m.score >= MIN_SCORE) candidates.push({ cur, m, order: order++ });
    }
  }
  // Best pairs first; ties in the order given (this year's sheet order, then last year's).
  candidates.sort((a, b) => b.m.score - a.m.score || a.order - b.order);
  const takenPrev = new Set<PreviousSheet>();
  for (const c of candidates) {
    if (out.get(c.cur.sheet) !== null || takenPrev.has(c.m.previous)) continue;
    out.set(c.cur.sheet, c.m);
    takenPrev.add(c.m.previous);
  }
  return out;
}
