import { gradeInForce } from '../rules/helpers';
import type { SheetContext } from '../rules/types';
import type { GradeCell, Indicator, Item, NarrativeField, ValueCell } from '../model/types';
import { fold } from '../text/normalize';
import { parseFiscalYear } from '../text/years';
import { titleKey } from './similarity';
import type { SheetMatch } from './types';
import { REVISION_WORDS, TARGET_WORDS } from './words';

/** Shared reading of last year's values for the previous-year rules. */

/** Where last year's value is, for messages: the file, the sheet and the cell. */
export function whereLastYear(m: SheetMatch, cell: string): { previousFile: string; previousSheet: string; previousCell: string } {
  return { previousFile: m.previous.file, previousSheet: m.previous.model.sheet, previousCell: cell };
}

/** Last year's evaluated year: its own, else the year before this one. */
export function previousYear(ctx: SheetContext, m: SheetMatch): number | null {
  return m.previous.evaluationYear ?? (ctx.evaluationYear === null ? null : ctx.evaluationYear - 1);
}

/** The grade last year's workbook gave an item (its grade in force for last year's evaluated year). */
export function lastYearsGrade(m: SheetMatch, it: Item): GradeCell | null {
  const g = gradeInForce({ evaluationYear: m.previous.evaluationYear }, it);
  return g && g.value !== null ? g : null;
}

/** Two grades as one: 「Ｂ」 and 「b」 are B. */
export function sameGrade(a: string, b: string): boolean {
  return fold(a).toUpperCase() === fold(b).toUpperCase();
}

/** Two numbers equal as written (no binary noise decides). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * A baseline or target value as compared: a number, or the words (「継続実施」, 「充実」); null
 * when blank or no data (the missing-value rules speak of those).
 */
export function comparable(v: ValueCell | null | undefined): { n: number } | { t: string } | null {
  if (!v) return null;
  if (v.parsed.kind === 'number') return { n: v.parsed.value };
  if (v.parsed.kind === 'text') return { t: fold(v.parsed.text) };
  return null;
}

export function sameComparable(a: { n: number } | { t: string }, b: { n: number } | { t: string }): boolean {
  if ('n' in a && 'n' in b) return sameNumber(a.n, b.n);
  if ('t' in a && 't' in b) return a.t === b.t;
  return false;
}

/** A cell's value as messages show it: the number, or the words as written. */
export function shown(v: ValueCell): number | string {
  return v.parsed.kind === 'number' ? v.parsed.value : String(v.raw ?? '').trim();
}

/**
 * Whether this year's sheet explains a change of an indicator: a 備考 that last year's sheet did not
 * have, or revision words (変更, 見直し, 改定 …) in the indicator's description, notes or the analysis
 * of the items that use it.
 */
export function explainsChange(ctx: SheetContext, cur: Indicator, prev: Indicator): string | null {
  const before = new Set(prev.years.map((y) => fold(y.note?.text ?? '')).filter((t) => t !== ''));
  for (const y of cur.years) {
    const t = fold(y.note?.text ?? '');
    if (t !== '' && !before.has(t)) return t;
  }
  const revised = (t: string) => REVISION_WORDS.some((w) => t.includes(w));
  const own = [cur.description ?? '', ...cur.years.map((y) => y.note?.text ?? '')].map(fold).find(revised);
  if (own) return own;
  // In the analysis, a sentence that names the target or baseline and its revision (「目標値を上方修正した」),
  // not any 見直し (「講座の内容を見直して継続する」 is about the work).
  for (const ia of ctx.items) {
    if (!(ia.item.indicatorKeys.includes(cur.key) || ia.item.key === cur.itemKey)) continue;
    for (const n of ia.item.narrative) {
      const hit = fold(n.text).split('。').find((s) => revised(s) && TARGET_WORDS.some((w) => s.includes(w)));
      if (hit) return hit;
    }
  }
  return null;
}

/** A narrative field's label without its years, and the year it is for (「…(平成27年度)」), if any. */
function labelParts(f: NarrativeField): { base: string; year: number | null } {
  return { base: titleKey(f.label), year: parseFiscalYear(f.label)?.year ?? null };
}

/**
 * This year's analysis cells paired with last year's that speak of the same thing: a field per year
 * (plan/actual sheets: 「評価 (平成30年度)」 beside 「評価 (平成29年度)」) pairs the evaluated year's with
 * last year's evaluated year's (the older years are history, the same by nature); any other field
 * pairs with last year's field of the same label, in order.
 */
export function narrativePairs(cur: Item, prev: Item, year: number | null, lastYear: number | null): { current: NarrativeField; previous: NarrativeField }[] {
  const groups = (fields: NarrativeField[]) => {
    const g = new Map<string, { field: NarrativeField; year: number | null }[]>();
    for (const f of fields) {
      const { base, year: y } = labelParts(f);
      g.set(base, [...(g.get(base) ?? []), { field: f, year: y }]);
    }
    return g;
  };
  const a = groups(cur.narrative);
  const b = groups(prev.narrative);
  const out: { current: NarrativeField; previous: NarrativeField }[] = [];
  for (const [base, fields] of a) {
    const before = b.get(base);
    if (!before) continue;
    const yearly = new Set(fields.map((f) => f.year)).size > 1 || new Set(before.map((f) => f.year)).size > 1;
    if (yearly) {
      const c = fields.find((f) => f.year !== null && f.year === year);
      const p = before.find((f) => f.year !== null && f.year === lastYear);
      if (c && p) out.push({ current: c.field, previous: p.field });
    } else {
      fields.forEach((f, i) => {
        if (before[i]) out.push({ current: f.field, previous: before[i].field });
      });
    }
  }
  return out;
}
