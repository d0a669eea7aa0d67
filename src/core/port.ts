import type { Settings } from './settings';
import type { WorkbookSnapshot } from './snapshot/types';
import type { ApplyResult, EditPlan } from './plan/types';

/**
 * The workbook port: everything the engine needs from a host. Two adapters implement it:
 * src/excel (Office.js, inside Excel) and src/xlsx (ExcelJS, for Node and the standalone pane).
 */
export interface WorkbookPort {
  /** Every sheet's used range (values and number formats), in as few host round trips as possible. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Carries out a plan; skips cells changed since they were read; returns how to undo it. */
  applyPlan(plan: EditPlan): Promise<ApplyResult>;
  /** Selects a cell for the person (a click on a finding). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Settings saved with the workbook, so the preset travels with it. */
  readSettings(): Promise<Partial<Settings> | null>;
  writeSettings(settings: Partial<Settings>): Promise<void>;
  /** The person's selected range (「teach a layout」: 「選択範囲を使う」); absent where there is no selection (the standalone pane). */
  selectedRange?(): Promise<{ sheet: string; address: string } | null>;
}
