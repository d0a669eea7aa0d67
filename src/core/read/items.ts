import type { Item, NarrativeField } from '../model/types';
import { circledRefs, fold } from '../text/normalize';
import { display, fieldCell, isRowBlank, valueRightOf, type ReadContext } from './context';
import { parseGrade } from './grades';
import { isLabel, type LabelKey } from './labels';

/**
 * Item tables (Kitakami): a header row with No. and a grade column (達成状況評価), maybe a
 * sub-header row (内部要因 | 外部要因), then items of one or more rows each: a row with a number
 * starts an item, rows with a blank number continue it (upper row: indicator-based, lower: other facts).
 */

type Role = 'no' | 'department' | 'title' | 'refs' | 'grade' | 'narrative';
const ROLE_ORDER: [Role, LabelKey][] = [
  ['no', 'no'],
  ['grade', 'grade'],
  ['department', 'department'],
  ['narrative', 'narrative'],
  ['refs', 'refs'],
  ['title', 'itemTitle'],
];

export function roleOf(text: string): Role | null {
  for (const [role, key] of ROLE_ORDER) if (isLabel(text, key)) return role;
  return null;
}

/** Circled numbers at the start of a cell: 「② 地域活動等に…」 → ['②']; prose mentioning ① later is not a reference. */
export function leadingRefs(text: string): string[] {
  const m = /^[\s\u3000]*([①-⑳](?:[\s\u3000、,・～~〜]*[①-⑳])*)/.exec(text);
  return m ? circledRefs(m[1]) : [];
}

export function readItemTables(ctx: ReadContext): Item[] {
  const items: Item[] = [];
  for (let row = ctx.grid.top; row <= ctx.grid.bottom; row = ctx.grid.nextRow(row)) {
    if (ctx.claimed.has(row)) continue;
    const cells = ctx.grid.rowCells(row);
    const noCell = cells.find((c) => isLabel(c.text, 'no'));
    const gradeCell = cells.find((c) => isLabel(c.text, 'grade'));
    if (!noCell || !gradeCell) continue;

    const roles = new Map<number, { role: Role; label: string }>();
    for (const c of cells) {
      const role = roleOf(c.text);
      if (role) roles.set(c.col, { role, label: display(c.text) });
    }
    // A sub-header row: no number in the No. column, only labels (内部要因 | 外部要因).
    let first = row + 1;
    const sub = ctx.grid.rowCells(row + 1);
    if (sub.length > 0 && ctx.grid.isBlank(row + 1, noCell.col) && sub.every((c) => roleOf(c.text) !== null)) {
      for (const c of sub) roles.set(c.col, { role: roleOf(c.text)!, label: display(c.text) });
      first = row + 2;
    }
    const colsOf = (role: Role) => [...roles].filter(([, r]) => r.role === role).map(([c]) => c).sort((a, b) => a - b);
    const one = (role: Role) => colsOf(role)[0];

    let current: { item: Item; rows: number[] } | null = null;
    const groups: { item: Item; rows: number[] }[] = [];
    let r = first;
    for (; r <= ctx.grid.bottom && !isRowBlank(ctx, r); r++) {
      const no = ctx.grid.text(r, noCell.col);
      if (no !== '') {
        const gradeCol = one('grade');
        const titleCol = one('title');
        const deptCol = one('department');
        current = {
          item: {
            key: `item:${fold(no)}`,
            no: fold(no),
            cell: ctx.grid.address(r, noCell.col),
            title: titleCol !== undefined ? display(ctx.grid.text(r, titleCol)) || null : null,
            department: deptCol !== undefined ? display(ctx.grid.text(r, deptCol)) || null : null,
            grade: gradeCol !== undefined ? parseGrade(ctx.grid.value(r, gradeCol), ctx.grid.address(r, gradeCol)) : null,
            indicatorRefs: [],
            refCell: null,
            indicatorKeys: [],
            narrative: [],
            yearlyGrades: [],
          },
          rows: [],
        };
        groups.push(current);
      }
      current?.rows.push(r);
    }
    for (const { item, rows } of groups) {
      for (const rr of rows) {
        for (const col of colsOf('refs')) {
          const refs = leadingRefs(ctx.grid.text(rr, col));
          if (refs.length > 0 && item.refCell === null) item.refCell = ctx.grid.address(rr, col);
          item.indicatorRefs.push(...refs.filter((x) => !item.indicatorRefs.includes(x)));
        }
        // Blank fields too (text ''): narrative-missing must tell 「all left empty」 from 「no such column」.
        for (const col of colsOf('narrative')) {
          const field = fieldCell(ctx, rr, col);
          if (field) item.narrative.push({ label: roles.get(col)!.label, ...field } satisfies NarrativeField);
        }
      }
      if (item.refCell === null && colsOf('refs').length > 0) item.refCell = ctx.grid.address(rows[0], colsOf('refs')[0]);
      items.push(item);
    }
    for (let k = row; k < r; k++) ctx.claimed.add(k);
    row = r;
  }
  return items;
}

/**
 * Form-style items (Niigata): 「No. | 28」 as a label and its value, with 改革実施項目名称 and 担当課
 * nearby. The same number written again (a second page of the form) is the same item.
 */
export function readFormItems(ctx: ReadContext): { item: Item; row: number }[] {
  const out: { item: Item; row: number }[] = [];
  for (const { row, col, text } of ctx.grid.cells()) {
    if (ctx.claimed.has(row) || !isLabel(text, 'no')) continue;
    const v = valueRightOf(ctx, row, col, 0);
    if (!v || !/^[\w\-.]{1,8}$/.test(fold(v.text)) || !/\d/.test(v.text)) continue;
    const no = fold(v.text);
    const near = (key: LabelKey): string | null => {
      for (let r = Math.max(ctx.grid.top, row - 3); r <= Math.min(ctx.grid.bottom, row + 4); r++) {
        const label = ctx.grid.rowCells(r).find((c) => isLabel(c.text, key));
        const value = label ? valueRightOf(ctx, r, label.col, 1) : null;
        if (value) return display(value.text);
      }
      return null;
    };
    const existing = out.find((x) => x.item.no === no);
    if (existing) continue;
    out.push({
      row,
      item: {
        key: `item:${no}`,
        no,
        cell: ctx.grid.address(row, v.col),
        title: near('itemName'),
        department: near('department'),
        grade: null,
        indicatorRefs: [],
        refCell: null,
        indicatorKeys: [],
        narrative: [],
        yearlyGrades: [],
      },
    });
  }
  return out;
}
