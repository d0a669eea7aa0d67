import type { Finding } from '../findings/types';
import type { GradePreset } from '../grading/types';
import type { EvaluationSheet, Indicator, Item } from '../model/types';
import type { Settings } from '../settings';

/** What the engine computed for one indicator under the settings in force. */
export interface IndicatorAnalysis {
  indicator: Indicator;
  direction: 'increase' | 'decrease';
  /** Decimals used for expected values. */
  precision: number;
  /** Interpolated expected value per year of the indicator (null where baseline/target are missing). */
  expectedLine: { year: number; value: number | null }[];
  /** Progress toward the expected value of the evaluated year, under the preset's basis. */
  /** baseline is null where the preset grades actual / target and the sheet has no baseline (地方創生 KPIs). */
  progress: { year: number; value: number; actual: number; expected: number; baseline: number | null; target: number | null } | null;
  /** The grade the progress suggests under the preset; null where it cannot be computed. */
  suggestedGrade: string | null;
}

export interface ItemAnalysis {
  item: Item;
  suggestedGrade: string | null;
  /** The indicators the suggestion rests on. */
  basis: string[];
}

export interface SheetAnalysis {
  model: EvaluationSheet;
  /** The year in force: settings, else the sheet's, else inferred; null when none. */
  evaluationYear: number | null;
  evaluationYearSource: 'settings' | 'sheet' | 'inferred' | null;
  preset: GradePreset;
  indicators: IndicatorAnalysis[];
  items: ItemAnalysis[];
  /** Overall grade the items' grades give under the preset's roll-up. */
  rolledUpGrade: string | null;
  findings: Finding[];
}

export interface WorkbookAnalysis {
  name: string;
  settings: Settings;
  sheets: SheetAnalysis[];
  /** All findings of all sheets, in sheet order then cell order. */
  findings: Finding[];
  /**
   * What went wrong outside the sheets: settings that could not be used (and were replaced by
   * defaults), rules that failed on a sheet. Shown to the person; never a crash.
   */
  problems?: AnalysisProblem[];
}

export interface AnalysisProblem {
  /** 'read': what the adapter could not read of a sheet (too large, merged areas unread). */
  source: 'settings' | 'rule' | 'read' | 'previous';
  /** The setting's field, the rule id, or the adapter's code ('too-large', 'merges-unread'). */
  subject: string;
  sheet: string | null;
  message: { ja: string; en: string };
}
