import type { IndicatorAnalysis } from '../analyze/types';
import type { Indicator, ValueCell } from '../model/types';
import type { SeriesSpec } from '../plan/types';
import { parseCellAddress, rangeAddress } from '../snapshot/address';
import { shortEraLabel } from '../text/years';

/**
 * The two series of a progress chart (実績値, 期待値) and their categories, bound to the sheet's own
 * cells where those cells are one contiguous row or column of plain numbers (so the chart follows
 * later edits), else literal values with the reason said. A year without a value is a gap (null).
 */

export const ACTUAL_COLOR = '2F5597';
export const EXPECTED_COLOR = 'C55A11';

export interface ProgressSeries {
  years: number[];
  labels: string[];
  labelRef: { sheet: string; range: string } | null;
  actual: SeriesSpec;
  expected: SeriesSpec;
  /** Whether there is any number to draw at all. */
  hasData: boolean;
}

type Why = { ja: string; en: string };

function numberOf(v: ValueCell | null | undefined): number | null {
  return v && v.parsed.kind === 'number' ? v.parsed.value : null;
}

/** A1 range of cells that sit next to each other in one row or one column, in order; else null. */
export function contiguousRange(cells: string[]): string | null {
  if (cells.length === 0) return null;
  const pos = cells.map(parseCellAddress);
  const sameRow = pos.every((p, i) => p.row === pos[0].row && p.col === pos[0].col + i);
  const sameCol = pos.every((p, i) => p.col === pos[0].col && p.row === pos[0].row + i);
  if (!sameRow && !sameCol) return null;
  const last = pos[pos.length - 1];
  return rangeAddress(pos[0].row, pos[0].col, last.row, last.col);
}

/** Why these cells cannot feed a chart directly; null when they can. */
function bindProblem(cells: (ValueCell | null)[]): Why | null {
  if (cells.some((c) => c === null)) return { ja: '一部の年度にセルがないため値を直接設定しました', en: 'some years have no cell, so the values are literal' };
  const vc = cells as ValueCell[];
  // Excel plots a text cell in a value range as zero: 「1,090」 or 「未実施」 would draw a false point.
  if (vc.some((c) => c.raw !== null && typeof c.raw !== 'number')) {
    return { ja: '文字列の値（「1,090」「未実施」など）があるため値を直接設定しました', en: 'some cells hold text (「1,090」, 「未実施」 …), so the values are literal' };
  }
  // A 66.1% cell holds 0.661; the chart works in shown units so both series agree.
  if (vc.some((c) => c.parsed.kind === 'number' && c.parsed.percentCell)) {
    return { ja: 'パーセント書式のセルがあるため表示どおりの値を直接設定しました', en: 'percent-formatted cells, so the values are literal in shown units' };
  }
  if (contiguousRange(vc.map((c) => c.cell)) === null) {
    return { ja: 'セルが一続きの行・列でないため値を直接設定しました', en: 'the cells are not one contiguous row or column, so the values are literal' };
  }
  return null;
}

function series(name: string, color: string, dashed: boolean, marker: boolean): Omit<SeriesSpec, 'ref' | 'values'> {
  return { name, color, dashed, marker, line: true };
}

/**
 * Baseline → target as a straight line, for drawing only (the engine's rounded line wins where it
 * has a value): without it a baseline-target table would show a lone point.
 */
function straightLine(ind: Indicator, y: number): number | null {
  const b = numberOf(ind.baseline?.value);
  const t = numberOf(ind.target?.value);
  const by = ind.baseline?.year;
  const ty = ind.target?.year;
  if (b === null || t === null || by == null || ty == null || ty <= by || y < by || y > ty) return null;
  return b + ((t - b) * (y - by)) / (ty - by);
}

