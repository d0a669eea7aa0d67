import type { Rule } from './types';
import { isEmptyIndicator } from './helpers';

export const yearHeaderInvalid: Rule = {
  id: 'year-header-invalid',
  severity: 'error',
  scope: 'indicator',
  looksAt: 'year header labels (R1 … R7, 平成27年度, 27 …)',
  *check(ctx) {
    const seen = new Set<string>();
    const cells = [...ctx.model.badYearHeaders, ...ctx.model.indicators.filter((i) => !isEmptyIndicator(i) || i.badYearHeaders.length > 0).flatMap((i) => i.badYearHeaders)];
    for (const c of cells) {
      if (seen.has(c.cell)) continue;
      seen.add(c.cell);
      yield { cell: c.cell, data: { label: c.text } };
    }
  },
};
