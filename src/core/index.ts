/**
 * The engine's facade: snapshot in, analysis, report and edit plans out. Pure TypeScript:
 * no Office, no DOM, no Node APIs (a test enforces it), so both shells and both adapters share it.
 */
export * from './snapshot/types';
export * from './snapshot/address';
export { Grid } from './snapshot/grid';
export * from './model/types';
export { readSheet, readWorkbook } from './read';
export * from './findings/types';
export * from './plan/types';
export { FINDINGS_SHEET, NOTE_HEADER, SEVERITY_FILL, planAnnotate, planFill, proposeFill } from './plan';
export type { FillChange, FillOptions } from './plan';
export * from './report/types';
export * from './analyze/types';
export * from './grading/types';
export * from './settings';
export type { WorkbookPort } from './port';
export { parseValue } from './text/values';
export type { ParsedValue } from './text/values';
export { parseFiscalYear, shortEraLabel } from './text/years';
export { analyzeWorkbook, analyzeSheets } from './analyze';
export { buildReport, errorReport, fileReport } from './report';
export { readingLines } from './report/reading-text';
export type { TableReading, TableRole } from './read/reading';
export { PRESETS, PRESET_IDS, getPreset } from './grading/presets';
export { percentText, presetThresholds, thresholdGrades, thresholdsProblem } from './grading/thresholds';
export type { Thresholds } from './grading/thresholds';
export { ALL_RULES } from './rules';
export type { Rule } from './rules';
export { MESSAGES, renderMessage } from './findings/messages';
export { ADVICE, renderAdvice, renderFix, fixValueText, RULE_NAMES, ruleName, LAYOUT_NAMES, layoutName, nothingToWorkOn } from './findings/advice';
export { suggestPreset } from './grading/suggest';
export { interpolate, expectedValues } from './interpolate';
export { planCharts, planRemoveCharts, progressChart, chartId, CHARTS_SHEET, CHART_DATA_SHEET, CHART_ID_PREFIX } from './charts';
export type { ChartOptions } from './charts';
export { planSummary, planSubmissions, SUMMARY_SHEET, SUMMARY_CHART_ID, STATUS_SHEET, ROLLUP_SHEET, ROLLUP_CHART_ID, OWN_SHEETS, SUBMISSION_STATES, planDepartmentFindings, DEPARTMENT_FINDINGS_PREFIX, NO_DEPARTMENT } from './summary';
export type { SummaryInput, SummaryRow, Submission, SubmissionState, StatusRow, RollupNode } from './summary';