export function progressSeries(sheet: string, ia: IndicatorAnalysis): ProgressSeries {
  const ind: Indicator = ia.indicator;
  const byYear = new Map(ind.years.map((y) => [y.year, y]));
  const yearSet = new Set<number>(ind.years.map((y) => y.year));
  const hasExpectedCells = ind.years.some((y) => y.expected !== null && y.expected.parsed.kind !== 'blank');
  const extra: number[] = [];
  for (const y of [ind.baseline?.year, ind.target?.year, ind.current?.year]) if (typeof y === 'number') extra.push(y);
  if (!hasExpectedCells) for (const p of ia.expectedLine) if (p.value !== null) extra.push(p.year);
  let years: number[];
  if (extra.every((y) => yearSet.has(y))) {
    years = [...yearSet].sort((a, b) => a - b);
  } else {
    // Years come from scattered cells (基準値 (H27) … 目標値 (R4)): show every year between, so the line is to scale.
    const all = [...yearSet, ...extra];
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    years = hi - lo <= 40 ? Array.from({ length: hi - lo + 1 }, (_, i) => lo + i) : [...new Set(all)].sort((a, b) => a - b);
  }
  const labels = years.map((y) => byYear.get(y)?.label ?? shortEraLabel(y));
  const labelCells = years.map((y) => byYear.get(y)?.labelCell ?? null);
  const labelRange = labelCells.every((c): c is string => c !== null) ? contiguousRange(labelCells) : null;

  // 実績値: the year's actual cell; the baseline / current value where the layout keeps it elsewhere.
  const actualCells = years.map((y) => byYear.get(y)?.actual ?? null);
  const actualValues = years.map((y, i) => {
    const own = numberOf(actualCells[i]);
    if (own !== null) return own;
    if (ind.baseline?.year === y && numberOf(ind.baseline.value) !== null) return numberOf(ind.baseline.value);
    if (ind.current?.year === y && numberOf(ind.current.value) !== null) return numberOf(ind.current.value);
    return null;
  });
  const actualBorrowed = actualValues.some((v, i) => v !== null && numberOf(actualCells[i]) === null);

  let expectedValues: (number | null)[];
  let expectedCells: (ValueCell | null)[] | null;
  if (hasExpectedCells) {
    expectedCells = years.map((y) => byYear.get(y)?.expected ?? null);
    expectedValues = expectedCells.map(numberOf);
  } else {
    // No 期待値 / 計画 cells on the sheet: draw the engine's line from baseline to target.
    expectedCells = null;
    const line = new Map(ia.expectedLine.map((p) => [p.year, p.value]));
    expectedValues = years.map((y) => line.get(y) ?? straightLine(ind, y));
  }

  const percentAnywhere = [...actualCells, ...(expectedCells ?? [])].some((c) => c?.parsed.kind === 'number' && c.parsed.percentCell);
  const percentWhy: Why = { ja: 'パーセント書式のセルがあるため表示どおりの値を直接設定しました', en: 'percent-formatted cells, so the values are literal in shown units' };

  const actualWhy: Why | null = percentAnywhere
    ? percentWhy
    : actualBorrowed
      ? { ja: '基準値・現状値が別のセルにあるため値を直接設定しました', en: 'baseline / current values sit in other cells, so the values are literal' }
      : bindProblem(actualCells);
  const expectedWhy: Why | null = expectedCells === null
    ? { ja: 'シートに期待値のセルがないため、基準値から目標値への直線を描きました', en: 'the sheet has no expected-value cells, so the line from baseline to target is drawn' }
    : percentAnywhere
      ? percentWhy
      : bindProblem(expectedCells);

  const actual: SeriesSpec = {
    ...series('実績値', ACTUAL_COLOR, false, true),
    ref: actualWhy ? null : { sheet, range: contiguousRange((actualCells as ValueCell[]).map((c) => c.cell)) as string },
    values: actualValues,
    literalReason: actualWhy,
  };
  const expected: SeriesSpec = {
    ...series('期待値', EXPECTED_COLOR, true, false),
    ref: expectedWhy || !expectedCells ? null : { sheet, range: contiguousRange((expectedCells as ValueCell[]).map((c) => c.cell)) as string },
    values: expectedValues,
    literalReason: expectedWhy,
  };
  const hasData = !ind.qualitative && [...actualValues, ...expectedValues].some((v) => v !== null);
  return { years, labels, labelRef: labelRange ? { sheet, range: labelRange } : null, actual, expected, hasData };
}
