/**
 * Carries out an edit plan in three round trips whatever its number of ops:
 *   sync 1  lists the sheets (names, positions, protection) and, for the comment fallback, the comments;
 *   sync 2  reads every target: cells (values, formats, formulas, fills, notes), comment locations,
 *           ownership marks, charts, owned sheets about to be replaced;
 *   sync 3  writes everything — in parts only when the write would pass Excel on the web's 5 MB
 *           request limit (write-budget.ts: a sync per 2.5 MB estimated, e.g. a summary of 300 sheets).
 * Between 2 and 3 it decides: a set-value whose cell changed since the check is skipped
 * (compare-and-set); if any sheet to be written is protected, nothing is written at all.
 * What each op overwrites goes into the undo plan, in reverse order.
 */
import { type OpOutcome as Outcome, type OpRun, runOpsAsync, undoTitle } from '../core/plan/run-ops';
import { isCandidateOf, ownedSheetName } from '../core/plan/sheet-names';
import type { ApplyResult, ChartSpec, EditOp, EditPlan } from '../core/plan/types';
import type { CellValue } from '../core/snapshot/types';
import type { Features } from './features';
import { addChart, chartRefs } from './write-chart';
import { specFromValues, writeSheetSpec } from './write-sheet';
import { cellOpBytes, WriteQueue } from './write-budget';
import { fromExcelValue, fromOfficeColor, localAddress, noteAfter, sameValue, sheetOfAddress, showValue, toExcelValue, toOfficeColor } from './values';

import { OWNED_CHART_PREFIX, OWNER_NAME } from './owner';


interface SheetInfo {
  ws: Excel.Worksheet;
  position: number;
  protected: boolean;
  owner?: Excel.NamedItem;
  charts?: Excel.ChartCollection;
  used?: Excel.Range;
}

interface CellRead {
  range: Excel.Range;
  note?: Excel.Note;
}

/**
 * Excel refused the write batch (sync 3). Office.js batches are not transactions: commands before
 * the failing one may have been carried out, so the undo plan computed for the batch comes along.
 */
export class ExcelWriteError extends Error {
  constructor(
    readonly cause: unknown,
    readonly undo: EditPlan,
  ) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`Excel が変更を受け付けませんでした（${why}）。一部が書き込まれた可能性があります。「元に戻す」で戻せます。 / Excel did not accept the changes (${why}); some may have been written. Use Undo to take them back.`);
    this.name = 'ExcelWriteError';
  }
}

/** Per-port memory: charts this port added, so removing them can be undone by adding them again. */
export type ChartMemory = Map<string, ChartSpec>;

function touchesCells(op: EditOp): op is Extract<EditOp, { op: 'set-value' | 'set-fill' | 'set-note' }> {
  return op.op === 'set-value' || op.op === 'set-fill' || op.op === 'set-note';
}

