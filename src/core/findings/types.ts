/** Findings: plain data tagged by a stable rule id (the contract of RULES.md: never rename one). */

export const RULE_IDS = [
  // sheet
  'eval-year-missing',
  'overall-grade-missing',
  'overall-grade-inconsistent',
  // indicators
  'indicator-name-missing',
  'indicator-unit-missing',
  'year-header-invalid',
  'value-not-numeric',
  'value-normalized',
  'value-estimate',
  'baseline-missing',
  'target-missing',
  'baseline-mismatch',
  'expected-missing',
  'expected-mismatch',
  'actual-missing',
  'actual-no-data',
  'actual-future',
  'percent-out-of-range',
  'negative-count',
  'cumulative-decrease',
  'sudden-change',
  'indicator-unreferenced',
  'indicator-ref-missing',
  // grades
  'grade-missing',
  'grade-invalid',
  'grade-normalized',
  'grade-inconsistent',
  'narrative-missing',
  // narrative figures (issue 12)
  'narrative-figure-inconsistent',
  'narrative-indicator-mismatch',
  'narrative-year-stale',
  // schedules
  'schedule-status-invalid',
  'schedule-empty',
  // sheet (added with the generic reader)
  'sheet-unrecognized',
  // against last year's workbook (issue 12; run only when one is given)
  'previous-grade-mismatch',
  'actual-revised',
  'target-changed',
  'indicator-dropped',
  'narrative-unchanged',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  ja: string;
  en: string;
}

export interface Fix {
  cell: string;
  value: number | string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell a person should look at. */
  cell: string;
  message: Message;
  /** The numbers that raised it (actual, expected, baseline, progress …). */
  data: Record<string, unknown>;
  fix: Fix | null;
}
