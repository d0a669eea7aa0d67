import { gradeInForce } from './helpers';
import type { Rule } from './types';

/** The overall grade against the preset's roll-up of the items' own grades (mean of points). */
export const overallGradeInconsistent: Rule = {
  id: 'overall-grade-inconsistent',
  severity: 'warning',
  scope: 'sheet',
  looksAt: '総合評価 vs the item grades',
  *check(ctx) {
    const g = ctx.model.overallGrade;
    if (!g || g.value === null || ctx.rolledUpGrade === null) return;
    if (!ctx.preset.scale.includes(g.value) || ctx.preset.ungraded.includes(g.value)) return;
    if (g.value === ctx.rolledUpGrade) return;
    const itemGrades = ctx.model.items.map((it) => gradeInForce(ctx, it)?.value).filter((x): x is string => !!x);
    yield { cell: g.cell, data: { grade: g.value, rolledUp: ctx.rolledUpGrade, itemGrades, mean: ctx.rollUpMean === null ? null : Math.round(ctx.rollUpMean * 100) / 100 } };
  },
};
