/**
 * Extract: a TableReading (which row or column plays which role) + the grid → Indicators and Items.
 *
 *   extractTable(grid: Grid, reading: TableReading, options?: { era?: Era | null; layout?: LayoutKind })
 *     → { indicators: Indicator[]; items: Item[] }
 *
 * It never looks for the table: detect.ts (the generic reader) or a layout profile (a person's
 * teaching) says where everything is, and extract reads the cells. So the two share one reading of
 * values, years, units and grades. What `reading` must hold:
 *
 * - `range` (「B5:H12」) bounds the table; `header` (「5」 or 「5,6」) its header rows — the body is
 *   the rows of the range below them. Without `header`: the `years` row (across) or the range's top row.
 * - `orientation` and `roles.years`:
 *   - 'across': `years` is a row number (「5」); each column's year is the year written in that row
 *     (merged year cells cover their columns; bare years are read as a run, see yearRun).
 *   - 'down': `years` is a column letter (「B」); each body row's year is written in that column, or
 *     the column says 最終目標 / 基準値 and the row holds the target / baseline.
 *   - 'table': one row per indicator; years from the header label of each column (基準値 (H27)),
 *     a `targetYear` column (目標年度, 「H28.3」 = FY2015: January–March belong to the year before),
 *     or `period` (計画期間 始:H22 終:H26: the target is for its last year). Here `years`, where
 *     given, lists year columns beside the values (基準値 │ 基準年度 │ 目標値 │ 目標年度): each row's
 *     values take the years written in that row (paired-columns.ts).
 * - value roles (actual, plan, baseline, target, interimTarget, current): row numbers (「7,9」: rows of
 *   values over the year columns, across only) or column letters (「E,G」). A row role applies to
 *   every year column; a column role to every body row. Where both apply, baseline / target /
 *   current columns win over a row's role (a 基準値 column crossing an 実績 row is the baseline).
 *   A year column with no role under a row without a role holds actuals.
 * - `name`, `id`, `unit`, `note`, `department`, `description`, `qualifier`, `grade`, `itemTitle`,
 *   `targetYear`: column letters. A new indicator starts at each body row whose name cell holds a
 *   name (a name merged over its 目標 / 実績 rows is one indicator); without a name column, at each
 *   row whose value role the current indicator already has.
 * - `grade` columns (several: 妥当性 / 有効性 / 効率性) give one Item per row and grade column,
 *   keyed by the `itemTitle` (or the name) when there is no `id` column.
 */
import type { GradeCell, Indicator, IndicatorYear, Item, LayoutKind, TextCell, ValueCell, YearRef } from '../../model/types';
import type { Grid } from '../../snapshot/grid';
import { parseCellAddress } from '../../snapshot/address';
import { fold, squash } from '../../text/normalize';
import { parseFiscalYear, type Era } from '../../text/years';
import { allQualitative, display, fieldCell, precisionOf, unitOfValues, valueCell, type ReadContext } from '../context';
import { parseGrade } from '../grades';
import { phraseGrade } from '../../grading/phrases';
import { QUALIFIER, lexRole } from '../lexicon';
import type { TableReading, TableRole } from '../reading';
import { yearRun } from '../year-run';
import { groupItems, groupOf, type RowGroup } from './groups';
import { targetWithYear } from './target-text';
import { isEstimateSlot } from './qualifiers';
import { pairYearColumns, sameStage, unitOfFormats } from './paired-columns';

export interface ExtractOptions {
  era?: Era | null;
  /** The LayoutKind the indicators carry: 'generic-table' unless a caller says otherwise. */
  layout?: LayoutKind;
}

export interface Extracted {
  indicators: Indicator[];
  items: Item[];
}

type ValueRole = 'actual' | 'plan' | 'baseline' | 'target' | 'interimTarget' | 'current';
const VALUE_ROLES: ValueRole[] = ['actual', 'plan', 'baseline', 'target', 'interimTarget', 'current'];
const COLUMN_WINS: ValueRole[] = ['baseline', 'target', 'current', 'interimTarget'];

