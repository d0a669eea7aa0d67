import type { Indicator } from '../model/types';
import { cellAddress, parseCellAddress } from '../snapshot/address';
import { lastColumnOfRow } from '../snapshot/lookup';
import type { SheetSnapshot } from '../snapshot/types';

/**
 * Where charts go. Sizes are in pixels (1 pt = 4/3 px). A chart is anchored at a cell and keeps its
 * size, so the rows it covers follow from the rows' heights: those the sheet sets (the snapshot's
 * rowHeights), else its default. A row left at the default is taken as LibreOffice's 12.8 pt, lower
 * than Excel's 15 pt: a chart then covers at most the rows counted, in either application.
 */

export const CHART_WIDTH_PX = 480;
export const CHART_HEIGHT_PX = 260;
export const ROW_PX = 20;
/** Rows one chart takes on Evalsheet's charts sheet, whose rows are written 15 pt (20 px) high, plus a gap row. */
export const ROWS_PER_CHART = Math.ceil(CHART_HEIGHT_PX / ROW_PX) + 1;
/** Height of the charts sheet's rows, written so LibreOffice does not draw them lower. */
export const CHARTS_SHEET_ROW_PT = 15;
/** The lowest default row height of the applications (LibreOffice's 0.45 cm). */
const LOWEST_DEFAULT_PT = 12.8;
const PX_PER_PT = 4 / 3;

/** Height in pixels of each row of a sheet, from its snapshot. */
export function rowPixels(snapshot: SheetSnapshot | null): (row: number) => number {
  const set = new Map((snapshot?.rowHeights ?? []).map((h) => [h.row, h.height]));
  const def = Math.min(snapshot?.defaultRowHeight ?? LOWEST_DEFAULT_PT, LOWEST_DEFAULT_PT);
  return (row) => (set.get(row) ?? def) * PX_PER_PT;
}

/** The last row a chart of `heightPx` anchored at `top` reaches. */
export function lastRowCovered(top: number, heightPx: number, px: (row: number) => number): number {
  let r = top;
  let h = px(r);
  while (h < heightPx && r - top < 10000) h += px(++r);
  return r;
}

/** Every cell the indicator was read from, as 0-based coordinates. */
export function indicatorCells(ind: Indicator): { row: number; col: number }[] {
  const out: string[] = [ind.cell];
  if (ind.name) out.push(ind.name.cell);
  if (ind.unit) out.push(ind.unit.cell);
  for (const y of ind.years) {
    out.push(y.labelCell);
    if (y.actual) out.push(y.actual.cell);
    if (y.expected) out.push(y.expected.cell);
    if (y.note) out.push(y.note.cell);
  }
  for (const r of [ind.baseline, ind.target, ind.current]) {
    if (r?.labelCell) out.push(r.labelCell);
    if (r?.value) out.push(r.value.cell);
  }
  return out.map(parseCellAddress);
}

/** Last used column (0-based) in rows top..bottom: from the snapshot where given, else from the model's cells. */
function lastUsedColumn(top: number, bottom: number, snapshot: SheetSnapshot | null, fallback: number): number {
  if (!snapshot) return fallback;
  let last = fallback;
  // Either form: the dense rectangle, or the direct reader's sparse cells (the standalone pane's).
  for (let r = Math.max(top, 0); r <= bottom; r++) last = Math.max(last, lastColumnOfRow(snapshot, r));
  // Merged areas reach further right than their anchor's value.
  for (const m of snapshot.merges ?? []) if (m.bottom >= top && m.top <= bottom) last = Math.max(last, m.right);
  return last;
}

/**
 * Anchors beside each indicator's block: first free column right of the used cells of the rows the
 * chart covers (one column gap), at the block's top row, pushed down so charts never overlap; the
 * rows covered are counted from their heights.
 */
export class BesidePlacer {
  private nextFreeRow = 0;
  private readonly px: (row: number) => number;
  constructor(private readonly snapshot: SheetSnapshot | null) {
    this.px = rowPixels(snapshot);
  }

  place(ind: Indicator): string {
    const cells = indicatorCells(ind);
    const top = Math.max(Math.min(...cells.map((c) => c.row)), this.nextFreeRow);
    const blockRight = Math.max(...cells.map((c) => c.col));
    // The rows the chart covers, from their heights, and one more as a gap before the next chart.
    const bottom = lastRowCovered(top, CHART_HEIGHT_PX, this.px) + 1;
    const col = lastUsedColumn(top, bottom, this.snapshot, blockRight) + 2;
    this.nextFreeRow = bottom + 1;
    return cellAddress(top, col);
  }
}
