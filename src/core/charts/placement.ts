import type { Indicator } from '../model/types';
import { cellAddress, parseCellAddress } from '../snapshot/address';
import { lastColumnOfRow } from '../snapshot/lookup';
import type { SheetSnapshot } from '../snapshot/types';

/**
 * Where charts go. Sizes are in pixels; rows are taken as Excel's default 20 px (15 pt) and
 * columns as 64 px, which is what a sheet without custom sizes has.
 */

export const CHART_WIDTH_PX = 480;
export const CHART_HEIGHT_PX = 260;
export const ROW_PX = 20;
export const ROWS_PER_CHART = Math.ceil(CHART_HEIGHT_PX / ROW_PX) + 1;

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
 * chart covers (one column gap), at the block's top row, pushed down so charts never overlap.
 */
export class BesidePlacer {
  private nextFreeRow = 0;
  constructor(private readonly snapshot: SheetSnapshot | null) {}

  place(ind: Indicator): string {
    const cells = indicatorCells(ind);
    const top = Math.max(Math.min(...cells.map((c) => c.row)), this.nextFreeRow);
    const blockRight = Math.max(...cells.map((c) => c.col));
    const bottom = top + ROWS_PER_CHART - 1;
    const col = lastUsedColumn(top, bottom, this.snapshot, blockRight) + 2;
    this.nextFreeRow = bottom + 1;
    return cellAddress(top, col);
  }
}
