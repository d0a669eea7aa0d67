/**
 * Rows inside a table's range that are not part of it: a comment merged over the value columns
 * (「活動指標分析結果 │ 市街化調整区域の整備が…」 across the years, 「参考)婚姻率=婚姻件数/人口(千人)」
 * over the whole table, 「効果発現要因(総合所見) │ 情報板の整備が…」). Such a row closes the body
 * above it: an indicator row never has one text spread over several of its value cells.
 */
import { parseValue } from '../../text/values';
import type { ReadContext } from '../context';

/** A merged cell anchored in `row` covers two or more of `valueCols` and holds text, not a value. */
export function isTextBand(ctx: ReadContext, row: number, valueCols: readonly number[]): boolean {
  for (const c of ctx.grid.rowCells(row)) {
    const m = ctx.grid.mergeAt(row, c.col);
    if (!m || m.top !== row) continue;
    const covered = valueCols.filter((v) => v >= m.left && v <= m.right).length;
    if (covered < 2) continue;
    const parsed = parseValue(ctx.grid.value(row, c.col), ctx.grid.format(row, c.col));
    if (parsed.kind !== 'number' && parsed.kind !== 'no-data') return true;
  }
  return false;
}

/** The body's last row: `last`, or the row before the first text band from `first` on (first − 1 when the first row is one). */
export function endBeforeTextBand(ctx: ReadContext, first: number, last: number, valueCols: readonly number[]): number {
  for (let r = first; r <= last; r++) if (isTextBand(ctx, r, valueCols)) return r - 1;
  return last;
}
