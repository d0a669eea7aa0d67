/**
 * Detect: find indicator tables the seed readers did not claim, by their year axis and the role
 * labels around it (lexicon.ts), and describe each as a TableReading for extract.ts.
 *
 * Three shapes, tried on each unclaimed row, top to bottom (each row is looked at a bounded number
 * of times, so a sheet is read in time linear in its cells):
 * - across: a row of ≥2 year labels (a run: 27年度 │ 28年度, H30 │ 元年度 │ 2年度, 2019 │ 2020); below
 *   it, rows labelled by role left of the years (目標 / 実績, 計画値 / 実績値), or a 計画 │ 実績
 *   sub-header under each year, or year labels that carry the role (「R2実績」); the name in a
 *   指標名 / 成果指標 column, in a cell merged over the indicator's rows, or left of its first row.
 * - down: a header row of value roles (目標 │ 実績) with a column of years below (最終目標 / 28年度 /
 *   27年度 per indicator), the name in the column left of it or merged over the indicator's rows.
 * - table: a header row with an indicator-name column and baseline / target / actual columns, one
 *   row per indicator; years from the headers (基準値 (H27)), a 目標年度 column, or one period above
 *   the table (計画期間 始:H22 終:H26). A collection workbook (one row per project) is this shape.
 *
 * Rows labelled 達成率 / 対前年度 / 予算額 / 千円 … share the header but are never indicators.
 * A table that has role labels but lacks years, names or values is not read: it is a near miss,
 * kept for the sheet-unrecognized message.
 */
import type { TextCell } from '../../model/types';
import { columnName, parseCellAddress, rangeAddress } from '../../snapshot/address';
import { fold } from '../../text/normalize';
import type { ReadContext } from '../context';
import { QUALIFIER, lexRole, roleOfLabel, type LexRole } from '../lexicon';
import type { TableReading, TableRole } from '../reading';
import { yearRun } from '../year-run';
import { parseValue } from '../../text/values';
import { endBeforeTextBand } from './bands';
import { gradeMarksColumn, splitIdColumn, yearColumns } from './paired-columns';
import { fiscalYearOf, nameInRow } from './extract';
import { blockTable } from './header-block';
import { qualifierColumns } from './qualifiers';

export interface DetectedTable {
  reading: TableReading;
  top: number;
  bottom: number;
  /** The evaluated year a 年度 column gives (a collection workbook), else null. */
  evaluationYear: { year: number; label: string; cell: string } | null;
}

export interface NearMiss {
  /** Role labels seen, as written, with their cells. */
  labels: TextCell[];
  /** What the table lacked. */
  missing: 'name' | 'values' | 'years' | 'roles';
  cell: string;
}

const VALUE_ROLES = new Set<LexRole>(['actual', 'plan', 'baseline', 'target', 'interimTarget', 'current']);
const MAX_LABEL = 24;

function isValueRole(r: LexRole | null | undefined): r is 'actual' | 'plan' | 'baseline' | 'target' | 'interimTarget' | 'current' {
  return r !== null && r !== undefined && VALUE_ROLES.has(r);
}

/** A role used for a row or column of yearly values: 目標 over years is a plan (lexicon `yearly`). */
function yearlyRole(text: string): LexRole | null {
  const m = roleOfLabel(text);
  if (!m) return null;
  return m.entry.yearly ?? m.entry.role;
}

const letters = (cols: number[]) => [...new Set(cols)].sort((a, b) => a - b).map(columnName).join(',');
const numbers = (rows: number[]) => [...new Set(rows)].sort((a, b) => a - b).map((r) => String(r + 1)).join(',');

