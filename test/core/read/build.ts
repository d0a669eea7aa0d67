import type { CellValue, RangeBox, SheetSnapshot } from '../../../src/core/snapshot/types';

/**
 * A hand-made sheet for reader tests: rows of cells placed at an origin (0-based row/col),
 * "0.0"-style formats where given, merges in absolute coordinates.
 */
export function sheetOf(
  name: string,
  origin: { row: number; col: number },
  rows: CellValue[][],
  opts: { merges?: RangeBox[]; formats?: Record<string, string> } = {},
): SheetSnapshot {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = rows.map((r) => [...r, ...Array(width - r.length).fill(null)] as CellValue[]);
  const formats = values.map((r, i) => r.map((_, j) => opts.formats?.[`${origin.row + i},${origin.col + j}`] ?? 'General'));
  return { name, origin, values, formats, merges: opts.merges ?? [] };
}

/** A merged area from A1-ish 0-based coordinates. */
export const merge = (top: number, left: number, bottom: number, right: number): RangeBox => ({ top, left, bottom, right });
