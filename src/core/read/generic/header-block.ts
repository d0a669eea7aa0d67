/**
 * Detect, one more shape: a one-row-per-indicator table whose header is a block of rows rather
 * than one row. Two arrangements of the class, seen in published forms:
 *
 * - the years in a row of their own below the value headers:
 *   `当初現況値 │ 中間目標値 │ 最終目標値` over `(H22当初) │ (H24末) │ (H26末)`;
 * - indicator rows grouped under a project: the project's No., name or grade merged down over its
 *   indicator rows (地方創生 KPI reports: one project over 指標①…⑤), the headers of those columns
 *   merged down from the row above (「①\nNo」 over two header rows).
 *
 * The header labels are read through merged cells (a label merged down from the row above, a name
 * header merged across 「指標①」 and the name), without a leading enumerator (「②\n事業の名称」).
 * Anything else (one header row, no groups) is left to detect's `table` shape. Extract reads the
 * result as an ordinary 'table' reading (header 「11,12」: the years from the last header row; the
 * groups from the merges, generic/groups.ts).
 */
import { columnName, rangeAddress } from '../../snapshot/address';
import { fold } from '../../text/normalize';
import type { ReadContext } from '../context';
import { lexRole, type LexRole } from '../lexicon';
import type { TableReading, TableRole } from '../reading';
import type { DetectedTable, NearMiss } from './detect';
import { fiscalYearOf } from './extract';

const MAX_LABEL = 30;
const VALUE_ROLES: LexRole[] = ['actual', 'plan', 'baseline', 'target', 'interimTarget', 'current'];
/** Roles a column of this shape can carry besides the values. */
const FIELD_ROLES: LexRole[] = ['name', 'id', 'unit', 'note', 'department', 'description', 'grade', 'itemTitle', 'targetYear'];
/** 「指標①」, 「①」, 「1」, 「KPI2」: a number for the row, not its name. */
const ENUMERATOR_CELL = /^(指標|KPI|NO\.?)?\s*([①-⑳]|\d{1,2})$/i;

export interface HeaderLabel {
  col: number;
  /** The label as written, through merges. */
  text: string;
  /** The rightmost column the label covers (a label merged across columns). */
  right: number;
  /** The label is merged down from a row above this one. */
  fromAbove: boolean;
}

/** 「①\nNo」 → 「No」, 「②\n交付対象事業の名称」 → 「交付対象事業の名称」: the role word without the form's numbering. */
export function withoutEnumerator(text: string): string {
  return text.replace(/^\s*[①-⑳]\s*/, '').trim();
}

/** The labels of a header row, each seen through the merge that covers it. */
export function headerLabels(ctx: ReadContext, row: number): HeaderLabel[] {
  const g = ctx.grid;
  const out: HeaderLabel[] = [];
  // The row's own cells, and the anchors of areas merged down into it from the rows above (a
  // header cell spans a few rows): never every column up to the last address (XFD).
  const cols = new Set(g.rowCells(row).map((c) => c.col));
  for (let r = row - 1; r >= Math.max(g.top, row - 8); r--) {
    for (const c of g.rowCells(r)) {
      const m = g.mergeAt(r, c.col);
      if (m && m.bottom >= row) cols.add(c.col);
    }
  }
  for (const c of [...cols].sort((a, b) => a - b)) {
    const m = g.mergeCovering(row, c);
    if (m && m.left !== c) continue;
    const text = m ? g.text(m.top, m.left) : g.text(row, c);
    if (text === '') continue;
    out.push({ col: c, text, right: m ? m.right : c, fromAbove: m !== undefined && m.top < row });
  }
  return out;
}

function roleOf(text: string): LexRole | null {
  const t = withoutEnumerator(text);
  return t.length <= MAX_LABEL ? lexRole(t) : null;
}

/** The row below the value headers that holds only their years (「(H22当初)」, 「(H24末)」). */
function yearsRowBelow(ctx: ReadContext, row: number, valueCols: number[]): boolean {
  const r = row + 1;
  if (r > ctx.grid.bottom) return false;
  const cells = ctx.grid.rowCells(r);
  if (cells.length === 0 || cells.some((c) => typeof ctx.grid.value(r, c.col) === 'number')) return false;
  const under = cells.filter((c) => valueCols.includes(c.col));
  return under.length >= 1 && under.length === cells.length && under.every((c) => fiscalYearOf(c.text, ctx.era) !== null);
}