export async function applyPlan(context: Excel.RequestContext, features: Features, plan: EditPlan, memory: ChartMemory): Promise<ApplyResult> {
  const ops = plan.ops;
  const wb = context.workbook;
  const needsNotes = ops.some((o) => o.op === 'set-note');
  const useComments = needsNotes && !features.notes && features.comments;
  const sheetOps = ops.some((o) => o.op === 'put-sheet' || o.op === 'delete-sheet' || o.op === 'add-chart');
  const chartOps = ops.some((o) => o.op === 'add-chart' || o.op === 'delete-chart' || o.op === 'delete-owned-charts');

  // ---- sync 1: the sheets ----
  wb.worksheets.load('items/name,items/position,items/protection/protected'); // ExcelApi 1.1 / protection 1.2
  if (useComments) wb.comments.load('items/content'); // ExcelApi 1.10
  // Workbook structure protection (ブックの保護) refuses adding, deleting and moving sheets: WorkbookProtection, ExcelApi 1.7.
  const structureOps = ops.some((o) => o.op === 'put-sheet' || o.op === 'delete-sheet');
  if (structureOps && features.api17) wb.protection.load('protected');
  await context.sync();
  if (structureOps && features.api17 && wb.protection.protected) {
    const detail = 'ブックの構成が保護されているため（ブックの保護）、何も変更しませんでした。［校閲］→［ブックの保護］で保護を解除してからやり直してください。 / The workbook structure is protected, so nothing was changed. Unprotect the workbook (Review → Protect Workbook) and try again.';
    return { applied: 0, skipped: ops.map((op) => ({ op, reason: 'protected' as const, detail })), undo: { title: undoTitle(plan), ops: [] } };
  }

  const sheets = new Map<string, SheetInfo>();
  for (const ws of wb.worksheets.items) sheets.set(ws.name, { ws, position: ws.position, protected: ws.protection.protected });

  // ---- sync 2: every target ----
  const cells = new Map<EditOp, CellRead>();
  for (const op of ops) {
    if (!touchesCells(op)) continue;
    const info = sheets.get(op.sheet);
    if (!info) continue;
    const range = info.ws.getRange(op.cell);
    // On a protected sheet, unlocked cells still take values: Range.format.protection.locked, ExcelApi 1.2.
    if (op.op === 'set-value') {
      range.load('values,numberFormat,formulas'); // ExcelApi 1.1
      if (info.protected) range.load('format/protection/locked'); // ExcelApi 1.2
    }
    if (op.op === 'set-fill') {
      range.load('format/fill/color'); // ExcelApi 1.1
      if (features.pageLayout) range.load('format/fill/pattern'); // ExcelApi 1.9
    }
    const read: CellRead = { range };
    if (op.op === 'set-note' && features.notes) {
      read.note = info.ws.notes.getItemOrNullObject(op.cell); // ExcelApi 1.18
      read.note.load('content');
    }
    cells.set(op, read);
  }
  const commentLocations: { comment: Excel.Comment; where: Excel.Range }[] = [];
  if (useComments) {
    for (const comment of wb.comments.items) {
      const where = comment.getLocation(); // ExcelApi 1.10
      where.load('address');
      commentLocations.push({ comment, where });
    }
  }
  if (sheetOps || chartOps) {
    for (const [name, info] of sheets) {
      if (sheetOps) {
        info.owner = info.ws.names.getItemOrNullObject(OWNER_NAME); // ExcelApi 1.4
        info.owner.load('name');
        const replaceable = ops.some((o) => (o.op === 'put-sheet' && isCandidateOf(name, o.spec.name)) || (o.op === 'delete-sheet' && o.sheet === name));
        if (replaceable) {
          info.used = info.ws.getUsedRangeOrNullObject(true); // ExcelApi 1.4
          info.used.load('values,numberFormat,rowIndex,columnIndex,rowCount');
        }
      }
      if (chartOps) {
        info.charts = info.ws.charts; // ExcelApi 1.1
        info.charts.load('items/name');
      }
    }
  }
  await context.sync();

  const commentAt = new Map<string, Excel.Comment>();
  for (const { comment, where } of commentLocations) commentAt.set(`${sheetOfAddress(where.address)}!${localAddress(where.address)}`, comment);
  const owned = (name: string) => {
    const o = sheets.get(name)?.owner;
    return Boolean(o && !o.isNullObject);
  };
  const ownedCharts = (sheet: string | null) =>
    [...sheets.entries()]
      .filter(([name]) => sheet === null || name === sheet)
      .flatMap(([name, info]) => (info.charts?.items ?? []).filter((c) => c.name.startsWith(OWNED_CHART_PREFIX)).map((chart) => ({ sheet: name, chart })));

  // ---- decide: protected sheets stop everything ----
  const targets = new Set<string>();
  const lockedCells: string[] = [];
  for (const op of ops) {
    if (op.op === 'set-value' && sheets.get(op.sheet)?.protected) {
      // A protected sheet takes values in its unlocked cells; only locked ones stop the plan.
      const range = cells.get(op)?.range;
      if (range && range.format.protection.locked !== false) lockedCells.push(`${op.sheet}!${op.cell}`);
      continue;
    }
    if (touchesCells(op) || op.op === 'delete-sheet' || op.op === 'delete-chart') targets.add(op.sheet);
    // A chart on a sheet the plan itself writes goes where that sheet lands (never a user's sheet).
    if (op.op === 'add-chart' && !ops.some((o) => o.op === 'put-sheet' && o.spec.name === op.chart.sheet)) targets.add(op.chart.sheet);
    if (op.op === 'put-sheet' && owned(op.spec.name)) targets.add(op.spec.name);
    if (op.op === 'delete-owned-charts') for (const c of ownedCharts(op.sheet)) targets.add(c.sheet);
  }
  const blocked = [...targets].filter((s) => sheets.get(s)?.protected);
  if (lockedCells.length > 0 && blocked.length === 0) {
    const shown = lockedCells.slice(0, 5).join('、') + (lockedCells.length > 5 ? ` ほか ${lockedCells.length - 5} セル` : '');
    const detail = `保護されたシートのロックされたセル（${shown}）に書き込めないため、何も変更しませんでした。シートの保護を解除するか、セルのロックを外してからやり直してください。 / Locked cells of a protected sheet (${lockedCells.slice(0, 5).join(', ')}${lockedCells.length > 5 ? ` and ${lockedCells.length - 5} more` : ''}) cannot be written, so nothing was changed. Unprotect the sheet or unlock the cells and try again.`;
    return { applied: 0, skipped: ops.map((op) => ({ op, reason: 'protected' as const, detail })), undo: { title: undoTitle(plan), ops: [] } };
  }
  if (blocked.length > 0) {
    const names = blocked.map((s) => `「${s}」`).join('、');
    const detail = `シート${names}は保護されているため、何も変更しませんでした。保護を解除してからやり直してください。 / Sheet ${blocked.map((s) => `"${s}"`).join(', ')} is protected, so nothing was changed. Unprotect it and try again.`;
    return { applied: 0, skipped: ops.map((op) => ({ op, reason: 'protected' as const, detail })), undo: { title: undoTitle(plan), ops: [] } };
  }

  // ---- sync 3: write ----
  const created = new Map<string, Excel.Worksheet>();
  const deleted = new Set<string>();
  const deletedCharts = new Set<Excel.Chart>();
  const worksheet = (name: string): Excel.Worksheet | null => (deleted.has(name) ? null : created.get(name) ?? sheets.get(name)?.ws ?? null);

  const markOwned = (ws: Excel.Worksheet) => {
    ws.names.add(OWNER_NAME, ws.getRange('A1'), 'Made by Evalsheet: regenerated on request, never edited by hand'); // ExcelApi 1.4
  };

  // A write larger than one request goes in parts; a part that fails carries the undo of all
  // written before it, the op being written included (Office.js batches are not transactions).
  let run: OpRun | null = null;
  let writing: EditOp[] = [];
  const queue = new WriteQueue(async () => {
    try {
      await context.sync();
    } catch (err) {
      throw new ExcelWriteError(err, { title: undoTitle(plan), ops: [...writing, ...(run?.result().undo.ops ?? [])] });
    }
  });

  const apply = async (op: EditOp, current: OpRun): Promise<Outcome> => {
    run = current;
    writing = [];
    if (touchesCells(op)) await queue.room(cellOpBytes(op));
    switch (op.op) {
      case 'set-value':
      case 'set-fill':
      case 'set-note': {
        const read = cells.get(op);
        if (!read || !worksheet(op.sheet)) return { skip: 'missing-sheet', detail: `no sheet 「${op.sheet}」` };
        if (op.op === 'set-value') return setValue(op, read.range);
        if (op.op === 'set-fill') return setFill(op, read.range, features);
        return setNote(op, read, worksheet(op.sheet) as Excel.Worksheet, features, commentAt, wb);
      }
      case 'put-sheet': {
        const name = ownedSheetName(op.spec.name, (n) => Boolean(worksheet(n)) && !owned(n) && !created.has(n));
        const old = worksheet(name);
        const undo: EditOp[] = [];
        let position: number | null = null;
        if (old) {
          const info = sheets.get(name) as SheetInfo;
          const used = info.used;
          undo.push({ op: 'put-sheet', spec: used && !used.isNullObject ? specFromValues(name, used.values, used.numberFormat, { row: used.rowIndex, col: used.columnIndex }) : specFromValues(name, [], [], { row: 0, col: 0 }) });
          position = info.position;
          old.delete(); // ExcelApi 1.1
          deleted.add(name);
        } else {
          undo.push({ op: 'delete-sheet', sheet: name });
        }
        const ws = wb.worksheets.add(name); // ExcelApi 1.1
        if (position !== null) ws.position = position; // ExcelApi 1.1: the regenerated tab stays where it was
        deleted.delete(name);
        created.set(name, ws);
        markOwned(ws);
        writing = undo;
        await writeSheetSpec(ws, { ...op.spec, name }, features, queue);
        if (op.spec.hidden) ws.visibility = 'Hidden'; // ExcelApi 1.2
        return name === op.spec.name ? { undo } : { undo, renamed: { from: op.spec.name, to: name } };
      }
      case 'delete-sheet': {
        const ws = worksheet(op.sheet);
        if (!ws) return { skip: 'missing-sheet', detail: `no sheet 「${op.sheet}」` };
        if (!owned(op.sheet) && !created.has(op.sheet)) return { skip: 'protected', detail: `「${op.sheet}」 is not a sheet Evalsheet made; not deleted` };
        const used = sheets.get(op.sheet)?.used;
        const spec = used && !used.isNullObject ? specFromValues(op.sheet, used.values, used.numberFormat, { row: used.rowIndex, col: used.columnIndex }) : specFromValues(op.sheet, [], [], { row: 0, col: 0 });
        ws.delete(); // ExcelApi 1.1
        deleted.add(op.sheet);
        created.delete(op.sheet);
        return { undo: [{ op: 'put-sheet', spec }] };
      }
      case 'add-chart': {
        const ws = worksheet(op.chart.sheet);
        if (!ws) return { skip: 'missing-sheet', detail: `no sheet 「${op.chart.sheet}」` };
        if (!features.api17) return { skip: 'unsupported', detail: 'charts bound to cells need ExcelApi 1.7' };
        if (op.chart.series.length === 0) return { skip: 'unsupported', detail: `chart ${op.chart.id} has no series` };
        // Office.js takes series only from ranges; the engine puts literal values on its chart data sheet.
        const literal = op.chart.series.find((s) => s.ref === null);
        if (literal) return { skip: 'unsupported', detail: `chart ${op.chart.id}: series 「${literal.name}」 has no cell range (Office.js charts take values from ranges only)` };
        const missing = chartRefs(op.chart).find((r) => !worksheet(r.sheet));
        if (missing) return { skip: 'missing-sheet', detail: `chart ${op.chart.id}: no sheet 「${missing.sheet}」 for its data` };
        const undo: EditOp[] = [{ op: 'delete-chart', sheet: op.chart.sheet, id: op.chart.id }];
        // Regenerating replaces a chart of the same id.
        for (const { chart } of ownedCharts(op.chart.sheet)) {
          if (chart.name !== op.chart.id || deletedCharts.has(chart)) continue;
          chart.delete(); // ExcelApi 1.1
          deletedCharts.add(chart);
          const before = memory.get(op.chart.id);
          if (before) undo.push({ op: 'add-chart', chart: before });
        }
        addChart(ws, op.chart, features, (ref) => (worksheet(ref.sheet) as Excel.Worksheet).getRange(ref.range));
        memory.set(op.chart.id, op.chart);
        return { undo };
      }
      case 'delete-chart':
      case 'delete-owned-charts': {
        const sheet = op.sheet;
        if (sheet !== null && !worksheet(sheet)) return { skip: 'missing-sheet', detail: `no sheet 「${sheet}」` };
        const undo: EditOp[] = [];
        for (const { chart } of ownedCharts(sheet)) {
          if (deletedCharts.has(chart) || (op.op === 'delete-chart' && chart.name !== op.id)) continue;
          chart.delete(); // ExcelApi 1.1
          deletedCharts.add(chart);
          // Only charts this port made can be drawn again; others are gone for good (README, "Undo").
          const before = memory.get(chart.name);
          if (before) undo.push({ op: 'add-chart', chart: before });
        }
        return { undo };
      }
    }
  };

  const result = await runOpsAsync(plan, apply);
  if (result.applied > 0) {
    try {
      await context.sync();
    } catch (err) {
      throw new ExcelWriteError(err, result.undo);
    }
  }
  return result;
}

