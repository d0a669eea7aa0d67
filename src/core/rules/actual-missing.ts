import { dueActuals, explanation, indicatorName, isBlank } from './helpers';
import type { Rule } from './types';

/** Years after the baseline up to the evaluated year: a blank actual that nothing explains. */
export const actualMissing: Rule = {
  id: 'actual-missing',
  severity: 'error',
  scope: 'indicator',
  looksAt: '実績値 cells and the 備考 row',
  *check(ctx) {
    for (const { ind, y, evaluationYear } of dueActuals(ctx)) {
      if (isBlank(y.actual) && explanation(y) === null) yield { cell: y.actual.cell, data: { indicator: indicatorName(ind), year: y.year, evaluationYear } };
    }
  },
};
