import type { IndicatorAnalysis, SheetAnalysis, WorkbookAnalysis } from '../../../src/core/analyze/types';
import type { Finding } from '../../../src/core/findings/types';
import type { Indicator, IndicatorYear, ValueCell } from '../../../src/core/model/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { CellValue } from '../../../src/core/snapshot/types';
import { parseValue } from '../../../src/core/text/values';

/** Hand-made analyses: the plans are tested on exactly the findings they are given. */

export function valueCell(cell: string, raw: CellValue, numberFormat = 'General'): ValueCell {
  return { cell, raw, numberFormat, parsed: parseValue(raw, numberFormat) };
}

export function year(y: number, label: string, expected: ValueCell | null, actual: ValueCell | null = null): IndicatorYear {
  return { year: y, label, labelCell: 'A1', actual, expected, note: null };
}

export function indicator(years: IndicatorYear[]): Indicator {
  return {
    key: '①', id: '①', layout: 'indicator-blocks', cell: 'A35', name: { cell: 'A36', text: '参加人数' }, unit: { cell: 'B38', text: '人' }, unitText: '人',
    department: null, description: null, baseline: null, target: null, current: null, years, cumulative: false, qualitative: false, precision: 1,
    grade: null, itemKey: null, badYearHeaders: [],
  };
}

export function finding(f: Partial<Finding> & Pick<Finding, 'rule' | 'cell'>): Finding {
  return { severity: 'warning', sheet: '9-2', message: { ja: `${f.rule} ja`, en: `${f.rule} en` }, data: {}, fix: null, ...f };
}

export function analysis(ind: Indicator, findings: Finding[], sheet = '9-2'): WorkbookAnalysis {
  const ia = { indicator: ind, direction: 'increase', precision: 1, expectedLine: [], progress: null, suggestedGrade: null } as IndicatorAnalysis;
  const sa = { model: { sheet }, evaluationYear: 2023, evaluationYearSource: 'sheet', indicators: [ia], items: [], rolledUpGrade: null, findings } as unknown as SheetAnalysis;
  return { name: 'w.xlsx', settings: DEFAULT_SETTINGS, sheets: [sa], findings };
}
