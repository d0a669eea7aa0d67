import type { TextCell } from '../model/types';
import { parseFiscalYear } from '../text/years';
import type { ReadContext } from './context';

/** One year column of a header row, as written. */
export interface YearColumn {
  row: number;
  col: number;
  year: number;
  label: string;
  cell: string;
}

export function yearOf(ctx: ReadContext, text: string, bare = false): number | null {
  return parseFiscalYear(text, { contextEra: ctx.era, bare })?.year ?? null;
}

/** Cells of a row that read as fiscal years, left to right, from column `from` on. */
export function yearCells(ctx: ReadContext, row: number, from = ctx.grid.left, bare = false): YearColumn[] {
  const out: YearColumn[] = [];
  for (const { col, text } of ctx.grid.rowCells(row)) {
    if (col < from) continue;
    const year = yearOf(ctx, text, bare);
    if (year !== null) out.push({ row, col, year, label: text, cell: ctx.grid.address(row, col) });
  }
  return out;
}

/**
 * A header's run of year columns, checked: cells inside the run that cannot be read as years,
 * and years that repeat or go backwards, are returned as bad (rule year-header-invalid) and left out.
 */
export function checkedYears(
  ctx: ReadContext,
  row: number,
  from: number,
  to: number,
  bare = false,
  skip: (text: string) => boolean = () => false,
): { years: YearColumn[]; bad: TextCell[] } {
  const years: YearColumn[] = [];
  const bad: TextCell[] = [];
  let last = -Infinity;
  for (const { col, text } of ctx.grid.rowCells(row)) {
    if (col < from || col > to || skip(text)) continue;
    const year = yearOf(ctx, text, bare);
    const cell = ctx.grid.address(row, col);
    if (year === null || year <= last) {
      bad.push({ cell, text });
      continue;
    }
    last = year;
    years.push({ row, col, year, label: text, cell });
  }
  return { years, bad };
}
