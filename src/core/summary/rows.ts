import type { IndicatorAnalysis, SheetAnalysis, WorkbookAnalysis } from '../analyze/types';
import type { Finding } from '../findings/types';
import type { GradeCell, Indicator, Item, ValueCell } from '../model/types';
import { indicatorCells } from '../charts/placement';
import { cellAddress } from '../snapshot/address';
import { shortEraLabel } from '../text/years';

/** One summary row per item and indicator: the facts, before they become cells. */

export interface SummaryRow {
  file: string | null;
  sheet: string;
  policy: string;
  itemNo: string;
  department: string;
  indicator: string;
  unit: string;
  baseline: number | string | null;
  target: number | string | null;
  yearLabel: string;
  /** The evaluated fiscal year (Western), for the sheet's title. */
  year: number | null;
  actual: number | string | null;
  expected: number | null;
  /** Percent (100 = on the expected line). */
  progress: number | null;
  grade: string | null;
  previousGrade: string | null;
  suggestedGrade: string | null;
  findings: number;
  /** The cell the row links to: the item, else the indicator. */
  source: string;
  /** Decimals the sheet shows for the indicator's values. */
  precision: number | null;
  /** Whether this row is the first of its item (grades are counted once per item). */
  firstOfItem: boolean;
  /** The sheet's grade scale (preset), best first, to colour and count grades. */
  scale: string[];
}

function shown(v: ValueCell | null | undefined): number | string | null {
  if (!v) return null;
  if (v.parsed.kind === 'number') return v.parsed.value;
  if (v.parsed.kind === 'no-data') return v.parsed.mark;
  if (v.parsed.kind === 'text') return v.parsed.text;
  return null;
}

/**
 * The policy a row belongs to: the sheet's 基本方針 / 基本施策 lines, else its title (Nasushiobara's
 * 「プロセス3 夢を描く(集う)」 heads the sheet instead), then the item's own heading carried down a
 * merged 項目 column (「(1)市民の組織機能を強化するための支援」).
 */
export function policyParts(sa: SheetAnalysis, item: Item | null): string[] {
  const parts = sa.model.policy.map((p) => p.value.trim()).filter((v) => v !== '');
  if (parts.length === 0 && sa.model.title) parts.push(sa.model.title.trim());
  const group = item?.group?.trim();
  if (group && !parts.includes(group)) parts.push(group);
  return parts;
}

export function policyOf(sa: SheetAnalysis, item: Item | null): string {
  return policyParts(sa, item).join(' / ');
}

function findingsAt(findings: Finding[], cells: Set<string>): number {
  return findings.filter((f) => cells.has(f.cell)).length;
}

function itemCells(item: Item): string[] {
  return [item.cell, item.grade?.cell, item.refCell, ...item.narrative.map((n) => n.cell), ...item.yearlyGrades.map((g) => g.grade.cell), ...(item.axes ?? []).map((a) => a.grade.cell)].filter((c): c is string => !!c);
}

function indicatorName(ind: Indicator): string {
  return [ind.id, ind.name?.text ?? ''].map((s) => s.trim()).filter((s) => s !== '').join(' ');
}

function rowFor(file: string | null, sa: SheetAnalysis, item: Item | null, ia: IndicatorAnalysis | null, suggested: string | null, firstOfItem: boolean): SummaryRow {
  const ind = ia?.indicator ?? null;
  const year = sa.evaluationYear;
  const y = ind && year !== null ? ind.years.find((x) => x.year === year) ?? null : null;
  const lineValue = ia && year !== null ? ia.expectedLine.find((p) => p.year === year)?.value ?? null : null;
  const expectedCell = shown(y?.expected);
  const grade: GradeCell | null = item?.grade ?? ind?.grade ?? null;
  const cells = new Set<string>([...(item ? itemCells(item) : []), ...(ind ? indicatorCells(ind).map((c) => cellAddress(c.row, c.col)) : [])]);
  if (ind?.grade) cells.add(ind.grade.cell);
  return {
    file,
    sheet: sa.model.sheet,
    policy: policyOf(sa, item),
    itemNo: item?.no ?? '',
    department: (item?.department ?? ind?.department ?? '').trim(),
    indicator: ind ? indicatorName(ind) : '',
    unit: ind?.unitText?.trim() ?? '',
    baseline: shown(ind?.baseline?.value),
    target: shown(ind?.target?.value),
    // The short era label (R4, H30), not the column's own heading (「現状値 (R4)」, 「平成30年度」).
    yearLabel: year === null ? '' : shortEraLabel(year),
    year,
    actual: shown(y?.actual) ?? (ind?.current?.year === year && year !== null ? shown(ind.current.value) : null),
    expected: typeof expectedCell === 'number' ? expectedCell : lineValue,
    progress: ia?.progress ? Math.round(ia.progress.value * 1000) / 10 : null,
    grade: grade?.value ?? null,
    previousGrade: grade?.previous ?? null,
    suggestedGrade: suggested,
    findings: findingsAt(sa.findings, cells),
    source: item?.cell ?? ind?.cell ?? 'A1',
    precision: ind?.precision ?? null,
    firstOfItem,
    scale: sa.preset.scale,
  };
}

/** Rows of one evaluation sheet: each item with each of its indicators, then indicators no item claims. */
export function sheetRows(file: string | null, sa: SheetAnalysis): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const byKey = new Map(sa.indicators.map((ia) => [ia.indicator.key, ia]));
  const claimed = new Set<string>();
  for (const itemA of sa.items) {
    const item = itemA.item;
    const keys = [...new Set([...item.indicatorKeys, ...sa.indicators.filter((ia) => ia.indicator.itemKey === item.key).map((ia) => ia.indicator.key)])];
    const inds = keys.map((k) => byKey.get(k)).filter((x): x is IndicatorAnalysis => !!x);
    inds.forEach((ia) => claimed.add(ia.indicator.key));
    if (inds.length === 0) rows.push(rowFor(file, sa, item, null, itemA.suggestedGrade, true));
    inds.forEach((ia, i) => rows.push(rowFor(file, sa, item, ia, itemA.suggestedGrade ?? ia.suggestedGrade, i === 0)));
  }
  for (const ia of sa.indicators) {
    if (claimed.has(ia.indicator.key)) continue;
    const hasData = ia.indicator.years.some((y) => y.actual?.parsed.kind === 'number' || y.expected?.parsed.kind === 'number') || ia.indicator.baseline?.value?.parsed.kind === 'number' || ia.indicator.target?.value?.parsed.kind === 'number';
    if (!hasData && !ia.indicator.grade) continue;
    rows.push(rowFor(file, sa, null, ia, ia.suggestedGrade, true));
  }
  return rows;
}

export function workbookRows(file: string | null, a: WorkbookAnalysis, skip: (sheet: string) => boolean): SummaryRow[] {
  return a.sheets.filter((s) => s.model.kind === 'evaluation' && !skip(s.model.sheet)).flatMap((s) => sheetRows(file, s));
}
