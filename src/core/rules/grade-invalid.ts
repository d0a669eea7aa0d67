import { suggestPreset } from '../grading/suggest';
import { axisScales, gradeCells, listScale, validGrades } from './helpers';
import type { Rule } from './types';

export const gradeInvalid: Rule = {
  id: 'grade-invalid',
  severity: 'error',
  scope: 'item',
  looksAt: "every grade cell against the sheet's legend, else the preset's scale",
  *check(ctx) {
    const scale = validGrades(ctx);
    const cells = [...gradeCells(ctx)];
    // Where the scale comes from, and a preset that would take the sheet's grades, so the message
    // can say what to change (the sheet's grade, or the preset in Settings).
    const scaleSource = ctx.model.legend?.some((l) => l.grade.trim() !== '') ? 'legend' : 'preset';
    const written = cells.flatMap(({ grade }) => [grade.value, grade.previous]).filter((g): g is string => g !== null);
    const better = suggestPreset(ctx.model, written, ctx.preset.id);
    const about = { scaleSource, preset: ctx.preset.id, presetName: ctx.preset.name, suggestedPreset: better ? { id: better.id, name: better.name } : null };
    const axes = axisScales(ctx);
    for (const { owner, grade, axis } of cells) {
      // The cell's own drop-down list first (the form says what may be chosen there), then its axis, then the sheet's.
      const list = listScale(ctx, grade.cell);
      const own = list ?? (axis !== undefined ? axes.get(axis) ?? scale : scale);
      const source = list ? { ...about, scaleSource: 'validation', suggestedPreset: null } : about;
      if (grade.value !== null && !own.includes(grade.value)) yield { cell: grade.cell, data: { item: owner, grade: grade.value, scale: own, ...source } };
      else if (grade.previous !== null && !scale.includes(grade.previous)) yield { cell: grade.cell, data: { item: owner, grade: grade.previous, scale, previous: true, ...about } };
    }
  },
};