/** The rows of the body: up to the first blank row, a claimed row or a row of a new header. */
function bodyEnd(ctx: ReadContext, from: number): number {
  let r = from;
  while (r + 1 <= ctx.grid.bottom && ctx.grid.rowCells(r + 1).length > 0 && !ctx.claimed.has(r + 1)) r++;
  return r;
}

function hasNumber(ctx: ReadContext, row: number, cols: number[]): boolean {
  return cols.some((c) => {
    const v = ctx.grid.value(row, c);
    return typeof v === 'number' || (typeof v === 'string' && /\d/.test(fold(v)));
  });
}

/** A cell merged down over two or more body rows in one of these columns: the rows are grouped. */
function groupedBody(ctx: ReadContext, from: number, to: number, cols: number[]): boolean {
  for (let r = from; r <= to; r++) {
    for (const c of cols) {
      const m = ctx.grid.mergeCovering(r, c);
      if (m && m.top === r && m.left === c && m.bottom > m.top) return true;
    }
  }
  return false;
}

/**
 * The name column under a name header merged across several columns: the one whose body cells are
 * names, not row numbers (「指標① │ 研修会の参加者」 → the second).
 */
function nameColumn(ctx: ReadContext, label: HeaderLabel, from: number, to: number): number {
  let best = label.col;
  let bestCount = -1;
  for (let c = label.col; c <= label.right; c++) {
    let names = 0;
    for (let r = from; r <= to; r++) {
      const t = ctx.grid.text(r, c).trim();
      if (t !== '' && !ENUMERATOR_CELL.test(fold(t)) && typeof ctx.grid.value(r, c) === 'string') names++;
    }
    if (names > bestCount) ((best = c), (bestCount = names));
  }
  return best;
}

export function blockTable(ctx: ReadContext, row: number, nearMisses: NearMiss[]): DetectedTable | null {
  void nearMisses;
  const g = ctx.grid;
  // The value headers are the row's own cells: no value label, no header here (checked first, cheaply).
  if (!g.rowCells(row).some((c) => VALUE_ROLES.includes(roleOf(c.text) as LexRole))) return null;
  const labels = headerLabels(ctx, row).map((l) => ({ ...l, role: roleOf(l.text) }));
  const name = labels.find((l) => l.role === 'name');
  const values = labels.filter((l) => l.role !== null && VALUE_ROLES.includes(l.role));
  if (!name || values.length === 0) return null;
  const valueCols = values.map((v) => v.col);
  const years = yearsRowBelow(ctx, row, valueCols);
  const headerEnd = years ? row + 1 : row;
  const last = bodyEnd(ctx, headerEnd);
  if (last <= headerEnd) return null;
  const groupCols = labels.filter((l) => l.role === 'id' || l.role === 'itemTitle' || l.role === 'grade').map((l) => l.col);
  // One header row and no grouped rows: detect's own `table` shape reads it.
  if (!years && !groupedBody(ctx, headerEnd + 1, last, groupCols)) return null;
  const body = { from: headerEnd + 1, to: last };
  if (![...Array(last - headerEnd).keys()].some((i) => hasNumber(ctx, body.from + i, valueCols))) return null;

  const roles: TableReading['roles'] = {};
  const add = (r: TableRole, c: number) => (roles[r] = roles[r] ? `${roles[r]},${columnName(c)}` : columnName(c));
  const nameCol = nameColumn(ctx, name, body.from, body.to);
  add('name', nameCol);
  for (const l of labels) {
    if (l === name || l.role === null) continue;
    if (l.role === 'name') add('description', l.col);
    else if (VALUE_ROLES.includes(l.role) || FIELD_ROLES.includes(l.role)) add(l.role as TableRole, l.col);
  }
  const left = Math.min(...labels.map((l) => l.col));
  const right = Math.max(...labels.map((l) => l.right));
  const top = Math.min(row, ...labels.filter((l) => l.fromAbove).map((l) => g.mergeCovering(row, l.col)?.top ?? row));
  return {
    reading: {
      layout: 'generic-table',
      range: rangeAddress(top, left, last, right),
      profile: null,
      orientation: 'table',
      roles,
      header: years ? `${row + 1},${row + 2}` : String(row + 1),
    },
    top: row,
    bottom: last,
    evaluationYear: null,
  };
}
