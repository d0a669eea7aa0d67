/**
 * One row per indicator, each value column beside a column of its own year (issue 7):
 *
 *   基準値 │ 基準年度 │ 中間目標値 │ 年度 │ 中間実績 │ 最終目標値 │ 年度 │ 最終実績 │ 事後評価
 *   従前値 │ 基準年度 │ 目標値 │ 目標年度 │ 数 値 │ … │ 目標達成度
 *   当初値 │ 目標値 │ 目標年度 │ 実績値
 *
 * - A **year column** has a year word as its header (年度, 基準年度, 目標年度, 年次 …) and years in
 *   every non-blank body cell (H18, 令和10年度, H28.3 — a month rolls back a year). detect.ts lists
 *   the table's year columns as `roles.years` (orientation 'table'); extract.ts reads each row's
 *   year from them.
 * - **Pairing** (pairYearColumns): a year column gives the year of the value column just before
 *   it (「目標値 │ 目標年度」), else (no value column before it, or one that has its year already:
 *   「基準年度 │ 基準値 │ 目標年度 │ 目標値」) of the one just after it.
 * - A value column with no year column of its own belongs to the stage before it: 中間実績 after
 *   「中間目標値 │ 年度」 is the interim actual, 最終実績 after 「最終目標値 │ 年度」 the final one. It
 *   takes that stage's year when its header shares the stage's word (中間, 最終, 当初 …), or when
 *   the stage's year is within the table's period (計画期間 H18~H22: an ex-post sheet measures at
 *   the end); otherwise it keeps no year (a 実績値 after a future 目標年度 is the latest value).
 *
 * Also here: a name header merged over two columns whose first holds only numbers
 * (「指 標」 over 「指標1 │ 住民満足度」) is a number column and a name column (splitIdColumn), and a
 * unit in a number format's literal (0.0"mg/L") is the value's unit (unitOfFormats).
 */
import type { ValueCell } from '../../model/types';
import { fold, squash } from '../../text/normalize';
import { parseFiscalYear } from '../../text/years';
import type { ReadContext } from '../context';
import { GRADE_MARK } from '../lexicon';
import { looksLikeGrade } from '../grades';

/** Header words of a year column: the label ends in one of them (「基準年度」, 「年度」, 「目標年次」). */
const YEAR_HEADER = /(年度|年次)$/;

function rowsOf(from: number, to: number): number[] {
  const out: number[] = [];
  for (let r = from; r <= to; r++) out.push(r);
  return out;
}

/** The header columns (of `cols`) whose label is a year word and whose body cells are years or blank (a form not filled in). */
export function yearColumns(ctx: ReadContext, headerRow: number, cols: readonly number[], bodyFrom: number, bodyTo: number): number[] {
  return cols.filter((c) => {
    if (!YEAR_HEADER.test(squash(ctx.grid.text(headerRow, c)))) return false;
    for (const r of rowsOf(bodyFrom, bodyTo)) {
      const t = ctx.grid.text(r, c);
      if (t !== '' && (t.length > 12 || !parseFiscalYear(fold(t), { contextEra: ctx.era }))) return false;
    }
    return true;
  });
}

export interface YearPairs {
  /** Value column → the year column written beside it. */
  own: Map<number, number>;
  /** Value column without a year of its own → the year column of the stage before it, and that stage's value column. */
  stage: Map<number, { year: number; value: number }>;
}

/** Which year column gives each value column's year (see the file comment). */
export function pairYearColumns(valueCols: readonly number[], yearCols: readonly number[]): YearPairs {
  const values = new Set(valueCols);
  const years = [...yearCols].sort((a, b) => a - b);
  const own = new Map<number, number>();
  for (const y of years) {
    if (values.has(y - 1) && !own.has(y - 1)) own.set(y - 1, y);
    else if (values.has(y + 1) && !own.has(y + 1)) own.set(y + 1, y);
  }
  const stage = new Map<number, { year: number; value: number }>();
  for (const v of [...values].sort((a, b) => a - b)) {
    if (own.has(v)) continue;
    const y = [...years].reverse().find((c) => c < v);
    if (y === undefined) continue;
    const paired = [...own].find(([, yc]) => yc === y)?.[0];
    if (paired !== undefined) stage.set(v, { year: y, value: paired });
  }
  return { own, stage };
}

/** Two headers name the same stage: they start with the same word of two or more characters (中間実績 / 中間目標値). */
export function sameStage(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  return x.length >= 2 && y.length >= 2 && x.slice(0, 2) === y.slice(0, 2);
}

/** Numbers that stand for an indicator, not its name: 「指標1」, 「1」, 「①」, 「No.2」, 「KPI3」. */
const ID_TEXT = /^(指標|NO\.?|KPI|番号)?\s*([0-9]{1,3}|[①-⑳])$/;

/**
 * A name header merged over two columns (「指 標」 over B:C) whose first column holds only numbers
 * (指標1, 指標2): the first is the id column, the second the name. Null when the header is not so.
 */
export function splitIdColumn(ctx: ReadContext, headerRow: number, nameCol: number, bodyFrom: number, bodyTo: number): { id: number; name: number } | null {
  const m = ctx.grid.mergeAt(headerRow, nameCol);
  if (!m || m.right <= nameCol) return null;
  let ids = 0;
  let names = 0;
  for (const r of rowsOf(bodyFrom, bodyTo)) {
    const t = ctx.grid.text(r, nameCol);
    if (t !== '') {
      if (!ID_TEXT.test(fold(t).toUpperCase())) return null;
      ids++;
    }
    const n = ctx.grid.text(r, nameCol + 1);
    if (n !== '' && !ctx.grid.mergeCovering(r, nameCol + 1)) names++;
  }
  return ids > 0 && names > 0 ? { id: nameCol, name: nameCol + 1 } : null;
}

/**
 * A column whose header is a derived word (目標達成度, 達成度) but whose cells are grade marks
 * (◎ ○ △ ×, A–D): the sheet's grade for the row, not a ratio.
 */
export function gradeMarksColumn(ctx: ReadContext, col: number, bodyFrom: number, bodyTo: number): boolean {
  let marks = 0;
  for (const r of rowsOf(bodyFrom, bodyTo)) {
    const t = ctx.grid.text(r, col);
    if (t === '') continue;
    if (!(GRADE_MARK.test(fold(t)) || looksLikeGrade(t)) || typeof ctx.grid.value(r, col) === 'number') return false;
    marks++;
  }
  return marks > 0;
}

/** 0.0"mg/L": the unit a number format writes after the value, where the cell's own text has none. */
export function unitOfFormats(cells: readonly (ValueCell | null)[]): string | null {
  for (const c of cells) {
    if (!c || c.parsed.kind !== 'number' || !c.numberFormat) continue;
    const m = /"([^"\d]{1,8})"\s*$/.exec(c.numberFormat.split(';')[0]);
    if (m && m[1].trim() !== '') return m[1].trim();
  }
  return null;
}
