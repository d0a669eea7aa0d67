import type { Rule } from './types';

/**
 * A grade cell the sheet has but nobody filled. Yearly grades (plan/actual sheets) count up to the
 * evaluated year; an indicator's own grade counts when no item carries it.
 */
export const gradeMissing: Rule = {
  id: 'grade-missing',
  severity: 'error',
  scope: 'item',
  looksAt: 'item grade cells (達成状況評価 / 事業の評価 / 年度評価)',
  *check(ctx) {
    const seen = new Set<string>();
    for (const it of ctx.model.items) {
      if (it.grade && it.grade.value === null && !seen.has(it.grade.cell)) {
        seen.add(it.grade.cell);
        yield { cell: it.grade.cell, data: { item: it.no } };
      }
      for (const a of it.axes ?? []) {
        if (a.grade.value !== null || seen.has(a.grade.cell)) continue;
        seen.add(a.grade.cell);
        yield { cell: a.grade.cell, data: { item: `${it.no}（${a.axis}）` } };
      }
      for (const yg of it.yearlyGrades) {
        if (yg.grade.value !== null || seen.has(yg.grade.cell)) continue;
        if (ctx.evaluationYear === null || yg.year > ctx.evaluationYear) continue;
        seen.add(yg.grade.cell);
        yield { cell: yg.grade.cell, data: { item: it.no, year: yg.year } };
      }
    }
    for (const ind of ctx.model.indicators) {
      if (!ind.grade || ind.grade.value !== null || ind.itemKey !== null || seen.has(ind.grade.cell)) continue;
      seen.add(ind.grade.cell);
      yield { cell: ind.grade.cell, data: { item: ind.name?.text ?? ind.id } };
    }
  },
};
