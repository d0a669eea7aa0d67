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
import { describeIndicators, describeSchedules } from './describe';
import { readGenericTables } from './generic';
import { readLabelledOverallGrade } from './generic/overall';
import type { NearMiss } from './generic/detect';
import { EVALUATION_WORDS, lexRole } from './lexicon';
import type { TableReading } from './reading';
import type { UnreadSheet } from '../model/types';
import { readByProfiles, type LayoutProfile } from '../profile';
import { readStatements } from './narrative-cells';

/**
 * Snapshot → EvaluationSheet. Each layout reader finds its tables by labels and headers wherever
 * they sit and claims the rows it read, so a later reader does not read them again.
 */
export interface ReadOptions {
  /** Run the generic table reader after the seed readers (default true; the bench turns it off for its baseline). */
  generic?: boolean;
  /** Layout profiles a person taught: the tables they find are read first (their rows claimed). */
  profiles?: readonly LayoutProfile[];
}

export function readSheet(snapshot: SheetSnapshot, options: ReadOptions = {}): EvaluationSheet {
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
  const taught = readByProfiles(options.profiles ?? [], ctx);
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
  const reading: TableReading[] = [...taught.readings];
  reading.push(...(['indicator-blocks', 'plan-actual', 'baseline-target-current', 'baseline-target'] as const).flatMap((k) => describeIndicators(k, indicators)));
  // The generic table reader, on the rows the seed readers left: any other indicator table.
  const generic = options.generic === false ? { indicators: [], items: [], reading: [], nearMisses: [], evaluationYear: null } : readGenericTables(ctx);
  add('generic-table', generic.indicators);
  if (generic.indicators.length === 0 && generic.items.length > 0) layouts.push('generic-table');
  items.push(...generic.items);
  reading.push(...generic.reading);

  // 総合評価 │ B; else, on a sheet without items, a lone 評価 │ C:相当程度進展あり outside the tables.
  const overallGrade = readOverallGrade(ctx) ?? (items.length === 0 && generic.indicators.length > 0 ? readLabelledOverallGrade(ctx) : null);
  const { actions: schedule, bad: badYearHeaders } = readSchedules(ctx);
  if (schedule.length > 0) layouts.push('schedule');
  reading.push(...describeSchedules(schedule));
  resolveRefs(items, indicators);
  uniqueKeys(indicators);
  // An indicator an item grades (itemKey) follows its own item's new key, not the earlier item's of the same number.
  uniqueKeys(items, (item, old) => {
    for (const ind of indicators) if (ind.itemKey === old && item.indicatorKeys.includes(ind.key)) ind.itemKey = item.key;
  });
  const recognized = indicators.length > 0 || items.length > 0 || overallGrade !== null || schedule.length > 0;
  if (!recognized) return { ...unrecognized(snapshot.name), unread: unreadEvidence(grid, generic.nearMisses) };
  const statements = readStatements(grid, items, indicators);
  return {
    sheet: snapshot.name,
    kind: 'evaluation',
    layouts,
    title: readTitle(ctx),
    policy: readPolicy(ctx),
    evaluationYear: readEvaluationYear(ctx) ?? generic.evaluationYear,
    legend: readLegend(ctx),
    overallGrade,
    items,
    indicators,
    schedule,
    badYearHeaders,
    reading,
    ...(snapshot.validations && snapshot.validations.length > 0 ? { validations: snapshot.validations } : {}),
    ...(statements.length > 0 ? { statements } : {}),
  };
}

export function readWorkbook(w: WorkbookSnapshot, options: ReadOptions = {}): EvaluationSheet[] {
  return w.sheets.map((s) => readSheet(s, options));
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
    reading: [],
    unread: null,
  };
}

/**
 * Does an unread sheet look like an evaluation sheet? Numbers (three or more number cells) and
 * evaluation words in label-sized cells (指標, 目標, 実績, 評価 …). Then: the labels seen and what the
 * nearest table lacked, for sheet-unrecognized; else null (a memo stays silent).
 */
function unreadEvidence(grid: Grid, nearMisses: NearMiss[]): UnreadSheet | null {
  let numbers = 0;
  const words: { cell: string; text: string }[] = [];
  for (const c of grid.cells()) {
    if (typeof c.value === 'number') numbers++;
    else if (c.text.length <= 24 && (EVALUATION_WORDS.some((w) => c.text.toUpperCase().includes(w)) || lexRole(c.text) !== null)) words.push({ cell: grid.address(c.row, c.col), text: c.text });
    else if (/^[\s\d０-９.,，．%％人件回円]+$/.test(c.text) && /[\d０-９]/.test(c.text)) numbers++;
  }
  const evaluation = words.filter((w) => EVALUATION_WORDS.some((e) => w.text.toUpperCase().includes(e)));
  if (numbers < 3 || evaluation.length === 0) return null;
  const near = nearMisses[0];
  if (near) return { labels: dedupeLabels(near.labels).slice(0, 6), missing: near.missing, cell: near.cell };
  return { labels: dedupeLabels(words).slice(0, 6), missing: 'table', cell: evaluation[0].cell };
}

function dedupeLabels(list: { cell: string; text: string }[]): { cell: string; text: string }[] {
  const seen = new Set<string>();
  return list.filter((l) => !seen.has(l.text) && (seen.add(l.text), true));
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
function uniqueKeys<T extends { key: string; cell: string }>(list: T[], renamed: (x: T, old: string) => void = () => {}): void {
  const seen = new Set<string>();
  for (const x of list) {
    if (seen.has(x.key)) {
      const old = x.key;
      x.key = `${x.key}@${x.cell}`;
      renamed(x, old);
    }
    seen.add(x.key);
  }
}