function setValue(op: Extract<EditOp, { op: 'set-value' }>, range: Excel.Range): Outcome {
  const formula = range.formulas[0][0];
  if (typeof formula === 'string' && formula.startsWith('=')) return { skip: 'unsupported', detail: `${op.sheet}!${op.cell} holds a formula (${formula}); not overwritten` };
  const now = fromExcelValue(range.values[0][0]);
  if (!sameValue(now, op.expect)) return { skip: 'changed-since-check', detail: `${op.sheet}!${op.cell} now holds ${showValue(now)}, expected ${showValue(op.expect)}` };
  if (typeof now === 'boolean') return { skip: 'unsupported', detail: `${op.sheet}!${op.cell} holds a boolean` };
  const format = String(range.numberFormat[0][0] ?? 'General') || 'General';
  if (op.numberFormat !== undefined && op.numberFormat !== format) range.numberFormat = [[op.numberFormat]]; // ExcelApi 1.1
  range.values = [[toExcelValue(op.value as CellValue)]]; // ExcelApi 1.1
  return { undo: [{ op: 'set-value', sheet: op.sheet, cell: op.cell, value: now, expect: op.value, numberFormat: format, ...(op.reason ? { reason: op.reason } : {}) }] };
}

function setFill(op: Extract<EditOp, { op: 'set-fill' }>, range: Excel.Range, features: Features): Outcome {
  const fill = range.format.fill;
  // Without RangeFill.pattern (ExcelApi 1.9), "no fill" reads as white: white is then restored as no fill.
  const none = features.pageLayout ? fill.pattern === 'None' : !fill.color || fill.color.toUpperCase() === '#FFFFFF';
  const before = none ? null : fromOfficeColor(fill.color);
  if (op.color === null) fill.clear(); // ExcelApi 1.1
  else fill.color = toOfficeColor(op.color);
  return { undo: [{ op: 'set-fill', sheet: op.sheet, cell: op.cell, color: before }] };
}

