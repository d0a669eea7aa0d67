import type { IndicatorAnalysis, SheetAnalysis, WorkbookAnalysis } from '../../../src/core/analyze/types';
import type { GradePreset } from '../../../src/core/grading/types';
import type { EvaluationSheet, Indicator, IndicatorYear, Item, ValueCell } from '../../../src/core/model/types';
import { cellAddress, parseCellAddress } from '../../../src/core/snapshot/address';
import type { CellValue } from '../../../src/core/snapshot/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { parseValue } from '../../../src/core/text/values';
import { shortEraLabel } from '../../../src/core/text/years';

/** Hand-built analyses for chart and summary tests, independent of the readers and the engine. */

export function vc(cell: string, raw: CellValue, numberFormat = 'General'): ValueCell {
  return { cell, raw, numberFormat, parsed: parseValue(raw, numberFormat) };
}

export const PRESET: GradePreset = {
  id: 'default',
  name: { ja: '標準', en: 'Default' },
  scale: ['A', 'B', 'C', 'D'],
  ungraded: [],
  basis: 'progress',
  thresholds: [
    { grade: 'A', min: 1.1 },
    { grade: 'B', min: 0.8 },
    { grade: 'C', min: 0.5 },
    { grade: 'D', min: -Infinity },
  ],
  points: { A: 4, B: 3, C: 2, D: 1 },
  source: 'test',
};

/**
 * A Kitakami-style block: label row with R1…R7 from column C at `labelRow` (1-based), 実績値 the row
 * below, 期待値 the next. `actuals` / `expecteds` are the raw cell values per year (null = blank).
 */
export function blockIndicator(opts: {
  key: string;
  name: string;
  unit: string;
  labelRow: number;
  actuals: CellValue[];
  expecteds: CellValue[];
  format?: string;
  firstYear?: number;
}): Indicator {
  const first = opts.firstYear ?? 2019;
  const fmt = opts.format ?? '0.0';
  const years: IndicatorYear[] = opts.actuals.map((a, i) => {
    const col = 2 + i;
    return {
      year: first + i,
      label: i === 0 ? `${shortEraLabel(first)} (現状値)` : shortEraLabel(first + i),
      labelCell: cellAddress(opts.labelRow - 1, col),
      actual: vc(cellAddress(opts.labelRow, col), a, fmt),
      expected: vc(cellAddress(opts.labelRow + 1, col), opts.expecteds[i] ?? null, fmt),
      note: null,
    };
  });
  const last = years[years.length - 1];
  return {
    key: opts.key,
    id: opts.key,
    layout: 'indicator-blocks',
    cell: `A${opts.labelRow - 2}`,
    name: { cell: `A${opts.labelRow - 1}`, text: opts.name },
    unit: { cell: `B${opts.labelRow}`, text: opts.unit },
    unitText: opts.unit,
    department: 'まちづくり部',
    description: null,
    baseline: { year: first, label: years[0].label, labelCell: years[0].labelCell, value: years[0].actual },
    target: { year: last.year, label: last.label, labelCell: last.labelCell, value: last.expected },
    current: null,
    years,
    cumulative: false,
    qualitative: false,
    precision: 1,
    grade: null,
    itemKey: null,
    badYearHeaders: [],
  };
}

export function indicatorAnalysis(ind: Indicator, extra: Partial<IndicatorAnalysis> = {}): IndicatorAnalysis {
  const b = ind.baseline?.value?.parsed;
  const t = ind.target?.value?.parsed;
  const by = ind.baseline?.year;
  const ty = ind.target?.year;
  const expectedLine =
    b?.kind === 'number' && t?.kind === 'number' && by !== undefined && by !== null && ty !== undefined && ty !== null
      ? Array.from({ length: ty - by + 1 }, (_, i) => ({ year: by + i, value: Math.round((b.value + ((t.value - b.value) * i) / (ty - by)) * 10) / 10 }))
      : [];
  return { indicator: ind, direction: 'increase', precision: 1, expectedLine, progress: null, suggestedGrade: null, ...extra };
}

export function item(no: string, cell: string, grade: string | null, previous: string | null, refs: string[], extra: Partial<Item> = {}): Item {
  return {
    key: `item:${no}`,
    no,
    cell,
    title: `項目${no}`,
    department: 'まちづくり部',
    grade: grade === null && previous === null ? null : { cell: cellAddress(parseCellAddress(cell).row, 6), raw: grade ?? '', value: grade, previous, normalized: false },
    indicatorRefs: refs,
    refCell: null,
    indicatorKeys: refs,
    narrative: [],
    yearlyGrades: [],
    ...extra,
  };
}

export function sheetAnalysis(sheet: string, indicators: IndicatorAnalysis[], items: Item[] = [], extra: Partial<EvaluationSheet> = {}, analysisExtra: Partial<SheetAnalysis> = {}): SheetAnalysis {
  const model: EvaluationSheet = {
    sheet,
    kind: 'evaluation',
    layouts: ['indicator-blocks'],
    title: null,
    policy: [
      { label: '基本方針', value: '9.誰もが主体的に参画する市民協働の深化', cell: 'B3' },
      { label: '基本施策', value: '9-2.まちづくりで広がる市民協働の深化', cell: 'B4' },
    ],
    evaluationYear: { year: 2023, label: '令和5年度', cell: 'A1' },
    legend: null,
    overallGrade: null,
    items,
    indicators: indicators.map((i) => i.indicator),
    schedule: [],
    badYearHeaders: [],
    reading: [],
    ...extra,
  } as EvaluationSheet;
  return {
    model,
    evaluationYear: 2023,
    evaluationYearSource: 'sheet',
    preset: PRESET,
    indicators,
    items: items.map((it) => ({ item: it, suggestedGrade: null, basis: it.indicatorKeys })),
    rolledUpGrade: null,
    findings: [],
    ...analysisExtra,
  };
}

export function workbook(name: string, sheets: SheetAnalysis[]): WorkbookAnalysis {
  return { name, settings: DEFAULT_SETTINGS, sheets, findings: sheets.flatMap((s) => s.findings) };
}

/** The Kitakami sheet's two indicators with data (① 43.0 → 70.0, ② 48.6 → 51.5 with a 未実施 year). */
export function kitakami(): WorkbookAnalysis {
  const one = blockIndicator({ key: '①', name: 'まちづくりスタートアップ塾への参加人数', unit: '人', labelRow: 40, actuals: [43, 43, 27, 36, 96, null, null], expecteds: [43, 47.5, 52, 56.5, 61, 65.5, 70] });
  const two = blockIndicator({ key: '②', name: '地域活動やボランティア活動などに参加している市民の割合', unit: '%', labelRow: 47, actuals: [48.6, 48, '未実施', 40.9, 38.7, null, null], expecteds: [48.6, 49.1, 49.6, 50.1, 50.5, 51, 51.5] });
  const three: Indicator = { ...blockIndicator({ key: '③', name: '', unit: '', labelRow: 54, actuals: [null, null, null, null, null, null, null], expecteds: [null, null, null, null, null, null, null] }), name: null, unit: null, unitText: null, baseline: null, target: null };
  return workbook('kitakami.xlsx', [sheetAnalysis('9-2', [indicatorAnalysis(one), indicatorAnalysis(two), indicatorAnalysis(three)])]);
}
