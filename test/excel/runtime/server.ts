/**
 * The stand-in for Excel's side of RichApi: takes the request body Microsoft's client runtime
 * builds ({ Actions, ObjectPaths }), carries the actions out one by one on the in-memory workbook
 * and answers { Results: [{ ActionId, Value }] } (or { Error: { Code, Message, ActionIndex } } at the
 * first failing action, the earlier ones staying done: a batch is not a transaction).
 * Property and method names arrive as the runtime sends them (PascalCase originalName).
 * What it enforces, as Excel documents it: sheet and workbook-structure protection (AccessDenied),
 * locked cells, getMergedAreas over 512 areas, Range.values null past 5 million cells, and (for
 * the Excel on the web profile) the 5 MB request and response payload limit.
 */
import type { RangeBox } from '../../../src/core/snapshot/types';
import { Bag, boxAddress, parseBox, quoteSheet, Workbook, type Cell, type Chart, type Comment, type Sheet } from './workbook';

export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Node =
  | { kind: 'Workbook' }
  | { kind: 'WorkbookProtection' }
  | { kind: 'WorksheetCollection' }
  | { kind: 'Worksheet'; sheet: Sheet }
  | { kind: 'WorksheetProtection'; sheet: Sheet }
  | { kind: 'WorksheetProtectionOptions'; sheet: Sheet }
  | { kind: 'Range'; sheet: Sheet; box: RangeBox }
  | { kind: 'RangeFormat'; sheet: Sheet; box: RangeBox }
  | { kind: 'RangeFill'; sheet: Sheet; box: RangeBox }
  | { kind: 'FormatProtection'; sheet: Sheet; box: RangeBox }
  | { kind: 'RangeAreas'; sheet: Sheet; boxes: RangeBox[] }
  | { kind: 'NamedItemCollection'; sheet: Sheet }
  | { kind: 'NamedItem'; sheet: Sheet; name: string }
  | { kind: 'NoteCollection'; sheet: Sheet }
  | { kind: 'Note'; sheet: Sheet; cell: string }
  | { kind: 'CommentCollection' }
  | { kind: 'Comment'; comment: Comment }
  | { kind: 'ChartCollection'; sheet: Sheet }
  | { kind: 'Chart'; sheet: Sheet; chart: Chart }
  | { kind: 'Bag'; bag: Bag; sheet: Sheet };

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/**
 * ExcelApi version of each API the adapter touches above 1.1 (Office.js reference, [Api set] notes):
 * Excel answers ApiNotFound for one above the level it supports.
 */
export const API_SETS: Record<string, string> = {
  'Workbook.Name': '1.7',
  'Workbook.Protection': '1.7',
  'Workbook.Comments': '1.10',
  'Worksheet.Protection': '1.2',
  'Worksheet.Names': '1.4',
  'Worksheet.GetUsedRangeOrNullObject': '1.4',
  'Worksheet.Notes': '1.18',
  'Worksheet.TabColor': '1.7',
  'Worksheet.FreezePanes': '1.7',
  'Worksheet.PageLayout': '1.9',
  'Worksheet.HorizontalPageBreaks': '1.9',
  'WorksheetCollection.GetItemOrNullObject': '1.4',
  'NamedItemCollection.GetItemOrNullObject': '1.4',
  'Range.GetMergedAreasOrNullObject': '1.13',
  'Range.Hyperlink': '1.7',
  'Range.ConditionalFormats': '1.6',
  'RangeFormat.Protection': '1.2',
  'RangeFormat.ColumnWidth': '1.2',
  'RangeFormat.RowHeight': '1.2',
  'RangeFill.Pattern': '1.9',
  'Chart.DisplayBlanksAs': '1.8',
  'Comment.GetLocation': '1.10',
};

const version = (v: string) => {
  const [a, b = '0'] = v.split('.');
  return Number(a) * 1000 + Number(b);
};

export interface ServerOptions {
  /** Highest ExcelApi version this Excel supports (none: all). */
  excelApi?: string;
  /** Makes Excel refuse one action (a fault injected mid-batch): return the error to raise. */
  fault?: (action: { type: number; name: string; kind: string | null }) => HostError | undefined;
  /** Request and response payload limit in bytes (Excel on the web: 5 MB); none by default. */
  payloadLimit?: number;
}

