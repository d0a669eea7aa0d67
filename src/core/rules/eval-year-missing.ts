import type { Rule } from './types';
import { activeIndicators, isBlank } from './helpers';

/** Warn only where a year matters: some actual to grade or some graded item (a plan with targets alone needs none). */
export const evalYearMissing: Rule = {
  id: 'eval-year-missing',
  severity: 'warning',
  scope: 'sheet',
  looksAt: '評価対象期間 / 対象:R5 in the header, settings.evaluationYear',
  *check(ctx) {
    if (ctx.model.kind !== 'evaluation' || ctx.evaluationYear !== null) return;
    const hasActuals = activeIndicators(ctx).some((ia) => ia.indicator.years.some((y) => !isBlank(y.actual)));
    const hasGrades = ctx.model.items.some((it) => it.grade?.value || it.yearlyGrades.some((g) => g.grade.value) || it.axes?.some((a) => a.grade.value));
    if (!hasActuals && !hasGrades) return;
    const cell = ctx.model.policy[0]?.cell ?? ctx.model.overallGrade?.cell ?? ctx.model.items[0]?.cell ?? ctx.model.indicators[0]?.cell ?? 'A1';
    yield { cell, data: {} };
  },
};
