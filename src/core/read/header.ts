import type { EvaluationSheet, GradeCell, LegendEntry } from '../model/types';
import { fold } from '../text/normalize';
import { parseFiscalYear } from '../text/years';
import { afterCell, display, valueRightOf, type ReadContext } from './context';
import { looksLikeGrade, parseGrade } from './grades';
import { isLabel, labelForm } from './labels';

/** The sheet's header: title, policy lines, evaluated year, legend and overall grade. */

export function readTitle(ctx: ReadContext): string | null {
  for (let row = ctx.grid.top; row <= Math.min(ctx.grid.bottom, ctx.grid.top + 30); row = ctx.grid.nextRow(row)) {
    const cells = ctx.grid.rowCells(row);
    if (cells.length !== 1) continue;
    const t = display(cells[0].text);
    // Not a title: a short tag (「(案)」), a note (「※…」), a bare date or period (「平成27年度～31年度」),
    // a unit note above a table (「(単位:件)」, 「単位：千円」).
    if (t.length < 4 || t.length > 120 || /^[※＊*]/.test(t) || isDateOnly(t) || isUnitNote(t)) continue;
    return t;
  }
  return null;
}

function isUnitNote(t: string): boolean {
  return /^[(（]?\s*単位\s*[:：]/.test(t);
}

function isDateOnly(t: string): boolean {
  return fold(t).replace(/令和|平成|昭和|年度|年|月|日|[RH]|[0-9元~〜\-\s.]/g, '') === '';
}

export function readPolicy(ctx: ReadContext): EvaluationSheet['policy'] {
  const out: EvaluationSheet['policy'] = [];
  const seen = new Set<string>();
  for (const { row, col, text } of ctx.grid.cells()) {
    if (!isLabel(text, 'policy') || isTableHeader(ctx, row)) continue;
    const v = valueRightOf(ctx, row, col, 1);
    if (!v || isLabel(v.text, 'no') || isLabel(v.text, 'department')) continue;
    const label = display(text);
    const value = display(v.text);
    const key = `${label}\u0000${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ label, value, cell: ctx.grid.address(row, v.col) });
  }
  return out;
}

/** 「No. | 施策 | 具体的な取組」: a table's header row, not label/value pairs (「No. | 28」 is a value). */
function isTableHeader(ctx: ReadContext, row: number): boolean {
  return ctx.grid.rowCells(row).some((c) => isLabel(c.text, 'no') && !/\d/.test(valueRightOf(ctx, row, c.col, 0)?.text ?? ''));
}

/** 評価対象期間：令和5年度 / 対象:R5 / (1)令和4年度実施状況 — strongest form first. */
const YEAR_PATTERNS: RegExp[] = [
  /評価対象(?:期間|年度)?\s*[:]?\s*([^)）\]」、,]+)/,
  /対象\s*[:]\s*((?:令和|平成|[RH])\s*(?:元|\d{1,2})(?:\s*年度)?)/,
  /((?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*年度)\s*(?:の)?\s*(?:実施状況|取組状況|実績|事後評価|評価)/,
];

/** Labels whose value cell (right of them) is the evaluated year: 「対象年度 │ 平成27年度」. */
const YEAR_LABELS = ['対象年度', '評価年度', '評価対象年度', '評価対象年'];
/** A sheet's title that starts with its year: 「平成20年度 施策評価シート(…)」. */
const TITLE_YEAR = /^((?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*年度)\s*\S{0,8}?評価(?:シート|調書|表|書)/;

export function readEvaluationYear(ctx: ReadContext): EvaluationSheet['evaluationYear'] {
  const found = readYearByPatterns(ctx);
  if (found) return found;
  for (const { row, col, text } of ctx.grid.cells()) {
    if (!YEAR_LABELS.includes(labelForm(text))) continue;
    const v = valueRightOf(ctx, row, col, 1);
    const y = v && v.text.length <= 16 ? parseFiscalYear(v.text, { contextEra: ctx.era }) : null;
    if (v && y) return { year: y.year, label: v.text, cell: ctx.grid.address(row, v.col) };
  }
  for (const { row, col, text } of ctx.grid.cells()) {
    const m = TITLE_YEAR.exec(fold(text));
    const y = m ? parseFiscalYear(m[1], { contextEra: ctx.era }) : null;
    if (m && y) return { year: y.year, label: m[1], cell: ctx.grid.address(row, col) };
  }
  return null;
}

function readYearByPatterns(ctx: ReadContext): EvaluationSheet['evaluationYear'] {
  for (const re of YEAR_PATTERNS) {
    for (const { row, col, text } of ctx.grid.cells()) {
      // 「令和4年度の実績」 is a heading in a short cell; in running text (a collection workbook's
      // remarks, a paragraph) it is not the evaluated year.
      if (re === YEAR_PATTERNS[2] && text.length > 30) continue;
      const m = re.exec(fold(text));
      if (!m) continue;
      const y = parseFiscalYear(m[1], { contextEra: ctx.era });
      if (y) return { year: y.year, label: m[1].trim(), cell: ctx.grid.address(row, col) };
    }
  }
  return null;
}

/** 評価項目 | A | 順調, then B, C, D in the rows below. */
export function readLegend(ctx: ReadContext): LegendEntry[] | null {
  for (const { row, col, text } of ctx.grid.cells()) {
    if (!isLabel(text, 'legend')) continue;
    const first = valueRightOf(ctx, row, col, 1);
    if (!first || !looksLikeGrade(first.text)) continue;
    const entries: LegendEntry[] = [];
    for (let r = row; r <= ctx.grid.bottom; r++) {
      const g = ctx.grid.text(r, first.col);
      if (!looksLikeGrade(g)) break;
      const meaning = valueRightOf(ctx, r, first.col, 1);
      entries.push({ grade: parseGrade(g, '').value ?? g, meaning: meaning ? display(meaning.text) : null, cell: ctx.grid.address(r, first.col) });
    }
    if (entries.length >= 2) return entries;
  }
  return null;
}

/** 総合評価 | B. Present with value null when the field is there and empty. */
export function readOverallGrade(ctx: ReadContext): GradeCell | null {
  for (const { row, col, text } of ctx.grid.cells()) {
    if (labelForm(text) !== '総合評価') continue;
    const right = valueRightOf(ctx, row, col, 0);
    if (right) return parseGrade(ctx.grid.value(row, right.col), ctx.grid.address(row, right.col));
    const below = ctx.grid.text(row + 1, col);
    if (below !== '' && looksLikeGrade(below)) return parseGrade(ctx.grid.value(row + 1, col), ctx.grid.address(row + 1, col));
    return parseGrade(null, ctx.grid.address(row, afterCell(ctx, row, col)));
  }
  return null;
}
