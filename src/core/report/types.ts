import type { Finding } from '../findings/types';
import type { LayoutKind } from '../model/types';
import type { TableReading } from '../read/reading';

/** The JSON report of `evalsheet check --json` (RULES.md): a contract, keep its shape. */

export interface ItemReport {
  no: string;
  cell: string;
  grade: string | null;
  previousGrade: string | null;
  indicatorRefs: string[];
  suggestedGrade: string | null;
}

export interface IndicatorYearReport {
  year: number;
  label: string;
  actual: number | string | null;
  expected: number | string | null;
  actualCell: string | null;
  expectedCell: string | null;
  note: string | null;
}

export interface IndicatorReport {
  id: string;
  name: string | null;
  unit: string | null;
  cell: string;
  direction: 'increase' | 'decrease';
  baseline: { year: number | null; value: number | null } | null;
  target: { year: number | null; value: number | null } | null;
  years: IndicatorYearReport[];
  progress: { year: number; value: number } | null;
}

export interface SheetReport {
  sheet: string;
  kind: 'evaluation' | 'unrecognized';
  layouts: LayoutKind[];
  evaluationYear: number | null;
  /** How the sheet was read: one entry per table (RULES.md `reading`). */
  reading: TableReading[];
  overallGrade: { value: string | null; cell: string } | null;
  items: ItemReport[];
  indicators: IndicatorReport[];
}

export interface FileReport {
  file: string;
  error: { code: string; message: string } | null;
  sheets: SheetReport[];
  findings: Finding[];
}

export interface Report {
  version: string;
  files: FileReport[];
  summary: { files: number; errors: number; warnings: number; info: number };
}
