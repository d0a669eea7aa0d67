import { activeIndicators, indicatorName, targetNeeded } from './helpers';
import type { Rule } from './types';

export const targetMissing: Rule = {
  id: 'target-missing',
  severity: 'error',
  scope: 'indicator',
  looksAt: 'the target (目標値) cell, where a numeric target is needed',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      if (!targetNeeded(ctx, ind)) continue;
      // A table the generic reader read without a target row or column has no target field to fill (a plain 実績 table).
      if (ind.layout === 'generic-table' && ind.target === null) continue;
      const v = ind.target?.value ?? null;
      const kind = v?.parsed.kind ?? 'blank';
      if (kind !== 'blank' && kind !== 'no-data') continue;
      yield { cell: v?.cell ?? ind.target?.labelCell ?? ind.cell, data: { indicator: indicatorName(ind), text: v && v.parsed.kind === 'no-data' ? String(v.raw).trim() : null, year: ind.target?.year ?? null } };
    }
  },
};
