/**
 * How a sheet was read: one entry per table a reader (or a layout profile) recognised. This is
 * what the pane shows (「計画・実績の表として読みました: B5:H12」) and what the JSON report carries as
 * `reading` (RULES.md). Shared by the generic table reader, the seed-layout readers and layout
 * profiles, so all three describe a table the same way.
 */

/** The roles a row or column of an indicator table can play. Add roles; never rename one. */
export type TableRole =
  | 'years' // the year axis: a row of year labels (years across) or a column (years down)
  | 'id' // the indicator's number (①, 1)
  | 'name' // the indicator's name
  | 'unit'
  | 'actual'
  | 'plan' // expected / plan value for a year (期待値, 計画, 単年度目標値)
  | 'baseline'
  | 'target'
  | 'interimTarget'
  | 'current'
  | 'grade'
  | 'note'
  | 'qualifier' // (見込) / (実績) beside a value
  | 'targetYear' // a 目標年度 column
  | 'department'
  | 'description'
  | 'itemTitle'
  | 'narrative';

export interface TableReading {
  /** The layout family that read it: one of LayoutKind, or 'profile' for a taught layout. */
  layout: string;
  /** The table's range in A1 (「B5:H12」). */
  range: string;
  /** The profile's name when a layout profile read the table, else null. */
  profile: string | null;
  /** 'across' = years in a header row, 'down' = years in a column, 'table' = one period for the whole table. */
  orientation?: 'across' | 'down' | 'table';
  /**
   * Role → where it is: row numbers (「5」, 「7,9」) for rows, column letters (「B」, 「E,G」) for
   * columns, as in RULES.md's example `{ "years": "5", "name": "B", "actual": "E,G", "plan": "D,F" }`.
   */
  roles: Partial<Record<TableRole, string>>;
  /**
   * The table's header rows (「5」, 「5,6」); the body is the rows of `range` below the last of them.
   * Optional: without it the header is the `years` row (across) or the range's first row.
   */
  header?: string;
  /** One period for the whole table (計画期間 始:H22 終:H26), where the sheet gives one: fiscal years and the cell. */
  period?: { from: number | null; to: number | null; cell: string };
}
