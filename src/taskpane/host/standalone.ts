import type { WorkbookPort, WorkbookSnapshot } from '../../core';

/** A workbook opened from a file in the standalone pane: the port, plus the bytes to download. */
export interface OpenedWorkbook {
  port: WorkbookPort;
  name: string;
  toBytes(): Promise<Uint8Array>;
}

export type Opener = (bytes: Uint8Array, name: string) => Promise<OpenedWorkbook>;

/**
 * Opens an .xlsx with the direct reader (src/xlsx/read: fflate, no ExcelJS); ExcelJS is loaded only
 * at the first write. Both imports are dynamic, so webpack puts them in chunks of their own ("xlsx",
 * "xlsx-write"), loaded only here: the bundle Excel loads never contains them (scripts/bench-size.ts checks).
 */
export const openXlsx: Opener = async (bytes, name) => {
  const { DirectWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/direct-workbook');
  const wb = DirectWorkbook.open(bytes, name);
  return { port: wb, name, toBytes: () => wb.toBytes() };
};

/** "kitakami.xlsx" → "kitakami-evalsheet.xlsx": the download never takes the input's own name. */
export function resultName(name: string): string {
  // An .xlsm is read like an .xlsx; the result is an .xlsx (the macros are not carried).
  const base = name.replace(/\.xls[xm]$/i, '');
  return `${base}-evalsheet.xlsx`;
}

/**
 * Wraps a port so the standalone pane can show what a click on a finding selects (there is no
 * Excel grid to move), and keeps the last snapshot read so the selection can show its neighbourhood.
 */
export function watchPort(
  port: WorkbookPort,
  onSelect: (sel: { sheet: string; cell: string }) => void,
  onSnapshot: (s: WorkbookSnapshot) => void,
  onChange: () => void = () => undefined,
): WorkbookPort {
  return {
    readSnapshot: async () => {
      const s = await port.readSnapshot();
      onSnapshot(s);
      return s;
    },
    applyPlan: async (plan) => {
      const r = await port.applyPlan(plan);
      if (r.applied > 0) onChange();
      return r;
    },
    selectCell: async (sheet, cell) => {
      await port.selectCell(sheet, cell);
      onSelect({ sheet, cell });
    },
    readSettings: () => port.readSettings(),
    writeSettings: async (s) => {
      await port.writeSettings(s);
      onChange();
    },
  };
}