export const MAX_MERGED_AREAS = 512;
export const MAX_VALUES_CELLS = 5_000_000;

const cellCount = (b: RangeBox) => (b.bottom - b.top + 1) * (b.right - b.left + 1);
const NOT_FOUND = (what: string) => new HostError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
const DENIED = (what: string) => new HostError('AccessDenied', `You cannot perform the requested operation. (${what})`);

export class Server {
  private refs = new Map<string, Node>();
  private nextRef = 1;
  constructor(
    readonly wb: Workbook,
    readonly options: ServerOptions = {},
  ) {}

  /** One request: the body as the runtime sent it (already parsed). */
  execute(body: RequestBody): { Results: { ActionId: number; Value: unknown }[]; Error?: { Code: string; Message: string; Location: string; ActionIndex: number } } {
    const resolved = new Map<number, Node | null>();
    const fresh = new Set<number>();
    const kept = new Map<number, string>();
    const resolve = (id: number): Node | null => {
      if (resolved.has(id)) return resolved.get(id) as Node | null;
      const info = body.ObjectPaths[String(id)];
      if (!info) throw new HostError('InvalidObjectPath', `object path ${id} not in the request`);
      const parent = info.ParentObjectPathId !== undefined ? resolve(info.ParentObjectPathId) : null;
      let node: Node | null;
      const refIds = (info.ArgumentInfo as { ReferencedObjectPathIds?: (number | null)[] } | undefined)?.ReferencedObjectPathIds;
      const args = (info.ArgumentInfo?.Arguments ?? []).map((v, j) => (refIds?.[j] ? resolve(refIds[j] as number) : v));
      switch (info.ObjectPathType) {
        case 1:
          node = { kind: 'Workbook' };
          break;
        case 4:
          if (!parent) throw new HostError('InvalidObjectPath', `property ${info.Name} of a null object`);
          node = this.property(parent, info.Name);
          break;
        case 3:
          if (!parent) throw new HostError('InvalidObjectPath', `method ${info.Name} of a null object`);
          node = this.method(parent, info.Name, args) as Node | null;
          if (/^Add/.test(info.Name)) fresh.add(id);
          break;
        case 5:
          if (!parent) throw new HostError('InvalidObjectPath', 'indexer of a null object');
          node = this.method(parent, 'GetItem', args) as Node | null;
          break;
        case 6:
          node = this.refs.get(info.Name) ?? null;
          if (!node) throw new HostError('InvalidObjectPath', `no reference ${info.Name}`);
          break;
        default:
          throw new HostError('NotImplemented', `object path type ${info.ObjectPathType}`);
      }
      resolved.set(id, node);
      return node;
    };
    const results: { ActionId: number; Value: unknown }[] = [];
    for (let i = 0; i < body.Actions.length; i++) {
      const a = body.Actions[i];
      try {
        const node = resolve(a.ObjectPathId);
        const fault = this.options.fault?.({ type: a.ActionType, name: a.Name, kind: node?.kind ?? null });
        if (fault) throw fault;
        const args = (a.ArgumentInfo?.Arguments ?? []).map((v, j) => {
          const ref = a.ArgumentInfo?.ReferencedObjectPathIds?.[j];
          return ref ? resolve(ref) : v;
        });
        switch (a.ActionType) {
          case 1: {
            let value: unknown = node === null ? null : {};
            // Objects kept across syncs (_KeepReference, or made by Add) get a reference id, as in
            // Excel: the runtime then addresses them by it, not by replaying their path.
            if (node && (fresh.has(a.ObjectPathId) || kept.has(a.ObjectPathId))) {
              let ref = kept.get(a.ObjectPathId);
              if (!ref) {
                ref = `ref${this.nextRef++}`;
                kept.set(a.ObjectPathId, ref);
                this.refs.set(ref, node);
              }
              value = { _ReferenceId: ref };
            }
            if (node?.kind === 'Worksheet') value = { ...(value as object), Id: node.sheet.id };
            results.push({ ActionId: a.Id, Value: value });
            break;
          }
          case 2:
            results.push({ ActionId: a.Id, Value: node === null ? null : this.query(node, a.QueryInfo?.Select) });
            break;
          case 3: {
            if (a.Name === '_KeepReference' && node && !kept.has(a.ObjectPathId)) {
              const ref = `ref${this.nextRef++}`;
              kept.set(a.ObjectPathId, ref);
              this.refs.set(ref, node);
            }
            if (a.Name === '_KeepReference' || a.Name === '_RemoveReference') {
              results.push({ ActionId: a.Id, Value: null });
              break;
            }
            if (!node) throw new HostError('InvalidObjectPath', `method ${a.Name} on a null object`);
            const r = this.method(node, a.Name, args);
            results.push({ ActionId: a.Id, Value: r && typeof r === 'object' && 'kind' in (r as object) ? {} : r ?? null });
            break;
          }
          case 4:
            if (!node) throw new HostError('InvalidObjectPath', `set ${a.Name} on a null object`);
            this.set(node, a.Name, args[0]);
            break;
          case 5:
            break;
          default:
            throw new HostError('NotImplemented', `action type ${a.ActionType}`);
        }
      } catch (err) {
        if (!(err instanceof HostError)) throw err;
        return { Results: results, Error: { Code: err.code, Message: err.message, Location: a.Name, ActionIndex: i } };
      }
    }
    return { Results: results };
  }