interface Places {
  rows: Map<TableRole, number[]>;
  cols: Map<TableRole, number[]>;
}

function colIndex(letters: string): number {
  return parseCellAddress(`${letters}1`).col;
}

/** 「7,9」 → rows 6, 8 (0-based); 「E,G」 → columns 4, 6; 「7-9」 and 「E-G」 as ranges. */
export function parsePlaces(roles: TableReading['roles']): Places {
  const rows = new Map<TableRole, number[]>();
  const cols = new Map<TableRole, number[]>();
  for (const [role, spec] of Object.entries(roles) as [TableRole, string][]) {
    for (const token of (spec ?? '').split(',').map((t) => t.trim().toUpperCase()).filter(Boolean)) {
      const range = /^(\d+|[A-Z]+)\s*-\s*(\d+|[A-Z]+)$/.exec(token);
      const [a, b] = range ? [range[1], range[2]] : [token, token];
      if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
        for (let r = Number(a); r <= Number(b); r++) push(rows, role, r - 1);
      } else if (/^[A-Z]+$/.test(a) && /^[A-Z]+$/.test(b)) {
        for (let c = colIndex(a); c <= colIndex(b); c++) push(cols, role, c);
      }
    }
  }
  return { rows, cols };
}

function push<K>(m: Map<K, number[]>, k: K, v: number): void {
  const list = m.get(k) ?? [];
  if (!list.includes(v)) list.push(v);
  m.set(k, list);
}

export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b] = range.split(':');
  const p = parseCellAddress(a);
  const q = parseCellAddress(b ?? a);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** A year cell's fiscal year, a month rolling back (「H28.3」, 「平成28年3月」: January–March belong to the year before). */
export function fiscalYearOf(text: string, era: Era | null): number | null {
  // parseFiscalYear rolls a month back itself (text/years.ts: fiscalYearOfMonth).
  return parseFiscalYear(fold(text), { contextEra: era })?.year ?? null;
}

/**
 * Grades written with their meaning: 「C:相当程度進展あり」, 「A（順調）」 → C / A. Brackets holding a
 * grade (「B (B)」, last year's) stay as parseGrade reads them.
 */
export function parseGradeWithMeaning(raw: unknown, cell: string): GradeCell {
  const written = raw === null || raw === undefined ? '' : String(raw);
  const t = fold(written);
  const m = /^([A-Za-z][+-]?|[①-⑳]|\d)\s*(?:[:：]\s*(\S.*)|[(（]\s*([^()（）]*[^A-Za-z()（）\s][^()（）]*)\s*[)）])$/.exec(t);
  if (m && (m[2] ?? m[3]) && !/^[A-Za-z][+-]?$/.test((m[2] ?? m[3]).trim())) {
    const value = /^[A-Za-z]/.test(m[1]) ? m[1].toUpperCase() : m[1];
    return { cell, raw: written, value, previous: null, normalized: false };
  }
  // A phrase scale's grade written in a sentence (「地方創生に非常に効果的であった」): as written, not normalized.
  const phrase = phraseGrade(written);
  if (phrase !== null) return { cell, raw: written, value: phrase, previous: null, normalized: false };
  return parseGrade(raw, cell);
}

interface Triple {
  year: number | null;
  label: string;
  labelCell: string;
  role: ValueRole;
  value: ValueCell;
  row: number;
}

