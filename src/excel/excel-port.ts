/**
 * The workbook port inside Excel. Every Office.js call of the add-in goes through src/excel;
 * this class only wires the batches to Excel.run and remembers the charts it drew.
 */
import type { WorkbookPort } from '../core/port';
import type { ApplyResult, EditPlan } from '../core/plan/types';
import type { Settings } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot/types';
import type { ChartMemory } from './apply-plan';
import { detectFeatures, type Features } from './features';
import type { ExcelHost } from './host';
import { readSnapshot } from './read-snapshot';

/** Key of the settings in the workbook's document settings (saved inside the file). */
export const SETTINGS_KEY = 'evalsheet.settings';

export class ExcelPort implements WorkbookPort {
  readonly features: Features;
  private readonly charts: ChartMemory = new Map();

  constructor(private readonly host: ExcelHost) {
    this.features = detectFeatures(host);
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.host.run((context) => readSnapshot(context, this.features));
  }

  /**
   * The writing code (cells, notes, charts, sheets: apply-plan and what it imports) loads at the first
   * write, in a chunk of its own ("excel-write"), so it is not in the JS Excel loads at open.
   */
  async applyPlan(plan: EditPlan): Promise<ApplyResult> {
    const { applyPlan } = await import(/* webpackChunkName: "excel-write" */ './apply-plan');
    return this.host.run((context) => applyPlan(context, this.features, plan, this.charts));
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet); // ExcelApi 1.4
      ws.load('name');
      await context.sync();
      if (ws.isNullObject) throw new Error(`シート「${sheet}」が見つかりません / No sheet "${sheet}" in this workbook`);
      ws.activate(); // ExcelApi 1.1
      ws.getRange(cell).select(); // ExcelApi 1.1
      await context.sync();
    });
  }

  /** The selected range, for teaching a layout: Workbook.getSelectedRange (ExcelApi 1.1), its address 「'Sheet 1'!B5:H12」. */
  async selectedRange(): Promise<{ sheet: string; address: string } | null> {
    return this.host.run(async (context) => {
      const range = context.workbook.getSelectedRange(); // ExcelApi 1.1
      range.load('address'); // ExcelApi 1.1
      await context.sync();
      return splitAddress(range.address);
    });
  }

  async readSettings(): Promise<Partial<Settings> | null> {
    const raw: unknown = this.host.settings.get(SETTINGS_KEY); // Settings requirement set (Office 2013+)
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Partial<Settings>) : null;
  }

  async writeSettings(settings: Partial<Settings>): Promise<void> {
    this.host.settings.set(SETTINGS_KEY, settings);
    // saveAsync writes the settings into the document, so the preset travels with the file.
    await new Promise<void>((resolve, reject) => {
      this.host.settings.saveAsync((result) => {
        if (String(result.status) === 'failed') reject(new Error(`設定を保存できませんでした / Could not save the settings: ${result.error?.message ?? 'unknown error'}`));
        else resolve();
      });
    });
  }
}

/** 「'My sheet'!B5:H12」 or 「Sheet1!B5」 → sheet and range (a quote inside a quoted name is doubled). */
export function splitAddress(address: string): { sheet: string; address: string } | null {
  const at = address.lastIndexOf('!');
  if (at < 0) return null;
  const raw = address.slice(0, at);
  const sheet = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, address: address.slice(at + 1) };
}
