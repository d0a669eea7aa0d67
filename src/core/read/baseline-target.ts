import type { Indicator, YearRef } from '../model/types';
import { fold, squash } from '../text/normalize';
import { allQualitative, display, fieldCell, isRowBlank, precisionOf, textCell, unitOfValues, valueCell, type ReadContext } from './context';
import { isLabel } from './labels';
import { yearHeads } from './baseline-target-current';
import { yearCells, type YearColumn } from './year-header';

/**
 * Baseline → target tables (Ichinoseki): 「指標 | | 単位 | 現状 (令和4年度) | 目標 (令和10年度)」, then rows
 * 「1 | name | 回/年 | 3.77 | 4.23」. Numbering restarts per table, so keys carry the row.
 */
export function readBaselineTarget(ctx: ReadContext): Indicator[] {
  const out: Indicator[] = [];
  for (let row = ctx.grid.top; row <= ctx.grid.bottom; row = ctx.grid.nextRow(row)) {
    if (ctx.claimed.has(row)) continue;
    const { base, target } = yearHeads(yearCells(ctx, row));
    if (!base || !target || target.col <= base.col) continue;
    const cells = ctx.grid.rowCells(row);
    const nameHead = cells.find((c) => c.col < base.col && isLabel(c.text, 'indicatorHeader'));
    if (!nameHead) continue;
    const unitHead = cells.find((c) => c.col < base.col && isLabel(c.text, 'unit'));
    const nameEnd = (unitHead?.col ?? base.col) - 1;
    ctx.claimed.add(row);
    let r = row + 1;
    for (; r <= ctx.grid.bottom && !isRowBlank(ctx, r); r++) {
      ctx.claimed.add(r);
      const left = ctx.grid.rowCells(r).filter((c) => c.col >= nameHead.col && c.col <= nameEnd);
      // 「1 | name」: a leading short number is the indicator's number, the next text its name. Alone,
      // left of the name column (「3 | (blank)」), it is still the number: the name was left blank.
      const numbered = left.length > 0 && left[0].col < nameEnd && /^[0-9]{1,2}$|^[①-⑳]$/.test(fold(left[0].text));
      const idCell = numbered ? left[0] : null;
      const nameCell = left.find((c) => c !== idCell) ?? null;
      const b = valueCell(ctx, r, base.col);
      const t = valueCell(ctx, r, target.col);
      if (!nameCell && b.parsed.kind === 'blank' && t.parsed.kind === 'blank') continue;
      // A blank 単位 cell is kept with text '' (see Indicator.unit).
      const unit = unitHead ? fieldCell(ctx, r, unitHead.col) : null;
      const name = nameCell ? textCell(ctx, r, nameCell.col) : null;
      const ref = (y: YearColumn, value: typeof b): YearRef => ({ year: y.year, label: y.label, labelCell: y.cell, value });
      const id = idCell ? display(idCell.text) : '';
      out.push({
        key: `row:${r + 1}`,
        id,
        layout: 'baseline-target',
        cell: ctx.grid.address(r, (idCell ?? nameCell)?.col ?? base.col),
        name,
        unit,
        unitText: unit?.text || unitOfValues([b, t]),
        department: null,
        description: null,
        baseline: ref(base, b),
        target: ref(target, t),
        current: null,
        years: [],
        cumulative: /累計/.test(squash((name?.text ?? '') + (unit?.text ?? ''))),
        qualitative: allQualitative([b, t]),
        precision: precisionOf([b, t]),
        grade: null,
        itemKey: null,
        badYearHeaders: [],
      });
    }
    row = r;
  }
  return out;
}
