import { lastYearsGrade, previousYear, sameGrade, whereLastYear } from '../previous/compare';
import type { Draft, Rule, SheetContext } from './types';

/**
 * The last year's grade written on this year's sheet (「B (B)」's bracket; a plan/actual sheet's
 * grade of a past year) against the grade last year's workbook gave the item.
 */
export const previousGradeMismatch: Rule = {
  id: 'previous-grade-mismatch',
  severity: 'warning',
  scope: 'item',
  needs: 'previous',
  looksAt: "the bracketed last-year grade against last year's workbook",
  *check(ctx: SheetContext): Iterable<Draft> {
    const m = ctx.previous;
    if (!m) return;
    const lastYear = previousYear(ctx, m);
    for (const pair of m.items) {
      const g = pair.current.grade;
      const item = pair.current.no;
      // A sheet that grades each year holds its bracket as the year before's grade: the yearly pass below speaks for it.
      if (g && g.previous !== null && pair.current.yearlyGrades.length === 0) {
        const last = lastYearsGrade(m, pair.previous);
        if (last && !sameGrade(g.previous, last.value!)) {
          yield { cell: g.cell, data: { item, written: g.previous, previousGrade: last.value, year: lastYear, ...whereLastYear(m, last.cell) } };
        }
      }
      // A sheet that grades each year keeps last year's grade in its own column.
      for (const yg of pair.current.yearlyGrades) {
        if (yg.grade.value === null || (lastYear !== null && yg.year > lastYear)) continue;
        const before = pair.previous.yearlyGrades.find((x) => x.year === yg.year);
        if (!before || before.grade.value === null || sameGrade(yg.grade.value, before.grade.value)) continue;
        yield { cell: yg.grade.cell, data: { item, written: yg.grade.value, previousGrade: before.grade.value, year: yg.year, yearly: true, ...whereLastYear(m, before.grade.cell) } };
      }
    }
  },
};