  private requires(kind: string, name: string): void {
    const need = API_SETS[`${kind}.${name}`];
    if (need && this.options.excelApi && version(need) > version(this.options.excelApi)) {
      throw new HostError('ApiNotFound', `The API you are trying to use could not be found: ${kind}.${name} needs ExcelApi ${need}.`);
    }
  }

  // ---- navigation ----
  private property(node: Node, name: string): Node {
    this.requires(node.kind, name);
    switch (node.kind) {
      case 'Workbook':
        if (name === 'Worksheets') return { kind: 'WorksheetCollection' };
        if (name === 'Comments') return { kind: 'CommentCollection' };
        if (name === 'Protection') return { kind: 'WorkbookProtection' };
        break;
      case 'Worksheet':
        if (name === 'Protection') return { kind: 'WorksheetProtection', sheet: node.sheet };
        if (name === 'Names') return { kind: 'NamedItemCollection', sheet: node.sheet };
        if (name === 'Notes') return { kind: 'NoteCollection', sheet: node.sheet };
        if (name === 'Charts') return { kind: 'ChartCollection', sheet: node.sheet };
        return { kind: 'Bag', bag: this.sheetBag(node.sheet).child(name), sheet: node.sheet };
      case 'WorksheetProtection':
        if (name === 'Options') return { kind: 'WorksheetProtectionOptions', sheet: node.sheet };
        break;
      case 'Range':
        if (name === 'Format') return { kind: 'RangeFormat', sheet: node.sheet, box: node.box };
        if (name === 'ConditionalFormats') return { kind: 'Bag', bag: this.sheetBag(node.sheet).child(`cf:${boxAddress(node.box)}`), sheet: node.sheet };
        break;
      case 'RangeFormat':
        if (name === 'Fill') return { kind: 'RangeFill', sheet: node.sheet, box: node.box };
        if (name === 'Protection') return { kind: 'FormatProtection', sheet: node.sheet, box: node.box };
        return { kind: 'Bag', bag: this.sheetBag(node.sheet).child(`format:${boxAddress(node.box)}`).child(name), sheet: node.sheet };
      case 'Chart':
        return { kind: 'Bag', bag: node.chart.bag.child(name), sheet: node.sheet };
      case 'Bag':
        return { kind: 'Bag', bag: node.bag.child(name), sheet: node.sheet };
    }
    throw new HostError('NotImplemented', `${node.kind}.${name}`);
  }

  private bags = new Map<Sheet, Bag>();
  sheetBag(s: Sheet): Bag {
    let b = this.bags.get(s);
    if (!b) this.bags.set(s, (b = new Bag()));
    return b;
  }

