import { indicatorName } from './helpers';
import { comparable, explainsChange, sameComparable, shown, whereLastYear } from '../previous/compare';
import type { YearRef } from '../model/types';
import type { Draft, Rule, SheetContext } from './types';

/**
 * The baseline or target (value or year) differs from last year's sheet and nothing on this year's
 * sheet says why (a new 備考, or 変更 / 見直し … in the indicator's description or the analysis).
 */
export const targetChanged: Rule = {
  id: 'target-changed',
  severity: 'warning',
  scope: 'indicator',
  needs: 'previous',
  looksAt: "baseline and target (value and year) against last year's workbook",
  *check(ctx: SheetContext): Iterable<Draft> {
    const m = ctx.previous;
    if (!m) return;
    for (const pair of m.indicators) {
      const changed: { field: 'baseline' | 'target'; cur: YearRef; prev: YearRef }[] = [];
      for (const field of ['baseline', 'target'] as const) {
        const cur = pair.current[field];
        const prev = pair.previous[field];
        if (!cur?.value || !prev?.value) continue;
        const a = comparable(cur.value);
        const b = comparable(prev.value);
        if (a === null || b === null) continue;
        const yearMoved = cur.year !== null && prev.year !== null && cur.year !== prev.year;
        if (sameComparable(a, b) && !yearMoved) continue;
        changed.push({ field, cur, prev });
      }
      if (changed.length === 0 || explainsChange(ctx, pair.current, pair.previous) !== null) continue;
      for (const c of changed) {
        yield {
          cell: c.cur.value!.cell,
          data: {
            indicator: indicatorName(pair.current),
            field: c.field,
            value: shown(c.cur.value!),
            year: c.cur.year,
            previousValue: shown(c.prev.value!),
            previousYear: c.prev.year,
            ...whereLastYear(m, c.prev.value!.cell),
          },
        };
      }
    }
  },
};