export function extractTable(grid: Grid, reading: TableReading, options: ExtractOptions = {}): Extracted {
  const era = options.era ?? null;
  const layout: LayoutKind = options.layout ?? 'generic-table';
  const ctx: ReadContext = { grid, era, claimed: new Set() };
  const box = parseRange(reading.range);
  const { rows, cols } = parsePlaces(reading.roles);
  const orientation = reading.orientation ?? (rows.has('years') ? 'across' : cols.has('years') ? 'down' : 'table');
  const headerRows = reading.header ? [...parsePlaces({ years: reading.header }).rows.get('years')!] : orientation === 'across' && rows.has('years') ? rows.get('years')! : [box.top];
  const bodyStart = Math.max(...headerRows) + 1;
  const one = (role: TableRole) => cols.get(role)?.[0];
  const nameCol = one('name');
  const idCol = one('id');
  const unitCol = one('unit');
  const noteCol = one('note');
  const deptCol = one('department');
  const descCol = one('description');
  const titleCol = one('itemTitle');
  const targetYearCol = one('targetYear');
  const gradeCols = cols.get('grade') ?? [];
  const qualifierCols = cols.get('qualifier') ?? [];

  // Column roles and header labels.
  const colRole = new Map<number, ValueRole>();
  for (const r of VALUE_ROLES) for (const c of cols.get(r) ?? []) colRole.set(c, r);
  const rowRole = new Map<number, ValueRole | 'note'>();
  for (const r of VALUE_ROLES) for (const row of rows.get(r) ?? []) rowRole.set(row, r);
  for (const row of rows.get('note') ?? []) rowRole.set(row, 'note');
  const headerLabel = (c: number): { text: string; cell: string } => {
    for (const hr of [...headerRows].reverse()) {
      const m = grid.mergeCovering(hr, c);
      const [r0, c0] = m ? [m.top, m.left] : [hr, c];
      const t = grid.text(r0, c0);
      if (t !== '') return { text: t, cell: grid.address(r0, c0) };
    }
    return { text: '', cell: grid.address(headerRows[0], c) };
  };

  // Column years (across and table): the years row, or each column's header label, read as a run.
  const colYear = new Map<number, { year: number; label: string; cell: string }>();
  if (orientation !== 'down') {
    const yr = orientation === 'across' ? rows.get('years')![0] : headerRows[headerRows.length - 1];
    const anchors: { col: number; text: string; cell: string; span: number }[] = [];
    for (let c = box.left; c <= box.right; c++) {
      const m = grid.mergeCovering(yr, c);
      if (m && m.left !== c) continue;
      const t = grid.text(m ? m.top : yr, c);
      if (t === '') continue;
      anchors.push({ col: c, text: t, cell: grid.address(m ? m.top : yr, c), span: m ? m.right - c + 1 : 1 });
    }
    // Flattened sheets: a year label over a plan/actual pair without its merge covers the pair.
    const years = yearRun(anchors.map((a) => a.text), era);
    anchors.forEach((a, i) => {
      const y = years[i] ?? (orientation === 'table' ? fiscalYearOf(a.text, era) : null);
      if (y === null) return;
      for (let k = 0; k < a.span; k++) colYear.set(a.col + k, { year: y, label: a.text, cell: a.cell });
    });
    if (orientation === 'across') {
      // A 計画 | 実績 sub-header under years written once per pair: the year covers the column after it too.
      for (const [c, role] of colRole) {
        if (colYear.has(c) || !colYear.has(c - 1) || (role !== 'actual' && role !== 'plan')) continue;
        const prev = colRole.get(c - 1);
        if (prev && prev !== role && (prev === 'actual' || prev === 'plan')) colYear.set(c, colYear.get(c - 1)!);
      }
    }
  }
  const yearCols = [...colYear.keys()].filter((c) => c >= box.left && c <= box.right).sort((a, b) => a - b);
  // One row per indicator with year columns beside the values (paired-columns.ts): each row's own years.
  const rowYearOf = orientation === 'table' && cols.has('years') ? rowYears(grid, era, [...colRole.keys()], cols.get('years')!, reading.period?.to ?? null, (c) => headerLabel(c).text) : null;

  // Body rows into groups: one group per indicator.
  const isName = (r: number): boolean => {
    if (nameCol === undefined) return false;
    const m = grid.mergeCovering(r, nameCol);
    if (m && m.top !== r) return false;
    const t = grid.text(r, nameCol);
    if (t === '') return false;
    const role = lexRole(t);
    // Years down, a cost word is part of a name (「県民あたりコスト」): cost rows share a year header across.
    return !(role && (VALUE_ROLES as string[]).includes(role)) && role !== 'derived' && (role !== 'cost' || orientation === 'down') && role !== 'note';
  };
  const groups: { rows: number[]; nameRow: number | null }[] = [];
  const rowMode = rowRole.size > 0 && orientation === 'across';
  let current: { rows: number[]; nameRow: number | null; roles: Set<string> } | null = null;
  for (let r = bodyStart; r <= box.bottom; r++) {
    if (grid.rowCells(r).every((c) => c.col < box.left || c.col > box.right)) continue;
    const role = rowRole.get(r);
    const named = isName(r);
    if (orientation === 'table' || (orientation === 'across' && !rowMode)) {
      groups.push({ rows: [r], nameRow: named ? r : null });
      continue;
    }
    if (orientation === 'across' && !role && !named) continue; // a derived or cost row: not part of an indicator
    const startsNew = named || current === null || (nameCol === undefined && role !== undefined && current.roles.has(role));
    if (startsNew) {
      current = { rows: [], nameRow: named ? r : null, roles: new Set() };
      groups.push(current);
    }
    current!.rows.push(r);
    if (role) current!.roles.add(role);
  }

  // A name written once for the table, in a row above it (「[目標指標] 地域活動への参加率」, 「指標名 | 参加率」).
  const nameRowFixed = rows.get('name')?.[0];
  const nameAbove = nameRowFixed !== undefined ? nameInRow(grid, nameRowFixed) : null;

  const indicators: Indicator[] = [];
  const items: Item[] = [];
  // Rows grouped under one item by a merged No. / name / grade cell (one project over its KPI rows).
  const groupCols = [idCol, titleCol, ...gradeCols];
  const rowGroups = new Map<number, RowGroup>();
  for (const g of groups) {
    const triples: Triple[] = [];
    const notes = new Map<number, TextCell | null>();
    const downYears = orientation === 'down' ? yearRun(g.rows.map((r) => grid.text(r, cols.get('years')![0])), era) : [];
    g.rows.forEach((r, i) => {
      if (orientation === 'down') {
        const yc = cols.get('years')![0];
        const label = grid.text(r, yc);
        const lr = lexRole(label);
        const forced = lr === 'baseline' || lr === 'target' || lr === 'interimTarget' || lr === 'current' ? (lr as ValueRole) : null;
        const year = forced ? fiscalYearOf(label, era) : downYears[i];
        if (!forced && year === null) return;
        const entries = [...colRole].sort((a, b) => a[0] - b[0]);
        if (forced) {
          const prefer = forced === 'baseline' || forced === 'current' ? ['actual', 'plan'] : ['plan', 'target', 'actual'];
          const pick = entries
            .filter(([, ro]) => prefer.includes(ro))
            .sort((a, b) => prefer.indexOf(a[1]) - prefer.indexOf(b[1]))
            .map(([c]) => valueCell(ctx, r, c))
            .find((v) => v.parsed.kind !== 'blank');
          if (pick) triples.push({ year, label, labelCell: grid.address(r, yc), role: forced, value: pick, row: r });
          return;
        }
        for (const [c, ro] of entries) {
          const v = qualified(ctx, r, c, qualifierCols);
          if (ro === 'actual' && v.parsed.kind !== 'number' && isEstimateSlot(ctx, r, c, qualifierCols)) continue; // (見込) 「-」: not final yet
          triples.push({ year, label, labelCell: grid.address(r, yc), role: ro, value: v, row: r });
        }
        if (noteCol !== undefined && year !== null) notes.set(year, textOf(ctx, r, noteCol));
        return;
      }
      const rr = rowRole.get(r);
      if (rr === 'note') {
        for (const c of yearCols) notes.set(colYear.get(c)!.year, textOf(ctx, r, c));
        return;
      }
      const cand = new Set<number>([...yearCols, ...colRole.keys()]);
      for (const c of [...cand].sort((a, b) => a - b)) {
        const cr = colRole.get(c);
        let role: ValueRole | undefined = cr && (COLUMN_WINS.includes(cr) || !rr) ? cr : rr ?? cr ?? (colYear.has(c) ? 'actual' : undefined);
        if (!role) continue;
        const y = rowYearOf?.(r, c) ?? colYear.get(c);
        // One row per indicator, an 実績値 column with no year: the latest actual, as 現状値 is.
        if (orientation === 'table' && role === 'actual' && !y) role = 'current';
        const h = headerLabel(c);
        triples.push({ year: y?.year ?? null, label: y?.label ?? h.text, labelCell: y?.cell ?? h.cell, role, value: qualified(ctx, r, c, qualifierCols), row: r });
      }
    });
    const values = triples.map((t) => t.value);
    const first = g.nameRow ?? g.rows[0];
    const nameCell = nameCol !== undefined && g.nameRow !== null ? { cell: grid.address(g.nameRow, nameCol), text: grid.text(g.nameRow, nameCol) } : nameAbove;
    if (!values.some((v) => v.parsed.kind === 'number' || v.parsed.kind === 'no-data') && !nameCell) continue;
    if (values.length === 0) continue;

    // Years: actual and plan per year; baseline, target, current as references.
    const byYear = new Map<number, IndicatorYear>();
    const yearEntry = (t: Triple): IndicatorYear => {
      let e = byYear.get(t.year!);
      if (!e) {
        e = { year: t.year!, label: t.label, labelCell: t.labelCell, actual: null, expected: null, note: notes.get(t.year!) ?? null };
        byYear.set(t.year!, e);
      }
      return e;
    };
    const refOf = (role: ValueRole): YearRef | null => {
      const list = triples.filter((t) => t.role === role);
      const t = list.find((x) => x.value.parsed.kind !== 'blank') ?? list[0];
      return t ? { year: t.year, label: t.label, labelCell: t.labelCell, value: t.value } : null;
    };
    for (const t of triples) {
      if (t.year === null) continue;
      if (t.role === 'actual' || t.role === 'current') {
        const e = yearEntry(t);
        if (!e.actual || e.actual.parsed.kind === 'blank') e.actual = t.value;
      } else if (t.role === 'plan' || t.role === 'interimTarget') {
        const e = yearEntry(t);
        if (!e.expected || e.expected.parsed.kind === 'blank') e.expected = t.value;
      }
    }
    let baseline = refOf('baseline');
    let target = refOf('target');
    let current = refOf('current');
    const yearsList = [...byYear.values()].sort((a, b) => a.year - b.year);
    // Year headers that say what they are: 「R1 (現状値)」 is the baseline, 「R7 (目標)」 the target.
    if (!baseline) {
      const y = yearsList.find((e) => lexRole(e.label) === 'baseline');
      if (y) baseline = { year: y.year, label: y.label, labelCell: y.labelCell, value: pick(y.actual, y.expected) };
    }
    if (!target) {
      const y = yearsList.find((e) => lexRole(e.label) === 'target');
      if (y) target = { year: y.year, label: y.label, labelCell: y.labelCell, value: pick(y.expected, y.actual) };
    }
    // A 目標値 row over years and no target of its own: its last year's value is the final target.
    if (!target && rowMode && !cols.has('target')) {
      const last = [...yearsList].reverse().find((e) => e.expected && e.expected.parsed.kind === 'number');
      if (last) target = { year: last.year, label: last.label, labelCell: last.labelCell, value: last.expected };
    }
    // A target written with its year (「平成31年度までに7,000件」): the number, for that year.
    const written = target?.value ? targetWithYear(target.value, era) : null;
    if (target && written) target = { ...target, value: written.value, year: target.year ?? written.year };
    // A target with no year of its own: the 目標年度 cell, else the table's period.
    if (target && target.year === null) {
      const ty = targetYearCol !== undefined ? fiscalYearOf(grid.text(first, targetYearCol), era) : null;
      target = { ...target, year: ty ?? reading.period?.to ?? null };
    }
    // The baseline year is a year of the indicator in every layout.
    if (baseline && baseline.year !== null && !byYear.has(baseline.year) && baseline.value) {
      yearsList.push({ year: baseline.year, label: baseline.label ?? '', labelCell: baseline.labelCell ?? '', actual: baseline.value, expected: null, note: null });
      yearsList.sort((a, b) => a.year - b.year);
    }

    const unit = unitCol !== undefined ? unitOf(ctx, g.rows, unitCol, nameCol !== undefined ? g.nameRow : null) : null;
    // An actual with no year beside a target date (目標年月 │ 実績値): the result at the target date.
    if (current && current.year === null && targetYearCol !== undefined && target?.year != null && fiscalYearOf(grid.text(first, targetYearCol), era) !== null) {
      current = { ...current, year: target.year };
      if (!byYear.has(target.year) && current.value) {
        yearsList.push({ year: target.year, label: current.label ?? '', labelCell: current.labelCell ?? '', actual: current.value, expected: null, note: null });
        yearsList.sort((a, b) => a.year - b.year);
      }
    }
    const group = orientation === 'table' ? groupOf(grid, first, groupCols) : null;
    const id = idCol !== undefined && !group ? display(grid.text(first, idCol)) : '';
    const nameText = nameCell?.text ?? '';
    const key = `row:${first + 1}`;
    const numeric = values.filter((v) => v !== target?.value);
    const ind: Indicator = {
      key,
      id,
      layout,
      cell: nameCell?.cell ?? (id !== '' ? grid.address(first, idCol!) : values[0].cell),
      name: nameCell,
      unit,
      unitText: unit?.text || unitOfValues([...yearsList.map((y) => y.actual), ...values]) || unitOfFormats(values) || unitInName(nameText),
      department: deptCol !== undefined ? display(grid.text(first, deptCol)) || null : null,
      description: descCol !== undefined ? display(grid.text(first, descCol)) || null : null,
      baseline,
      target,
      current,
      years: yearsList,
      cumulative: /累計/.test(squash(nameText + (unit?.text ?? ''))),
      qualitative: allQualitative(numeric),
      precision: precisionOf(values),
      grade: gradeCols.length === 1 && !group ? parseGradeWithMeaning(grid.value(first, gradeCols[0]), grid.address(first, gradeCols[0])) : null,
      itemKey: null,
      badYearHeaders: [],
    };
    indicators.push(ind);
    if (group) {
      const grp = rowGroups.get(group.top) ?? { ...group, indicatorKeys: [] };
      rowGroups.set(group.top, grp);
      grp.indicatorKeys.push(key);
    } else if (gradeCols.length > 0 && (titleCol !== undefined || gradeCols.length > 1)) {
      const title = titleCol !== undefined ? display(grid.text(first, titleCol)) || null : nameText || null;
      const no = id !== '' ? id : title ?? String(first + 1);
      // One item per row; several grade columns are its axes (必要性 / 効率性 …), one column its grade.
      const axes = gradeCols.length > 1 ? gradeCols.map((gc) => ({ axis: display(headerLabel(gc).text), grade: parseGradeWithMeaning(grid.value(first, gc), grid.address(first, gc)) })) : undefined;
      items.push({
        key: `item:${fold(no)}`,
        no,
        cell: grid.address(first, titleCol ?? idCol ?? nameCol ?? gradeCols[0]),
        title,
        department: ind.department,
        grade: axes ? null : parseGradeWithMeaning(grid.value(first, gradeCols[0]), grid.address(first, gradeCols[0])),
        indicatorRefs: [],
        refCell: null,
        indicatorKeys: [key],
        narrative: [],
        yearlyGrades: [],
        ...(axes ? { axes } : {}),
      });
      ind.itemKey = items[items.length - 1].key;
      if (axes) ind.grade = null;
    }
  }
  if (rowGroups.size > 0 && gradeCols.length > 0) {
    const grouped = groupItems(grid, [...rowGroups.values()], { idCol, titleCol, gradeCols, axisOf: (c) => headerLabel(c).text });
    items.push(...grouped);
    if (gradeCols.length === 1) for (const it of grouped) for (const k of it.indicatorKeys) indicators.find((i) => i.key === k)!.itemKey = it.key;
  }
  return { indicators, items };
}