/** Year cells of a header row: short labels read as a run; numbers only as consecutive Western years. */
function yearHeader(ctx: ReadContext, row: number): { col: number; year: number; text: string }[] {
  const cells = ctx.grid.rowCells(row).filter((c) => c.text.length <= MAX_LABEL);
  // A date cell (2023/4/1, or 「令和5年度」 by its format) is a label here, read through its date text.
  const strings = cells.filter((c) => typeof ctx.grid.value(row, c.col) === 'string' || ctx.grid.isDate(row, c.col));
  const run = yearRun(strings.map((c) => c.text), ctx.era);
  const out = strings.map((c, i) => ({ col: c.col, year: run[i], text: c.text })).filter((c): c is { col: number; year: number; text: string } => c.year !== null);
  // 2019 │ 2020 │ 2021 as numbers: a header only when consecutive.
  const nums = cells.filter((c) => typeof ctx.grid.value(row, c.col) === 'number' && /^(19[89]\d|20[0-6]\d)$/.test(c.text));
  if (nums.length >= 2 && nums.every((c, i) => i === 0 || Number(c.text) === Number(nums[i - 1].text) + 1)) {
    out.push(...nums.map((c) => ({ col: c.col, year: Number(c.text), text: c.text })));
    out.sort((a, b) => a.col - b.col);
  }
  // A header holds labels, not values: a row with other numbers is a body row (「相談2019の件数 │ 100」),
  // also where the numbers are written with their unit (「0人 │ H18 │ 50人 │ H20」: values paired with years).
  if (cells.some((c) => typeof ctx.grid.value(row, c.col) === 'number' && !out.some((y) => y.col === c.col))) return [];
  if (strings.some((c) => !out.some((y) => y.col === c.col) && valueWithUnit(ctx.grid.value(row, c.col)))) return [];
  // The run must increase: repeated years are one table's plan/actual pairs at most.
  const distinct = new Set(out.map((c) => c.year));
  return distinct.size >= 2 ? out : [];
}

/** 「0人」, 「5.4‰」: a number written with its unit (never a year or a period: 「27年度」, 「3月末」, 「第1期」). */
function valueWithUnit(v: unknown): boolean {
  const p = parseValue(v as string, 'General');
  return p.kind === 'number' && p.label === null && !/[年月期]/.test(p.unit ?? '');
}

function hasValue(ctx: ReadContext, row: number, cols: number[]): boolean {
  return cols.some((c) => {
    const v = ctx.grid.value(row, c);
    if (typeof v === 'number') return true;
    if (typeof v !== 'string') return false;
    return /\d/.test(fold(v)) || /^[-ー－―—]$|未実施|調査なし/.test(v.trim());
  });
}

/** 計画期間 始:H22 終:H26 / 計画期間 H22～H26, in the rows above a table. */
function periodAbove(ctx: ReadContext, row: number): TableReading['period'] | undefined {
  for (let r = row - 1; r >= Math.max(ctx.grid.top, row - 4); r--) {
    const cells = ctx.grid.rowCells(r);
    const label = cells.find((c) => lexRole(c.text) === 'period' || /期間/.test(c.text));
    if (!label) continue;
    const years = cells.filter((c) => c.col >= label.col).flatMap((c) => fold(c.text).split(/[~〜～\-]|終|至/).map((part) => fiscalYearOf(part, ctx.era))).filter((y): y is number => y !== null);
    if (years.length >= 1) return { from: years.length >= 2 ? years[0] : null, to: years[years.length - 1], cell: ctx.grid.address(r, label.col) };
  }
  return undefined;
}

export function detectTables(ctx: ReadContext): { tables: DetectedTable[]; nearMisses: NearMiss[] } {
  const tables: DetectedTable[] = [];
  const nearMisses: NearMiss[] = [];
  const g = ctx.grid;
  for (let row = g.top; row <= g.bottom; row = g.nextRow(row)) {
    if (ctx.claimed.has(row)) continue;
    const found = across(ctx, row, nearMisses) ?? down(ctx, row, nearMisses) ?? blockTable(ctx, row, nearMisses) ?? table(ctx, row, nearMisses);
    if (!found) continue;
    tables.push(found);
    for (let r = found.top; r <= found.bottom; r++) ctx.claimed.add(r);
    row = found.bottom;
  }
  return { tables, nearMisses };
}

