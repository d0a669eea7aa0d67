import type { GradeCell, NarrativeField } from '../model/types';
import { display, fieldCell, type ReadContext } from './context';
import { looksLikeGrade, parseGrade } from './grades';
import { isLabel } from './labels';
import { yearCells } from './year-header';

/**
 * 年度評価 sections of plan/actual forms (Niigata): a header row of years, then a row
 * 「取組工程、指標に対する評価 | text | B | text | C」 where each year's grade is the cell after its text.
 * Texts are paired with years in order, because flattening moves the year headers by a column.
 */
export interface YearlyGradeSection {
  row: number;
  grades: { year: number; label: string; grade: GradeCell }[];
  narrative: NarrativeField[];
}

export function readYearlyGrades(ctx: ReadContext): YearlyGradeSection[] {
  const out: YearlyGradeSection[] = [];
  for (const { row, col, text } of ctx.grid.cells()) {
    if (!isLabel(text, 'yearlyGrade')) continue;
    const headerRow = yearCells(ctx, row).length > 0 ? row : yearCells(ctx, row - 1).length > 0 ? row - 1 : -1;
    if (headerRow < 0) continue;
    const years = yearCells(ctx, headerRow, col + 1);
    const evalRow = headerRow + 1;
    const firstCol = years[0].col;
    const cells = ctx.grid.rowCells(evalRow).filter((c) => c.col >= firstCol);
    const texts = cells.filter((c) => !looksLikeGrade(c.text));
    const rowLabel = ctx.grid.rowCells(evalRow).filter((c) => c.col < firstCol && !isLabel(c.text, 'yearlyGrade')).pop();
    const nextLabel = ctx.grid.rowCells(evalRow + 1).filter((c) => c.col < firstCol).pop();
    const section: YearlyGradeSection = { row, grades: [], narrative: [] };
    let taken = -1;
    years.forEach((y, i) => {
      const t = texts[i];
      // A year not written yet (a sheet submitted before its last year): its text cell follows the
      // year before's grade, its grade the text cell, so the year before's grade is never read again.
      const start = t ? t.col + 1 : Math.max(y.col, taken + 2);
      const end = texts[i + 1] ? texts[i + 1].col - 1 : start + 1;
      const g = cells.find((c) => c.col >= start && c.col <= end && c.col > taken && looksLikeGrade(c.text));
      const gradeCol = g ? g.col : start;
      taken = gradeCol;
      section.grades.push({ year: y.year, label: y.label, grade: parseGrade(ctx.grid.value(evalRow, gradeCol), ctx.grid.address(evalRow, gradeCol)) });
      if (t) section.narrative.push({ label: `${display(rowLabel?.text ?? '評価')} (${y.label})`, cell: ctx.grid.address(evalRow, t.col), text: t.text });
      // The labelled row below (課題、今後の方針 …) is a field even when blank (text ''). A year without
      // text in the first row gives no field: nothing says which cell its text would be in.
      const follow = t && nextLabel ? fieldCell(ctx, evalRow + 1, t.col) : null;
      if (follow && nextLabel) section.narrative.push({ label: `${display(nextLabel.text)} (${y.label})`, ...follow });
    });
    for (let r = headerRow; r <= evalRow + 1; r++) ctx.claimed.add(r);
    out.push(section);
  }
  return out;
}
