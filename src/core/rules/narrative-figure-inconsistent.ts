import { findingsOf } from './narrative-claims';
import type { Rule } from './types';

/** 「6件増(令和4年度:14件→令和5年度:66件)」: a change its own from → to numbers contradict. */
export const narrativeFigureInconsistent: Rule = {
  id: 'narrative-figure-inconsistent',
  severity: 'warning',
  scope: 'item',
  looksAt: 'changes stated in narrative cells with their own from → to numbers (N件増, 維持, 低下)',
  *check(ctx) {
    yield* findingsOf(ctx, 'narrative-figure-inconsistent');
  },
};
