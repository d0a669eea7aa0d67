import { indicatorName, numeric, explanation } from './helpers';
import { previousYear, sameNumber, whereLastYear } from '../previous/compare';
import type { Draft, Rule, SheetContext } from './types';

/**
 * A past year's actual that last year's workbook reported otherwise (a revised figure, or a
 * 見込み replaced by the final one). The baseline is target-changed's; years after last year's
 * evaluated year are new, not revised.
 */
export const actualRevised: Rule = {
  id: 'actual-revised',
  severity: 'info',
  scope: 'indicator',
  needs: 'previous',
  looksAt: "each past year's 実績値 against last year's workbook",
  *check(ctx: SheetContext): Iterable<Draft> {
    const m = ctx.previous;
    if (!m) return;
    const lastYear = previousYear(ctx, m);
    for (const pair of m.indicators) {
      const cur = pair.current;
      const baseCell = cur.baseline?.value?.cell ?? null;
      const before = new Map(pair.previous.years.map((y) => [y.year, y]));
      for (const y of cur.years) {
        if (!y.actual || y.actual.cell === baseCell) continue;
        if (lastYear !== null && y.year > lastYear) continue;
        if (ctx.evaluationYear !== null && y.year >= ctx.evaluationYear) continue;
        const p = before.get(y.year)?.actual;
        const a = numeric(y.actual);
        const b = numeric(p);
        if (a === null || b === null || sameNumber(a, b)) continue;
        yield {
          cell: y.actual.cell,
          data: {
            indicator: indicatorName(cur),
            year: y.year,
            actual: a,
            previousActual: b,
            previousEstimate: p!.parsed.kind === 'number' && p!.parsed.estimate,
            note: explanation(y),
            ...whereLastYear(m, p!.cell),
          },
        };
      }
    }
  },
};