  // ---- methods ----
  private method(node: Node, name: string, args: unknown[]): unknown {
    this.requires(node.kind, name);
    const wb = this.wb;
    switch (node.kind) {
      case 'Workbook':
        if (name === 'GetSelectedRange') {
          const sel = wb.selection ?? { sheet: wb.activeSheet as string, address: 'A1' };
          return { kind: 'Range', sheet: wb.sheet(sel.sheet) as Sheet, box: parseBox(sel.address) };
        }
        break;
      case 'WorksheetCollection': {
        if (name === 'GetItem' || name === 'GetItemOrNullObject') {
          const s = wb.sheets.find((x) => x.id === args[0]) ?? wb.sheet(String(args[0]));
          if (!s) {
            if (name === 'GetItem') throw NOT_FOUND(`sheet ${String(args[0])}`);
            return null;
          }
          return { kind: 'Worksheet', sheet: s };
        }
        if (name === 'GetItemAt') return { kind: 'Worksheet', sheet: wb.sheets[Number(args[0])] };
        if (name === 'GetActiveWorksheet') return { kind: 'Worksheet', sheet: wb.sheet(wb.activeSheet as string) as Sheet };
        if (name === 'Add') {
          if (wb.structureProtected) throw DENIED('the workbook structure is protected');
          const n = String(args[0] ?? `Sheet${wb.sheets.length + 1}`);
          if (wb.sheet(n)) throw new HostError('ItemAlreadyExists', `A sheet named ${n} exists`);
          return { kind: 'Worksheet', sheet: wb.addSheet(n) };
        }
        break;
      }
      case 'Worksheet': {
        const s = node.sheet;
        if (name === 'GetRange') return { kind: 'Range', sheet: s, box: parseBox(String(args[0] ?? 'A1:XFD1048576')) };
        if (name === 'GetUsedRange' || name === 'GetUsedRangeOrNullObject') {
          const box = wb.usedBox(s, Boolean(args[0]));
          if (!box) return name === 'GetUsedRange' ? { kind: 'Range', sheet: s, box: parseBox('A1') } : null;
          return { kind: 'Range', sheet: s, box };
        }
        if (name === 'Delete') {
          if (wb.structureProtected) throw DENIED('the workbook structure is protected');
          wb.sheets.splice(wb.sheets.indexOf(s), 1);
          return null;
        }
        if (name === 'Activate') {
          wb.activeSheet = s.name;
          return null;
        }
        break;
      }
      case 'Range': {
        const { sheet: s, box } = node;
        if (name === 'GetMergedAreasOrNullObject' || name === 'GetMergedAreas') {
          const inside = s.merges.filter((m) => m.top >= box.top && m.bottom <= box.bottom && m.left >= box.left && m.right <= box.right);
          if (inside.length > MAX_MERGED_AREAS) throw new HostError('GeneralException', `There are more than ${MAX_MERGED_AREAS} merged areas in the range.`);
          if (inside.length === 0) {
            if (name === 'GetMergedAreas') throw NOT_FOUND('merged areas');
            return null;
          }
          return { kind: 'RangeAreas', sheet: s, boxes: inside };
        }
        if (name === 'Merge') {
          // Excel refuses a merge across an existing merged area; the summary never asks one.
          if (s.merges.some((m) => m.top <= box.bottom && m.bottom >= box.top && m.left <= box.right && m.right >= box.left)) throw new HostError('InvalidOperation', 'Cannot merge over a merged area.');
          if (args[0]) for (let r = box.top; r <= box.bottom; r++) s.merges.push({ top: r, bottom: r, left: box.left, right: box.right });
          else s.merges.push({ ...box });
          return null;
        }
        // Used by the runtime itself to cut a large write into slices of about 1500 cells.
        if (name === 'GetRow') {
          const r = box.top + Number(args[0]);
          return { kind: 'Range', sheet: s, box: { top: r, bottom: r, left: box.left, right: box.right } };
        }
        if (name === 'GetBoundingRect') {
          const o = args[0] as Node;
          if (!o || typeof o !== 'object' || o.kind !== 'Range') throw new HostError('InvalidArgument', 'getBoundingRect needs a range');
          return { kind: 'Range', sheet: s, box: { top: Math.min(box.top, o.box.top), left: Math.min(box.left, o.box.left), bottom: Math.max(box.bottom, o.box.bottom), right: Math.max(box.right, o.box.right) } };
        }
        if (name === '_ValidateArraySize') {
          // The runtime asks this before a large values/numberFormat write (over 1500 cells): the
          // array must match the range.
          const [rows, cols] = args.map(Number);
          if (rows !== box.bottom - box.top + 1 || cols !== box.right - box.left + 1) throw new HostError('InvalidArgument', 'The number of rows or columns in the input array doesn\'t match the size or dimensions of the range.');
          return null;
        }
        if (name === 'Select') {
          wb.activeSheet = s.name;
          wb.selection = { sheet: s.name, address: boxAddress(box) };
          return null;
        }
        break;
      }
      case 'RangeFill':
        if (name === 'Clear') {
          this.guardFormat(node.sheet);
          this.eachCell(node.sheet, node.box, (c) => delete c.fill);
          return null;
        }
        break;
      case 'NamedItemCollection':
        if (name === 'GetItemOrNullObject' || name === 'GetItem') {
          const n = String(args[0]);
          if (node.sheet.names.has(n)) return { kind: 'NamedItem', sheet: node.sheet, name: n };
          if (name === 'GetItem') throw NOT_FOUND(`name ${n}`);
          return null;
        }
        if (name === 'Add') {
          const n = String(args[0]);
          const ref = args[1] as Node;
          node.sheet.names.set(n, ref && typeof ref === 'object' && ref.kind === 'Range' ? `${quoteSheet(ref.sheet.name)}!${boxAddress(ref.box)}` : String(args[1]));
          return { kind: 'NamedItem', sheet: node.sheet, name: n };
        }
        break;
      case 'NoteCollection':
        if (name === 'GetItemOrNullObject' || name === 'GetItem') {
          const cell = String(args[0]).replace(/\$/g, '');
          if (node.sheet.notes.has(cell)) return { kind: 'Note', sheet: node.sheet, cell };
          if (name === 'GetItem') throw NOT_FOUND(`note ${cell}`);
          return null;
        }
        if (name === 'Add') {
          if (node.sheet.protected) throw DENIED(`sheet ${node.sheet.name} is protected`);
          const cell = String(args[0]).replace(/\$/g, '').replace(/^.*!/, '');
          node.sheet.notes.set(cell, String(args[1]));
          return { kind: 'Note', sheet: node.sheet, cell };
        }
        break;
      case 'Note':
        if (name === 'Delete') {
          if (node.sheet.protected) throw DENIED(`sheet ${node.sheet.name} is protected`);
          node.sheet.notes.delete(node.cell);
          return null;
        }
        break;
      case 'CommentCollection':
        if (name === 'GetItemAt') return { kind: 'Comment', comment: wb.comments[Number(args[0])] };
        if (name === 'Add') {
          const where = String(args[0]);
          const bang = where.lastIndexOf('!');
          const raw = where.slice(0, bang);
          const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
          const s = wb.sheet(sheet);
          if (!s) throw NOT_FOUND(`sheet ${sheet}`);
          if (s.protected) throw DENIED(`sheet ${sheet} is protected`);
          const comment = { id: wb.newCommentId(), sheet: s.name, cell: where.slice(bang + 1).replace(/\$/g, ''), content: String(args[1]) };
          wb.comments.push(comment);
          return { kind: 'Comment', comment };
        }
        break;
      case 'Comment':
        if (name === 'GetLocation') {
          const s = wb.sheet(node.comment.sheet) as Sheet;
          return { kind: 'Range', sheet: s, box: parseBox(node.comment.cell) };
        }
        if (name === 'Delete') {
          if (wb.sheet(node.comment.sheet)?.protected) throw DENIED('sheet is protected');
          wb.comments.splice(wb.comments.indexOf(node.comment), 1);
          return null;
        }
        break;
      case 'ChartCollection': {
        const s = node.sheet;
        if (name === 'GetItemAt') return { kind: 'Chart', sheet: s, chart: s.charts[Number(args[0])] };
        if (name === 'GetItem' || name === 'GetItemOrNullObject') {
          const c = s.charts.find((x) => x.name === args[0]);
          if (!c) {
            if (name === 'GetItem') throw NOT_FOUND(`chart ${String(args[0])}`);
            return null;
          }
          return { kind: 'Chart', sheet: s, chart: c };
        }
        if (name === 'Add') {
          if (s.protected) throw DENIED(`sheet ${s.name} is protected`);
          const src = args[1] as Node;
          const chart: Chart = { name: `Chart ${s.charts.length + 1}`, type: String(args[0]), source: src && typeof src === 'object' && src.kind === 'Range' ? `${quoteSheet(src.sheet.name)}!${boxAddress(src.box)}` : String(args[1]), bag: new Bag() };
          chart.bag.props.seriesBy = args[2];
          s.charts.push(chart);
          return { kind: 'Chart', sheet: s, chart };
        }
        break;
      }
      case 'Chart':
        if (name === 'Delete') {
          if (node.sheet.protected) throw DENIED(`sheet ${node.sheet.name} is protected`);
          node.sheet.charts.splice(node.sheet.charts.indexOf(node.chart), 1);
          return null;
        }
        node.chart.bag.calls.push({ method: name, args: args.map(describe) });
        return null;
      case 'Bag': {
        node.bag.calls.push({ method: name, args: args.map(describe) });
        if (name === 'GetItemAt' || name === 'GetItem') return { kind: 'Bag', bag: node.bag.child(`${name}(${String(args[0])})`), sheet: node.sheet };
        if (name === 'Add') {
          const b = new Bag();
          b.props.addArgs = args.map(describe);
          node.bag.list.push(b);
          return { kind: 'Bag', bag: b, sheet: node.sheet };
        }
        return null;
      }
    }
    throw new HostError('NotImplemented', `${node.kind}.${name}()`);
  }

