import { gradeCells } from './helpers';
import type { Rule } from './types';

export const gradeNormalized: Rule = {
  id: 'grade-normalized',
  severity: 'info',
  scope: 'item',
  looksAt: 'grade cells written as Ｂ, b, “ B ”',
  *check(ctx) {
    for (const { owner, grade } of gradeCells(ctx)) {
      if (!grade.normalized || grade.value === null) continue;
      const plain = grade.previous !== null ? `${grade.value} (${grade.previous})` : grade.value;
      yield { cell: grade.cell, data: { item: owner, text: grade.raw, grade: plain }, fix: { cell: grade.cell, value: plain } };
    }
  },
};
