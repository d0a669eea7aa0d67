import type { EvaluationSheet, Indicator, Item, LayoutKind } from '../model/types';
import { Grid } from '../snapshot/grid';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot/types';
import { dominantEra } from '../text/years';
import type { ReadContext } from './context';
import { readEvaluationYear, readLegend, readOverallGrade, readPolicy, readTitle } from './header';
import { readIndicatorBlocks } from './indicator-blocks';
import { readFormItems, readItemTables } from './items';
import { readPlanActual } from './plan-actual';
import { readBaselineTarget } from './baseline-target';
import { readBaselineTargetCurrent } from './baseline-target-current';
import { readYearlyGrades } from './yearly-grades';
import { readSchedules } from './schedule';
import { parseCellAddress } from '../snapshot/address';
import { readByProfiles, type LayoutProfile } from '../profile';

/**
 * Snapshot → EvaluationSheet. Each layout reader finds its tables by labels and headers wherever
 * they sit and claims the rows it read, so a later reader does not read them again.
 */
export function readSheet(snapshot: SheetSnapshot, profiles: readonly LayoutProfile[] = []): EvaluationSheet {
  const grid = new Grid(snapshot);
  const texts: string[] = [];
  for (const c of grid.cells()) if (typeof c.value === 'string') texts.push(c.text);
  const ctx: ReadContext = { grid, era: dominantEra(texts), claimed: new Set() };

  const layouts: LayoutKind[] = [];
  const indicators: Indicator[] = [];
  const items: Item[] = [];
  const add = (kind: LayoutKind, found: Indicator[]) => {
    if (found.length === 0) return;
    layouts.push(kind);
    indicators.push(...found);
  };
  // Taught layouts first: the tables a profile finds are its own (rows claimed), the seed readers read the rest.
  const taught = readByProfiles(Array.isArray(profiles) ? profiles : [], ctx); // also when handed to Array.map (index as 2nd argument)
  add('profile', taught.indicators);
  items.push(...taught.items);
  add('indicator-blocks', readIndicatorBlocks(ctx));
  add('plan-actual', readPlanActual(ctx));
  const btc = readBaselineTargetCurrent(ctx);
  add('baseline-target-current', btc.indicators);
  items.push(...btc.items);
  add('baseline-target', readBaselineTarget(ctx));
  items.push(...readItemTables(ctx));
  items.push(...formItems(ctx, indicators));

  const overallGrade = readOverallGrade(ctx);
  const { actions: schedule, bad: badYearHeaders } = readSchedules(ctx);
  if (schedule.length > 0) layouts.push('schedule');
  resolveRefs(items, indicators);
  uniqueKeys(indicators);
  uniqueKeys(items);
  const recognized = indicators.length > 0 || items.length > 0 || overallGrade !== null || schedule.length > 0;
  if (!recognized) return unrecognized(snapshot.name);
  return {
    sheet: snapshot.name,
    kind: 'evaluation',
    layouts,
    title: readTitle(ctx),
    policy: readPolicy(ctx),
    evaluationYear: readEvaluationYear(ctx),
    legend: readLegend(ctx),
    overallGrade,
    items,
    indicators,
    schedule,
    badYearHeaders,
    ...(taught.readings.length > 0 ? { readings: taught.readings } : {}),
  };
}

export function readWorkbook(w: WorkbookSnapshot, profiles: readonly LayoutProfile[] = []): EvaluationSheet[] {
  return w.sheets.map((s) => readSheet(s, profiles));
}

function unrecognized(sheet: string): EvaluationSheet {
  return {
    sheet,
    kind: 'unrecognized',
    layouts: [],
    title: null,
    policy: [],
    evaluationYear: null,
    legend: null,
    overallGrade: null,
    items: [],
    indicators: [],
    schedule: [],
    badYearHeaders: [],
  };
}

/**
 * Form items (Niigata 「No. | 28」) own the indicators and 年度評価 sections below them. Their grade
 * is the latest yearly grade, with the year before as the previous grade.
 */
function formItems(ctx: ReadContext, indicators: Indicator[]): Item[] {
  const forms = readFormItems(ctx);
  if (forms.length === 0) return [];
  const ownerOf = (row: number) => [...forms].reverse().find((f) => f.row <= row) ?? forms[0];
  for (const ind of indicators) {
    if (ind.layout !== 'plan-actual' || ind.cell === '') continue;
    ownerOf(parseCellAddress(ind.cell).row).item.indicatorKeys.push(ind.key);
  }
  for (const section of readYearlyGrades(ctx)) {
    const item = ownerOf(section.row).item;
    item.yearlyGrades.push(...section.grades);
    item.narrative.push(...section.narrative);
  }
  for (const { item } of forms) {
    item.yearlyGrades.sort((a, b) => a.year - b.year);
    const graded = item.yearlyGrades.filter((g) => g.grade.value !== null);
    const latest = graded[graded.length - 1];
    if (latest) item.grade = { ...latest.grade, previous: graded[graded.length - 2]?.grade.value ?? null };
  }
  return forms.map((f) => f.item);
}

/** 「②」 written in an item → the indicator numbered ②. */
function resolveRefs(items: Item[], indicators: Indicator[]): void {
  for (const item of items) {
    for (const ref of item.indicatorRefs) {
      const ind = indicators.find((i) => i.id === ref);
      if (ind && !item.indicatorKeys.includes(ind.key)) item.indicatorKeys.push(ind.key);
    }
  }
}

/** Keys must be unique within a sheet (tables restart their numbering): suffix the cell where needed. */
function uniqueKeys(list: { key: string; cell: string }[]): void {
  const seen = new Set<string>();
  for (const x of list) {
    if (seen.has(x.key)) x.key = `${x.key}@${x.cell}`;
    seen.add(x.key);
  }
}
