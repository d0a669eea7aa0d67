import type { Indicator, LayoutKind, ScheduleAction } from '../model/types';
import { columnName, parseCellAddress, rangeAddress } from '../snapshot/address';
import type { TableReading, TableRole } from './reading';

/**
 * How the seed readers read a sheet, as TableReadings: built from what they read (the cells of
 * each indicator), one entry per table. A table is a run of indicators of one layout whose rows
 * touch or overlap; each role lists the rows (values over years across) or the columns it was read from.
 */

type Axis = 'rows' | 'cols';

const SEED: Record<Exclude<LayoutKind, 'generic-table' | 'schedule' | 'profile'>, { orientation: TableReading['orientation']; values: Axis }> = {
  'indicator-blocks': { orientation: 'across', values: 'rows' },
  'plan-actual': { orientation: 'across', values: 'cols' },
  'baseline-target': { orientation: 'table', values: 'cols' },
  'baseline-target-current': { orientation: 'table', values: 'cols' },
};

interface Cells {
  add(role: TableRole, cell: string | null | undefined): void;
  all: { row: number; col: number }[];
  byRole: Map<TableRole, { row: number; col: number }[]>;
}

function cells(): Cells {
  const all: { row: number; col: number }[] = [];
  const byRole = new Map<TableRole, { row: number; col: number }[]>();
  return {
    all,
    byRole,
    add(role, cell) {
      if (!cell) return;
      const p = parseCellAddress(cell);
      all.push(p);
      byRole.set(role, [...(byRole.get(role) ?? []), p]);
    },
  };
}

function rowsOf(ps: { row: number }[]): string {
  return [...new Set(ps.map((p) => p.row))].sort((a, b) => a - b).map((r) => String(r + 1)).join(',');
}

function colsOf(ps: { col: number }[]): string {
  return [...new Set(ps.map((p) => p.col))].sort((a, b) => a - b).map(columnName).join(',');
}

function reading(layout: string, c: Cells, orientation: TableReading['orientation'], values: Axis): TableReading | null {
  if (c.all.length === 0) return null;
  const top = Math.min(...c.all.map((p) => p.row));
  const bottom = Math.max(...c.all.map((p) => p.row));
  const left = Math.min(...c.all.map((p) => p.col));
  const right = Math.max(...c.all.map((p) => p.col));
  const roles: TableReading['roles'] = {};
  const valueRoles: TableRole[] = ['actual', 'plan', 'note'];
  for (const [role, ps] of c.byRole) {
    if (role === 'years') roles.years = orientation === 'down' ? colsOf(ps) : rowsOf(ps);
    else if (valueRoles.includes(role)) roles[role] = values === 'rows' ? rowsOf(ps) : colsOf(ps);
    else roles[role] = colsOf(ps);
  }
  return { layout, range: rangeAddress(top, left, bottom, right), profile: null, orientation, roles };
}

function rowSpan(ind: Indicator): [number, number] {
  const rows = [ind.cell, ind.name?.cell, ...ind.years.flatMap((y) => [y.actual?.cell, y.expected?.cell, y.note?.cell, y.labelCell]), ind.baseline?.value?.cell, ind.target?.value?.cell]
    .filter((x): x is string => !!x)
    .map((a) => parseCellAddress(a).row);
  return [Math.min(...rows), Math.max(...rows)];
}

export function describeIndicators(layout: Exclude<LayoutKind, 'generic-table' | 'schedule' | 'profile'>, indicators: Indicator[]): TableReading[] {
  const { orientation, values } = SEED[layout];
  const own = indicators.filter((i) => i.layout === layout && i.cell !== '');
  const out: TableReading[] = [];
  let group: Indicator[] = [];
  let end = -Infinity;
  const flush = () => {
    if (group.length === 0) return;
    const c = cells();
    for (const ind of group) {
      c.add('id', ind.id !== '' && ind.cell !== ind.name?.cell ? ind.cell : null);
      c.add('name', ind.name?.cell);
      if (ind.unit) c.add('unit', ind.unit.cell);
      if (ind.grade) c.add('grade', ind.grade.cell);
      for (const y of ind.years) {
        if (orientation !== 'table') c.add('years', y.labelCell);
        c.add('actual', y.actual?.cell);
        c.add('plan', y.expected?.cell);
        if (y.note) c.add('note', y.note.cell);
      }
      if (orientation === 'table') {
        c.add('baseline', ind.baseline?.value?.cell);
        c.add('target', ind.target?.value?.cell);
        c.add('current', ind.current?.value?.cell);
      } else {
        if (layout === 'plan-actual') c.add('baseline', ind.baseline?.value?.cell);
        if (layout === 'plan-actual') c.add('target', ind.target?.value?.cell);
      }
    }
    if (orientation === 'table') c.byRole.delete('actual'); // the current value, already listed as current
    const r = reading(layout, c, orientation, values);
    if (r) out.push(r);
    group = [];
  };
  for (const ind of own.sort((a, b) => rowSpan(a)[0] - rowSpan(b)[0])) {
    const [top, bottom] = rowSpan(ind);
    // Each indicator block is a table of its own; other layouts' rows run on in one table.
    if (top > end + 1 || layout === 'indicator-blocks') flush();
    group.push(ind);
    end = Math.max(end, bottom);
  }
  flush();
  return out;
}

export function describeSchedules(actions: ScheduleAction[]): TableReading[] {
  const out: TableReading[] = [];
  let c = cells();
  let end = -Infinity;
  const flush = () => {
    const r = reading('schedule', c, 'across', 'rows');
    if (r) out.push(r);
    c = cells();
  };
  for (const a of actions) {
    const rows = [a.cell, ...a.statuses.map((s) => s.cell)].map((x) => parseCellAddress(x).row);
    if (Math.min(...rows) > end + 1) flush();
    c.add('itemTitle', a.cell);
    for (const s of a.statuses) c.all.push(parseCellAddress(s.cell));
    end = Math.max(end, ...rows);
  }
  flush();
  return out;
}
