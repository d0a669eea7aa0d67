import type { CellValue, RangeBox, SnapshotCell } from '../../core/snapshot/types';
import { runText } from './strings';
import { attributes, tags, textBetween, unescapeOoxml } from './xml';

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

export interface SheetCells {
  cells: SnapshotCell[];
  merges: RangeBox[];
  /** Rows with a height of their own (points), and the sheet's default, as written. */
  rowHeights: { row: number; height: number }[];
  defaultRowHeight: number | null;
  validations: ListValidation[];
}

/** A list validation as written: a literal list (「"A,B,C,D"」) or a range of cells holding it. */
export interface ListValidation {
  ranges: RangeBox[];
  list?: string[];
  ref?: { sheet: string | null; box: RangeBox };
}

/** Row heights kept per sheet: enough for any evaluation sheet; a hostile sheet's millions of rows are not kept. */
export const MAX_ROW_HEIGHTS = 20000;

/** Data validations kept per sheet: more are ignored (a sheet does not need thousands of lists). */
export const MAX_VALIDATIONS = 1000;

/** formula1 of a list validation → its values or the range that holds them; null for a defined name. */
export function listSource(formula: string): Pick<ListValidation, 'list' | 'ref'> | null {
  const f = formula.trim();
  if (f.startsWith('"') && f.endsWith('"') && f.length >= 2) {
    const list = f.slice(1, -1).replace(/""/g, '"').split(',').map((x) => x.trim()).filter((x) => x !== '');
    return list.length > 0 ? { list } : null;
  }
  const bang = f.lastIndexOf('!');
  let sheet: string | null = null;
  let ref = f;
  if (bang > 0) {
    const raw = f.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    ref = f.slice(bang + 1);
  }
  const box = parseRange(ref);
  return box ? { ref: { sheet, box } } : null;
}

export interface SheetReadContext {
  strings: string[];
  formats: string[];
  date1904: boolean;
  /** How many more cells and merges this workbook may have. */
  budget: { cells: number; merges: number };
  tooMany: (what: string) => Error;
}

/** "BC12" → 0-based { row, col }; null when not an A1 reference inside the grid. */
export function parseRef(ref: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  while (i < ref.length) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    i++;
  }
  if (i === 0 || i > 3) return null;
  let row = 0;
  const digits = i;
  while (i < ref.length) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
    i++;
  }
  if (i === digits || row < 1 || row > MAX_ROW + 1 || col > MAX_COL + 1) return null;
  return { row: row - 1, col: col - 1 };
}

export function parseRange(ref: string): RangeBox | null {
  const [a, b = a] = ref.split(':');
  const p = parseRef(a.replace(/\$/g, ''));
  const q = parseRef(b.replace(/\$/g, ''));
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** An ISO 8601 date cell (t="d") → Excel serial, in the workbook's date system. */
function isoToSerial(s: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(s.trim());
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0)) + Math.round(Number(m[6] ?? 0) * 1000);
  return (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / 86400000;
}