/** The body: rows after `from` up to the first blank row or the next year header. */
function bodyEnd(ctx: ReadContext, from: number): number {
  let r = from;
  while (r + 1 <= ctx.grid.bottom && ctx.grid.rowCells(r + 1).length > 0 && !ctx.claimed.has(r + 1) && yearHeader(ctx, r + 1).length < 2) r++;
  return r;
}

function across(ctx: ReadContext, row: number, nearMisses: NearMiss[]): DetectedTable | null {
  const g = ctx.grid;
  const years = yearHeader(ctx, row);
  if (years.length < 2) return null;
  const firstYear = years[0].col;
  const lastYear = years[years.length - 1].col;
  const colRoles = new Map<number, TableRole>();
  const labels: TextCell[] = [];
  // Header labels left of and among the years: 指標名 │ 単位 │ … │ 目標値 │ 備考.
  for (const c of g.rowCells(row)) {
    if (years.some((y) => y.col === c.col)) {
      const r = yearlyRole(c.text);
      if (r === 'actual' || r === 'plan') colRoles.set(c.col, r);
      continue;
    }
    const r = lexRole(c.text);
    if (!r) continue;
    labels.push({ cell: g.address(row, c.col), text: c.text });
    if (r === 'name' || r === 'id' || r === 'unit' || r === 'note' || r === 'department' || r === 'description' || r === 'grade' || r === 'qualifier' || r === 'targetYear') colRoles.set(c.col, r);
    else if (isValueRole(r)) colRoles.set(c.col, r === 'plan' || r === 'actual' ? r : r);
  }
  // A 計画 │ 実績 sub-header under the years.
  let headerEnd = row;
  for (let r = row + 1; r <= Math.min(row + 2, g.bottom); r++) {
    const cells = g.rowCells(r).filter((c) => c.col >= firstYear - 1);
    const roles = cells.map((c) => yearlyRole(c.text));
    if (cells.length >= 2 && roles.filter((x) => x === 'plan' || x === 'actual').length >= 2 && !hasValue(ctx, r, cells.map((c) => c.col))) {
      cells.forEach((c, i) => {
        const x = roles[i];
        if (x === 'plan' || x === 'actual') colRoles.set(c.col, x);
      });
      headerEnd = r;
    } else break;
  }
  const yearCols = [...new Set([...years.map((y) => y.col), ...[...colRoles].filter(([, r]) => r === 'plan' || r === 'actual').map(([c]) => c)])];
  const last = endBeforeTextBand(ctx, headerEnd + 1, bodyEnd(ctx, headerEnd), yearCols);
  if (last <= headerEnd) return null;

  // Body rows: a role label left of the years makes a value row; other text is a name.
  const rowRoles = new Map<number, TableRole>();
  const nameCols = new Map<number, number>();
  const ignored: number[] = [];
  let valueRows = 0;
  let numeric = false;
  for (let r = headerEnd + 1; r <= last; r++) {
    let role: LexRole | null = null;
    for (const c of g.rowCells(r)) {
      if (c.col >= firstYear) break;
      const lr = yearlyRole(c.text);
      if (lr && (isValueRole(lr) || lr === 'derived' || lr === 'cost' || lr === 'note')) {
        role = lr;
        labels.push({ cell: g.address(r, c.col), text: c.text });
      } else if (!lr || lr === 'name') {
        if (/^[0-9０-９]{1,2}$|^[①-⑳]$/.test(c.text)) continue;
        nameCols.set(c.col, (nameCols.get(c.col) ?? 0) + 1);
      }
    }
    if (role === 'derived' || role === 'cost') {
      ignored.push(r);
      continue;
    }
    if (role === 'note') rowRoles.set(r, 'note');
    else if (isValueRole(role)) {
      rowRoles.set(r, role);
      valueRows++;
    }
    if ((isValueRole(role) || role === null) && hasValue(ctx, r, yearCols)) numeric = true;
  }
  const headerName = [...colRoles].find(([, r]) => r === 'name')?.[0];
  const nameCol = headerName ?? [...nameCols].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  const hasColumnRoles = [...colRoles.values()].some((r) => r === 'plan' || r === 'actual');
  if (valueRows === 0 && !hasColumnRoles && headerName === undefined) {
    // Years and numbers without any role or name label: not an indicator table (a cost table, a chart's data).
    return null;
  }
  const above = nameCol === undefined ? nameRowAbove(ctx, row) : undefined;
  if ((nameCol === undefined && above === undefined) || !numeric) {
    if (labels.length > 0) nearMisses.push({ labels, missing: nameCol === undefined ? 'name' : 'values', cell: g.address(row, firstYear) });
    return null;
  }
  if (nameCol !== undefined) colRoles.set(nameCol, 'name');
  // Qualifier columns: (見込) / (実績) cells beside a year column, under no header of their own.
  for (const c of yearCols) {
    for (const q of [c + 1, c - 1]) {
      if (colRoles.has(q) || yearCols.includes(q)) continue;
      if (range(headerEnd + 1, last).some((r) => QUALIFIER.test(fold(g.text(r, q))))) colRoles.set(q, 'qualifier');
    }
  }
  const roles: TableReading['roles'] = { years: String(row + 1), ...(above !== undefined ? { name: String(above + 1) } : {}) };
  const byRole = new Map<TableRole, number[]>();
  for (const [c, r] of colRoles) byRole.set(r, [...(byRole.get(r) ?? []), c]);
  for (const [r, cs] of byRole) roles[r] = letters(cs);
  const rowsByRole = new Map<TableRole, number[]>();
  for (const [r, ro] of rowRoles) rowsByRole.set(ro, [...(rowsByRole.get(ro) ?? []), r]);
  for (const [ro, rs] of rowsByRole) roles[ro] = roles[ro] ? `${roles[ro]},${numbers(rs)}` : numbers(rs);
  const right = Math.max(lastYear, ...colRoles.keys());
  const left = Math.min(...(nameCol !== undefined ? [nameCol] : []), ...colRoles.keys(), firstYear, ...labels.map((l) => parseCellAddress(l.cell).col));
  return {
    reading: {
      layout: 'generic-table',
      range: rangeAddress(above ?? row, left, last, right),
      profile: null,
      orientation: 'across',
      roles,
      header: headerEnd > row ? numbers(range(row, headerEnd)) : String(row + 1),
    },
    top: above ?? row,
    bottom: last,
    evaluationYear: null,
  };
}

