import type { CellValue, ValidationList } from '../snapshot/types';
import type { ParsedValue } from '../text/values';
import type { TableReading } from '../read/reading';

/**
 * The domain model of one evaluation sheet, as the readers recognise it from labels and headers.
 * Every piece keeps the A1 address of the cell it came from, so findings can point at it.
 */

export type LayoutKind =
  | 'indicator-blocks' // Kitakami: 指標 ① … 実績値 / 期待値 / 備考 rows over R1…R7
  | 'plan-actual' // Niigata: 現状 (H26), then 計画 / 実績 per year, final target
  | 'baseline-target' // Ichinoseki: 指標, 単位, 現状 (R4), 目標 (R10)
  | 'baseline-target-current' // Nasushiobara: 基準値 (H27), 目標値 (R4), 現状値 (R4), a grade per row
  | 'schedule' // Shinjo: 取組事項 × fiscal years with 実施 / 検討
  | 'generic-table' // any other indicator table, found by its year axis and role labels (read/generic)
  | 'profile'; // a layout a person taught (src/core/profile): tables found by a layout profile's labels

export interface ValueCell {
  cell: string; // A1
  raw: CellValue;
  numberFormat: string;
  parsed: ParsedValue;
  /** The cell holds a formula (raw is its cached result, null when none was saved): never filled. */
  formula?: boolean;
}

export interface TextCell {
  cell: string;
  text: string;
}

export interface GradeCell {
  cell: string;
  /** What the cell says, e.g. "B (B)", "Ｂ", "". */
  raw: string;
  /** This year's grade in plain form ("B"), null when the cell is empty. */
  value: string | null;
  /** The grade in brackets: last year's (「B (B)」). */
  previous: string | null;
  /** True when the written form differs from the plain grade (「Ｂ」, 「 b 」). */
  normalized: boolean;
}

export interface YearRef {
  year: number | null;
  /** The label as written: 「R1 (現状値)」, 「基準値 (H27)」. */
  label: string | null;
  labelCell: string | null;
  value: ValueCell | null;
}

export interface IndicatorYear {
  year: number;
  label: string;
  labelCell: string;
  /** 実績値 / 実績 / 現状値 cell of that year; null where the layout has no such cell. */
  actual: ValueCell | null;
  /** 期待値 / 計画 cell of that year; null where the layout has no such cell. */
  expected: ValueCell | null;
  /** 備考 cell of that year (「未実施」, 「H30」), if the layout has a notes row. */
  note: TextCell | null;
}

export interface Indicator {
  /** Unique within the sheet: "①", "row:12" … used to link items and findings. */
  key: string;
  /** The number as shown: "①", "1", or "" when none. */
  id: string;
  layout: LayoutKind;
  /** The cell a person should look at for the indicator as a whole (its name or number). */
  cell: string;
  name: TextCell | null;
  /**
   * The 単位 cell, wherever the layout has a unit column (indicator blocks, baseline-target tables),
   * also when it is blank: then `text` is ''. Null only where the layout has no unit column
   * (plan-actual, baseline-target-current), so 「no unit written」 and 「nowhere to write one」 differ.
   * Read the unit itself from `unitText`, never from `unit.text` alone.
   */
  unit: TextCell | null;
  /** Unit as used in arithmetic: the unit cell's text, or one read from the values (「66.1%」); null when neither (never ''). */
  unitText: string | null;
  department: string | null;
  description: string | null;
  baseline: YearRef | null;
  target: YearRef | null;
  /** baseline-target-current: 現状値 (R4). Also present as a year in `years`. */
  current: YearRef | null;
  years: IndicatorYear[];
  /** 累計 in the name or unit. */
  cumulative: boolean;
  /** All value cells are words (実施 / 充実): keep them, skip them in arithmetic. */
  qualitative: boolean;
  /** Decimals the sheet shows for this indicator (number formats first, then written values). */
  precision: number | null;
  /** baseline-target-current rows carry their own grade (事業の評価). */
  grade: GradeCell | null;
  /** The item this indicator belongs to, for layouts where rows are items (baseline-target-current). */
  itemKey: string | null;
  /** Year header cells that could not be read, or repeat, or go backwards (year-header-invalid). */
  badYearHeaders: TextCell[];
}