/** The name in a row: the text after a tag or a 指標名 label, in the same cell or the next one. */
export function nameInRow(grid: Grid, row: number): TextCell | null {
  const cells = grid.rowCells(row);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const tag = /^[\[［【〔(（]\s*[^\]］】〕)）]{1,12}\s*[\]］】〕)）]\s*(.*)$/.exec(c.text);
    const role = lexRole(c.text);
    if (tag && tag[1].trim() !== '' && (role === 'name' || /指標|目標/.test(c.text.slice(0, c.text.length - tag[1].length)))) {
      return { cell: grid.address(row, c.col), text: display(tag[1]) };
    }
    if (role === 'name' && cells[i + 1]) return { cell: grid.address(row, cells[i + 1].col), text: cells[i + 1].text };
  }
  return null;
}

/** 「アクセス数（千件）」: a unit in brackets at the end of the name, where no 単位 column gives one. */
function unitInName(name: string): string | null {
  const m = /[(（]\s*(?:単位\s*[:：]\s*)?([^()（）\d:：]{1,4})\s*[)）]\s*$/.exec(name);
  return m && !/[年月日度]|累計|見込/.test(m[1]) ? m[1] : null;
}

function pick(a: ValueCell | null, b: ValueCell | null): ValueCell | null {
  return a && a.parsed.kind !== 'blank' ? a : b && b.parsed.kind !== 'blank' ? b : a ?? b;
}

