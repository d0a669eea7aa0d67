import { gradeCells, validGrades } from './helpers';
import type { Rule } from './types';

export const gradeInvalid: Rule = {
  id: 'grade-invalid',
  severity: 'error',
  scope: 'item',
  looksAt: "every grade cell against the sheet's legend, else the preset's scale",
  *check(ctx) {
    const scale = validGrades(ctx);
    for (const { owner, grade } of gradeCells(ctx)) {
      if (grade.value !== null && !scale.includes(grade.value)) yield { cell: grade.cell, data: { item: owner, grade: grade.value, scale } };
      else if (grade.previous !== null && !scale.includes(grade.previous)) yield { cell: grade.cell, data: { item: owner, grade: grade.previous, scale, previous: true } };
    }
  },
};
