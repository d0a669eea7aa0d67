import { activeIndicators, hasValues } from './helpers';
import { fold } from '../text/normalize';
import type { Rule } from './types';

export const indicatorNameMissing: Rule = {
  id: 'indicator-name-missing',
  severity: 'error',
  scope: 'indicator',
  looksAt: 'the indicator name (指標名)',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      if (hasValues(ind) && (!ind.name || fold(ind.name.text) === '')) yield { cell: ind.name?.cell ?? ind.cell, data: { indicator: ind.id || ind.cell } };
    }
  },
};
