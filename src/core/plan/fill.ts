import type { WorkbookAnalysis } from '../analyze/types';
import type { Finding, Message } from '../findings/types';
import type { Indicator, IndicatorYear, ValueCell } from '../model/types';
import type { CellValue } from '../snapshot/types';
import type { EditPlan } from './types';

/** One proposed expected value (期待値), shown to a person before anything is written. */
export interface FillChange {
  sheet: string;
  cell: string;
  /** What the cell holds now (raw), so the write can be skipped if a person changed it since. */
  from: CellValue;
  /** The value to store (a percent-formatted cell stores the fraction: 66.1% → 0.661). */
  to: number;
  /** The value as the sheet will show it, at the indicator's precision: "52.0", "50.1". */
  toText: string;
  rule: 'expected-missing' | 'expected-mismatch';
  indicator: { id: string; name: string | null };
  year: { year: number; label: string };
  /** The cell's number format, kept; where the cell has none, the one its neighbours use. */
  numberFormat: string | null;
  message: Message;
}

export interface FillOptions {
  /** Also replace written 期待値 that differ from the line (off by default: never touch a non-blank cell unasked). */
  overwriteMismatches: boolean;
}

const FILL_RULES = new Set(['expected-missing', 'expected-mismatch']);

function isBlankRaw(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/**
 * A cell fill may write into: nothing in it at all. A space or 「　」 alone is a person's mark
 * "deliberately empty", and a formula (even one with no saved result) is the sheet's own
 * calculation: neither is ever filled.
 */
function isFillable(cell: ValueCell): boolean {
  return (cell.raw === null || cell.raw === '') && !cell.formula;
}

function findYear(ind: Indicator, cell: string): IndicatorYear | null {
  return ind.years.find((y) => y.expected?.cell === cell) ?? null;
}

/** The format a new value should show in: the cell's own, else the most common among the indicator's number cells. */
function formatFor(ind: Indicator, target: ValueCell): string | null {
  if (target.numberFormat && target.numberFormat !== 'General') return target.numberFormat;
  const counts = new Map<string, number>();
  for (const y of ind.years) {
    for (const v of [y.expected, y.actual]) {
      if (v && v.parsed.kind === 'number' && v.numberFormat && v.numberFormat !== 'General') counts.set(v.numberFormat, (counts.get(v.numberFormat) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [f, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = f;
  return best;
}

function show(v: CellValue): string {
  return isBlankRaw(v) ? '(空欄/blank)' : String(v);
}

function changeMessage(rule: FillChange['rule'], label: string, indicator: string, from: CellValue, shown: string): Message {
  return rule === 'expected-missing'
    ? { ja: `${indicator} ${label} の期待値（空欄）に ${shown} を記入（基準値から目標値への直線）`, en: `${indicator} ${label}: blank expected value set to ${shown} (straight line from baseline to target)` }
    : { ja: `${indicator} ${label} の期待値 ${show(from)} を ${shown} に修正（基準値から目標値への直線）`, en: `${indicator} ${label}: expected value ${show(from)} replaced by ${shown} (straight line from baseline to target)` };
}

/**
 * The expected values to write, from the fixes of expected-missing (and, when asked,
 * expected-mismatch) findings. A cell is proposed only if the model knows it as an indicator's
 * 期待値 cell, so `from` is exactly what the sheet holds; a non-blank cell only when asked.
 */
export function proposeFill(analysis: WorkbookAnalysis, options: FillOptions): FillChange[] {
  const out: FillChange[] = [];
  const seen = new Set<string>();
  for (const sheet of analysis.sheets) {
    for (const f of sheet.findings as Finding[]) {
      if (!FILL_RULES.has(f.rule) || !f.fix || typeof f.fix.value !== 'number' || !Number.isFinite(f.fix.value)) continue;
      if (f.rule === 'expected-mismatch' && !options.overwriteMismatches) continue;
      const key = `${f.sheet}!${f.fix.cell}`;
      if (seen.has(key)) continue;
      const ia = sheet.indicators.find((i) => findYear(i.indicator, f.fix!.cell));
      if (!ia) continue;
      const y = findYear(ia.indicator, f.fix.cell)!;
      const target = y.expected!;
      const blank = isFillable(target);
      if (target.formula) continue;
      // Never change a non-blank cell unasked, whatever a rule claims.
      if (!blank && !options.overwriteMismatches) continue;
      if (f.rule === 'expected-missing' && !blank) continue;
      seen.add(key);
      const ind = ia.indicator;
      const indicatorLabel = [ind.id, ind.name?.text ?? ''].filter((s) => s !== '').join(' ') || ind.cell;
      const precision = typeof f.data.precision === 'number' ? f.data.precision : ia.precision;
      const shownValue = typeof f.data.value === 'number' ? f.data.value : f.fix.value;
      const shown = shownValue.toFixed(Math.max(0, Math.min(20, precision)));
      out.push({
        sheet: f.sheet,
        cell: f.fix.cell,
        from: target.raw,
        to: f.fix.value,
        toText: shown,
        rule: f.rule as FillChange['rule'],
        indicator: { id: ind.id, name: ind.name?.text ?? null },
        year: { year: y.year, label: y.label },
        numberFormat: formatFor(ind, target),
        message: changeMessage(f.rule as FillChange['rule'], y.label, indicatorLabel, target.raw, shown),
      });
    }
  }
  return out;
}

/** The changes as an edit plan: compare-and-set against what each cell held, number format kept. */
export function planFill(changes: FillChange[]): EditPlan {
  return {
    title: { ja: `期待値の記入（${changes.length} か所）`, en: `Fill in expected values (${changes.length} cells)` },
    ops: changes.map((c) => ({
      op: 'set-value' as const,
      sheet: c.sheet,
      cell: c.cell,
      value: c.to,
      expect: c.from,
      ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
      reason: { rule: c.rule, ja: c.message.ja, en: c.message.en },
    })),
  };
}
