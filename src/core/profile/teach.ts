import { parseCellAddress, columnName } from '../snapshot/address';
import { Grid } from '../snapshot/grid';
import type { SheetSnapshot } from '../snapshot/types';
import { squash } from '../text/normalize';
import { dominantEra, parseFiscalYear } from '../text/years';
import type { ColumnRole, LayoutProfile, ProfileTable, RowRole } from './schema';
import { validateProfile, type ProfileCheck } from './validate';

/**
 * Teaching a layout: what a person marks in the pane (the table's range, a role per header cell,
 * a role per row label) → a layout profile of label texts. The words that guess a first role are
 * data (GUESSES); the person confirms or changes every one.
 */

export type HeaderRole = ColumnRole | 'name' | 'years';

/** Label → the role it suggests, longest label first when several fit. Guesses only: the person decides. */
export const GUESSES: { header: [string, HeaderRole][]; row: [string, RowRole][] } = {
  header: [
    ['指標名', 'name'], ['成果指標', 'name'], ['活動指標', 'name'], ['指標', 'name'], ['KPI', 'name'],
    ['年度', 'years'], ['単位', 'unit'], ['No', 'id'], ['番号', 'id'],
    ['最終目標', 'target'], ['目標値', 'target'], ['目標', 'plan'], ['計画', 'plan'], ['期待値', 'plan'],
    ['実績', 'actual'], ['基準', 'baseline'], ['現状', 'baseline'], ['当初', 'baseline'],
    ['評価', 'grade'], ['達成度', 'grade'], ['備考', 'note'], ['担当', 'department'],
  ],
  row: [
    ['最終目標', 'target'], ['目標値', 'target'], ['目標', 'plan'], ['計画', 'plan'], ['期待値', 'plan'],
    ['実績', 'actual'], ['基準', 'baseline'], ['現状', 'baseline'], ['当初', 'baseline'], ['策定時', 'baseline'], ['備考', 'note'],
  ],
};

function guess<R>(text: string, list: [string, R][]): R | null {
  const t = squash(text).toUpperCase();
  let best: R | null = null;
  let len = 0;
  for (const [label, role] of list) {
    const l = squash(label).toUpperCase();
    if (t.startsWith(l) && l.length > len) ((best = role), (len = l.length));
  }
  return best;
}

/**
 * The part of a label that names the role, without the year or remarks a sheet adds
 * (「基準（R1）」 → 「基準」, 「最終目標 (令和6年度)」 → 「最終目標」), so the profile fits the city's other years.
 */
