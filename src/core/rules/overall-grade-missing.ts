import type { Rule } from './types';

export const overallGradeMissing: Rule = {
  id: 'overall-grade-missing',
  severity: 'error',
  scope: 'sheet',
  looksAt: 'the 総合評価 field',
  *check(ctx) {
    const g = ctx.model.overallGrade;
    if (g && g.value === null) yield { cell: g.cell, data: {} };
  },
};
