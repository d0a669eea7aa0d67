import type { WorkbookPort } from '../core/port';
import type { ApplyResult, EditPlan } from '../core/plan/types';
import type { Settings } from '../core/settings';
import type { WorkbookSnapshot } from '../core/snapshot/types';
import { readDirect, type DirectRead } from './read/index';
import type { XlsxWorkbook } from './workbook';

/**
 * The standalone pane's workbook: read with the direct reader (bounded, sparse, no ExcelJS), so
 * choosing a file shows its findings without loading ExcelJS at all. The ExcelJS adapter is loaded
 * only at the first write (fill, marks, charts, settings), from the same bytes, and from then on
 * answers everything, so later reads see what was written. A download before any write is the
 * input's own bytes.
 */
export class DirectWorkbook implements WorkbookPort {
  readonly selections: { sheet: string; cell: string }[] = [];
  private writer: Promise<XlsxWorkbook> | null = null;
  private opened: XlsxWorkbook | null = null;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly name: string,
    private readonly read: DirectRead,
    private readonly loadWriter: (bytes: Uint8Array, name: string) => Promise<XlsxWorkbook>,
  ) {}

  /** Reads the file now (a damaged or too large one throws its one-line XlsxReadError here). */
  static open(bytes: Uint8Array, name: string, loadWriter: (bytes: Uint8Array, name: string) => Promise<XlsxWorkbook> = defaultWriter): DirectWorkbook {
    return new DirectWorkbook(bytes, name, readDirect(bytes, name), loadWriter);
  }

  /** Whether the ExcelJS adapter has been loaded (only a write loads it). */
  get writing(): boolean {
    return this.writer !== null;
  }

  private writable(): Promise<XlsxWorkbook> {
    this.writer ??= this.loadWriter(this.bytes, this.name).then((wb) => (this.opened = wb));
    return this.writer;
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    if (this.writer) return (await this.writer).readSnapshot();
    return this.read.snapshot;
  }

  async applyPlan(plan: EditPlan): Promise<ApplyResult> {
    return (await this.writable()).applyPlan(plan);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selections.push({ sheet, cell });
    if (this.opened) await this.opened.selectCell(sheet, cell);
  }

  async readSettings(): Promise<Partial<Settings> | null> {
    if (this.writer) return (await this.writer).readSettings();
    return this.read.settings;
  }

  async writeSettings(settings: Partial<Settings>): Promise<void> {
    await (await this.writable()).writeSettings(settings);
  }

  /** The workbook to download: the input's bytes when nothing was written, else the adapter's patched package. */
  async toBytes(): Promise<Uint8Array> {
    if (!this.writer) return this.bytes;
    return (await this.writer).toBytes();
  }
}

/** ExcelJS in a chunk of its own, loaded at the first write. */
async function defaultWriter(bytes: Uint8Array, name: string): Promise<XlsxWorkbook> {
  const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx-write" */ './workbook');
  return XlsxWorkbook.open(bytes, name);
}
