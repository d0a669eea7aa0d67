import type { CellValue, EditPlan, GradePreset, Settings, Submission, WorkbookAnalysis, WorkbookSnapshot } from '../../core';
import type { PreviousSheet } from '../../core/previous/types';

/** One cell the fill would change, as the pane shows it: sheet!cell, old → new, and why. */
export interface FillRow {
  /** Stable within one proposal: "<sheet>!<cell>". */
  key: string;
  sheet: string;
  cell: string;
  from: CellValue;
  /** The new value as the sheet will show it (「52.0」). */
  to: number | string;
  reason: { ja: string; en: string };
  /** The engine's own change object, handed back to planFill untouched. */
  change: unknown;
}

/**
 * What the pane needs from the engine, as one object passed in: the session uses the real engine
 * (engine-default.ts); component tests pass a small fake so each view's states can be set up exactly.
 * The plans only one view makes may be async: the real engine loads their code with that view.
 */
export interface Engine {
  presets: GradePreset[];
  /** `previous`: last year's sheets (「前年度のブックと比較」); without them the previous-year rules do not run. */
  analyze(snapshot: WorkbookSnapshot, settings: Partial<Settings>, previous?: PreviousSheet[]): WorkbookAnalysis;
  /**
   * Last year's workbook, picked in Check, read by the .xlsx reader (loaded on demand, as for
   * submissions) under its own saved settings; one that cannot be read comes back with the reason.
   */
  readPrevious?(file: SubmittedFile): Promise<PreviousWorkbook>;
  proposeFill(analysis: WorkbookAnalysis, options: { overwriteMismatches: boolean }): FillRow[];
  planFill(rows: FillRow[]): EditPlan;
  /** Marks and the findings sheet in the pane's language (Office's display language). */
  planAnnotate(analysis: WorkbookAnalysis, lang?: 'ja' | 'en'): EditPlan;
  planCharts(analysis: WorkbookAnalysis, options: { placement: 'beside' | 'sheet' }): EditPlan | Promise<EditPlan>;
  planRemoveCharts(): EditPlan | Promise<EditPlan>;
  planSummary(analysis: WorkbookAnalysis): EditPlan | Promise<EditPlan>;
  /**
   * One workbook a department submitted, read in the pane by the .xlsx reader (loaded on demand,
   * never at open) and checked under its own saved settings; one that cannot be read comes back
   * with the reason (analysis null), never as a failure. Nothing leaves the person's machine.
   */
  readSubmission(file: SubmittedFile): Promise<Submission>;
  /** 提出状況, 評価サマリー and 集計 over the submissions, as one plan. */
  planSubmissions(submissions: Submission[]): EditPlan | Promise<EditPlan>;
  /**
   * 指摘一覧: a findings sheet per department over the submissions. `existing`: the open workbook's
   * sheet names, so an earlier run's sheet of a department with nothing left is removed.
   */
  planDepartmentFindings(submissions: Submission[], existing: string[]): EditPlan | Promise<EditPlan>;
}

/** Last year's workbook as read: its evaluation sheets, or why it could not be read. */
export type PreviousWorkbook = { file: string; sheets: PreviousSheet[]; error?: undefined } | { file: string; sheets?: undefined; error: { ja: string; en: string } };

/** A file the person picked or dropped: its name, last-modified time (ms) and a way to read its bytes. */
export interface SubmittedFile {
  name: string;
  lastModified: number;
  bytes(): Promise<Uint8Array>;
}
