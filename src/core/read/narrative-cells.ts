import type { Indicator, Item, TextCell } from '../model/types';
import type { Grid } from '../snapshot/grid';
import { TARGET_WORDS } from './narrative-lexicon';

/** At most this many statement cells per sheet (a hostile sheet of a million texts costs no more). */
const MAX_STATEMENTS = 2000;

/**
 * Text cells outside the items' analysis fields that may state figures: the 達成状況 column beside
 * an item's grade, a plan's 成果目標 sentence, a comment merged over an indicator's row. Kept when
 * they hold a digit or a target word (目標 …), and are not an indicator's own name or value cell;
 * the narrative rules (rules/narrative-*.ts) read the figures in them.
 */
export function readStatements(grid: Grid, items: Item[], indicators: Indicator[]): TextCell[] {
  const skip = new Set<string>();
  for (const it of items) for (const n of it.narrative) skip.add(n.cell);
  for (const ind of indicators) {
    if (ind.name) skip.add(ind.name.cell);
    skip.add(ind.cell);
    for (const y of ind.years) for (const v of [y.actual, y.expected, y.note]) if (v) skip.add(v.cell);
    for (const r of [ind.baseline, ind.target, ind.current]) if (r?.value) skip.add(r.value.cell);
  }
  const out: TextCell[] = [];
  for (const c of grid.cells()) {
    if (typeof c.value !== 'string' || c.text.length < 6) continue;
    if (!/[0-9０-９]/.test(c.text) && !TARGET_WORDS.some((w) => c.text.includes(w))) continue;
    const cell = grid.address(c.row, c.col);
    if (skip.has(cell)) continue;
    out.push({ cell, text: c.text });
    if (out.length >= MAX_STATEMENTS) break;
  }
  return out;
}
