/**
 * The in-memory workbook the stand-in host answers from: cells (value, number format, formula,
 * fill, locked), merged areas, sheet-scoped names, notes, threaded comments, charts (as property
 * bags), sheet and workbook protection, the selection. Writing a value re-parses text as Excel does
 * (a number, a date such as 「9-2」, a formula after = + -), unless the cell's format is text ("@")
 * or the text starts with the apostrophe prefix.
 */
import type { CellValue, RangeBox } from '../../../src/core/snapshot/types';
import { cellAddress, columnName, parseCellAddress } from '../../../src/core/snapshot/address';

export interface Cell {
  value: string | number | boolean;
  format: string;
  formula?: string;
  fill?: string;
  /** Cell protection; Excel's default is locked. */
  locked?: boolean;
}

/** A chart or any object below it: properties set, methods called, child objects by name. */
export class Bag {
  props: Record<string, unknown> = {};
  calls: { method: string; args: unknown[] }[] = [];
  children: Record<string, Bag> = {};
  list: Bag[] = [];
  child(name: string): Bag {
    return (this.children[name] ??= new Bag());
  }
}

export interface Chart {
  name: string;
  type: string;
  source: string;
  bag: Bag;
}

export interface Sheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** WorksheetProtectionOptions.allowFormatCells */
  allowFormatCells: boolean;
  cells: Map<string, Cell>;
  merges: RangeBox[];
  names: Map<string, string>;
  notes: Map<string, string>;
  charts: Chart[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** A used range declared without cells (a sheet of millions of cells). */
  declaredUsed?: RangeBox;
  tabColor?: string;
  frozenRows?: number;
}

export interface Comment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

export interface SheetInit {
  name: string;
  values?: CellValue[][];
  formats?: string[][];
  origin?: string;
  protected?: boolean;
  allowFormatCells?: boolean;
  visibility?: Sheet['visibility'];
  owned?: boolean;
  charts?: string[];
  fills?: Record<string, string>;
  notes?: Record<string, string>;
  formulas?: Record<string, string>;
  /** Cells left unlocked on a protected sheet. */
  unlocked?: string[];
  merges?: string[];
  declaredUsed?: string;
}

const key = (r: number, c: number) => `${r},${c}`;

