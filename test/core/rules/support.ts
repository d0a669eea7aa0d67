import { analyzeSheets } from '../../../src/core/analyze/sheets';
import type { Settings } from '../../../src/core/settings';
import type { RuleId } from '../../../src/core/findings/types';
import type { EvaluationSheet } from '../../../src/core/model/types';
import { ALL_RULES } from '../../../src/core/rules';
import { block, grade, item, legendAD, sheet, REIWA_1_TO_7 } from '../../support/model-builder';

/** Findings of one rule as [[rule, cell]] (STYLE.md: assert on a projection). */
export function fired(rule: RuleId, model: EvaluationSheet, settings?: Partial<Settings>): [string, string][] {
  return run(rule, model, settings).map((f) => [f.rule, f.cell]);
}

export function run(rule: RuleId, model: EvaluationSheet, settings?: Partial<Settings>) {
  const r = ALL_RULES.find((x) => x.id === rule);
  if (!r) throw new Error(`no rule ${rule}`);
  const a = analyzeSheets('test.xlsx', [model], settings, [r]);
  expect(a.problems).toEqual([]);
  return a.findings;
}

/**
 * A clean Kitakami-style sheet: ① 100 → 160 over R1…R7 (人), actuals on the line up to R5,
 * item 1 graded A referring to ①, overall A, evaluated year R5. No rule fires on it.
 */
export function clean(o: { actual?: (number | string | null)[]; expected?: (number | string | null)[]; notes?: (string | null)[]; grade?: string | null; overall?: string | null; unit?: string | null; name?: string | null; format?: string; formats?: Record<string, string>; cumulative?: boolean; refs?: string[]; narrative?: string[] } = {}): EvaluationSheet {
  const ind = block({
    id: '①',
    row: 35,
    name: o.name === undefined ? '参加人数' : o.name,
    unit: o.unit === undefined ? '人' : o.unit,
    years: REIWA_1_TO_7,
    actual: o.actual ?? [100, 110, 120, 130, 140, null, null],
    expected: o.expected ?? [100, 110, 120, 130, 140, 150, 160],
    notes: o.notes,
    format: o.format,
    formats: o.formats,
    cumulative: o.cumulative,
  });
  return sheet({
    sheet: '9-2',
    evaluationYear: { year: 2023, label: '令和5年度', cell: 'A3' },
    legend: legendAD(),
    overallGrade: grade('B16', o.overall === undefined ? 'A' : o.overall),
    items: [item({ key: '1', row: 26, grade: o.grade === undefined ? 'A (B)' : o.grade, refs: o.refs ?? ['①'], narrative: o.narrative ?? ['内部', '外部', '方向性'] })],
    indicators: [ind],
  });
}
