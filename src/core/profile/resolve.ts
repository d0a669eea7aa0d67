import type { ReadContext } from '../read/context';
import type { TableReading, TableRole } from '../read/reading';
import { columnName, rangeAddress } from '../snapshot/address';
import { squash } from '../text/normalize';
import { parseFiscalYear } from '../text/years';
import type { ColumnRole, LayoutProfile, ProfileTable, RowRole } from './schema';

/**
 * Resolution by labels: where a profile's tables sit on one sheet. A table is found by its header
 * row (the cell headed like `name`, and the years or the year column), wherever it is; its body runs
 * down to the first blank row, so a table a few rows lower or with one more indicator is found the same.
 */

/** How well a cell's text matches a label: the label's length when the cell starts with it (spaces and width folded), else 0. */
export function labelScore(text: string, label: string): number {
  const t = squash(text);
  const l = squash(label);
  return l !== '' && t.startsWith(l) ? l.length : 0;
}

/** The role whose label matches the text best (longest label wins: 「目標値」 over 「目標」), or null. */
export function bestRole<R extends string>(text: string, map: Partial<Record<R, string[]>> | undefined): R | null {
  let best: R | null = null;
  let score = 0;
  for (const [role, labels] of Object.entries(map ?? {}) as [R, string[]][]) {
    for (const l of labels) {
      const s = labelScore(text, l);
      if (s > score) ((best = role), (score = s));
    }
  }
  return best;
}

const matchesAny = (text: string, labels: string[] | undefined) => (labels ?? []).some((l) => labelScore(text, l) > 0);

/** Whether the profile applies to the sheet at all (its `match`). */
export function profileMatches(profile: LayoutProfile, ctx: ReadContext): boolean {
  const m = profile.match;
  if (!m) return true;
  if (m.sheetName && !squash(ctx.grid.name).includes(squash(m.sheetName))) return false;
  if (m.labels) {
    const texts: string[] = [];
    for (const c of ctx.grid.cells()) texts.push(squash(c.text));
    return m.labels.every((l) => texts.some((t) => t.includes(squash(l))));
  }
  return true;
}

const isYear = (ctx: ReadContext, text: string) => parseFiscalYear(text, { contextEra: ctx.era }) !== null;

interface Header {
  row: number;
  nameCol: number;
  yearCol: number | null; // years down
  yearCols: number[]; // years across
  columns: Map<number, ColumnRole>;
}

function findHeader(ctx: ReadContext, t: ProfileTable, row: number): Header | null {
  const cells = ctx.grid.rowCells(row);
  const nameCell = cells.find((c) => matchesAny(c.text, t.name));
  if (!nameCell) return null;
  const columns = new Map<number, ColumnRole>();
  let yearCol: number | null = null;
  const yearCols: number[] = [];
  for (const c of cells) {
    if (c.col === nameCell.col) continue;
    if (t.orientation === 'down' && yearCol === null && matchesAny(c.text, t.years)) {
      yearCol = c.col;
      continue;
    }
    const role = bestRole(c.text, t.columns);
    if (role) columns.set(c.col, role);
    else if (t.orientation === 'across' && c.col > nameCell.col && isYear(ctx, c.text)) yearCols.push(c.col);
  }
  if (t.orientation === 'down' && (yearCol === null || ![...columns.values()].some((r) => r === 'actual' || r === 'plan'))) return null;
  if (t.orientation === 'across' && yearCols.length === 0) return null;
  return { row, nameCol: nameCell.col, yearCol, yearCols, columns };
}

/** The role label of a body row (years across): a cell left of the first year, other than the name. */
function rowRole(ctx: ReadContext, t: ProfileTable, h: Header, row: number): { role: RowRole; col: number } | null {
  const firstYear = Math.min(...h.yearCols);
  for (const c of ctx.grid.rowCells(row)) {
    if (c.col >= firstYear || c.col === h.nameCol) continue;
    const role = bestRole(c.text, t.rows);
    if (role) return { role, col: c.col };
  }
  return null;
}

function rowsBlank(ctx: ReadContext, row: number, left: number, right: number): boolean {
  return ctx.grid.rowCells(row).every((c) => c.col < left || c.col > right);
}

/** Every occurrence of the profile's tables on the sheet, as TableReadings; their rows are claimed. */
export function resolveProfile(profile: LayoutProfile, ctx: ReadContext): TableReading[] {
  if (!profileMatches(profile, ctx)) return [];
  const out: TableReading[] = [];
  for (const t of profile.tables) {
    for (let row = ctx.grid.top; row <= ctx.grid.bottom; row = ctx.grid.nextRow(row)) {
      if (ctx.claimed.has(row)) continue;
      const h = findHeader(ctx, t, row);
      if (!h) continue;
      const cols = [h.nameCol, ...h.columns.keys(), ...h.yearCols, ...(h.yearCol !== null ? [h.yearCol] : [])];
      let left = Math.min(...cols);
      const right = Math.max(...cols);
      const byRole = new Map<TableRole, Set<string>>();
      const put = (role: TableRole, where: string) => byRole.set(role, (byRole.get(role) ?? new Set()).add(where));
      let bottom = row;
      for (let r = row + 1; r <= ctx.grid.bottom; r++) {
        if (rowsBlank(ctx, r, left, right) || findHeader(ctx, t, r)) break;
        if (t.orientation === 'across') {
          const rr = rowRole(ctx, t, h, r);
          if (rr) {
            put(rr.role, String(r + 1));
            left = Math.min(left, rr.col);
          }
        } else {
          const role = bestRole(ctx.grid.text(r, h.yearCol!), t.rows);
          if (role) put(role, String(r + 1));
        }
        bottom = r;
      }
      if (bottom === row) continue;
      for (let r = row; r <= bottom; r++) ctx.claimed.add(r);
      const roles: TableReading['roles'] = {};
      roles.years = t.orientation === 'across' ? String(row + 1) : columnName(h.yearCol!);
      roles.name = columnName(h.nameCol);
      for (const [col, role] of [...h.columns].sort((a, b) => a[0] - b[0])) put(role, columnName(col));
      for (const [role, set] of byRole) if (role !== 'years' && role !== 'name') roles[role] = [...set].join(',');
      out.push({ layout: 'profile', range: rangeAddress(row, left, bottom, right), profile: profile.name, orientation: t.orientation, roles });
      row = bottom;
    }
  }
  return out;
}
