import { fold } from '../text/normalize';
import { gradeInForce } from './helpers';
import type { Rule } from './types';

const EMPTY = /^[-\s]*$/; // a lone dash says nothing either

export const narrativeMissing: Rule = {
  id: 'narrative-missing',
  severity: 'warning',
  scope: 'item',
  looksAt: 'analysis fields (内部要因, 外部要因, 今後の方向性, 効果又は理由 …) of graded items',
  *check(ctx) {
    for (const it of ctx.model.items) {
      const g = gradeInForce(ctx, it);
      if (!g || g.value === null || ctx.preset.ungraded.includes(g.value) || it.narrative.length === 0) continue;
      if (it.narrative.every((n) => EMPTY.test(fold(n.text)))) yield { cell: it.narrative[0].cell, data: { item: it.no, grade: g.value, fields: it.narrative.map((n) => n.label) } };
    }
  },
};