  // ---- property writes ----
  private set(node: Node, name: string, value: unknown): void {
    this.requires(node.kind, name);
    const wb = this.wb;
    switch (node.kind) {
      case 'Worksheet': {
        const s = node.sheet;
        if (name === 'Position' || name === 'Visibility' || name === 'Name') {
          if (wb.structureProtected) throw DENIED('the workbook structure is protected');
          if (name === 'Position') {
            wb.sheets.splice(wb.sheets.indexOf(s), 1);
            wb.sheets.splice(Math.min(Number(value), wb.sheets.length), 0, s);
          } else if (name === 'Visibility') s.visibility = value as Sheet['visibility'];
          else s.name = String(value);
          return;
        }
        if (name === 'TabColor') {
          s.tabColor = String(value);
          return;
        }
        break;
      }
      case 'Range': {
        const { sheet: s, box } = node;
        if (name === 'Values' || name === 'NumberFormat' || name === 'Formulas') {
          if (s.protected) this.eachCell(s, box, (c) => {
            if (c.locked !== false) throw DENIED(`cell on protected sheet ${s.name} is locked`);
          }, false);
          const grid = value as unknown[][];
          for (let r = box.top; r <= box.bottom; r++) {
            for (let c = box.left; c <= box.right; c++) {
              const v = Array.isArray(grid) ? grid[r - box.top]?.[c - box.left] ?? grid[0]?.[0] : grid;
              const cell = wb.cellAt(s, r, c, true) as Cell;
              if (name === 'NumberFormat') cell.format = String(v ?? 'General');
              else {
                const parsed = Workbook.parseTyped(v, cell.format);
                cell.value = parsed.value;
                if (parsed.formula) cell.formula = parsed.formula;
                else delete cell.formula;
                if (parsed.format) cell.format = parsed.format;
              }
            }
          }
          return;
        }
        if (name === 'Hyperlink') {
          this.sheetBag(s).child(`hyperlink:${boxAddress(box)}`).props.value = value;
          return;
        }
        break;
      }
      case 'RangeFill':
        if (name === 'Color') {
          this.guardFormat(node.sheet);
          this.eachCell(node.sheet, node.box, (c) => (c.fill = String(value).toUpperCase()), node.box.bottom - node.box.top < 1000);
          return;
        }
        break;
      case 'RangeFormat':
        this.guardFormat(node.sheet);
        if (name === 'ColumnWidth') {
          for (let c = node.box.left; c <= node.box.right; c++) node.sheet.columnWidths.set(c, Number(value));
          return;
        }
        if (name === 'RowHeight') {
          for (let r = node.box.top; r <= node.box.bottom; r++) node.sheet.rowHeights.set(r, Number(value));
          return;
        }
        this.sheetBag(node.sheet).child(`format:${boxAddress(node.box)}`).props[name] = value;
        return;
      case 'FormatProtection':
        if (name === 'Locked') {
          this.eachCell(node.sheet, node.box, (c) => (c.locked = Boolean(value)));
          return;
        }
        break;
      case 'Note':
        if (name === 'Content') {
          if (node.sheet.protected) throw DENIED(`sheet ${node.sheet.name} is protected`);
          node.sheet.notes.set(node.cell, String(value));
          return;
        }
        break;
      case 'Comment':
        if (name === 'Content') {
          if (wb.sheet(node.comment.sheet)?.protected) throw DENIED('sheet is protected');
          node.comment.content = String(value);
          return;
        }
        break;
      case 'Chart':
        if (name === 'Name') node.chart.name = String(value);
        node.chart.bag.props[name] = value;
        return;
      case 'Bag':
        node.bag.props[name] = value;
        return;
    }
    throw new HostError('NotImplemented', `set ${node.kind}.${name}`);
  }

