/**
 * Layout profiles: a layout a person taught Evalsheet, as data. A profile stores label texts and
 * the table's structure, never fixed cells, so the same profile finds the table on another workbook
 * of the same city where it sits a few rows lower or holds one more indicator. docs/layout-profiles.md
 * documents every field; validate.ts checks a profile read from JSON field by field.
 */

/** The schema version this build reads and writes. */
export const PROFILE_VERSION = 1;

/** Roles a column can hold (its header cell in the table's header row carries the label). */
export const COLUMN_ROLES = ['id', 'unit', 'baseline', 'target', 'actual', 'plan', 'note', 'grade', 'department', 'description'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * Roles a row can hold. Years across: the label beside each indicator's rows (「実績」「目標」).
 * Years down: the text in the year column of a row that is not a year (「基準値（R1）」).
 */
export const ROW_ROLES = ['actual', 'plan', 'note', 'baseline', 'target'] as const;
export type RowRole = (typeof ROW_ROLES)[number];

export interface ProfileTable {
  /** 'across': years in the table's header row, one row per role under each indicator. 'down': years in a column, one column per role. */
  orientation: 'across' | 'down';
  /** Header texts of the name column (「指標名」): any of them, matched from the start of the cell. */
  name: string[];
  /** Header texts of the year column (years down: required, 「年度」). Years across: not used, the header row's year cells are the years. */
  years?: string[];
  /** Role → header texts of the columns that hold it, in the table's header row. */
  columns?: Partial<Record<ColumnRole, string[]>>;
  /** Role → label texts of the rows that hold it (see RowRole). */
  rows?: Partial<Record<RowRole, string[]>>;
}

export interface LayoutProfile {
  /** Schema version: 1. */
  evalsheetProfile: number;
  /** Shown to people and written into the report's `reading.profile` (「第六市 事務事業評価シート」). */
  name: string;
  description?: string;
  /** Which sheets the profile applies to; every condition given must hold. None: every sheet. */
  match?: {
    /** Text the sheet's name contains. */
    sheetName?: string;
    /** Texts that must each appear in some cell of the sheet (「事務事業評価シート」). */
    labels?: string[];
  };
  /** The tables to look for, each found wherever it sits, as many times as it occurs. */
  tables: ProfileTable[];
}
