import type { CellValue } from '../snapshot/types';

/**
 * Edit plans: the engine decides every change as data; an adapter only carries it out.
 * Each op names the sheet and cell it touches and, for values, what the cell held when the
 * plan was made, so an adapter can skip cells a person changed since (compare-and-set).
 */

export interface OpReason {
  rule: string;
  ja: string;
  en: string;
}

/** Cell formatting an op may set; colours are 6-digit hex without '#'. */
export interface CellStyle {
  bold?: boolean;
  fill?: string;
  fontColor?: string;
  numberFormat?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
}

export interface CellSpec {
  value: CellValue;
  style?: CellStyle;
  /** A hyperlink to a cell of the workbook (summary rows link to their source). */
  link?: { sheet: string; cell: string } | null;
  /** A hyperlink into another file (cross-workbook summary), shown as text where unsupported. */
  fileLink?: { file: string; sheet: string; cell: string } | null;
}

export interface ConditionalFill {
  /** A1 range on the same sheet. */
  range: string;
  /** Cell text equal to this gets the fill. */
  equals: string;
  fill: string;
  fontColor?: string;
}

export interface SheetSpec {
  name: string;
  /** Who owns the sheet: Evalsheet regenerates only sheets it owns. */
  owner: 'evalsheet';
  /** Row-major cells starting at A1; the first `headerRows` rows are headers. */
  rows: CellSpec[][];
  headerRows: number;
  columnWidths?: number[];
  /**
   * Row heights in points, by row (null or missing: the application's default). Wrapped text
   * needs them: neither Excel nor LibreOffice grows a row a program wrote to fit its text.
   */
  rowHeights?: (number | null)[];
  conditionalFills?: ConditionalFill[];
  freezeRows?: number;
  print?: {
    orientation: 'landscape' | 'portrait';
    paper: 'A4';
    fitToWidth: boolean;
    repeatHeaderRows: boolean;
    /** 0-based rows that start a new printed page (the summary's counts and chart on a page of their own). */
    pageBreaksBefore?: number[];
    /** 0-based rows repeated atop every printed page, when they are not the sheet's first `headerRows` (the summary's table header below its overview). */
    titleRows?: { first: number; last: number };
    /**
     * Page header and footer, left / centre / right, in the codes both Excel and LibreOffice print:
     * &P the page number, &N the number of pages (「&P / &N ページ」). Text only; no other codes.
     */
    header?: { left?: string; center?: string; right?: string };
    footer?: { left?: string; center?: string; right?: string };
  };
  /** Merged areas, as A1 ranges (the summary's policy cells over their rows); the value sits in the top-left cell. */
  merges?: string[];
  tabColor?: string;
  /** Hidden from the tab bar (Evalsheet's chart data sheet). */
  hidden?: boolean;
}

export interface SeriesSpec {
  name: string;
  /** Values bound to the sheet's own cells, so the chart follows later edits; null: literal values only. */
  ref: { sheet: string; range: string } | null;
  /** The values as the engine read them (cache / fallback); null = a gap, never zero. */
  values: (number | null)[];
  color: string;
  marker: boolean;
  dashed: boolean;
  line: boolean;
  /** Why the series is literal (ref null) rather than bound to cells, for the pane and the report. */
  literalReason?: { ja: string; en: string } | null;
}

export interface ChartSpec {
  /** Stable id, so "remove charts" removes only Evalsheet's: "evalsheet:<sheet>:<indicator key>". */
  id: string;
  kind: 'progress' | 'grade-distribution';
  type: 'line' | 'column';
  /** Sheet the chart is placed on, and its top-left cell and size in pixels. */
  sheet: string;
  anchor: { cell: string; widthPx: number; heightPx: number };
  title: string;
  /** Category labels (R1 … R7) and, where they are cells, their range. */
  categories: { labels: string[]; ref: { sheet: string; range: string } | null };
  series: SeriesSpec[];
  valueAxisTitle: string | null;
  /** Index into categories of the target year, to mark it. */
  targetIndex: number | null;
  /** Column charts: the series stacked in one column per category (the summary's grades per policy). */
  stacked?: boolean;
  /** Index into categories of the evaluated year, marked on the axis's side (progress charts). */
  evaluatedIndex?: number | null;
}

export type EditOp =
  | {
      op: 'set-value';
      sheet: string;
      cell: string;
      value: number | string | null;
      /** What the cell held when the plan was made; the adapter skips the op if it differs now. */
      expect: CellValue;
      numberFormat?: string;
      reason?: OpReason;
    }
  | { op: 'set-fill'; sheet: string; cell: string; color: string | null }
  | { op: 'set-note'; sheet: string; cell: string; text: string | null }
  | { op: 'put-sheet'; spec: SheetSpec }
  | { op: 'delete-sheet'; sheet: string }
  | { op: 'add-chart'; chart: ChartSpec }
  | { op: 'delete-chart'; sheet: string; id: string }
  /** Removes every chart Evalsheet made (ids starting "evalsheet:"), on one sheet or all (null). */
  | { op: 'delete-owned-charts'; sheet: string | null };

export interface EditPlan {
  /** What the plan does, for the pane and the command line. */
  title: { ja: string; en: string };
  ops: EditOp[];
}

export type SkipReason = 'changed-since-check' | 'protected' | 'unsupported' | 'missing-sheet' | 'error';

export interface ApplyResult {
  applied: number;
  skipped: { op: EditOp; reason: SkipReason; detail?: string }[];
  /** A plan that restores exactly what this one overwrote (values, fills, notes, sheets, charts). */
  undo: EditPlan;
}
