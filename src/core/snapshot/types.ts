/**
 * What an adapter reads from a workbook: plain values and number formats, nothing host-specific.
 * Both adapters (Office.js, ExcelJS) produce exactly this, so the engine never knows which ran.
 */

/** A cell's value as the host reports it. Dates arrive as Excel serial numbers. */
export type CellValue = string | number | boolean | null;

/** A rectangular range in 0-based absolute coordinates, inclusive. */
export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One cell of a sparse snapshot: 0-based absolute position. */
export interface SnapshotCell {
  row: number;
  col: number;
  value: CellValue;
  /** Number format; absent means "General". */
  format?: string;
  /** The cell holds a formula (its value is the cached result, null when none was saved). */
  formula?: boolean;
}

/**
 * A sheet in one of two forms. Dense (the Office.js adapter): `values`/`formats` hold the used
 * range from `origin`. Sparse (the .xlsx reader): `cells` lists only the cells that exist, and
 * `values`/`formats` are empty; a sheet with one cell at XFD1048576 costs one cell, not a rectangle.
 * Read either through Grid.
 */
export interface SheetSnapshot {
  name: string;
  /** 0-based absolute row and column of values[0][0] (the used range's top-left cell); in the sparse form, the cells' top-left. */
  origin: { row: number; col: number };
  /** Row-major, rectangular; blank cells are null. Empty in the sparse form. */
  values: CellValue[][];
  /** Number format of each cell, same shape as values ("General" where none). Empty in the sparse form. */
  formats: string[][];
  /** The sparse form: every cell with a value, a format or a formula, in any order. */
  cells?: SnapshotCell[];
  /** Merged areas, where the adapter can read them. */
  merges?: RangeBox[];
  /** Hidden or very hidden sheets are still read; the engine decides what to do with them. */
  visible?: boolean;
  /** Date serials count from 1904-01-01 (the workbook's 1904 date system); absent means the 1900 system. */
  date1904?: boolean;
  /**
   * What the adapter could not read of this sheet, for the report: 'too-large' (no values read:
   * over the host's cell limit), 'merges-unread' (read without merged areas). Absent when all was read.
   */
  readIssues?: { code: 'too-large' | 'merges-unread'; ja: string; en: string }[];
  /**
   * Drop-down lists of the sheet's data validation (入力規則 → リスト): the cells they cover and the
   * values they offer, where the adapter can read them (the .xlsx adapter; literal lists and ranges).
   */
  validations?: ValidationList[];
  /**
   * Row heights the sheet sets (points), by 0-based row, where the adapter reads them (the .xlsx
   * readers); rows not listed are at `defaultRowHeight`. Charts are anchored from them.
   */
  rowHeights?: { row: number; height: number }[];
  /** The sheet's default row height in points, where it says one. */
  defaultRowHeight?: number;
}

export interface ValidationList {
  ranges: RangeBox[];
  list: string[];
}

export interface WorkbookSnapshot {
  /** File name or workbook name, for messages. */
  name: string;
  sheets: SheetSnapshot[];
}