function setNote(op: Extract<EditOp, { op: 'set-note' }>, read: CellRead, ws: Excel.Worksheet, features: Features, commentAt: Map<string, Excel.Comment>, wb: Excel.Workbook): Outcome {
  if (features.notes && read.note) {
    const note = read.note;
    const before = note.isNullObject ? null : note.content;
    // A colleague's note stays: ours goes after it, and removing ours leaves theirs.
    const after = noteAfter(before, op.text);
    if (after === null) {
      if (!note.isNullObject) note.delete(); // ExcelApi 1.18
    } else if (note.isNullObject) {
      ws.notes.add(op.cell, after); // ExcelApi 1.18
    } else if (after !== before) {
      note.content = after;
    }
    return { undo: [{ op: 'set-note', sheet: op.sheet, cell: op.cell, text: before }] };
  }
  if (features.comments) {
    // Notes need ExcelApi 1.18; before that a threaded comment carries the text (ExcelApi 1.10).
    const comment = commentAt.get(`${op.sheet}!${op.cell.replace(/\$/g, '')}`);
    const before = comment ? comment.content : null;
    // A colleague's comment stays: ours goes after its text, and removing ours leaves theirs.
    const after = noteAfter(before, op.text);
    if (after === null) {
      if (comment) comment.delete(); // ExcelApi 1.10
    } else if (comment) {
      if (after !== before) comment.content = after; // ExcelApi 1.10
    } else {
      wb.comments.add(`${quote(op.sheet)}!${op.cell}`, after); // ExcelApi 1.10
    }
    return { undo: [{ op: 'set-note', sheet: op.sheet, cell: op.cell, text: before }] };
  }
  return { skip: 'unsupported', detail: 'notes need ExcelApi 1.18 and comments ExcelApi 1.10; the finding stays in the pane and the summary sheet' };
}

function quote(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