  private guardFormat(s: Sheet): void {
    if (s.protected && !s.allowFormatCells) throw DENIED(`formatting cells on protected sheet ${s.name}`);
  }

  private eachCell(s: Sheet, box: RangeBox, f: (c: Cell) => void, create = true): void {
    for (let r = box.top; r <= Math.min(box.bottom, box.top + 100000); r++) {
      for (let c = box.left; c <= box.right; c++) {
        const cell = this.wb.cellAt(s, r, c, create);
        if (cell) f(cell);
        else if (!create) f({ value: '', format: 'General' });
      }
    }
  }

  // ---- queries ----
  private query(node: Node, select: string[] | undefined): unknown {
    const collection = this.items(node);
    if (collection) {
      return { _Items: collection.map((item) => ({ ...(item.kind === 'Worksheet' ? { Id: item.sheet.id } : {}), ...this.select(item, select) })) };
    }
    return this.select(node, select);
  }

  private items(node: Node): Node[] | null {
    switch (node.kind) {
      case 'WorksheetCollection':
        return this.wb.sheets.map((sheet) => ({ kind: 'Worksheet', sheet }));
      case 'CommentCollection':
        return this.wb.comments.map((comment) => ({ kind: 'Comment', comment }));
      case 'ChartCollection':
        return node.sheet.charts.map((chart) => ({ kind: 'Chart', sheet: node.sheet, chart }));
      default:
        return null;
    }
  }

