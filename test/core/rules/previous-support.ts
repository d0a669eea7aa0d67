import { analyzeSheets } from '../../../src/core/analyze/sheets';
import type { RuleId } from '../../../src/core/findings/types';
import type { EvaluationSheet } from '../../../src/core/model/types';
import { ALL_RULES } from '../../../src/core/rules';
import { block, grade, item, legendAD, sheet, REIWA_1_TO_7 } from '../../support/model-builder';

/** One rule of the previous-year set run over this year's sheet against last year's (a PreviousSheet per model). */
export function compare(rule: RuleId, current: EvaluationSheet, previous: EvaluationSheet | null, lastYear: number | null = 2022) {
  const r = ALL_RULES.find((x) => x.id === rule);
  if (!r) throw new Error(`no rule ${rule}`);
  const a = analyzeSheets('r5.xlsx', [current], {}, [r], previous ? { previous: [{ file: 'r4.xlsx', model: previous, evaluationYear: lastYear }] } : {});
  return a;
}

export function firedCells(rule: RuleId, current: EvaluationSheet, previous: EvaluationSheet | null, lastYear: number | null = 2022): string[] {
  return compare(rule, current, previous, lastYear).findings.map((f) => f.cell);
}

export interface YearSheet {
  grade?: string;
  actual?: (number | string | null)[];
  expected?: (number | string | null)[];
  notes?: (string | null)[];
  name?: string;
  id?: string;
  narrative?: string[];
  title?: string;
  no?: string;
  year?: number;
  second?: boolean;
  description?: string;
}

/**
 * A Kitakami-style sheet for one year: policy 9-2, item 1 「協働の定着と拡充」 graded with last year's
 * in brackets, referring to ① 参加人数 (100 → 160 over R1…R7), three analysis cells; optionally ② too.
 */
export function yearSheet(o: YearSheet = {}): EvaluationSheet {
  const one = block({
    id: o.id ?? '①',
    row: 35,
    name: o.name ?? 'まちづくり講座の参加人数',
    unit: '人',
    years: REIWA_1_TO_7,
    actual: o.actual ?? [100, 110, 120, 130, 140, null, null],
    expected: o.expected ?? [100, 110, 120, 130, 140, 150, 160],
    notes: o.notes,
  });
  if (o.description) one.description = o.description;
  const two = block({ id: '②', row: 41, name: '地域活動に参加している市民の割合', unit: '%', years: REIWA_1_TO_7, actual: [48.6, 48, null, 40.9, 38.7, null, null], expected: [48.6, 49.1, 49.6, 50.1, 50.5, 51, 51.5], format: '0.0' });
  const it = item({ key: o.no ?? '1', row: 26, title: o.title ?? '協働の定着と拡充', grade: o.grade ?? 'A (B)', refs: ['①'], narrative: o.narrative ?? ['講座の参加者は前年度から10人増えた。', '人口減少が続いている。', '講座の内容を見直して継続する。'] });
  return sheet({
    sheet: '9-2',
    title: `令和${(o.year ?? 2023) - 2018 + 1}年度基本施策事後評価シート（評価対象期間：令和${(o.year ?? 2023) - 2018}年度）`,
    policy: [
      { label: '基本方針', value: '9.誰もが主体的に参画する市民協働の深化', cell: 'B5' },
      { label: '基本施策', value: '9-2.まちづくりで広がる市民協働の深化', cell: 'B6' },
    ],
    evaluationYear: { year: o.year ?? 2023, label: `令和${(o.year ?? 2023) - 2018}年度`, cell: 'A3' },
    legend: legendAD(),
    overallGrade: grade('B16', 'A'),
    items: [it],
    indicators: o.second ? [one, two] : [one],
  });
}

/** Last year's (R4) sheet of yearSheet: R5's actual not yet written, graded B, last year's analysis. */
export function lastYear(o: YearSheet = {}): EvaluationSheet {
  return yearSheet({
    year: 2022,
    grade: 'B (C)',
    actual: [100, 110, 120, 130, null, null, null],
    narrative: ['講座の参加者は前年度から5人増えた。', '新型コロナウイルスの影響が残った。', '講座を継続する。'],
    ...o,
  });
}