/** A name given once above a table (「[目標指標] 参加率」, 「指標名 | 参加率」), within two rows. */
function nameRowAbove(ctx: ReadContext, row: number): number | undefined {
  for (let r = row - 1; r >= Math.max(ctx.grid.top, row - 2); r--) {
    if (ctx.claimed.has(r)) return undefined;
    if (nameInRow(ctx.grid, r)) return r;
  }
  return undefined;
}

/** The latest year a 年度 column holds: the evaluated year of a collection workbook (never running text). */
function latestYear(ctx: ReadContext, col: number, from: number, to: number): DetectedTable['evaluationYear'] {
  let best: DetectedTable['evaluationYear'] = null;
  for (let r = from; r <= to; r++) {
    const t = ctx.grid.text(r, col);
    const y = t.length <= 16 ? fiscalYearOf(t, ctx.era) : null;
    if (y !== null && (best === null || y > best.year)) best = { year: y, label: t, cell: ctx.grid.address(r, col) };
  }
  return best;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

function down(ctx: ReadContext, row: number, nearMisses: NearMiss[]): DetectedTable | null {
  const g = ctx.grid;
  const cells = g.rowCells(row).filter((c) => c.text.length <= MAX_LABEL);
  const valueCols = cells.map((c) => ({ ...c, role: yearlyRole(c.text) })).filter((c) => c.role === 'plan' || c.role === 'actual' || c.role === 'target' || c.role === 'baseline' || c.role === 'current');
  if (valueCols.filter((c) => c.role === 'plan' || c.role === 'actual').length < 1 || valueCols.length < 2) return null;
  const firstValue = valueCols[0].col;
  const last = bodyEnd(ctx, row);
  if (last <= row) return null;
  // The year column: left of the values, holding years (or 最終目標 / 基準値) down the body.
  let yearCol: number | undefined;
  let best = 0;
  for (let c = g.left; c < firstValue; c++) {
    const texts = range(row + 1, last).map((r) => g.text(r, c));
    const run = yearRun(texts, ctx.era).filter((y) => y !== null).length;
    if (run >= 2 && run > best) ((best = run), (yearCol = c));
  }
  if (yearCol === undefined) return null;
  const headerCells = g.rowCells(row);
  const labels = headerCells.filter((c) => lexRole(c.text)).map((c) => ({ cell: g.address(row, c.col), text: c.text }));
  const nameHead = headerCells.find((c) => c.col !== yearCol && lexRole(c.text) === 'name')?.col;
  let nameCol = nameHead;
  if (nameCol === undefined) {
    for (let c = yearCol - 1; c >= g.left && nameCol === undefined; c--) if (range(row + 1, last).some((r) => g.text(r, c) !== '' && !lexRole(g.text(r, c)))) nameCol = c;
  }
  const numeric = range(row + 1, last).some((r) => hasValue(ctx, r, valueCols.map((c) => c.col)));
  if (nameCol === undefined || !numeric) {
    nearMisses.push({ labels, missing: nameCol === undefined ? 'name' : 'values', cell: g.address(row, firstValue) });
    return null;
  }
  const roles: TableReading['roles'] = { years: columnName(yearCol), name: columnName(nameCol) };
  const add = (r: TableRole, c: number) => (roles[r] = roles[r] ? `${roles[r]},${columnName(c)}` : columnName(c));
  for (const c of valueCols) add(c.role === 'target' ? 'plan' : (c.role as TableRole), c.col);
  for (const c of headerCells) {
    const r = lexRole(c.text);
    if (c.col === nameCol || c.col === yearCol || valueCols.some((v) => v.col === c.col)) continue;
    if (r === 'unit' || r === 'note' || r === 'id' || r === 'grade' || r === 'department') add(r, c.col);
  }
  // (見込) / (実績) beside the values, under no header of their own.
  const quals = qualifierColumns(ctx, valueCols.map((c) => c.col), (c) => c === nameCol || c === yearCol || headerCells.some((h) => h.col === c), row + 1, last);
  if (quals.length > 0) roles.qualifier = quals.map(columnName).join(',');
  const right = Math.max(...headerCells.map((c) => c.col), ...quals);
  return {
    reading: { layout: 'generic-table', range: rangeAddress(row, Math.min(nameCol, yearCol), last, right), profile: null, orientation: 'down', roles, header: String(row + 1) },
    top: row,
    bottom: last,
    evaluationYear: lexRole(g.text(row, yearCol)) === 'yearColumn' ? latestYear(ctx, yearCol, row + 1, last) : null,
  };
}

/**
 * A header row with the row above it, where the one above groups its columns: a merged 「指標」 over
 * 名称 │ H28実績値 │ 単位 makes 名称 the indicator's name (指標 + 名称 = 指標名称), and cells merged down
 * from the row above (No. over two header rows) belong to this row too. Returns null when the row
 * above groups nothing (then the row is a header by itself).
 */
function twoRowHeader(ctx: ReadContext, row: number): { col: number; text: string }[] | null {
  const g = ctx.grid;
  if (row - 1 < g.top || ctx.claimed.has(row - 1)) return null;
  const own = g.rowCells(row);
  const cols = new Set(own.map((c) => c.col));
  const out: { col: number; text: string }[] = [];
  let grouped = false;
  for (const c of g.rowCells(row - 1)) {
    const m = g.mergeAt(row - 1, c.col);
    if (!m) continue;
    if (m.bottom >= row && m.left === c.col && !cols.has(c.col)) out.push({ col: c.col, text: c.text });
    if (m.bottom === row - 1 && m.right > m.left) grouped = true;
  }
  if (!grouped) return null;
  for (const c of own) {
    let text = c.text;
    const parent = g.mergeCovering(row - 1, c.col);
    if (parent && parent.bottom === row - 1 && parent.right > parent.left && !lexRole(text)) {
      const joined = g.text(parent.top, parent.left) + text;
      if (lexRole(joined)) text = joined;
    }
    out.push({ col: c.col, text });
  }
  return out.sort((a, b) => a.col - b.col);
}

function table(ctx: ReadContext, row: number, nearMisses: NearMiss[]): DetectedTable | null {
  const g = ctx.grid;
  const composed = twoRowHeader(ctx, row);
  const cells = (composed ?? g.rowCells(row)).filter((c) => c.text.length <= MAX_LABEL);
  if (cells.length < 3) return null;
  const typed = cells.map((c) => ({ ...c, role: lexRole(c.text) }));
  const name = typed.find((c) => c.role === 'name');
  const values = typed.filter((c) => isValueRole(c.role));
  if (!name || values.length === 0) {
    if (values.length >= 2 && !name) {
      // Value columns without a name column: a near miss only when numbers sit below.
      const last = bodyEnd(ctx, row);
      if (last > row && range(row + 1, last).some((r) => hasValue(ctx, r, values.map((v) => v.col)))) {
        nearMisses.push({ labels: typed.filter((c) => c.role).map((c) => ({ cell: g.address(row, c.col), text: c.text })), missing: 'name', cell: g.address(row, values[0].col) });
      }
    }
    return null;
  }
  // Value columns paired with year columns (基準値 │ 基準年度 │ 目標値 │ 目標年度): paired-columns.ts.
  const bodyGuess = bodyEnd(ctx, row);
  const yearCols = pairedYearColumns(ctx, row, typed, values.map((v) => v.col), bodyGuess);
  const valueCols = values.map((v) => v.col).filter((c) => !yearCols.includes(c));
  const last = endBeforeTextBand(ctx, row + 1, bodyGuess, valueCols);
  if (last <= row) return null;
  if (!range(row + 1, last).some((r) => hasValue(ctx, r, valueCols))) return null;
  const split = splitIdColumn(ctx, row, name.col, row + 1, last);
  const roles: TableReading['roles'] = {};
  const add = (r: TableRole, c: number) => (roles[r] = roles[r] ? `${roles[r]},${columnName(c)}` : columnName(c));
  let yearColumn: number | undefined;
  for (const c of typed) {
    if (yearCols.includes(c.col)) add('years', c.col);
    else if (split && c === name) (add('id', split.id), add('name', split.name));
    else if (c.role === 'derived' && gradeMarksColumn(ctx, c.col, row + 1, last)) add('grade', c.col);
    else if (!c.role) continue;
    else if (c.role === 'yearColumn') yearColumn = c.col;
    else if (c.role === 'derived' || c.role === 'cost' || c.role === 'period') continue;
    else add(c.role === 'name' && c !== name ? 'description' : (c.role as TableRole), c.col);
  }
  const period = periodAbove(ctx, row);
  // A 年度 column: the evaluated year of every row (a collection workbook), never from running text.
  const evaluationYear = yearColumn !== undefined ? latestYear(ctx, yearColumn, row + 1, last) : null;
  const right = Math.max(...cells.map((c) => c.col));
  const left = Math.min(...cells.map((c) => c.col));
  return {
    reading: { layout: 'generic-table', range: rangeAddress(composed ? row - 1 : row, left, last, right), profile: null, orientation: 'table', roles, header: composed ? numbers([row - 1, row]) : String(row + 1), ...(period ? { period } : {}) },
    top: composed ? row - 1 : row,
    bottom: last,
    evaluationYear,
  };
}

/** Year columns beside a value column (a 年度 column elsewhere is a collection's evaluated year, not a pair). */
function pairedYearColumns(ctx: ReadContext, row: number, typed: { col: number; role: LexRole | null }[], valueCols: number[], last: number): number[] {
  if (last <= row) return [];
  const years = yearColumns(ctx, row, typed.map((c) => c.col), row + 1, last);
  const values = valueCols.filter((c) => !years.includes(c));
  return years.filter((y) => values.includes(y - 1) || values.includes(y + 1));
}
