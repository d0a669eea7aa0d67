import { findingsOf } from './narrative-claims';
import type { Rule } from './types';

/** A figure the text ties to an indicator (②, its name, the item's indicator) that the indicator's values contradict. */
export const narrativeIndicatorMismatch: Rule = {
  id: 'narrative-indicator-mismatch',
  severity: 'warning',
  scope: 'item',
  looksAt: 'figures in narrative cells tied to an indicator by its number, its name or the item, against its values (前回調査, 前年度, 目標を達成)',
  *check(ctx) {
    yield* findingsOf(ctx, 'narrative-indicator-mismatch');
  },
};
