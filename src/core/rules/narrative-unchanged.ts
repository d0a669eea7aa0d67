import { fold } from '../text/normalize';
import { narrativePairs, previousYear, whereLastYear } from '../previous/compare';
import { MIN_COPIED_CHARS } from '../previous/words';
import type { Draft, Rule, SheetContext } from './types';

/** An analysis cell whose text is last year's, word for word (a copy not brought up to date). */
export const narrativeUnchanged: Rule = {
  id: 'narrative-unchanged',
  severity: 'info',
  scope: 'item',
  needs: 'previous',
  looksAt: "each analysis cell against last year's",
  *check(ctx: SheetContext): Iterable<Draft> {
    const m = ctx.previous;
    if (!m) return;
    const lastYear = previousYear(ctx, m);
    for (const pair of m.items) {
      for (const { current, previous } of narrativePairs(pair.current, pair.previous, ctx.evaluationYear, lastYear)) {
        const t = fold(current.text);
        if (Array.from(t).length < MIN_COPIED_CHARS || t !== fold(previous.text)) continue;
        yield { cell: current.cell, data: { item: pair.current.no, field: current.label.replace(/\s+/g, ' ').trim(), chars: Array.from(t).length, ...whereLastYear(m, previous.cell) } };
      }
    }
  },
};
