import type { IndicatorAnalysis, ItemAnalysis, SheetAnalysis, WorkbookAnalysis } from '../analyze/types';
import { gradeInForce } from '../rules/helpers';
import type { ValueCell, YearRef } from '../model/types';
import type { FileReport, IndicatorReport, ItemReport, Report, SheetReport } from './types';

/** The JSON report of RULES.md, built from analyses: exactly its keys, nulls where a value is absent. */

function cellValue(v: ValueCell | null | undefined): number | string | null {
  if (!v) return null;
  const p = v.parsed;
  switch (p.kind) {
    case 'blank':
      return null;
    case 'number':
      return p.value;
    case 'no-data':
      return typeof v.raw === 'string' ? v.raw : p.mark;
    case 'text':
      return typeof v.raw === 'string' ? v.raw : p.text;
  }
}

function ref(y: YearRef | null): { year: number | null; value: number | null } | null {
  if (!y) return null;
  return { year: y.year, value: y.value && y.value.parsed.kind === 'number' ? y.value.parsed.value : null };
}

function indicatorReport(ia: IndicatorAnalysis): IndicatorReport {
  const ind = ia.indicator;
  return {
    id: ind.id,
    name: ind.name?.text ?? null,
    unit: ind.unitText ?? (ind.unit?.text || null),
    cell: ind.cell,
    direction: ia.direction,
    baseline: ref(ind.baseline),
    target: ref(ind.target),
    years: ind.years.map((y) => {
      // The sheet's own 期待値 / 計画 where written; the interpolated value where the cell is blank or absent.
      const written = cellValue(y.expected);
      const line = ia.expectedLine.find((e) => e.year === y.year)?.value ?? null;
      return {
        year: y.year,
        label: y.label,
        actual: cellValue(y.actual),
        expected: written ?? line,
        actualCell: y.actual?.cell ?? null,
        expectedCell: y.expected?.cell ?? null,
        note: y.note && y.note.text.trim() !== '' ? y.note.text : null,
      };
    }),
    progress: ia.progress ? { year: ia.progress.year, value: ia.progress.value } : null,
  };
}

function itemReport(s: SheetAnalysis, ia: ItemAnalysis): ItemReport {
  const g = gradeInForce(s, ia.item);
  return {
    no: ia.item.no,
    cell: ia.item.cell,
    grade: g?.value ?? null,
    previousGrade: g?.previous ?? null,
    indicatorRefs: ia.item.indicatorRefs,
    suggestedGrade: ia.suggestedGrade,
  };
}

export function sheetReport(s: SheetAnalysis): SheetReport {
  const og = s.model.overallGrade;
  return {
    sheet: s.model.sheet,
    kind: s.model.kind,
    layouts: s.model.layouts,
    evaluationYear: s.evaluationYear,
    reading: s.model.reading ?? [],
    overallGrade: og ? { value: og.value, cell: og.cell } : null,
    items: s.items.map((ia) => itemReport(s, ia)),
    indicators: s.indicators.map(indicatorReport),
  };
}

export function fileReport(file: string, analysis: WorkbookAnalysis): FileReport {
  return { file, error: null, sheets: analysis.sheets.map(sheetReport), findings: analysis.findings };
}

/** An unreadable file: the error, and nothing else. */
export function errorReport(file: string, code: string, message: string): FileReport {
  return { file, error: { code, message }, sheets: [], findings: [] };
}

export function buildReport(files: FileReport[], version: string): Report {
  const all = files.flatMap((f) => f.findings);
  return {
    version,
    files,
    summary: {
      files: files.length,
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
      info: all.filter((f) => f.severity === 'info').length,
    },
  };
}
