import { decToNumber, parseDec, ratioToNumber, type Dec } from '../interpolate/decimal';
import { precisionOf } from '../interpolate/precision';
import { directionOf, gradeFor, progressOf } from '../grading/progress';
import type { GradePreset } from '../grading/types';
import type { Indicator, ValueCell } from '../model/types';
import type { Settings } from '../settings';
import { expectedAt } from './line';
import type { IndicatorAnalysis } from './types';

function dec(v: ValueCell | null | undefined): Dec | null {
  return v && v.parsed.kind === 'number' ? parseDec(v.parsed.decimalText) : null;
}

/**
 * Expected line, progress and suggested grade of one indicator. Progress uses the sheet's own
 * 期待値 / 計画 for the evaluated year where written (what the person graded against), else the
 * interpolated value; qualitative indicators get none.
 */
export function analyzeIndicator(sheet: string, ind: Indicator, year: number | null, preset: GradePreset, settings: Settings): IndicatorAnalysis {
  const baseline = dec(ind.baseline?.value);
  const target = dec(ind.target?.value);
  const direction = directionOf(baseline, target);
  const precision = precisionOf(ind);
  const expectedLine = ind.years.map((y) => {
    const e = expectedAt(sheet, ind, y.year, settings);
    return { year: y.year, value: e ? decToNumber(e) : null };
  });
  const none: IndicatorAnalysis = { indicator: ind, direction, precision, expectedLine, progress: null, suggestedGrade: null };
  // actual / target (preset basis target-ratio) needs no baseline; every other basis does.
  if (ind.qualitative || year === null || (!baseline && !(preset.basis === 'target-ratio' && target))) return none;
  const y = ind.years.find((x) => x.year === year);
  const actual = dec(y?.actual);
  if (!y || !actual) return none;
  const expected = dec(y.expected) ?? expectedAt(sheet, ind, year, settings);
  const r = progressOf({
    basis: preset.basis,
    direction,
    actual,
    baseline: (baseline ?? target)!,
    expected,
    target,
    year,
    baselineYear: ind.baseline?.year ?? null,
    targetYear: ind.target?.year ?? null,
  });
  if (!r) return none;
  return {
    ...none,
    progress: {
      year,
      value: ratioToNumber(r),
      actual: decToNumber(actual),
      expected: expected ? decToNumber(expected) : decToNumber((target ?? baseline)!),
      baseline: baseline ? decToNumber(baseline) : null,
      target: target ? decToNumber(target) : null,
    },
    suggestedGrade: gradeFor(preset, r),
  };
}
