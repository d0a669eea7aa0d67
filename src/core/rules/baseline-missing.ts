import { activeIndicators, indicatorName } from './helpers';
import type { Rule } from './types';

/** Blank or a no-data mark (Ichinoseki's 「—」); a baseline in words is value-not-numeric's. */
export const baselineMissing: Rule = {
  id: 'baseline-missing',
  severity: 'error',
  scope: 'indicator',
  looksAt: 'the baseline (現状値 / 基準値) cell',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      if (ind.qualitative) continue;
      // A table the generic reader read without a baseline row or column has no baseline field to fill (a plain 実績 table).
      if (ind.layout === 'generic-table' && ind.baseline === null) continue;
      const v = ind.baseline?.value ?? null;
      const kind = v?.parsed.kind ?? 'blank';
      if (kind !== 'blank' && kind !== 'no-data') continue;
      yield { cell: v?.cell ?? ind.baseline?.labelCell ?? ind.cell, data: { indicator: indicatorName(ind), text: v && v.parsed.kind === 'no-data' ? String(v.raw).trim() : null, year: ind.baseline?.year ?? null } };
    }
  },
};
