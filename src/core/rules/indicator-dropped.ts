import { indicatorName } from './helpers';
import { whereLastYear } from '../previous/compare';
import { textKey } from '../previous/similarity';
import type { Draft, Rule, SheetContext } from './types';

/**
 * An indicator of last year's sheet that this year's does not carry: gone (nothing matched it) or
 * renamed (the same number, a similar but different name). The cell: this year's indicator when
 * renamed; else the reference of the item that used it, else where it stood last year.
 */
export const indicatorDropped: Rule = {
  id: 'indicator-dropped',
  severity: 'info',
  scope: 'indicator',
  needs: 'previous',
  looksAt: "last year's indicators against this year's",
  *check(ctx: SheetContext): Iterable<Draft> {
    const m = ctx.previous;
    if (!m) return;
    for (const pair of m.indicators) {
      if (textKey(pair.current.name?.text) === textKey(pair.previous.name?.text)) continue;
      yield {
        cell: pair.current.name?.cell ?? pair.current.cell,
        data: { kind: 'renamed', indicator: indicatorName(pair.previous), renamedTo: indicatorName(pair.current), ...whereLastYear(m, pair.previous.name?.cell ?? pair.previous.cell) },
      };
    }
    for (const gone of m.unmatchedIndicators) {
      const user = m.items.find((p) => p.previous.indicatorKeys.includes(gone.key));
      const cell = user ? (user.current.refCell ?? user.current.cell) : gone.cell;
      yield { cell, data: { kind: 'gone', indicator: indicatorName(gone), item: user?.current.no ?? null, ...whereLastYear(m, gone.cell) } };
    }
  },
};