function cellValue(type: string, raw: string | null, inline: string | null, ctx: SheetReadContext): CellValue {
  if (type === 'inlineStr') return inline === null || inline === '' ? null : inline;
  if (raw === null) return null;
  switch (type) {
    case 's': {
      const s = ctx.strings[Number(raw)];
      return s === undefined || s === '' ? null : s;
    }
    case 'str':
    case 'e': {
      const s = unescapeOoxml(raw);
      return s === '' ? null : s;
    }
    case 'b':
      return raw.trim() === '1' || raw.trim() === 'true';
    case 'd':
      return isoToSerial(raw, ctx.date1904);
    default: {
      if (raw.trim() === '') return null;
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
  }
}

/**
 * A worksheet part → its cells (only those present) and merged areas. Cells without an `r`
 * attribute (valid OOXML) follow the previous cell of their row; rows without one follow the
 * previous row. A cell whose value, format and formula are all absent is left out.
 */
export function readSheetCells(xml: string, ctx: SheetReadContext): SheetCells {
  const cells: SnapshotCell[] = [];
  const merges: RangeBox[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  let defaultRowHeight: number | null = null;
  const validations: ListValidation[] = [];
  // The data validation being read (classic <dataValidation sqref> or x14's <xm:sqref> and <xm:f>).
  let dv: { list: boolean; sqref: string; formula: string | null } | null = null;
  let dvText = -1;
  let dvWhat: 'formula' | 'sqref' | null = null;
  let fStart = -1;
  const endValidation = () => {
    if (dv && dv.list && dv.formula !== null && validations.length < MAX_VALIDATIONS) {
      const ranges = dv.sqref.split(/\s+/).map((r) => parseRange(r)).filter((r): r is RangeBox => r !== null);
      const source = listSource(unescapeOoxml(dv.formula));
      if (ranges.length > 0 && source) validations.push({ ranges, ...source });
    }
    dv = null;
  };
  let row = -1;
  let col = -1;
  // The cell being read.
  let cur: { row: number; col: number; type: string; style: number; formula: boolean } | null = null;
  let vStart = -1;
  let raw: string | null = null;
  let isStart = -1;
  let inline: string | null = null;
  let inSheetData = false;
  const finish = () => {
    if (!cur) return;
    const value = cellValue(cur.type, raw, inline, ctx);
    const format = ctx.formats[cur.style] ?? 'General';
    if (value !== null || format !== 'General' || cur.formula) {
      if (--ctx.budget.cells < 0) throw ctx.tooMany('cells');
      const c: SnapshotCell = { row: cur.row, col: cur.col, value };
      if (format !== 'General') c.format = format;
      if (cur.formula) c.formula = true;
      cells.push(c);
    }
    cur = null;
  };
  for (const t of tags(xml)) {
    switch (t.name) {
      case 'sheetData':
        inSheetData = !t.close && !t.empty;
        break;
      case 'row': {
        if (!inSheetData || t.close) break;
        const ra = attributes(t.attrs);
        const r = Number(ra.r);
        row = Number.isInteger(r) && r >= 1 && r <= MAX_ROW + 1 ? r - 1 : row + 1;
        col = -1;
        const ht = Number(ra.ht);
        if (ra.ht !== undefined && Number.isFinite(ht) && ht >= 0 && ht <= 409 && rowHeights.length < MAX_ROW_HEIGHTS) rowHeights.push({ row, height: ht });
        break;
      }
      case 'sheetFormatPr': {
        const d = Number(attributes(t.attrs).defaultRowHeight);
        if (Number.isFinite(d) && d > 0 && d <= 409) defaultRowHeight = d;
        break;
      }
      case 'c': {
        if (!inSheetData) break;
        if (t.close) {
          finish();
          break;
        }
        finish();
        const a = attributes(t.attrs);
        const at = a.r !== undefined ? parseRef(a.r) : null;
        if (at) {
          row = at.row;
          col = at.col;
        } else {
          if (row < 0) row = 0;
          col++;
        }
        if (row > MAX_ROW || col > MAX_COL) throw ctx.tooMany('a cell beyond XFD1048576');
        cur = { row, col, type: a.t ?? 'n', style: Number(a.s ?? 0) || 0, formula: false };
        raw = null;
        inline = null;
        if (t.empty) finish();
        break;
      }
      case 'f':
        if (cur && !t.close) cur.formula = true;
        else if (dv && dvWhat === 'formula') {
          // x14: <x14:formula1><xm:f>Lists!$A$1:$A$4</xm:f></x14:formula1>
          if (t.close && fStart >= 0) dv.formula = textBetween(xml, fStart, t.start);
          fStart = t.close || t.empty ? -1 : t.end;
        }
        break;
      case 'dataValidation': {
        if (t.close) {
          endValidation();
          break;
        }
        const a = attributes(t.attrs);
        dv = { list: a.type === 'list', sqref: a.sqref ?? '', formula: null };
        if (t.empty) endValidation();
        break;
      }
      case 'formula1':
      case 'sqref':
        if (!dv) break;
        if (t.close) {
          const text = dvText >= 0 ? textBetween(xml, dvText, t.start) : '';
          if (dvWhat === 'formula' && t.name === 'formula1' && !/</.test(text)) dv.formula = text;
          if (dvWhat === 'sqref' && t.name === 'sqref') dv.sqref = text;
          dvWhat = null;
          dvText = -1;
        } else if (!t.empty) {
          dvWhat = t.name === 'formula1' ? 'formula' : 'sqref';
          dvText = t.end;
        }
        break;
      case 'v':
        if (!cur) break;
        if (t.close) {
          if (vStart >= 0) raw = textBetween(xml, vStart, t.start);
          vStart = -1;
        } else if (t.empty) raw = '';
        else vStart = t.end;
        break;
      case 'is':
        if (!cur) break;
        if (t.close) {
          if (isStart >= 0) inline = runText(xml, isStart, t.start);
          isStart = -1;
        } else if (!t.empty) isStart = t.end;
        break;
      case 'mergeCell': {
        if (t.close) break;
        const m = parseRange(attributes(t.attrs).ref ?? '');
        if (!m) break;
        if (--ctx.budget.merges < 0) throw ctx.tooMany('merged areas');
        if (m.bottom > m.top || m.right > m.left) merges.push(m);
        break;
      }
      default:
        break;
    }
  }
  finish();
  return { cells, merges, validations, rowHeights, defaultRowHeight };
}
