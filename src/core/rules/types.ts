import type { IndicatorAnalysis, ItemAnalysis } from '../analyze/types';
import type { Fix, RuleId, Severity } from '../findings/types';
import type { GradePreset } from '../grading/types';
import type { EvaluationSheet } from '../model/types';
import type { Settings } from '../settings';

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
  check(ctx: SheetContext): Iterable<Draft>;
}