export function labelStem(text: string): string {
  const t = text.replace(/[\s\u3000]+/g, '');
  const cut = t.search(/[（(［[【〔<＜:：]|令和|平成|[RHＲＨ][0-9０-９元]|[0-9０-９]/);
  const stem = cut > 0 ? t.slice(0, cut) : t;
  return stem === '' ? t : stem;
}

export interface HeaderCandidate {
  col: number;
  /** Column letter (「C」). */
  letter: string;
  text: string;
  guess: HeaderRole | null;
}

export interface RowCandidate {
  /** The label as written (「基準（R1）」) and the stem the profile stores (「基準」). */
  text: string;
  stem: string;
  /** Where it first occurs (「C5」). */
  cell: string;
  guess: RowRole | null;
}

function rangeBox(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\s*\$?([A-Za-z]{1,3}\$?\d+)\s*(?::\s*\$?([A-Za-z]{1,3}\$?\d+))?\s*$/.exec(range.replace(/^.*!/, ''));
  if (!m) return null;
  const a = parseCellAddress(m[1].replace(/\$/g, ''));
  const b = parseCellAddress((m[2] ?? m[1]).replace(/\$/g, ''));
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** A1 range a person typed (「A7:F20」, 「$A$7:$F$20」, 「'Sheet 1'!A7:F20」) → whether it reads. */
export function isRangeText(range: string): boolean {
  return rangeBox(range) !== null;
}

/** The header cells of a range's top row, with a guessed role each. */
export function headerCandidates(sheet: SheetSnapshot, range: string): HeaderCandidate[] {
  const box = rangeBox(range);
  if (!box) return [];
  const grid = new Grid(sheet);
  const out: HeaderCandidate[] = [];
  for (let c = box.left; c <= box.right; c++) {
    const text = grid.text(box.top, c);
    if (text !== '') out.push({ col: c, letter: columnName(c), text, guess: guess(text, GUESSES.header) });
  }
  return out;
}

/**
 * The row labels of a table, given its columns: years down, the texts of the year column that are
 * not years (「基準（R1）」「最終目標（R6）」); years across, the texts left of the first year column
 * other than the name (「目標」「実績」). Distinct by stem.
 */
export function rowCandidates(sheet: SheetSnapshot, range: string, orientation: 'across' | 'down', roles: Record<number, HeaderRole | null>): RowCandidate[] {
  const box = rangeBox(range);
  if (!box) return [];
  const grid = new Grid(sheet);
  const texts: string[] = [];
  for (const c of grid.cells()) if (typeof c.value === 'string') texts.push(c.text);
  const era = dominantEra(texts);
  // A plain year label (「R2」「令和3年度」「2021」), not a role label that carries a year (「基準（R1）」).
  const isYear = (t: string) => parseFiscalYear(t, { contextEra: era }) !== null && /^(令和|平成|[RHＲＨ]|[0-9０-９])/.test(t.trim());
  const cols = Object.entries(roles).map(([c, r]) => [Number(c), r] as const);
  const yearCol = cols.find(([, r]) => r === 'years')?.[0];
  const nameCol = cols.find(([, r]) => r === 'name')?.[0];
  const roleCols = new Set(cols.filter(([, r]) => r !== null).map(([c]) => c));
  let scan: number[] = [];
  if (orientation === 'down') scan = yearCol !== undefined ? [yearCol] : [];
  else {
    const years: number[] = [];
    for (let c = box.left; c <= box.right; c++) if (!roleCols.has(c) && parseFiscalYear(grid.text(box.top, c), { contextEra: era })) years.push(c);
    const first = years.length > 0 ? Math.min(...years) : box.right + 1;
    for (let c = box.left; c < first; c++) if (c !== nameCol && !(roleCols.has(c) && roles[c] !== null)) scan.push(c);
  }
  const seen = new Map<string, RowCandidate>();
  for (let r = box.top + 1; r <= box.bottom; r++) {
    for (const c of scan) {
      const text = grid.text(r, c);
      if (text === '' || isYear(text)) continue;
      if (orientation === 'across' && /^[-+]?[0-9０-９,，.．]+$/.test(text)) continue;
      const stem = labelStem(text);
      if (!seen.has(stem)) seen.set(stem, { text, stem, cell: grid.address(r, c), guess: guess(text, GUESSES.row) });
    }
  }
  return [...seen.values()];
}

export interface Teaching {
  name: string;
  orientation: 'across' | 'down';
  /** Header cell text → role, as the person marked them (null: not used). */
  headers: { text: string; role: HeaderRole | null }[];
  /** Row label stem → role. */
  rows: { stem: string; role: RowRole | null }[];
  match?: LayoutProfile['match'];
}

/** The profile of a teaching, validated: problems name the field as in a file (「tables[0].name」). */
export function profileFromTeaching(t: Teaching): ProfileCheck {
  const table: Partial<ProfileTable> & { columns: Record<string, string[]>; rows: Record<string, string[]> } = { orientation: t.orientation, columns: {}, rows: {} };
  const add = (map: Record<string, string[]>, role: string, label: string) => {
    const list = (map[role] ??= []);
    if (!list.includes(label)) list.push(label);
  };
  const names: string[] = [];
  const years: string[] = [];
  for (const h of t.headers) {
    if (!h.role) continue;
    const label = labelStem(h.text);
    if (h.role === 'name') names.push(label);
    else if (h.role === 'years') years.push(label);
    else add(table.columns, h.role, label);
  }
  for (const r of t.rows) if (r.role) add(table.rows, r.role, r.stem);
  const out: Record<string, unknown> = { orientation: t.orientation, name: names };
  if (years.length > 0 && t.orientation === 'down') out.years = years;
  if (Object.keys(table.columns).length > 0) out.columns = table.columns;
  if (Object.keys(table.rows).length > 0) out.rows = table.rows;
  return validateProfile({ evalsheetProfile: 1, name: t.name, ...(t.match ? { match: t.match } : {}), tables: [out] });
}

/**
 * A first guess at the table a person means, to start from: the first row with a header that reads
 * as the name column and two more known headers, down to the first blank row. Null when none.
 */
export function guessRange(sheet: SheetSnapshot): string | null {
  const grid = new Grid(sheet);
  for (let r = grid.top; r <= grid.bottom; r = grid.nextRow(r)) {
    const cells = grid.rowCells(r);
    const roles = cells.map((c) => guess(c.text, GUESSES.header));
    if (!roles.includes('name') || roles.filter((x) => x !== null).length < 3) continue;
    let bottom = r;
    const left = cells[0].col;
    const right = cells[cells.length - 1].col;
    while (bottom + 1 <= grid.bottom && grid.rowCells(bottom + 1).some((c) => c.col >= left && c.col <= right)) bottom++;
    return `${columnName(left)}${r + 1}:${columnName(right)}${bottom + 1}`;
  }
  return null;
}

/** A name to start from: the sheet's first text that reads as a title (「…シート」「…評価…」), else the sheet's name. */
export function guessName(sheet: SheetSnapshot): string {
  const grid = new Grid(sheet);
  for (const c of grid.cells()) if (typeof c.value === 'string' && /シート|評価|調書/.test(c.text) && c.text.length <= 40) return c.text.replace(/[\s\u3000]+/g, ' ');
  return sheet.name;
}