  /** Select paths "name", "protection/protected", "format/fill/color" → { Name, Protection: { Protected } }. */
  private select(node: Node, select: string[] | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const paths = select && select.length > 0 ? select : this.defaultScalars(node);
    for (const path of paths) {
      const parts = path.split('/');
      let target = out;
      let n: Node = node;
      for (let i = 0; i < parts.length - 1; i++) {
        const nav = pascal(parts[i]);
        n = this.property(n, nav);
        target = (target[nav] ??= {}) as Record<string, unknown>;
      }
      const last = pascal(parts[parts.length - 1]);
      target[last] = this.read(n, last);
    }
    return out;
  }

  private defaultScalars(node: Node): string[] {
    switch (node.kind) {
      case 'Worksheet':
        return ['name', 'id', 'position', 'visibility'];
      case 'Range':
        return ['address', 'values', 'numberFormat', 'formulas', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
      default:
        return [];
    }
  }

  private read(node: Node, name: string): unknown {
    this.requires(node.kind, name);
    const wb = this.wb;
    switch (node.kind) {
      case 'Workbook':
        if (name === 'Name') return wb.name;
        break;
      case 'WorkbookProtection':
        if (name === 'Protected') return wb.structureProtected;
        break;
      case 'Worksheet':
        if (name === 'Name') return node.sheet.name;
        if (name === 'Id') return node.sheet.id;
        if (name === 'Position') return wb.sheets.indexOf(node.sheet);
        if (name === 'Visibility') return node.sheet.visibility;
        if (name === 'TabColor') return node.sheet.tabColor ?? '';
        break;
      case 'WorksheetProtection':
        if (name === 'Protected') return node.sheet.protected;
        break;
      case 'WorksheetProtectionOptions':
        if (name === 'AllowFormatCells') return node.sheet.allowFormatCells;
        break;
      case 'Range': {
        const { sheet: s, box } = node;
        if (name === 'Address') return `${quoteSheet(s.name)}!${boxAddress(box)}`;
        if (name === 'RowIndex') return box.top;
        if (name === 'ColumnIndex') return box.left;
        if (name === 'RowCount') return box.bottom - box.top + 1;
        if (name === 'ColumnCount') return box.right - box.left + 1;
        if (name === 'CellCount') return cellCount(box);
        if (name === 'Values' || name === 'NumberFormat' || name === 'Formulas' || name === 'Text') {
          // Past 5 million cells Excel gives no values at all.
          if (cellCount(box) > MAX_VALUES_CELLS) return null;
          const rows: unknown[][] = [];
          for (let r = box.top; r <= box.bottom; r++) {
            const row: unknown[] = [];
            for (let c = box.left; c <= box.right; c++) {
              const cell = wb.cellAt(s, r, c);
              row.push(name === 'Values' ? cell?.value ?? '' : name === 'NumberFormat' ? cell?.format ?? 'General' : name === 'Formulas' ? cell?.formula ?? cell?.value ?? '' : String(cell?.value ?? ''));
            }
            rows.push(row);
          }
          return rows;
        }
        break;
      }
      case 'RangeFill': {
        const cell = wb.cellAt(node.sheet, node.box.top, node.box.left);
        if (name === 'Color') return cell?.fill ? `#${cell.fill.replace(/^#/, '')}` : '#FFFFFF';
        if (name === 'Pattern') return cell?.fill ? 'Solid' : 'None';
        break;
      }
      case 'FormatProtection': {
        if (name === 'Locked') {
          let locked: boolean | null | undefined;
          this.eachCell(node.sheet, node.box, (c) => {
            const l = c.locked !== false;
            locked = locked === undefined ? l : locked === l ? l : null;
          }, false);
          return locked ?? true;
        }
        break;
      }
      case 'RangeAreas':
        if (name === 'Address') return node.boxes.map((b) => `${quoteSheet(node.sheet.name)}!${boxAddress(b)}`).join(',');
        if (name === 'AreaCount') return node.boxes.length;
        break;
      case 'NamedItem':
        if (name === 'Name') return node.name;
        if (name === 'Formula') return `=${node.sheet.names.get(node.name)}`;
        break;
      case 'Note':
        if (name === 'Content') return node.sheet.notes.get(node.cell);
        break;
      case 'Comment':
        if (name === 'Content') return node.comment.content;
        if (name === 'Id') return node.comment.id;
        break;
      case 'Chart':
        if (name === 'Name') return node.chart.name;
        return node.chart.bag.props[name];
      case 'Bag':
        return node.bag.props[name];
    }
    throw new HostError('NotImplemented', `read ${node.kind}.${name}`);
  }
}

function pascal(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function describe(v: unknown): unknown {
  if (v && typeof v === 'object' && 'kind' in (v as object)) {
    const n = v as Node;
    if (n.kind === 'Range') return `${quoteSheet(n.sheet.name)}!${boxAddress(n.box)}`;
    return n.kind;
  }
  return v;
}
