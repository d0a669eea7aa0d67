import type { TextCell, ValueCell } from '../model/types';
import type { Grid } from '../snapshot/grid';
import type { Era } from '../text/years';
import { parseValue } from '../text/values';

/** What every layout reader shares: the grid, the sheet's era for bare years, and rows already read. */
export interface ReadContext {
  grid: Grid;
  era: Era | null;
  /** Rows a reader has consumed, so a later reader does not read them again as another layout. */
  claimed: Set<number>;
}

export function valueCell(ctx: ReadContext, row: number, col: number): ValueCell {
  const raw = ctx.grid.value(row, col);
  const numberFormat = ctx.grid.format(row, col);
  const cell: ValueCell = { cell: ctx.grid.address(row, col), raw, numberFormat, parsed: parseValue(raw, numberFormat) };
  if (ctx.grid.hasFormula(row, col)) cell.formula = true;
  return cell;
}

export function textCell(ctx: ReadContext, row: number, col: number): TextCell | null {
  const t = ctx.grid.text(row, col);
  return t === '' ? null : { cell: ctx.grid.address(row, col), text: t };
}

/**
 * A cell the layout has a place for, blank or not: text '' when blank. Null when the cell sits
 * inside a merged area it does not anchor (its content, if any, belongs to the anchor).
 */
export function fieldCell(ctx: ReadContext, row: number, col: number): TextCell | null {
  if (isMergeCovered(ctx, row, col)) return null;
  return { cell: ctx.grid.address(row, col), text: ctx.grid.text(row, col) };
}

/** Inside a merged area but not its top-left cell. */
export function isMergeCovered(ctx: ReadContext, row: number, col: number): boolean {
  const m = ctx.grid.mergeCovering(row, col);
  return m !== undefined && (m.top !== row || m.left !== col);
}

export function isRowBlank(ctx: ReadContext, row: number): boolean {
  return ctx.grid.rowCells(row).length === 0;
}

/** The first column right of a (possibly merged) cell: values sit after the merge. */
export function afterCell(ctx: ReadContext, row: number, col: number): number {
  const m = ctx.grid.mergeAt(row, col);
  return m ? m.right + 1 : col + 1;
}

/** The first non-blank cell right of (row, col) within `maxGap` blank columns after the label. */
export function valueRightOf(ctx: ReadContext, row: number, col: number, maxGap = 1): { col: number; text: string } | null {
  const start = afterCell(ctx, row, col);
  for (let c = start; c <= Math.min(ctx.grid.right, start + maxGap); c++) {
    const t = ctx.grid.text(row, c);
    if (t !== '') return { col: c, text: t };
  }
  return null;
}

/** Decimals the sheet shows for a set of value cells: the largest, null when none is a number. */
export function precisionOf(cells: (ValueCell | null)[]): number | null {
  let p: number | null = null;
  for (const c of cells) {
    if (c && c.parsed.kind === 'number') p = Math.max(p ?? 0, c.parsed.decimals);
  }
  return p;
}

/** Every value cell is a word (実施 / 充実): a qualitative indicator. */
export function allQualitative(cells: (ValueCell | null)[]): boolean {
  const filled = cells.filter((c): c is ValueCell => c !== null && c.parsed.kind !== 'blank');
  return filled.length > 0 && filled.every((c) => c.parsed.kind === 'text');
}

/** Unit carried by the values themselves (「66.1%」, 「14団体」), first one found. */
export function unitOfValues(cells: (ValueCell | null)[]): string | null {
  for (const c of cells) if (c && c.parsed.kind === 'number' && c.parsed.unit) return c.parsed.unit;
  return null;
}

/** Text for display: white space collapsed, nothing else changed (fold() would turn 「ー」 into 「-」). */
export function display(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}