export function parseBox(address: string): RangeBox {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [a, b = a] = local.split(':');
  const end = (s: string, first: boolean): { row: number; col: number } => {
    if (/^\d+$/.test(s)) return { row: Number(s) - 1, col: first ? 0 : 16383 };
    if (/^[A-Za-z]+$/.test(s)) return { row: first ? 0 : 1048575, col: parseCellAddress(`${s}1`).col };
    return parseCellAddress(s);
  };
  const p = end(a, true);
  const q = end(b, false);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function boxAddress(b: RangeBox): string {
  const a = cellAddress(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${cellAddress(b.bottom, b.right)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class Workbook {
  name = 'Book.xlsx';
  sheets: Sheet[] = [];
  comments: Comment[] = [];
  structureProtected = false;
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  private nextId = 1;

  constructor(inits: SheetInit[] = [], options: { name?: string; comments?: Record<string, string>; structureProtected?: boolean } = {}) {
    if (options.name) this.name = options.name;
    for (const s of inits) this.addSheetFrom(s);
    for (const [where, content] of Object.entries(options.comments ?? {})) {
      const bang = where.lastIndexOf('!');
      this.comments.push({ id: `c${this.nextId++}`, sheet: where.slice(0, bang), cell: where.slice(bang + 1), content });
    }
    this.structureProtected = Boolean(options.structureProtected);
    this.activeSheet = this.sheets[0]?.name ?? null;
  }

  addSheet(name: string): Sheet {
    const sheet: Sheet = {
      id: `{${String(this.nextId++).padStart(8, '0')}-0000-0000-0000-000000000000}`,
      name,
      visibility: 'Visible',
      protected: false,
      allowFormatCells: false,
      cells: new Map(),
      merges: [],
      names: new Map(),
      notes: new Map(),
      charts: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  addSheetFrom(init: SheetInit): Sheet {
    const s = this.addSheet(init.name);
    const o = init.origin ? parseCellAddress(init.origin) : { row: 0, col: 0 };
    (init.values ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        const format = init.formats?.[r]?.[c] ?? 'General';
        if (v !== null || format !== 'General') s.cells.set(key(o.row + r, o.col + c), { value: v ?? '', format });
      }),
    );
    for (const [a, f] of Object.entries(init.formulas ?? {})) {
      const p = parseCellAddress(a);
      const cell = this.cellAt(s, p.row, p.col, true) as Cell;
      cell.formula = f;
    }
    for (const [a, color] of Object.entries(init.fills ?? {})) {
      const p = parseCellAddress(a);
      (this.cellAt(s, p.row, p.col, true) as Cell).fill = color.toUpperCase();
    }
    for (const a of init.unlocked ?? []) {
      const p = parseCellAddress(a);
      (this.cellAt(s, p.row, p.col, true) as Cell).locked = false;
    }
    for (const [a, t] of Object.entries(init.notes ?? {})) s.notes.set(a, t);
    s.protected = Boolean(init.protected);
    s.allowFormatCells = Boolean(init.allowFormatCells);
    s.visibility = init.visibility ?? 'Visible';
    if (init.owned) s.names.set('Evalsheet_owned', `${quoteSheet(s.name)}!$A$1`);
    for (const c of init.charts ?? []) s.charts.push({ name: c, type: 'Line', source: '', bag: new Bag() });
    s.merges = (init.merges ?? []).map(parseBox);
    if (init.declaredUsed) s.declaredUsed = parseBox(init.declaredUsed);
    return s;
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  cellAt(s: Sheet, r: number, c: number, create = false): Cell | undefined {
    let cell = s.cells.get(key(r, c));
    if (!cell && create) {
      cell = { value: '', format: 'General' };
      s.cells.set(key(r, c), cell);
    }
    return cell;
  }

  /** The used range: valuesOnly counts cells with a value or formula; otherwise formats count too. */
  usedBox(s: Sheet, valuesOnly: boolean): RangeBox | null {
    if (s.declaredUsed) return s.declaredUsed;
    let box: RangeBox | null = null;
    for (const [k, cell] of s.cells) {
      if (valuesOnly ? cell.value === '' && !cell.formula : cell.value === '' && !cell.formula && cell.format === 'General' && !cell.fill) continue;
      const [r, c] = k.split(',').map(Number);
      box = box ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) } : { top: r, left: c, bottom: r, right: c };
    }
    return box;
  }

  /** Excel's reading of a typed value (Range.values = [[…]]). */
  static parseTyped(v: unknown, format: string): { value: string | number | boolean; formula?: string; format?: string } {
    if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
    if (v === null || v === undefined) return { value: '' };
    const s = String(v);
    if (format === '@') return { value: s };
    if (s.startsWith("'")) return { value: s.slice(1) };
    if (s === '') return { value: '' };
    if (/^[=+-]/.test(s) && s.length > 1 && !/^[+-]?\d+(\.\d+)?$/.test(s)) return { value: '#NAME?', formula: s.startsWith('=') ? s : `=${s}` };
    if (/^[+-]?\d+(\.\d+)?$/.test(s)) return { value: Number(s) };
    const date = /^(\d{1,2})[-/](\d{1,2})$/.exec(s);
    if (date && Number(date[1]) >= 1 && Number(date[1]) <= 12 && Number(date[2]) >= 1 && Number(date[2]) <= 31) {
      // Month-day in the current year, as Excel types 「9-2」: a date serial with a date format.
      const serial = Math.round((Date.UTC(2026, Number(date[1]) - 1, Number(date[2])) - Date.UTC(1899, 11, 30)) / 86400000);
      return { value: serial, format: format === 'General' ? 'd-mmm' : format };
    }
    if (/^\d+(\.\d+)?%$/.test(s)) return { value: Number(s.slice(0, -1)) / 100, format: format === 'General' ? '0%' : format };
    return { value: s };
  }

  /** The sheet's values as rows from A1 (for asserting on outcomes). */
  valuesOf(name: string, box?: string): (string | number | boolean)[][] {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    const b = box ? parseBox(box) : this.usedBox(s, true);
    if (!b) return [];
    const out: (string | number | boolean)[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(this.cellAt(s, r, c)?.value ?? '');
      out.push(row);
    }
    return out;
  }

  cell(name: string, address: string): Cell | undefined {
    const s = this.sheet(name);
    const p = parseCellAddress(address);
    return s ? this.cellAt(s, p.row, p.col) : undefined;
  }

  commentAt(sheet: string, cell: string): Comment | undefined {
    return this.comments.find((c) => c.sheet === sheet && c.cell === cell);
  }

  newCommentId(): string {
    return `c${this.nextId++}`;
  }
}

export { columnName };
