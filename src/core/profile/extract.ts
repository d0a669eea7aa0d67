import type { GradeCell, Indicator, IndicatorYear, Item, ValueCell, YearRef } from '../model/types';
import { allQualitative, display, fieldCell, isMergeCovered, precisionOf, textCell, unitOfValues, valueCell, type ReadContext } from '../read/context';
import { parseGrade } from '../read/grades';
import type { TableReading, TableRole } from '../read/reading';
import { parseCellAddress } from '../snapshot/address';
import { squash } from '../text/normalize';
import { parseFiscalYear } from '../text/years';

/**
 * Extract: a TableReading (where the table is and which row or column holds which role) + the grid
 * → indicators (and, where the table has a grade column, one item per indicator) of the model.
 * Knows nothing of profiles: the same step serves any reader that can describe a table this way.
 *
 * Conventions of `roles` (reading.ts): digits are rows (1-based), letters are columns. The table's
 * header row is the range's top row. Years across: `years` is the header row and each year column
 * is a header cell that reads as a year; an indicator is the rows from its name cell down to the
 * next one, its actual / plan / note rows listed in `actual` / `plan` / `note`. Years down: `years`
 * is the year column, one row per year; rows listed under `baseline` / `target` hold those instead.
 */

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function box(range: string): Box {
  const [a, b = a] = range.split(':');
  const p = parseCellAddress(a);
  const q = parseCellAddress(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

function places(reading: TableReading, role: TableRole): { rows: number[]; cols: number[] } {
  const rows: number[] = [];
  const cols: number[] = [];
  for (const part of (reading.roles[role] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (/^\d+$/.test(part)) rows.push(Number(part) - 1);
    else cols.push(parseCellAddress(`${part}1`).col);
  }
  return { rows, cols };
}

const yearOf = (ctx: ReadContext, text: string) => parseFiscalYear(text, { contextEra: ctx.era })?.year ?? null;

export function extractTable(reading: TableReading, ctx: ReadContext): { indicators: Indicator[]; items: Item[] } {
  const b = box(reading.range);
  const header = b.top;
  const nameCol = places(reading, 'name').cols[0];
  if (nameCol === undefined) return { indicators: [], items: [] };
  const col = (role: TableRole) => places(reading, role).cols[0];
  const rowSet = (role: TableRole) => new Set(places(reading, role).rows);
  const down = reading.orientation === 'down';
  const yearCol = down ? col('years') : undefined;
  const roleCols = new Set<number>([nameCol]);
  for (const role of Object.keys(reading.roles) as TableRole[]) if (role !== 'years' || down) for (const c of places(reading, role).cols) roleCols.add(c);

  // Blocks: from a name cell down to the next one.
  const starts: number[] = [];
  for (let r = header + 1; r <= b.bottom; r++) if (!isMergeCovered(ctx, r, nameCol) && ctx.grid.text(r, nameCol) !== '') starts.push(r);

  const headerRef = (c: number | undefined, r: number): YearRef | null => {
    if (c === undefined) return null;
    const label = ctx.grid.text(header, c);
    const value = firstFilled(ctx, r, blockEnd(starts, r, b.bottom), c);
    return { year: yearOf(ctx, label), label: label || null, labelCell: ctx.grid.address(header, c), value };
  };

  const indicators: Indicator[] = [];
  const items: Item[] = [];
  for (const start of starts) {
    const end = blockEnd(starts, start, b.bottom);
    const name = textCell(ctx, start, nameCol);
    let years: IndicatorYear[] = [];
    let baseline = headerRef(col('baseline'), start);
    let target = headerRef(col('target'), start);
    if (!down) {
      const yearCols: { col: number; year: number; label: string }[] = [];
      for (let c = b.left; c <= b.right; c++) {
        if (roleCols.has(c)) continue;
        const label = ctx.grid.text(header, c);
        const year = yearOf(ctx, label);
        if (year !== null) yearCols.push({ col: c, year, label });
      }
      const inBlock = (s: Set<number>) => [...s].find((r) => r >= start && r <= end);
      const actualRow = inBlock(rowSet('actual'));
      const planRow = inBlock(rowSet('plan'));
      const noteRow = inBlock(rowSet('note'));
      years = yearCols.map((y) => ({
        year: y.year,
        label: y.label,
        labelCell: ctx.grid.address(header, y.col),
        actual: actualRow !== undefined ? valueCell(ctx, actualRow, y.col) : null,
        expected: planRow !== undefined ? valueCell(ctx, planRow, y.col) : null,
        note: noteRow !== undefined ? textCell(ctx, noteRow, y.col) : null,
      }));
    } else {
      const actualCol = col('actual');
      const planCol = col('plan');
      const noteCol = col('note');
      const baseRows = rowSet('baseline');
      const targetRows = rowSet('target');
      for (let r = start; r <= end; r++) {
        const label = ctx.grid.text(r, yearCol!);
        const cell = ctx.grid.address(r, yearCol!);
        const pick = (first: number | undefined, second: number | undefined): ValueCell | null => {
          const cands = [first, second].filter((c): c is number => c !== undefined).map((c) => valueCell(ctx, r, c));
          return cands.find((v) => v.parsed.kind !== 'blank') ?? cands[0] ?? null;
        };
        if (baseRows.has(r)) baseline = { year: yearOf(ctx, label), label, labelCell: cell, value: pick(actualCol, planCol) };
        else if (targetRows.has(r)) target = { year: yearOf(ctx, label), label, labelCell: cell, value: pick(planCol, actualCol) };
        else {
          const year = yearOf(ctx, label);
          if (year === null) continue;
          years.push({
            year,
            label,
            labelCell: cell,
            actual: actualCol !== undefined ? valueCell(ctx, r, actualCol) : null,
            expected: planCol !== undefined ? valueCell(ctx, r, planCol) : null,
            note: noteCol !== undefined ? textCell(ctx, r, noteCol) : null,
          });
        }
      }
    }
    years = years.sort((x, y) => x.year - y.year);
    const unitCol = col('unit');
    const unit = unitCol !== undefined ? fieldCell(ctx, start, unitCol) : null;
    const values = [...years.flatMap((y) => [y.actual, y.expected]), baseline?.value ?? null, target?.value ?? null];
    if (!name && !values.some((v) => v && v.parsed.kind !== 'blank')) continue;
    const idCol = col('id');
    const gradeCol = col('grade');
    const grade: GradeCell | null = gradeCol !== undefined ? gradeIn(ctx, start, end, gradeCol) : null;
    const key = `row:${start + 1}`;
    const text = (c: number | undefined) => (c === undefined ? null : display(ctx.grid.text(start, c)) || null);
    const ind: Indicator = {
      key,
      id: idCol !== undefined ? display(ctx.grid.text(start, idCol)) : '',
      layout: 'profile',
      cell: name?.cell ?? ctx.grid.address(start, nameCol),
      name,
      unit,
      unitText: (unit && unit.text.trim() !== '' ? unit.text.trim() : null) ?? unitOfValues(values),
      department: text(col('department')),
      description: text(col('description')),
      baseline,
      target,
      current: null,
      years,
      cumulative: /累計/.test(squash(`${name?.text ?? ''}${unit?.text ?? ''}`)),
      qualitative: allQualitative(values.filter((v) => v !== target?.value)),
      precision: precisionOf(values),
      grade,
      itemKey: grade ? `item:${key}` : null,
      badYearHeaders: [],
    };
    indicators.push(ind);
    if (grade) {
      items.push({ key: `item:${key}`, no: name?.text ?? String(start + 1), cell: ind.cell, title: name?.text ?? null, department: ind.department, grade, indicatorRefs: [], refCell: null, indicatorKeys: [key], narrative: [], yearlyGrades: [] });
    }
  }
  return { indicators, items };
}

function blockEnd(starts: number[], start: number, bottom: number): number {
  const next = starts.find((s) => s > start);
  return next === undefined ? bottom : next - 1;
}

/** The first non-blank cell of a column within a block (a value merged down sits in the first row). */
function firstFilled(ctx: ReadContext, top: number, bottom: number, c: number): ValueCell {
  for (let r = top; r <= bottom; r++) if (ctx.grid.text(r, c) !== '') return valueCell(ctx, r, c);
  return valueCell(ctx, top, c);
}

function gradeIn(ctx: ReadContext, top: number, bottom: number, c: number): GradeCell {
  for (let r = top; r <= bottom; r++) if (ctx.grid.text(r, c) !== '') return parseGrade(ctx.grid.value(r, c), ctx.grid.address(r, c));
  return parseGrade(null, ctx.grid.address(top, c));
}