/**
 * One analysis cell of an item. Readers record every cell under an analysis column the item spans,
 * blank ones too (text ''), so an item whose fields are all empty differs from one whose table has
 * no analysis columns (narrative: []). Cells covered by a merge are left out (the anchor stands for them).
 */
export interface NarrativeField {
  label: string; // 内部要因, 外部要因, 今後の方向性, 効果又は理由 …
  cell: string;
  /** The cell's text, '' when blank. */
  text: string;
}

export interface Item {
  key: string;
  /** 「1」, 「28」, or the row's own name where items are not numbered. */
  no: string;
  cell: string;
  title: string | null;
  department: string | null;
  grade: GradeCell | null;
  /** Indicator numbers the item refers to (①②), as written. */
  indicatorRefs: string[];
  /** Cells the refs were read from (for indicator-ref-missing). */
  refCell: string | null;
  /** Resolved indicator keys. */
  indicatorKeys: string[];
  narrative: NarrativeField[];
  /** plan-actual sheets grade each year (年度評価 平成27年度 B, 平成28年度 C …). */
  yearlyGrades: { year: number; label: string; grade: GradeCell }[];
  /**
   * Several grade axes on one item (必要性 / 効率性 / 手段の適切性 / 目的達成度, 妥当性 / 有効性 …), each
   * under its own heading; `grade` is then the overall grade where the row has one, else null.
   */
  axes?: { axis: string; grade: GradeCell }[];
  /** The heading the item sits under, carried down a merged column (項目 「(1)市民の組織機能を強化する…」). */
  group?: string | null;
}

export interface ScheduleStatus {
  year: number;
  label: string;
  cell: string;
  status: string | null;
}

export interface ScheduleAction {
  key: string;
  no: string | null;
  name: string;
  cell: string;
  statuses: ScheduleStatus[];
}

export interface LegendEntry {
  grade: string;
  meaning: string | null;
  cell: string;
}

export interface EvaluationSheet {
  sheet: string;
  kind: 'evaluation' | 'unrecognized';
  layouts: LayoutKind[];
  title: string | null;
  /** 基本方針 / 基本施策 / 取組項目 …: label, value and the value's cell, in sheet order. */
  policy: { label: string; value: string; cell: string }[];
  /** The evaluated fiscal year as read from the sheet (評価対象期間, 対象:R5), before settings. */
  evaluationYear: { year: number; label: string; cell: string } | null;
  legend: LegendEntry[] | null;
  /** The overall grade field (総合評価): present with value null when the field is empty. */
  overallGrade: GradeCell | null;
  items: Item[];
  indicators: Indicator[];
  schedule: ScheduleAction[];
  /** Schedule header years that could not be read, repeat or go backwards. */
  badYearHeaders: TextCell[];
  /** How the sheet was read: one entry per table, from every reader (report field `reading`). */
  reading: TableReading[];
  /**
   * An unrecognized sheet that looks like an evaluation sheet (numbers and evaluation words): the
   * role labels seen and what was missing, for sheet-unrecognized. Absent or null otherwise.
   */
  unread?: UnreadSheet | null;
  /** The sheet's drop-down lists (data validation), where the adapter read them: a grade cell's own scale. */
  validations?: ValidationList[];
  /**
   * Text cells outside the items' analysis fields that may state figures (達成状況, a 成果目標
   * sentence, a comment beside an indicator): read/narrative-cells.ts. Absent where none was read.
   */
  statements?: TextCell[];
}

/** What a sheet no reader could read showed: its labels, and what a table lacked. */
export interface UnreadSheet {
  /** Evaluation words and role labels seen, as written, with their cells (a few, in sheet order). */
  labels: TextCell[];
  /**
   * What was missing: 'name' (目標/実績 rows under a year header, but no indicator name), 'values'
   * (labels but no numbers under them), 'years' (role labels but no year header), 'table' (words
   * and numbers, but no table of them).
   */
  missing: 'name' | 'values' | 'years' | 'roles' | 'table';
  /** The cell to look at: the table's first label, or the first evaluation word. */
  cell: string;
}
