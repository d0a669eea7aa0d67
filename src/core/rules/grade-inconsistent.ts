import { gradeDistance } from '../grading/progress';
import { gradeInForce, indicatorName } from './helpers';
import type { Draft, Rule, SheetContext } from './types';
import type { IndicatorAnalysis } from '../analyze/types';
import type { GradeCell } from '../model/types';

function basis(ias: IndicatorAnalysis[]) {
  return ias
    .filter((ia) => ia.progress && ia.suggestedGrade)
    .map((ia) => ({
      indicator: indicatorName(ia.indicator),
      year: ia.progress!.year,
      actual: ia.progress!.actual,
      expected: ia.progress!.expected,
      baseline: ia.progress!.baseline,
      progress: ia.progress!.value,
      suggested: ia.suggestedGrade,
    }));
}

function draft(ctx: SheetContext, owner: string, g: GradeCell | null, suggested: string | null, ias: IndicatorAnalysis[]): Draft | null {
  if (!g || g.value === null || suggested === null) return null;
  if (ctx.preset.ungraded.includes(g.value)) return null; // E (評価不能) is never inconsistent
  const levels = gradeDistance(ctx.preset, g.value, suggested);
  if (levels === null || levels === 0) return null;
  return { cell: g.cell, severity: levels >= 2 ? 'warning' : 'info', data: { item: owner, grade: g.value, suggested, levels, basis: basis(ias) } };
}

/** The item's grade against the grade its indicators' progress suggests: 1 level → info, 2+ → warning. */
export const gradeInconsistent: Rule = {
  id: 'grade-inconsistent',
  severity: 'warning',
  scope: 'item',
  looksAt: 'item grades vs indicator progress under the preset',
  *check(ctx) {
    const byKey = new Map(ctx.indicators.map((ia) => [ia.indicator.key, ia]));
    const covered = new Set<string>();
    for (const ia of ctx.items) {
      const inds = ia.basis.map((k) => byKey.get(k)).filter((x): x is IndicatorAnalysis => !!x);
      inds.forEach((i) => covered.add(i.indicator.key));
      const d = draft(ctx, ia.item.no, gradeInForce(ctx, ia.item), ia.suggestedGrade, inds);
      if (d) yield d;
    }
    // Rows that carry their own grade without an item (baseline/target/current sheets read row by row).
    for (const ia of ctx.indicators) {
      if (ia.indicator.itemKey !== null || covered.has(ia.indicator.key)) continue;
      const d = draft(ctx, indicatorName(ia.indicator), ia.indicator.grade, ia.suggestedGrade, [ia]);
      if (d) yield d;
    }
  },
};
