import { activeIndicators, indicatorName, isGoalInWords, targetNeeded, valueCells } from './helpers';
import type { Rule } from './types';

/** Text that is neither a number in disguise nor a no-data mark; words are fine in qualitative indicators and in an unneeded target. */
export const valueNotNumeric: Rule = {
  id: 'value-not-numeric',
  severity: 'error',
  scope: 'indicator',
  looksAt: 'baseline, target, actual and expected cells',
  *check(ctx) {
    for (const { indicator: ind } of activeIndicators(ctx)) {
      if (ind.qualitative) continue;
      const needTarget = targetNeeded(ctx, ind);
      for (const c of valueCells(ind)) {
        if (c.value.parsed.kind !== 'text') continue;
        if (c.role === 'target' && !needTarget) continue;
        // A target or plan stated in words (「前年度以下」, 「全指標で目標達成」): a qualitative goal.
        if ((c.role === 'target' || c.role === 'expected') && isGoalInWords(c.value.parsed.text)) continue;
        // The text as the cell holds it (the folded text would show 「ー」 as 「-」).
        yield { cell: c.value.cell, data: { indicator: indicatorName(ind), text: String(c.value.raw).trim(), role: c.role, year: c.year } };
      }
    }
  },
};
