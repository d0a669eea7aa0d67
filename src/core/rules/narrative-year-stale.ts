import { findingsOf } from './narrative-claims';
import type { Rule } from './types';

/** The text speaks of a year after the evaluated one, or tells the evaluated year's results with last year's numbers. */
export const narrativeYearStale: Rule = {
  id: 'narrative-year-stale',
  severity: 'info',
  scope: 'item',
  looksAt: 'years and figures in narrative cells against the evaluated year',
  *check(ctx) {
    yield* findingsOf(ctx, 'narrative-year-stale');
  },
};
