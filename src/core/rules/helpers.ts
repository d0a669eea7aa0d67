import { axisScale } from '../grading/axis-scale';
import { parseGradeWithMeaning } from '../read/generic/extract';
import { parseCellAddress } from '../snapshot/address';
import type { IndicatorAnalysis } from '../analyze/types';
import type { Fix } from '../findings/types';
import type { GradeCell, Indicator, IndicatorYear, Item, ScheduleAction, ValueCell } from '../model/types';
import { shiftDecimal, isPercentFormat } from '../text/values';
import { fold } from '../text/normalize';
import type { SheetContext } from './types';
import { GOAL_WORDS } from '../read/lexicon';

/** Shared predicates of the rules: one definition of "empty", "numeric", "explained" … */

export function isBlank(v: ValueCell | null | undefined): boolean {
  return !v || v.parsed.kind === 'blank';
}

export function numeric(v: ValueCell | null | undefined): number | null {
  return v && v.parsed.kind === 'number' ? v.parsed.value : null;
}

export function decimalText(v: ValueCell | null | undefined): string | null {
  return v && v.parsed.kind === 'number' ? v.parsed.decimalText : null;
}

/** Every value cell of an indicator, once each (the baseline is often also a year's actual). */
export function valueCells(ind: Indicator): { role: 'baseline' | 'target' | 'current' | 'actual' | 'expected'; year: number | null; value: ValueCell }[] {
  const out: { role: 'baseline' | 'target' | 'current' | 'actual' | 'expected'; year: number | null; value: ValueCell }[] = [];
  const seen = new Set<string>();
  const add = (role: (typeof out)[number]['role'], year: number | null, value: ValueCell | null | undefined) => {
    if (!value || seen.has(value.cell)) return;
    seen.add(value.cell);
    out.push({ role, year, value });
  };
  add('baseline', ind.baseline?.year ?? null, ind.baseline?.value);
  for (const y of ind.years) {
    add('actual', y.year, y.actual);
    add('expected', y.year, y.expected);
  }
  add('current', ind.current?.year ?? null, ind.current?.value);
  add('target', ind.target?.year ?? null, ind.target?.value);
  return out;
}

/** Completely empty: no name and no values (Kitakami's unused blocks ③…⑮). Such indicators produce nothing. */
export function isEmptyIndicator(ind: Indicator): boolean {
  const named = ind.name !== null && fold(ind.name.text) !== '';
  return !named && !hasValues(ind);
}

export function hasValues(ind: Indicator): boolean {
  return valueCells(ind).some((c) => !isBlank(c.value));
}

export function activeIndicators(ctx: SheetContext): IndicatorAnalysis[] {
  return ctx.indicators.filter((ia) => !isEmptyIndicator(ia.indicator));
}

/** For messages: the name as written (only white space tidied; fold() would turn ー into -). */
/**
 * The years whose actual is due: after the baseline year, up to the evaluated year, where the
 * layout has an actual cell. Without a baseline the series starts at its first recorded actual
 * (a 「-」 in the years before it means the indicator was not measured yet, not a missing year).
 * Nothing when the evaluated year is unknown.
 */
export function* dueActuals(ctx: SheetContext): Generator<{ ind: Indicator; y: IndicatorYear & { actual: ValueCell }; evaluationYear: number }> {
  const ey = ctx.evaluationYear;
  if (ey === null) return;
  for (const { indicator: ind } of activeIndicators(ctx)) {
    const by = ind.baseline?.year ?? null;
    const first = by === null ? firstRecordedYear(ind) : null;
    for (const y of ind.years) {
      if (!y.actual || (by !== null && y.year <= by) || (first !== null && y.year < first) || y.year > ey) continue;
      yield { ind, y: y as IndicatorYear & { actual: ValueCell }, evaluationYear: ey };
    }
  }
}

/** A goal stated in words (「前年度以下」, 「全指標で目標達成」): lexicon GOAL_WORDS. */
export function isGoalInWords(text: string): boolean {
  const t = fold(text);
  return GOAL_WORDS.some((w) => t.includes(w));
}

/** The first year with a number as its actual; null when there is none. */
function firstRecordedYear(ind: Indicator): number | null {
  let first: number | null = null;
  for (const y of ind.years) if (y.actual?.parsed.kind === 'number' && (first === null || y.year < first)) first = y.year;
  return first;
}

export function indicatorName(ind: Indicator): string {
  const name = ind.name?.text ? ind.name.text.replace(/\s+/g, ' ').trim() : '';
  return [ind.id, name].filter((s) => s !== '').join(' ') || ind.cell;
}

/**
 * A schedule action as messages name it: its number before the name (「19 協働事業評価制度の導入」),
 * since a plan can list the same name twice (Shinjo 19 and 20); the cell when it has neither.
 */
export function actionName(a: ScheduleAction): string {
  const name = a.name.replace(/\s+/g, ' ').trim();
  const no = a.no?.trim() ?? '';
  return [no, name].filter((s) => s !== '').join(' ') || a.cell;
}

/** The value to store for a number: a percent-formatted cell holds the fraction (66.1% → 0.661), exactly. */
export function storedValue(decimal: string, numberFormat: string): number {
  return Number(isPercentFormat(numberFormat) ? shiftDecimal(decimal, -2) : decimal);
}

