import type { ScheduleAction, TextCell } from '../model/types';
import { fold } from '../text/normalize';
import { display, isRowBlank, type ReadContext } from './context';
import { isLabel } from './labels';
import { checkedYears, yearCells } from './year-header';

/**
 * Schedules: 取組事項 × fiscal years with 実施 / 検討 / →. Either a table 「取組事項 | 内 容 | 27 | 28 …」
 * (Shinjo: bare years, era from the sheet) or a block per project 「事業1 | … | title」 with
 * 「実施年度」 above a row 「6年度 | 7年度 …」 and the statuses below (Ichinoseki).
 * A row of years needs a schedule label beside or above it, so prose tables with years are left alone.
 */

const TAGS = new Set(['継続', '拡充', '新規', '重点', '新']);

function projectTitle(ctx: ReadContext, headerRow: number): { no: string | null; name: string; cell: string } | null {
  for (let r = headerRow - 1; r >= Math.max(ctx.grid.top, headerRow - 4); r--) {
    const cells = ctx.grid.rowCells(r);
    const m = cells[0] ? /^事業\s*(\d+)\s*(.*)$/.exec(fold(cells[0].text)) : null;
    if (!m) continue;
    const title = cells.slice(1).find((c) => !TAGS.has(fold(c.text)));
    if (title) return { no: m[1], name: display(title.text), cell: ctx.grid.address(r, title.col) };
    if (m[2]) return { no: m[1], name: m[2], cell: ctx.grid.address(r, cells[0].col) };
  }
  return null;
}

export function readSchedules(ctx: ReadContext): { actions: ScheduleAction[]; bad: TextCell[] } {
  const actions: ScheduleAction[] = [];
  const bad: TextCell[] = [];
  for (let row = ctx.grid.top; row <= ctx.grid.bottom; row = ctx.grid.nextRow(row)) {
    if (ctx.claimed.has(row)) continue;
    const found = yearCells(ctx, row, ctx.grid.left, true);
    if (found.length < 2) continue;
    const first = found[0].col;
    const cells = ctx.grid.rowCells(row);
    const labelHere = cells.find((c) => c.col < first && isLabel(c.text, 'scheduleHeader'));
    const labelAbove = ctx.grid.rowCells(row - 1).find((c) => c.col >= first - 1 && isLabel(c.text, 'scheduleHeader'));
    if (!labelHere && !labelAbove) continue;
    const checked = checkedYears(ctx, row, first, ctx.grid.right, true);
    bad.push(...checked.bad);
    const years = checked.years;
    const nameCol = cells.find((c) => c.col < first && (isLabel(c.text, 'scheduleHeader') || isLabel(c.text, 'itemTitle')))?.col;
    const contentCol = cells.find((c) => c.col < first && isLabel(c.text, 'scheduleContent'))?.col;
    const project = nameCol === undefined ? projectTitle(ctx, row) : null;
    ctx.claimed.add(row);

    let carried: { name: string; cell: string } | null = null;
    let r = row + 1;
    for (; r <= ctx.grid.bottom && !isRowBlank(ctx, r); r++) {
      ctx.claimed.add(r);
      const nameText = nameCol !== undefined ? ctx.grid.text(r, nameCol) : '';
      if (nameText !== '') carried = { name: display(nameText), cell: ctx.grid.address(r, nameCol!) };
      const content = contentCol !== undefined ? ctx.grid.text(r, contentCol) : '';
      const numbered = /^(\d{1,3})(?:[\s.、)]|$)/.exec(fold(content));
      const statuses = years.map((y) => {
        const t = ctx.grid.text(r, y.col);
        return { year: y.year, label: y.label, cell: ctx.grid.address(r, y.col), status: t === '' ? null : display(t) };
      });
      const source = carried ?? project ?? (content ? { name: display(content), cell: ctx.grid.address(r, contentCol!) } : null);
      if (!source && statuses.every((s) => s.status === null)) continue;
      actions.push({
        key: `schedule:row:${r + 1}`,
        no: numbered ? numbered[1] : project?.no ?? null,
        name: source?.name ?? '',
        cell: numbered ? ctx.grid.address(r, contentCol!) : source?.cell ?? statuses[0].cell,
        statuses,
      });
    }
    row = r;
  }
  return { actions, bad };
}

