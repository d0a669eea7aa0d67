import { dateLabel } from '../text/dates';
import { cellAddress } from './address';
import type { CellValue, RangeBox, SheetSnapshot } from './types';

interface Entry {
  col: number;
  value: CellValue;
  format: string;
  /** Trimmed text, folded once ('' for blank); a date cell's text is its date (see dateLabel). */
  text: string;
  formula: boolean;
  date: boolean;
}

/** Merges larger than this many cells are indexed by 64×64 blocks instead of cell by cell. */
const EXPAND_MAX = 64;
const BLOCK = 64;
/** Block registrations allowed in total; merges past it are found from their anchor only. */
const BLOCK_BUDGET = 2_000_000;

const NO_ENTRIES: Entry[] = [];

export interface GridCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly text: string;
}

export interface RowCell {
  readonly col: number;
  readonly text: string;
}

const NO_CELLS: readonly RowCell[] = Object.freeze([]);

function textOf(v: CellValue): string {
  return v === null ? '' : String(v).trim();
}

/**
 * Read access to a sheet snapshot (dense or sparse) in absolute coordinates, with merged areas
 * resolved: a cell inside a merge reads as blank, and `mergeOf` tells the area an anchor spans.
 * Cells are indexed by row, so a sparse sheet costs its cells, not its rectangle, and each cell's
 * text is computed once.
 */
