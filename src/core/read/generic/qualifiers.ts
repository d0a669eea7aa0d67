/**
 * Qualifier columns: (見込) / (実績) cells beside a value column, under no header of their own
 * (「28年度 │ 20億円 │ 31億円 │ (見込)」). They mark the value beside them as an estimate, and a year
 * whose value is still an estimate (見込) has no final actual due yet: a 「-」 there is not a missing
 * actual.
 */
import { fold } from '../../text/normalize';
import type { ReadContext } from '../context';
import { QUALIFIER } from '../lexicon';

/** Columns next to the value columns (not already given a role) whose body cells hold qualifiers. */
export function qualifierColumns(ctx: ReadContext, valueCols: number[], taken: (c: number) => boolean, from: number, to: number): number[] {
  const out: number[] = [];
  for (const c of valueCols) {
    for (const q of [c + 1, c - 1]) {
      if (out.includes(q) || taken(q) || valueCols.includes(q)) continue;
      for (let r = from; r <= to; r++) {
        if (QUALIFIER.test(fold(ctx.grid.text(r, q)))) {
          out.push(q);
          break;
        }
      }
    }
  }
  return out;
}

const ESTIMATE = /見込|予定|推計|暫定|速報/;

/** The qualifier beside a value (right first, then left), folded; null when none. */
export function qualifierOf(ctx: ReadContext, r: number, c: number, qualifierCols: number[]): string | null {
  return [c + 1, c - 1].filter((qc) => qualifierCols.includes(qc)).map((qc) => fold(ctx.grid.text(r, qc))).find((t) => QUALIFIER.test(t)) ?? null;
}

/** The value beside is an estimate slot (見込): a year whose actual is not final yet. */
export function isEstimateSlot(ctx: ReadContext, r: number, c: number, qualifierCols: number[]): boolean {
  const q = qualifierOf(ctx, r, c, qualifierCols);
  return q !== null && ESTIMATE.test(q);
}
