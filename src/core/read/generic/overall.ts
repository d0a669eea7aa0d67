/**
 * The overall grade given by a lone label and a grade beside it, outside every table:
 * 「評価 │ C:相当程度進展あり」 under a prefecture's 管理事業評価調書. The label is a lexicon grade word
 * marked `overall` (評価, 総括評価, 評価結果); the grade reads with its meaning (C). Used only where the
 * sheet has no 総合評価 field and no items of its own (then 評価 is the sheet's one grade).
 */
import type { GradeCell } from '../../model/types';
import type { ReadContext } from '../context';
import { valueRightOf } from '../context';
import { looksLikeGrade } from '../grades';
import { roleOfLabel } from '../lexicon';
import { parseGradeWithMeaning } from './extract';

export function readLabelledOverallGrade(ctx: ReadContext): GradeCell | null {
  const g = ctx.grid;
  for (const { row, col, text } of g.cells()) {
    if (ctx.claimed.has(row) || text.length > 8) continue;
    const m = roleOfLabel(text);
    if (!m || m.how !== 'exact' || !m.entry.overall) continue;
    // The row holds the label and its grade, nothing else (not a header of a table).
    if (g.rowCells(row).length !== 2) continue;
    const right = valueRightOf(ctx, row, col, 0);
    if (!right) continue;
    const grade = parseGradeWithMeaning(g.value(row, right.col), g.address(row, right.col));
    if (grade.value === null || !(looksLikeGrade(grade.value) || grade.value !== grade.raw.trim())) continue;
    return grade;
  }
  return null;
}