function textOf(ctx: ReadContext, r: number, c: number): TextCell | null {
  const t = ctx.grid.text(r, c);
  return t === '' ? null : { cell: ctx.grid.address(r, c), text: t };
}

/** The value, marked as an estimate when the qualifier column beside it says (見込). */
function qualified(ctx: ReadContext, r: number, c: number, qualifierCols: number[]): ValueCell {
  const v = valueCell(ctx, r, c);
  if (v.parsed.kind !== 'number') return v;
  // The qualifier right of the value first (「130 │ (見込)」), else the one left of it.
  const q = [c + 1, c - 1].filter((qc) => qualifierCols.includes(qc)).map((qc) => fold(ctx.grid.text(r, qc))).find((t) => QUALIFIER.test(t));
  if (q && /見込|予定|推計|暫定|速報/.test(q)) return { ...v, parsed: { ...v.parsed, estimate: true, qualifier: v.parsed.qualifier ?? q } };
  return v;
}

/** The 単位 cell of an indicator: the first non-blank one over its rows, else the first blank one (text ''). */
function unitOf(ctx: ReadContext, rows: number[], col: number, nameRow: number | null): TextCell | null {
  let blank: TextCell | null = null;
  for (const r of nameRow !== null && !rows.includes(nameRow) ? [nameRow, ...rows] : rows) {
    const t = fieldCell(ctx, r, col);
    if (!t) continue;
    if (t.text === '') blank = blank ?? t;
    else {
      const role = lexRole(t.text);
      if (!role || role === 'cost') return t; // 千円 is a unit; 実績 in the unit column is a row label
    }
  }
  return blank;
}

/**
 * The year of a value cell in a table whose year columns sit beside the values (paired-columns.ts):
 * the year column paired with the value column, else the stage's before it when the header names
 * the same stage or its year is within the table's period. Undefined where the row has no year there.
 */
function rowYears(grid: Grid, era: Era | null, valueCols: number[], yearCols: number[], periodEnd: number | null, header: (c: number) => string) {
  const pairs = pairYearColumns(valueCols, yearCols);
  return (r: number, c: number): { year: number; label: string; cell: string } | undefined => {
    const own = pairs.own.get(c);
    const stage = pairs.stage.get(c);
    const yc = own ?? stage?.year;
    if (yc === undefined) return undefined;
    const label = grid.text(r, yc);
    const year = label === '' ? null : fiscalYearOf(label, era);
    if (year === null) return undefined;
    if (own === undefined && !(sameStage(header(c), header(stage!.value)) || (periodEnd !== null && year <= periodEnd))) return undefined;
    return { year, label, cell: grid.address(r, yc) };
  };
}
