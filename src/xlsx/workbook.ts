import ExcelJS from 'exceljs';
import { NOTE_HEADER } from '../core/plan/annotate';
import { type OpOutcome as Outcome, runOps } from '../core/plan/run-ops';
import { ownedSheetName } from '../core/plan/sheet-names';
import type { WorkbookPort } from '../core/port';
import type { ApplyResult, ChartSpec, EditOp, EditPlan, SheetSpec, SkipReason } from '../core/plan/types';
import type { Settings } from '../core/settings';
import type { CellValue, WorkbookSnapshot } from '../core/snapshot/types';
import { toCellValue } from './cell-value';
import JSZip from 'jszip';
import { type CarriedAnchor, carryDrawings } from './carry';
import { addChartsToZip } from './chart-parts';
import { loadWorkbook } from './load';
import { specFromSheet, writeSheetSpec } from './put-sheet';
import { worksheetSnapshot } from './snapshot';
import { ownedNames, MARK_PREFIX, readStore, STORE_SHEET, writeStore } from './store';
import { type CellEdit, hasEdits, patchWorkbook, type PatchEdits } from './patch/writer';
import { ZipError, ZipPackage } from './zip';
import { corrupt, sniffXlsx } from './errors';
import { DEFAULT_LIMITS } from './read/limits';
import { tooLarge } from './read/package';
import { noteText, patchStyle, setNote, setSolidFill, solidFill } from './styles';


/**
 * A person's own note is kept: Evalsheet's text (which starts with NOTE_HEADER) goes after it, and
 * removing Evalsheet's note leaves theirs. Undo restores the exact text that was there.
 */
function mergeNote(before: string | null, ours: string | null): string | null {
  const own = before === null || before.startsWith(NOTE_HEADER) ? '' : before.split(`\n\n${NOTE_HEADER}\n`)[0];
  if (ours === null) return own === '' ? null : own;
  return own === '' ? ours : `${own}\n\n${ours}`;
}

type Ordered = ExcelJS.Worksheet & { orderNo: number };

const OWNED_CHART_PREFIX = 'evalsheet:';

function sameValue(a: CellValue, b: CellValue): boolean {
  const norm = (v: CellValue) => (v === '' ? null : v);
  return norm(a) === norm(b);
}

function showValue(v: CellValue): string {
  return v === null ? '(blank)' : typeof v === 'string' ? `「${v}」` : String(v);
}

/**
 * The workbook port over an in-memory ExcelJS workbook: bytes in, bytes out, no file system, so
 * it runs in Node (the CLI) and in a browser alike. Charts are collected and written into the
 * package after ExcelJS saves it (ExcelJS cannot write charts).
 */
