/**
 * Indicator rows grouped under one item: a project's No., name or grade merged down over its
 * indicator rows (地方創生 KPI reports: one project over 指標①…⑤). The merged cells belong to the
 * project, not to each indicator: one Item per group (per grade column), keyed by its No. or name,
 * graded once, referring to the indicators of its rows.
 */
import type { Item } from '../../model/types';
import type { Grid } from '../../snapshot/grid';
import { fold } from '../../text/normalize';
import { display } from '../context';
import { parseGradeWithMeaning } from './extract';

export interface RowGroup {
  top: number;
  bottom: number;
  /** Keys of the indicators read from the group's rows, in order. */
  indicatorKeys: string[];
}

/** The group a body row belongs to: the first of these columns whose cell is merged down over several rows. */
export function groupOf(grid: Grid, row: number, cols: (number | undefined)[]): { top: number; bottom: number } | null {
  for (const c of cols) {
    if (c === undefined) continue;
    const m = grid.mergeCovering(row, c);
    if (m && m.bottom > m.top && m.left === c) return { top: m.top, bottom: m.bottom };
  }
  return null;
}

export interface GroupColumns {
  idCol?: number;
  titleCol?: number;
  gradeCols: number[];
  /** The header label of a grade column (its axis: 事業効果, 妥当性 …). */
  axisOf: (col: number) => string;
}

/** One Item per group and grade column. */
export function groupItems(grid: Grid, groups: RowGroup[], cols: GroupColumns): Item[] {
  const items: Item[] = [];
  for (const grp of groups) {
    const no = cols.idCol !== undefined ? display(grid.text(grp.top, cols.idCol)) : '';
    const title = cols.titleCol !== undefined ? display(grid.text(grp.top, cols.titleCol)) || null : null;
    const key = no !== '' ? no : title ?? String(grp.top + 1);
    for (const gc of cols.gradeCols) {
      const axis = display(cols.axisOf(gc));
      items.push({
        key: `item:${fold(key)}${cols.gradeCols.length > 1 ? `:${axis}` : ''}`,
        no: key,
        cell: grid.address(grp.top, cols.titleCol ?? cols.idCol ?? gc),
        title: cols.gradeCols.length > 1 ? `${title ?? key}（${axis}）` : title,
        department: null,
        grade: parseGradeWithMeaning(grid.value(grp.top, gc), grid.address(grp.top, gc)),
        indicatorRefs: [],
        refCell: null,
        indicatorKeys: [...grp.indicatorKeys],
        narrative: [],
        yearlyGrades: [],
      });
    }
  }
  return items;
}
