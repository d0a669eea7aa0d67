import type { Indicator, Item, NarrativeField, YearRef } from '../model/types';
import { squash } from '../text/normalize';
import { allQualitative, display, fieldCell, isRowBlank, precisionOf, textCell, unitOfValues, valueCell, type ReadContext } from './context';
import { parseGrade } from './grades';
import { isLabel, labelHead } from './labels';
import { roleOf } from './items';
import { commonLabel } from './value-labels';
import { yearCells, type YearColumn } from './year-header';

/**
 * Baseline / target / current rows (Nasushiobara): header 「… | 事業の評価 | 効果又は理由 | 基準値 (H27) |
 * 目標値 (R4) | 現状値 (R4)」 under a top header 「項目 | 事業名 | 担当課 | (1)令和4年度実施状況 …」.
 * Each row is both an item (事業名, grade, narrative) and an indicator (its three values).
 */

export interface YearHeads {
  base: YearColumn | null;
  target: YearColumn | null;
  current: YearColumn | null;
}

/** Classifies a header row's year cells: 基準値 (H27), 目標値 (R4), 現状値 (R4), 現状 (令和4年度). */
export function yearHeads(ys: YearColumn[]): YearHeads {
  const head = (y: YearColumn) => labelHead(y.label);
  const target = ys.find((y) => head(y).startsWith('目標')) ?? null;
  const base = ys.find((y) => /^(基準|策定時)/.test(head(y))) ?? null;
  const genjo = ys.find((y) => /^(現状|現在|実績)/.test(head(y))) ?? null;
  // With a 基準値 present, 現状値 is the current value; alone, it is the baseline (現状 → 目標).
  return base ? { base, target, current: genjo } : { base: genjo, target, current: null };
}

export function readBaselineTargetCurrent(ctx: ReadContext): { indicators: Indicator[]; items: Item[] } {
  const indicators: Indicator[] = [];
  const items: Item[] = [];
  // A 項目 heading carries on across a repeated table header (a page break in the printed sheet):
  // a new table whose first rows leave 項目 blank continues the last heading.
  let group: string | null = null;
  for (let row = ctx.grid.top; row <= ctx.grid.bottom; row = ctx.grid.nextRow(row)) {
    if (ctx.claimed.has(row)) continue;
    const heads = yearHeads(yearCells(ctx, row));
    if (!heads.base || !heads.target || !heads.current) continue;
    const { base, target, current } = heads;

    // Column roles from this row and the two above it (the top header holds 項目 | 事業名 | 担当課).
    const roles = new Map<number, { role: string; label: string }>();
    for (let r = Math.max(ctx.grid.top, row - 2); r <= row; r++) {
      for (const c of ctx.grid.rowCells(r)) {
        const role = isLabel(c.text, 'group') ? 'group' : roleOf(c.text);
        if (role) roles.set(c.col, { role, label: display(c.text) });
      }
      ctx.claimed.add(r);
    }
    const colOf = (role: string) => [...roles].find(([, x]) => x.role === role)?.[0];
    const titleCol = colOf('title');
    const gradeCol = colOf('grade');
    const deptCol = colOf('department');
    const groupCol = colOf('group');
    const narrativeCols = [...roles].filter(([, x]) => x.role === 'narrative').map(([c]) => c);

    let r = row + 1;
    for (; r <= ctx.grid.bottom && !isRowBlank(ctx, r); r++) {
      ctx.claimed.add(r);
      if (groupCol !== undefined && !ctx.grid.isBlank(r, groupCol)) group = display(ctx.grid.text(r, groupCol));
      const title = titleCol !== undefined ? textCell(ctx, r, titleCol) : null;
      const b = valueCell(ctx, r, base.col);
      const t = valueCell(ctx, r, target.col);
      const c = valueCell(ctx, r, current.col);
      const values = [b, t, c];
      if (!title && values.every((v) => v.parsed.kind === 'blank')) continue; // the 「①～⑦」 legend row
      const rowNo = String(r + 1);
      const grade = gradeCol !== undefined ? parseGrade(ctx.grid.value(r, gradeCol), ctx.grid.address(r, gradeCol)) : null;
      const itemKey = `item:row:${rowNo}`;
      const ref = (y: YearColumn, value: typeof b): YearRef => ({ year: y.year, label: y.label, labelCell: y.cell, value });
      const name = commonLabel(values) ?? title;
      indicators.push({
        key: `row:${rowNo}`,
        id: '',
        layout: 'baseline-target-current',
        cell: title?.cell ?? b.cell,
        name,
        unit: null,
        unitText: unitOfValues(values),
        department: deptCol !== undefined ? display(ctx.grid.text(r, deptCol)) || null : null,
        description: null,
        baseline: ref(base, b),
        target: ref(target, t),
        current: ref(current, c),
        years: [{ year: current.year, label: current.label, labelCell: current.cell, actual: c, expected: null, note: null }],
        cumulative: /累計/.test(squash(name?.text ?? '')),
        qualitative: allQualitative(values),
        precision: precisionOf(values),
        grade,
        itemKey,
        badYearHeaders: [],
      });
      const narrative: NarrativeField[] = [];
      for (const col of narrativeCols) {
        const field = fieldCell(ctx, r, col); // blank fields too, text '' (see NarrativeField)
        if (field) narrative.push({ label: roles.get(col)!.label, ...field });
      }
      items.push({
        key: itemKey,
        no: title?.text ?? rowNo,
        cell: title?.cell ?? ctx.grid.address(r, ctx.grid.left),
        title: title?.text ?? null,
        department: deptCol !== undefined ? display(ctx.grid.text(r, deptCol)) || null : null,
        grade,
        indicatorRefs: [],
        refCell: null,
        indicatorKeys: [`row:${rowNo}`],
        narrative,
        yearlyGrades: [],
        group,
      });
    }
    row = r;
  }
  return { indicators, items };
}
