import { actualFuture } from './actual-future';
import { actualMissing } from './actual-missing';
import { actualNoData } from './actual-no-data';
import { baselineMismatch } from './baseline-mismatch';
import { baselineMissing } from './baseline-missing';
import { cumulativeDecrease } from './cumulative-decrease';
import { evalYearMissing } from './eval-year-missing';
import { expectedMismatch } from './expected-mismatch';
import { expectedMissing } from './expected-missing';
import { gradeInconsistent } from './grade-inconsistent';
import { gradeInvalid } from './grade-invalid';
import { gradeMissing } from './grade-missing';
import { gradeNormalized } from './grade-normalized';
import { indicatorNameMissing } from './indicator-name-missing';
import { indicatorRefMissing } from './indicator-ref-missing';
import { indicatorUnitMissing } from './indicator-unit-missing';
import { indicatorUnreferenced } from './indicator-unreferenced';
import { narrativeMissing } from './narrative-missing';
import { narrativeFigureInconsistent } from './narrative-figure-inconsistent';
import { narrativeIndicatorMismatch } from './narrative-indicator-mismatch';
import { narrativeYearStale } from './narrative-year-stale';
import { negativeCount } from './negative-count';
import { overallGradeInconsistent } from './overall-grade-inconsistent';
import { overallGradeMissing } from './overall-grade-missing';
import { percentOutOfRange } from './percent-out-of-range';
import { scheduleEmpty } from './schedule-empty';
import { scheduleStatusInvalid } from './schedule-status-invalid';
import { sheetUnrecognized } from './sheet-unrecognized';
import { suddenChange } from './sudden-change';
import { targetMissing } from './target-missing';
import { valueEstimate } from './value-estimate';
import { valueNormalized } from './value-normalized';
import { valueNotNumeric } from './value-not-numeric';
import { yearHeaderInvalid } from './year-header-invalid';
import { actualRevised } from './actual-revised';
import { indicatorDropped } from './indicator-dropped';
import { narrativeUnchanged } from './narrative-unchanged';
import { previousGradeMismatch } from './previous-grade-mismatch';
import { targetChanged } from './target-changed';
import type { Rule } from './types';

/** Every rule of RULES.md, in its order (one file each). */
export const ALL_RULES: Rule[] = [
  evalYearMissing,
  overallGradeMissing,
  overallGradeInconsistent,
  indicatorNameMissing,
  indicatorUnitMissing,
  yearHeaderInvalid,
  valueNotNumeric,
  valueNormalized,
  valueEstimate,
  baselineMissing,
  targetMissing,
  baselineMismatch,
  expectedMissing,
  expectedMismatch,
  actualMissing,
  actualNoData,
  actualFuture,
  percentOutOfRange,
  negativeCount,
  cumulativeDecrease,
  suddenChange,
  indicatorUnreferenced,
  indicatorRefMissing,
  gradeMissing,
  gradeInvalid,
  gradeNormalized,
  gradeInconsistent,
  narrativeMissing,
  narrativeFigureInconsistent,
  narrativeIndicatorMismatch,
  narrativeYearStale,
  scheduleStatusInvalid,
  scheduleEmpty,
  sheetUnrecognized,
  // Against last year's workbook: `needs: 'previous'`, so they run only when one is given.
  previousGradeMismatch,
  actualRevised,
  targetChanged,
  indicatorDropped,
  narrativeUnchanged,
];

export type { Draft, Rule, SheetContext } from './types';
export { runRules } from './run';