export class XlsxWorkbook implements WorkbookPort {
  private charts: ChartSpec[] = [];
  /** Cells "selected" through the port: there is no UI here, so selection is only recorded. */
  readonly selections: { sheet: string; cell: string }[] = [];

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    readonly name: string,
    /** Parts of the input (pivots, macros, slicers …) that saving through ExcelJS would lose even with carrying. */
    readonly lostParts: string[],
    /**
     * The input's charts and shapes that ExcelJS drops and toBytes() carries back: all of them,
     * less Evalsheet's own charts a plan removed or redraws and those of sheets a plan replaced.
     */
    private carried: CarriedAnchor[] = [],
    private readonly source: JSZip | null = null,
    /** The input's bytes when the package can be patched (write by patching); null: saved through ExcelJS. */
    private readonly sourceBytes: Uint8Array | null = null,
  ) {
    this.initialCarried = [...carried];
  }

  private readonly initialCarried: CarriedAnchor[];
  /** What the applied ops touched, for write by patching. */
  private readonly edits: PatchEdits = { cells: new Map(), put: [], deleted: [], markPrefix: MARK_PREFIX, charts: [], dropped: [] };

  private touch(sheet: string, cell: string, e: CellEdit): void {
    const m = this.edits.cells.get(sheet) ?? new Map<string, CellEdit>();
    m.set(cell, { ...(m.get(cell) ?? {}), ...e });
    this.edits.cells.set(sheet, m);
  }

  /** True when saving now would change anything (an empty or fully skipped plan changes nothing). */
  hasChanges(): boolean {
    return hasEdits({ ...this.edits, charts: this.charts, dropped: this.droppedAnchors() }) || this.storeDirty;
  }

  private storeDirty = false;

  private droppedAnchors(): CarriedAnchor[] {
    return this.initialCarried.filter((a) => !this.carried.includes(a));
  }

  /** Whether toBytes() patches the input package (every part not touched stays byte-identical). */
  get patching(): boolean {
    return this.sourceBytes !== null;
  }

  static async open(data: Uint8Array | ArrayBuffer, name: string): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    sniffXlsx(bytes, name);
    // The package is checked before ExcelJS inflates it, with the direct reader's bounds: a damaged
    // entry (CRC, deflate) or a bomb gets the same one-line message as in check. A package the
    // patcher cannot read (ZIP64, an encrypted entry) is saved by ExcelJS instead.
    let patchable = true;
    try {
      ZipPackage.read(bytes).verify(DEFAULT_LIMITS.totalBytes);
    } catch (e) {
      if (!(e instanceof ZipError) || e.kind === 'unsupported') patchable = false;
      else throw e.kind === 'too-large' ? tooLarge(name, e.message) : corrupt(name, e.message);
    }
    const { workbook, lostParts, carried, source } = await loadWorkbook(bytes, name);
    // Patching keeps every part it does not touch, so nothing is lost; ExcelJS's save would lose these.
    return new XlsxWorkbook(workbook, name, patchable ? [] : lostParts, carried, source, patchable ? bytes : null);
  }

  /** A new, empty workbook (e.g. for a cross-file summary). */
  static create(name: string): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook(), name, []);
  }

  /**
   * What saving after `plan` would lose. Charts and shapes are carried through, and the only ones
   * a plan leaves out are Evalsheet's own that it removes or redraws on purpose, which is not a
   * loss: so this is the lost parts whatever the plan (kept as a method for the CLI's one check).
   */
  lostPartsWith(_plan: EditPlan): string[] {
    return [...this.lostParts];
  }

  /** Names of the input's charts and shapes that saving now would carry into the output (frame names; null for unnamed). */
  carriedNames(): (string | null)[] {
    return this.carried.map((a) => a.name);
  }

  /** Stops carrying the input's anchors that `drop` picks; returns how many. */
  private dropCarried(drop: (a: CarriedAnchor) => boolean): number {
    const before = this.carried.length;
    this.carried = this.carried.filter((a) => !drop(a));
    return before - this.carried.length;
  }

  private get date1904(): boolean {
    return Boolean(this.wb.properties.date1904);
  }

  /** Every sheet except Evalsheet's store and the sheets Evalsheet generated. */
  async readSnapshot(): Promise<WorkbookSnapshot> {
    const owned = new Set(ownedNames(this.wb));
    const sheets = this.wb.worksheets
      .filter((ws) => ws.name !== STORE_SHEET && !owned.has(ws.name))
      .map((ws) => worksheetSnapshot(ws, this.date1904));
    return { name: this.name, sheets };
  }

  /** Names of the sheets Evalsheet generated in this workbook. */
  ownedSheets(): string[] {
    return ownedNames(this.wb).filter((n) => this.wb.getWorksheet(n));
  }

  sheetNames(): string[] {
    return this.wb.worksheets.map((ws) => ws.name);
  }

  async applyPlan(plan: EditPlan): Promise<ApplyResult> {
    return runOps(plan, (op) => {
      try {
        return this.applyOp(op);
      } catch (e) {
        return { skip: 'error', detail: (e as Error).message };
      }
    });
  }

  private applyOp(op: EditOp): Outcome {
    switch (op.op) {
      case 'set-value':
        return this.setValue(op);
      case 'set-fill': {
        const cell = this.cell(op.sheet, op.cell);
        if ('skip' in cell) return cell;
        const before = solidFill(cell.c);
        setSolidFill(cell.c, op.color);
        this.touch(op.sheet, op.cell, { fill: op.color });
        return { undo: [{ op: 'set-fill', sheet: op.sheet, cell: op.cell, color: before }] };
      }
      case 'set-note': {
        const cell = this.cell(op.sheet, op.cell);
        if ('skip' in cell) return cell;
        const before = noteText(cell.c);
        const merged = mergeNote(before, op.text);
        setNote(cell.c, merged);
        this.touch(op.sheet, op.cell, { note: merged });
        return { undo: [{ op: 'set-note', sheet: op.sheet, cell: op.cell, text: before }] };
      }
      case 'put-sheet':
        return this.putSheet(op.spec);
      case 'delete-sheet':
        return this.deleteSheet(op.sheet);
      case 'add-chart':
        // Redrawing one of Evalsheet's charts replaces the copy the input holds.
        this.dropCarried((a) => a.owned && a.name === op.chart.id);
        this.charts = this.charts.filter((c) => c.id !== op.chart.id);
        this.charts.push(op.chart);
        return { undo: [{ op: 'delete-chart', sheet: op.chart.sheet, id: op.chart.id }] };
      case 'delete-chart': {
        // An input chart cannot be drawn again from a ChartSpec, so it is not in the undo.
        this.dropCarried((a) => a.owned && a.name === op.id && a.sheet === op.sheet);
        const gone = this.charts.filter((c) => c.id === op.id);
        this.charts = this.charts.filter((c) => c.id !== op.id);
        return { undo: gone.map((chart) => ({ op: 'add-chart' as const, chart })) };
      }
      case 'delete-owned-charts': {
        // Evalsheet's charts of the input are dropped too (a person's never); the undo restores pending ones only.
        this.dropCarried((a) => a.owned && (op.sheet === null || a.sheet === op.sheet));
        const gone = this.charts.filter((c) => c.id.startsWith(OWNED_CHART_PREFIX) && (op.sheet === null || c.sheet === op.sheet));
        this.charts = this.charts.filter((c) => !gone.includes(c));
        return { undo: gone.map((chart) => ({ op: 'add-chart' as const, chart })) };
      }
    }
  }

  private cell(sheet: string, address: string): { c: ExcelJS.Cell } | { skip: SkipReason; detail: string } {
    const ws = this.wb.getWorksheet(sheet);
    if (!ws) return { skip: 'missing-sheet', detail: `no sheet 「${sheet}」` };
    const c = ws.getCell(address);
    if (c.isMerged && c.master.address !== c.address) {
      return { skip: 'unsupported', detail: `${sheet}!${address} is inside the merged area of ${c.master.address}` };
    }
    return { c };
  }

  private setValue(op: Extract<EditOp, { op: 'set-value' }>): Outcome {
    const cell = this.cell(op.sheet, op.cell);
    if ('skip' in cell) return cell;
    const c = cell.c;
    if (c.formula) return { skip: 'unsupported', detail: `${op.sheet}!${op.cell} holds a formula (=${c.formula}); not overwritten` };
    const now = toCellValue(c.value, this.date1904);
    if (!sameValue(now, op.expect)) {
      return { skip: 'changed-since-check', detail: `${op.sheet}!${op.cell} now holds ${showValue(now)}, expected ${showValue(op.expect)}` };
    }
    if (typeof now === 'boolean') return { skip: 'unsupported', detail: `${op.sheet}!${op.cell} holds a boolean` };
    const format = c.numFmt || 'General';
    c.value = op.value;
    if (op.numberFormat !== undefined && op.numberFormat !== format) patchStyle(c, { numFmt: op.numberFormat });
    this.touch(op.sheet, op.cell, { value: op.value, ...(op.numberFormat !== undefined && op.numberFormat !== format ? { numFmt: op.numberFormat } : {}) });
    return { undo: [{ op: 'set-value', sheet: op.sheet, cell: op.cell, value: now, expect: op.value, numberFormat: format, reason: op.reason }] };
  }

  private putSheet(spec: SheetSpec): Outcome {
    const store = { ...readStore(this.wb), owned: ownedNames(this.wb) };
    // Replace only a sheet Evalsheet owns; never a user's sheet of the same name: take 「name (2)」 …
    const name = ownedSheetName(spec.name, (n) => Boolean(this.wb.getWorksheet(n)) && !store.owned.includes(n));
    const existing = this.wb.getWorksheet(name);
    const undo: EditOp[] = [];
    let orderNo: number | null = null;
    if (existing) {
      undo.push({ op: 'put-sheet', spec: specFromSheet(existing, spec.headerRows) });
      // The old sheet's charts (Evalsheet's: the sheet is Evalsheet's) go with it.
      this.dropCarried((a) => a.sheet === name);
      orderNo = (existing as Ordered).orderNo;
      this.wb.removeWorksheet(existing.id);
    } else {
      undo.push({ op: 'delete-sheet', sheet: name });
    }
    const ws = this.wb.addWorksheet(name);
    // Keep the regenerated sheet where the old one was (ExcelJS orders tabs by this untyped field).
    if (orderNo !== null) (ws as Ordered).orderNo = orderNo;
    writeSheetSpec(ws, { ...spec, name });
    writeStore(this.wb, { ...store, owned: [...store.owned.filter((n) => n !== name), name] });
    this.edits.put.push(name, STORE_SHEET);
    this.edits.deleted = this.edits.deleted.filter((n) => n !== name);
    return name === spec.name ? { undo } : { undo, renamed: { from: spec.name, to: name } };
  }

  private deleteSheet(sheet: string): Outcome {
    const store = { ...readStore(this.wb), owned: ownedNames(this.wb) };
    const ws = this.wb.getWorksheet(sheet);
    if (!ws) return { skip: 'missing-sheet', detail: `no sheet 「${sheet}」` };
    if (!store.owned.includes(sheet)) return { skip: 'protected', detail: `「${sheet}」 is not a sheet Evalsheet made; not deleted` };
    const spec = specFromSheet(ws);
    this.dropCarried((a) => a.sheet === sheet);
    this.wb.removeWorksheet(ws.id);
    writeStore(this.wb, { ...store, owned: store.owned.filter((n) => n !== sheet) });
    this.edits.deleted.push(sheet);
    this.edits.put = this.edits.put.filter((n) => n !== sheet);
    this.edits.put.push(STORE_SHEET);
    return { undo: [{ op: 'put-sheet', spec }] };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selections.push({ sheet, cell });
  }

  async readSettings(): Promise<Partial<Settings> | null> {
    return readStore(this.wb).settings;
  }

  async writeSettings(settings: Partial<Settings>): Promise<void> {
    writeStore(this.wb, { ...readStore(this.wb), owned: ownedNames(this.wb), settings });
    this.edits.put.push(STORE_SHEET);
    this.storeDirty = true;
  }

  /** Charts waiting to be written into the package by toBytes(). */
  pendingCharts(): ChartSpec[] {
    return [...this.charts];
  }

  /** ExcelJS saves; then the input's charts and shapes are carried back and Evalsheet's new charts written. */
  async toBytes(): Promise<Uint8Array> {
    if (this.sourceBytes) {
      return patchWorkbook(this.sourceBytes, { ...this.edits, charts: this.charts, dropped: this.droppedAnchors() }, () => this.saveWithExcelJS(true));
    }
    return this.saveWithExcelJS();
  }

  /** The whole workbook as ExcelJS writes it: a new workbook's bytes, or the scratch package owned sheets are grafted from. */
  private async saveWithExcelJS(scratch = false): Promise<Uint8Array> {
    // ExcelJS always links xl/theme/theme1.xml but writes only the themes it loaded; a workbook
    // saved without one (write-excel-file's) would get a dangling link that Excel "repairs" with a
    // warning. With no loaded theme, ExcelJS writes its default one.
    const themed = this.wb as unknown as { _themes?: Record<string, string> };
    if (themed._themes && Object.keys(themed._themes).length === 0) themed._themes = undefined;
    const buffer = await this.wb.xlsx.writeBuffer();
    const bytes = new Uint8Array(buffer as ArrayBuffer);
    if (scratch) return bytes;
    const carry = this.source ? this.carried : [];
    if (carry.length === 0 && this.charts.length === 0) return bytes;
    const zip = await JSZip.loadAsync(bytes);
    if (this.source) await carryDrawings(this.source, zip, carry);
    await addChartsToZip(zip, this.charts);
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
}