export function fixFor(cell: ValueCell, decimal: string): Fix {
  return { cell: cell.cell, value: storedValue(decimal, cell.numberFormat) };
}

/** A note or a cell that says why a year has no value (未実施, 調査なし, any words in 備考). */
export function explanation(y: IndicatorYear): string | null {
  if (y.actual && y.actual.parsed.kind === 'no-data') return String(y.actual.raw).trim(); // as written: 「ー」, not the folded 「-」
  if (y.note && fold(y.note.text) !== '') return fold(y.note.text);
  return null;
}

/**
 * A numeric target is needed unless the indicator is qualitative, or it is a plan/actual indicator
 * whose plan values cover every year up to the evaluated one (Niigata's final target 「継続実施」).
 */
export function targetNeeded(ctx: SheetContext, ind: Indicator): boolean {
  if (ind.qualitative) return false;
  if (ind.layout !== 'plan-actual') return true;
  const from = ind.baseline?.year ?? -Infinity;
  const to = ctx.evaluationYear ?? Math.max(-Infinity, ...ind.years.filter((y) => !isBlank(y.actual)).map((y) => y.year));
  const years = ind.years.filter((y) => y.year > from && y.year <= to);
  return years.length === 0 || years.some((y) => numeric(y.expected) === null);
}

/** The grade a person gave an item for the evaluated year: its grade cell, or the year's grade (plan/actual sheets). */
export function gradeInForce(ctx: { evaluationYear: number | null }, it: Item): GradeCell | null {
  if (it.grade) return it.grade;
  if (it.yearlyGrades.length === 0) return null;
  const y = ctx.evaluationYear;
  const match = y === null ? null : it.yearlyGrades.find((g) => g.year === y);
  return match ? match.grade : null;
}

/** Every grade cell on the sheet a person wrote, with whose it is. */
export function gradeCells(ctx: SheetContext): { owner: string; grade: GradeCell; year: number | null; axis?: string }[] {
  const out: { owner: string; grade: GradeCell; year: number | null; axis?: string }[] = [];
  const seen = new Set<string>();
  const add = (owner: string, grade: GradeCell | null, year: number | null, axis?: string) => {
    if (!grade || seen.has(grade.cell)) return;
    seen.add(grade.cell);
    out.push({ owner, grade, year, ...(axis !== undefined ? { axis } : {}) });
  };
  if (ctx.model.overallGrade) add('総合評価', ctx.model.overallGrade, null);
  for (const it of ctx.model.items) {
    add(it.no, it.grade, null);
    for (const yg of it.yearlyGrades) add(it.no, yg.grade, yg.year);
    for (const a of it.axes ?? []) add(`${it.no}（${a.axis}）`, a.grade, null, a.axis);
  }
  for (const ind of ctx.model.indicators) add(indicatorName(ind), ind.grade, null);
  return out;
}

/** The grades valid on this sheet: its legend, else the preset's scale. */
export function validGrades(ctx: SheetContext): string[] {
  const legend = ctx.model.legend?.map((l) => fold(l.grade)).filter((g) => g !== '') ?? [];
  return legend.length > 0 ? legend : ctx.preset.scale;
}

/**
 * The drop-down list (data validation) covering a grade cell, as grades: the scale the sheet's own
 * form offers there (「A,B,C,D」, 「A（順調）,B（概ね順調）,…」), or null where no list covers the cell.
 */
export function listScale(ctx: SheetContext, cell: string): string[] | null {
  const lists = ctx.model.validations;
  if (!lists || lists.length === 0) return null;
  const { row, col } = parseCellAddress(cell);
  const hit = lists.find((v) => v.ranges.some((b) => b.top <= row && row <= b.bottom && b.left <= col && col <= b.right));
  if (!hit) return null;
  const grades = hit.list.map((x) => parseGradeWithMeaning(x, cell).value).filter((g): g is string => g !== null);
  return grades.length > 0 ? [...new Set(grades)] : null;
}

/** The grades valid on each grade axis of the sheet (必要性 4–1 …): see grading/axis-scale.ts. */
export function axisScales(ctx: SheetContext): Map<string, string[]> {
  const written = new Map<string, (string | null)[]>();
  for (const it of ctx.model.items) for (const a of it.axes ?? []) written.set(a.axis, [...(written.get(a.axis) ?? []), a.grade.value]);
  const letters = validGrades(ctx);
  return new Map([...written].map(([axis, values]) => [axis, axisScale(values, letters)]));
}

const COUNT_UNITS = ['人', '件', '回', '団体', '箇所', 'か所', 'ヶ所', 'カ所', 'ヵ所', '校', '館', '戸', '世帯', '台', '本', '冊', '社', '店', '施設', '組織', '事業', '名', 'チーム', 'グループ', '園', '地区', '区', '者', '万人', '千人'];

export function isCountUnit(unit: string | null): boolean {
  if (!unit) return false;
  const u = fold(unit).replace(/[/／]年$/, '').replace(/^延べ?/, '');
  return COUNT_UNITS.includes(u);
}

export function isPercentUnit(ind: Indicator, v: ValueCell): boolean {
  if (v.parsed.kind === 'number' && (v.parsed.percentCell || v.parsed.unit === '%')) return true;
  return ind.unitText !== null && /^[%％]$/.test(fold(ind.unitText));
}
