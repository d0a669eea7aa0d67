import type { Indicator, IndicatorYear, TextCell, ValueCell, YearRef } from '../model/types';
import { fold, squash } from '../text/normalize';
import { allQualitative, isRowBlank, precisionOf, textCell, unitOfValues, valueCell, type ReadContext } from './context';
import { isLabel, labelHead } from './labels';
import { yearCells, type YearColumn } from './year-header';

/**
 * Plan/actual pairs (Niigata): 「改革実施概要 | 現状 (平成26年度) | 平成27年度 | | 平成28年度 | | 中間目標/ 29年度以降」,
 * a row 「計画 | 実績 | 計画 | 実績」, then rows labelled 指標 with baseline, plan and actual per year,
 * and a target. A sheet may repeat the table for later years; the same indicator (by name) is one.
 */

interface Header {
  row: number;
  base: YearColumn;
  years: YearColumn[];
  target: YearColumn | null;
  order: ('plan' | 'actual')[];
}

function findHeaders(ctx: ReadContext): Header[] {
  const out: Header[] = [];
  for (let row = ctx.grid.top; row <= ctx.grid.bottom; row = ctx.grid.nextRow(row)) {
    if (ctx.claimed.has(row)) continue;
    const ys = yearCells(ctx, row);
    const baseAt = ys.findIndex((y) => isLabel(labelHead(y.label), 'baseline') || /^(現状|基準)/.test(squash(y.label)));
    if (baseAt < 0) continue;
    const rest = ys.slice(baseAt + 1);
    const years = rest.filter((y) => !/目標/.test(fold(y.label)));
    const target = rest.find((y) => /目標/.test(fold(y.label))) ?? null;
    if (years.length === 0) continue;
    // The 計画 / 実績 row follows within two rows.
    for (let r = row + 1; r <= Math.min(row + 2, ctx.grid.bottom); r++) {
      const order = ctx.grid
        .rowCells(r)
        .filter((c) => isLabel(c.text, 'plan') || isLabel(c.text, 'planActual'))
        .map((c) => (isLabel(c.text, 'plan') ? 'plan' : 'actual') as 'plan' | 'actual');
      if (order.length >= 2) {
        out.push({ row: r, base: ys[baseAt], years, target, order });
        for (let k = row; k <= r; k++) ctx.claimed.add(k);
        break;
      }
    }
  }
  return out;
}

export function readPlanActual(ctx: ReadContext): Indicator[] {
  const byName = new Map<string, Indicator>();
  const out: Indicator[] = [];
  for (const h of findHeaders(ctx)) {
    let inIndicators = false;
    let nameCol = -1;
    for (let r = h.row + 1; r <= ctx.grid.bottom && !isRowBlank(ctx, r); r++) {
      ctx.claimed.add(r);
      const cells = ctx.grid.rowCells(r);
      const label = cells.find((c) => c.col <= h.base.col && isLabel(c.text, 'indicatorHeader'));
      if (label) {
        inIndicators = true;
        nameCol = cells.find((c) => c.col > label.col)?.col ?? -1;
      }
      if (!inIndicators || nameCol < 0) continue;
      const name = textCell(ctx, r, nameCol);
      const shift = h.base.col <= nameCol ? nameCol + 1 - h.base.col : 0;
      const base = valueCell(ctx, r, h.base.col + shift);
      const years: IndicatorYear[] = h.years.map((y, i) => {
        const first = h.order[2 * i] ?? 'plan';
        const planCol = y.col + shift + (first === 'plan' ? 0 : 1);
        const actualCol = y.col + shift + (first === 'plan' ? 1 : 0);
        return { year: y.year, label: y.label, labelCell: y.cell, actual: valueCell(ctx, r, actualCol), expected: valueCell(ctx, r, planCol), note: null };
      });
      const values = [base, ...years.flatMap((y) => [y.actual, y.expected])];
      if (!values.some((v) => v?.parsed.kind === 'number')) continue; // 取組工程 rows hold text: not indicators
      const target = h.target ? valueCell(ctx, r, h.target.col + shift) : null;
      merge(byName, out, {
        name,
        baseline: { year: h.base.year, label: h.base.label, labelCell: h.base.cell, value: base },
        target: h.target && target ? { year: h.target.year, label: h.target.label, labelCell: h.target.cell, value: target } : null,
        years,
        values: [...values, target],
      });
    }
  }
  return out;
}

function merge(
  byName: Map<string, Indicator>,
  out: Indicator[],
  row: { name: TextCell | null; baseline: YearRef; target: YearRef | null; years: IndicatorYear[]; values: (ValueCell | null)[] },
): void {
  const key = row.name ? squash(row.name.text) : '';
  const seen = key !== '' ? byName.get(key) : undefined;
  if (seen) {
    for (const y of row.years) if (!seen.years.some((s) => s.year === y.year)) seen.years.push(y);
    seen.years.sort((a, b) => a.year - b.year);
    // A final target (最終目標) wins over an interim one (中間目標).
    if (row.target && (!seen.target || /最終/.test(row.target.label ?? '') || !/最終/.test(seen.target.label ?? ''))) seen.target = row.target;
    const cells = [...seen.years.flatMap((y) => [y.actual, y.expected]), seen.baseline?.value ?? null, seen.target?.value ?? null];
    seen.precision = precisionOf(cells);
    seen.qualitative = allQualitative(cells.filter((c) => c !== seen.target?.value));
    seen.unitText = seen.unitText ?? unitOfValues(cells);
    return;
  }
  const cellAt = row.name?.cell ?? row.baseline.value?.cell ?? '';
  const numeric = row.values.filter((v) => v !== row.target?.value);
  const ind: Indicator = {
    key: `row:${cellAt.replace(/^[A-Z]+/, '')}`,
    id: '',
    layout: 'plan-actual',
    cell: cellAt,
    name: row.name,
    unit: null,
    unitText: unitOfValues(row.values),
    department: null,
    description: null,
    baseline: row.baseline,
    target: row.target,
    current: null,
    years: row.years,
    cumulative: /累計/.test(row.name?.text ?? ''),
    qualitative: allQualitative(numeric),
    precision: precisionOf(row.values),
    grade: null,
    itemKey: null,
    badYearHeaders: [],
  };
  if (key !== '') byName.set(key, ind);
  out.push(ind);
}
