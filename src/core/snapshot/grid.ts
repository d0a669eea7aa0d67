import { cellAddress } from './address';
import type { CellValue, RangeBox, SheetSnapshot } from './types';

/**
 * Read access to a sheet snapshot in absolute coordinates, with merged areas resolved:
 * a cell inside a merge reads as blank, and `mergeOf` tells the area an anchor spans.
 */
export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly snapshot: SheetSnapshot;
  private readonly mergeByAnchor = new Map<string, RangeBox>();
  private readonly mergeByCell = new Map<string, RangeBox>();

  constructor(snapshot: SheetSnapshot) {
    this.snapshot = snapshot;
    this.name = snapshot.name;
    this.top = snapshot.origin.row;
    this.left = snapshot.origin.col;
    this.bottom = this.top + snapshot.values.length - 1;
    const width = snapshot.values.reduce((w, r) => Math.max(w, r.length), 0);
    this.right = this.left + width - 1;
    for (const m of snapshot.merges ?? []) {
      this.mergeByAnchor.set(`${m.top},${m.left}`, m);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeByCell.set(`${r},${c}`, m);
      }
    }
  }

  get isEmpty(): boolean {
    return this.snapshot.values.length === 0;
  }

  value(row: number, col: number): CellValue {
    const r = this.snapshot.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined || v === '' ? null : v;
  }

  format(row: number, col: number): string {
    const r = this.snapshot.formats[row - this.top];
    return (r && r[col - this.left]) || 'General';
  }

  /** Trimmed text of a cell ('' for blank); numbers as their shortest decimal form. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return '';
    return String(v).trim();
  }

  isBlank(row: number, col: number): boolean {
    return this.text(row, col) === '';
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
    return this.mergeByCell.get(`${row},${col}`);
  }

  /** Every non-blank cell, row by row. */
  *cells(): Generator<{ row: number; col: number; value: CellValue; text: string }> {
    for (let row = this.top; row <= this.bottom; row++) {
      for (let col = this.left; col <= this.right; col++) {
        const value = this.value(row, col);
        if (value === null) continue;
        const text = String(value).trim();
        if (text === '') continue;
        yield { row, col, value, text };
      }
    }
  }

  /** Non-blank cells of one row, left to right. */
  rowCells(row: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    for (let col = this.left; col <= this.right; col++) {
      const t = this.text(row, col);
      if (t !== '') out.push({ col, text: t });
    }
    return out;
  }
}
