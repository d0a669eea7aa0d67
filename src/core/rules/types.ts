import type { IndicatorAnalysis, ItemAnalysis } from '../analyze/types';
import type { Fix, RuleId, Severity } from '../findings/types';
import type { GradePreset } from '../grading/types';
import type { EvaluationSheet } from '../model/types';
import type { Settings } from '../settings';
import type { SheetMatch } from '../previous/types';

/** What every rule sees of one sheet: the model and what the engine computed for it. */
export interface SheetContext {
  model: EvaluationSheet;
  settings: Settings;
  preset: GradePreset;
  evaluationYear: number | null;
  indicators: IndicatorAnalysis[];
  items: ItemAnalysis[];
  rolledUpGrade: string | null;
  /** Mean of the item points behind rolledUpGrade. */
  rollUpMean: number | null;
  /** Last year's sheet matched to this one (only when a previous workbook is given and a sheet matched). */
  previous?: SheetMatch | null;
}

/** A finding before the runner adds rule id, sheet and the catalogue's message. */
export interface Draft {
  cell: string;
  data: Record<string, unknown>;
  fix?: Fix | null;
  /** Only for rules whose severity depends on the case (grade-inconsistent). */
  severity?: Severity;
}

export interface Rule {
  id: RuleId;
  /** The usual severity (RULES.md). */
  severity: Severity;
  scope: 'sheet' | 'indicator' | 'item' | 'schedule';
  /** What it looks at, for README and the pane's rule list. */
  looksAt: string;
  /** 'previous': runs only with last year's workbook matched to the sheet (ctx.previous); otherwise never, and nothing is said. */
  needs?: 'previous';
  check(ctx: SheetContext): Iterable<Draft>;
}
