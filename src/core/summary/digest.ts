import type { IndicatorAnalysis, SheetAnalysis, WorkbookAnalysis } from '../analyze/types';
import type { Indicator } from '../model/types';
import { isOwnSheet } from './own';
import { workbookRows, type SummaryRow } from './rows';

/**
 * What a summary keeps of one submission, so a summary over a thousand files holds a thousand
 * small digests, not a thousand analyses: its summary rows, computed now, and the analysis
 * without what only those rows read (each indicator's years and expected line, the tables'
 * reading, schedules, legend, bad headers). 提出状況 and 集計 still read the analysis that is
 * left: sheets, kinds, policy and title, items, departments, grades, progress, findings.
 * planSubmissions over digests gives the same plan as over the full analyses (test/core/summary);
 * other planners (planDepartmentFindings: the subjects of findings) need the full analysis.
 */
export interface SubmissionDigest {
  analysis: WorkbookAnalysis;
  rows: SummaryRow[];
}

function slimIndicator(ind: Indicator): Indicator {
  return { ...ind, name: null, unit: null, description: null, baseline: null, target: null, current: null, years: [], badYearHeaders: [] };
}

function slimSheet(sa: SheetAnalysis): SheetAnalysis {
  const indicators: IndicatorAnalysis[] = sa.indicators.map((ia) => ({ ...ia, indicator: slimIndicator(ia.indicator), expectedLine: [] }));
  const model = { ...sa.model, indicators: sa.model.indicators.map(slimIndicator), schedule: [], reading: [], badYearHeaders: [], legend: null };
  delete model.validations;
  return { ...sa, model, indicators };
}

export function digestSubmission(file: string | null, analysis: WorkbookAnalysis): SubmissionDigest {
  return {
    rows: workbookRows(file, analysis, isOwnSheet),
    analysis: { ...analysis, settings: { ...analysis.settings, profiles: [] }, sheets: analysis.sheets.map(slimSheet) },
  };
}
