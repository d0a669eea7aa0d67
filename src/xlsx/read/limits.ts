/**
 * Bounds on what one workbook may cost to read. A file over a bound gets a one-line "too large"
 * message naming it (and the sheet); the batch goes on. Sizes are counted while inflating: a zip's
 * declared sizes are never trusted (a zip bomb lies about them).
 */
export interface ReadLimits {
  /** Inflated bytes of one part (a sheet, the shared strings). */
  partBytes: number;
  /** Inflated bytes of every part read from one workbook together. */
  totalBytes: number;
  /** Cells with a value or a format, over all sheets of one workbook. */
  cells: number;
  /** Merged areas, over all sheets of one workbook. */
  merges: number;
  /** Shared strings of one workbook. */
  strings: number;
  /** Entries in the zip's central directory. */
  entries: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  partBytes: 128 * 1024 * 1024,
  totalBytes: 256 * 1024 * 1024,
  cells: 2_000_000,
  merges: 500_000,
  strings: 1_000_000,
  entries: 10_000,
};