export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly rows = new Map<number, Map<number, Entry>>();
  /** Non-blank entries of each row, left to right (built on first use). */
  private readonly rowLists = new Map<number, Entry[]>();
  /** Rows with at least one non-blank cell, ascending (built on first use). */
  private filledRows: number[] | null = null;
  private allCells: readonly GridCell[] | null = null;
  private readonly rowCellLists = new Map<number, readonly RowCell[]>();
  private readonly mergeByAnchor = new Map<string, RangeBox>();
  private readonly mergeByCell = new Map<string, RangeBox>();
  private readonly mergeBlocks = new Map<string, RangeBox[]>();
  private readonly count: number;

  constructor(snapshot: SheetSnapshot) {
    this.name = snapshot.name;
    const date1904 = snapshot.date1904 === true;
    let top = Infinity, left = Infinity, bottom = -1, right = -1, n = 0;
    const put = (row: number, col: number, value: CellValue, format: string, formula: boolean) => {
      const v = value === '' || value === undefined ? null : value;
      let r = this.rows.get(row);
      if (!r) this.rows.set(row, (r = new Map()));
      const date = format === 'General' ? null : dateLabel(v, format, date1904);
      r.set(col, { col, value: v, format, text: date ?? textOf(v), formula, date: date !== null });
      n++;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    };
    if (snapshot.cells) {
      for (const c of snapshot.cells) put(c.row, c.col, c.value, c.format ?? 'General', c.formula === true);
    } else {
      const { row: r0, col: c0 } = snapshot.origin;
      snapshot.values.forEach((rowValues, i) => {
        const fr = snapshot.formats[i] ?? [];
        for (let j = 0; j < rowValues.length; j++) {
          const v = rowValues[j];
          const f = fr[j] || 'General';
          if ((v === null || v === undefined || v === '') && f === 'General') continue;
          put(r0 + i, c0 + j, v, f, false);
        }
      });
      // The dense form's rectangle is its bounds even where its edge cells are blank.
      if (snapshot.values.length > 0) {
        top = Math.min(top, r0);
        left = Math.min(left, c0);
        bottom = Math.max(bottom, r0 + snapshot.values.length - 1);
        right = Math.max(right, c0 + snapshot.values.reduce((w, r) => Math.max(w, r.length), 0) - 1);
      }
    }
    this.count = n;
    if (bottom < 0) {
      top = snapshot.origin.row;
      left = snapshot.origin.col;
      bottom = top - 1;
      right = left - 1;
    }
    this.top = top;
    this.left = left;
    this.bottom = bottom;
    this.right = right;
    this.indexMerges(snapshot.merges ?? []);
  }

  /** Linear in the number of merges: small areas cell by cell, large ones (clipped to the cells' bounds) by block. */
  private indexMerges(merges: RangeBox[]): void {
    let budget = BLOCK_BUDGET;
    for (const m of merges) {
      this.mergeByAnchor.set(`${m.top},${m.left}`, m);
      const top = Math.max(m.top, this.top), bottom = Math.min(m.bottom, this.bottom);
      const left = Math.max(m.left, this.left), right = Math.min(m.right, this.right);
      if (top > bottom || left > right) continue;
      if ((bottom - top + 1) * (right - left + 1) <= EXPAND_MAX) {
        for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) this.mergeByCell.set(`${r},${c}`, m);
        continue;
      }
      const br0 = Math.floor(top / BLOCK), br1 = Math.floor(bottom / BLOCK);
      const bc0 = Math.floor(left / BLOCK), bc1 = Math.floor(right / BLOCK);
      const cost = (br1 - br0 + 1) * (bc1 - bc0 + 1);
      if (cost > budget) continue;
      budget -= cost;
      for (let br = br0; br <= br1; br++) {
        for (let bc = bc0; bc <= bc1; bc++) {
          const k = `${br},${bc}`;
          const list = this.mergeBlocks.get(k);
          if (list) list.push(m);
          else this.mergeBlocks.set(k, [m]);
        }
      }
    }
  }

  private entry(row: number, col: number): Entry | undefined {
    return this.rows.get(row)?.get(col);
  }

  get isEmpty(): boolean {
    return this.count === 0;
  }

  value(row: number, col: number): CellValue {
    return this.entry(row, col)?.value ?? null;
  }

  format(row: number, col: number): string {
    return this.entry(row, col)?.format ?? 'General';
  }

  /** Trimmed text of a cell ('' for blank); numbers as their shortest decimal form. */
  text(row: number, col: number): string {
    return this.entry(row, col)?.text ?? '';
  }

  isBlank(row: number, col: number): boolean {
    return this.text(row, col) === '';
  }

  /** A date cell: a serial shown through a date format (its text is the date, its value the serial). */
  isDate(row: number, col: number): boolean {
    return this.entry(row, col)?.date ?? false;
  }

  /** The cell holds a formula (sparse snapshots say so; its value is the cached result, null if none). */
  hasFormula(row: number, col: number): boolean {
    return this.entry(row, col)?.formula ?? false;
  }

  address(row: number, col: number): string {
    return cellAddress(row, col);
  }

  /** The merged area anchored at this cell, if any. */
  mergeAt(row: number, col: number): RangeBox | undefined {
    return this.mergeByAnchor.get(`${row},${col}`);
  }

  /** The merged area covering this cell (anchor or not), if any. */
  mergeCovering(row: number, col: number): RangeBox | undefined {
    const k = `${row},${col}`;
    const m = this.mergeByCell.get(k) ?? this.mergeByAnchor.get(k);
    if (m || this.mergeBlocks.size === 0) return m;
    const list = this.mergeBlocks.get(`${Math.floor(row / BLOCK)},${Math.floor(col / BLOCK)}`);
    return list?.find((b) => b.top <= row && row <= b.bottom && b.left <= col && col <= b.right);
  }

  private rowList(row: number): Entry[] {
    let list = this.rowLists.get(row);
    if (list) return list;
    const r = this.rows.get(row);
    // A row without cells is not cached: a scan over a sparse sheet's empty rows must cost nothing.
    if (!r) return NO_ENTRIES;
    list = [...r.values()].filter((e) => e.text !== '').sort((a, b) => a.col - b.col);
    this.rowLists.set(row, list);
    return list;
  }

  private rowsFilled(): number[] {
    if (!this.filledRows) this.filledRows = [...this.rows.keys()].filter((r) => this.rowList(r).length > 0).sort((a, b) => a - b);
    return this.filledRows;
  }

  /**
   * The next row after `row` holding a non-blank cell, or `bottom + 1` when none: readers scan
   * `for (let r = grid.top; r <= grid.bottom; r = grid.nextRow(r))`, so a sheet with one cell at
   * XFD1048576 costs its cells, not its million rows. (A blank row has no header, label or value.)
   */
  nextRow(row: number): number {
    const rows = this.rowsFilled();
    let lo = 0, hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid] <= row) lo = mid + 1;
      else hi = mid;
    }
    return lo < rows.length ? rows[lo] : this.bottom + 1;
  }

  /** Every non-blank cell, row by row (one frozen list, built on first use: readers walk it many times). */
  cells(): readonly GridCell[] {
    if (!this.allCells) {
      const out: GridCell[] = [];
      for (const row of this.rowsFilled()) for (const e of this.rowList(row)) out.push(Object.freeze({ row, col: e.col, value: e.value, text: e.text }));
      this.allCells = Object.freeze(out);
    }
    return this.allCells;
  }

  /** Non-blank cells of one row, left to right (frozen and shared: each row is asked for many times). */
  rowCells(row: number): readonly RowCell[] {
    let list = this.rowCellLists.get(row);
    if (list) return list;
    const entries = this.rowList(row);
    if (entries.length === 0) return NO_CELLS;
    list = Object.freeze(entries.map((e) => Object.freeze({ col: e.col, text: e.text })));
    this.rowCellLists.set(row, list);
    return list;
  }
}
