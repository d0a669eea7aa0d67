/**
 * Reads every sheet's used range in a few round trips whatever the number of sheets:
 *   sync 1  lists the sheets;
 *   sync 2  brings each sheet's used-range size and ownership mark;
 *   sync 3… bring values, number formats and (ExcelApi 1.13) merged areas, sheets grouped so one
 *           response stays well under Excel on the web's 5 MB payload limit (CELL_BUDGET cells
 *           per batch: one batch for ordinary workbooks, 4 for 60 sheets of 200×30).
 * Sheets Evalsheet made (summary, findings, chart data) are left out, as the xlsx adapter does.
 * A sheet whose merged areas cannot be read (more than 512 of them, Excel's documented limit) is
 * read without merges, with a note; a sheet over 5 million cells is reported as too large (Excel
 * gives no values for it) and the others are still read.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot/types';
import type { Features } from './features';
import { OWNER_NAME } from './owner';
import { fromExcelValue, parseAreas } from './values';

/** Cells per read batch: 100 000 cells of 200×30 sheets with Japanese labels are about 2.1 MB of response (docs/office-runtime-tests.md). */
export const CELL_BUDGET = 100_000;
/** Range.values gives nothing past this many cells (Excel's documented limit). */
export const MAX_CELLS = 5_000_000;

interface Pending {
  name: string;
  visible: boolean;
  used: Excel.Range;
  owner: Excel.NamedItem;
  cells: number;
  merged?: Excel.RangeAreas;
  issues: NonNullable<SheetSnapshot['readIssues']>;
}

export async function readSnapshot(context: Excel.RequestContext, features: Features): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets; // ExcelApi 1.1
  sheets.load('items/name,items/visibility'); // name, visibility: ExcelApi 1.1
  if (features.api17) context.workbook.load('name'); // Workbook.name: ExcelApi 1.7
  await context.sync();

  const pending: Pending[] = sheets.items.map((ws) => {
    // valuesOnly: formatting-only cells far from the data do not stretch the range. ExcelApi 1.4.
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount'); // ExcelApi 1.1
    const owner = ws.names.getItemOrNullObject(OWNER_NAME); // ExcelApi 1.4
    owner.load('name');
    return { name: ws.name, visible: ws.visibility === 'Visible', used, owner, cells: 0, issues: [] };
  });
  await context.sync();

  const mine = pending.filter((p) => p.owner.isNullObject);
  const toRead: Pending[] = [];
  for (const p of mine) {
    if (p.used.isNullObject) continue; // an empty sheet: nothing to read, no range to ask for merges
    p.cells = p.used.rowCount * p.used.columnCount;
    if (p.cells > MAX_CELLS) p.issues.push(tooLarge(p));
    else toRead.push(p);
  }

  for (const batch of batches(toRead)) {
    const load = (withMerges: boolean) => {
      for (const p of batch) {
        p.used.load('values,numberFormat'); // ExcelApi 1.1
        if (withMerges) {
          p.merged = p.used.getMergedAreasOrNullObject(); // ExcelApi 1.13
          p.merged.load('address'); // RangeAreas.address: ExcelApi 1.9
        }
      }
    };
    load(features.mergedAreas);
    try {
      // One sync per batch by design: few batches, each under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      if (!features.mergedAreas) throw err;
      // One sheet's merged areas (over 512) can fail the whole batch: read the values alone, then
      // each sheet's merges on its own, so a sheet that fails is read without merges.
      load(false);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only after a failed batch
      await context.sync();
      for (const p of batch) {
        p.merged = p.used.getMergedAreasOrNullObject();
        p.merged.load('address');
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a sheet at a time, so one cannot fail the others
          await context.sync();
        } catch {
          p.merged = undefined;
          p.issues.push({
            code: 'merges-unread',
            ja: `シート「${p.name}」の結合セルを読み取れなかったため（Excel が一度に返せる結合範囲は 512 個までです）、結合なしとして確認しました。結果の位置がずれていないか確認してください。`,
            en: `The merged cells of sheet "${p.name}" could not be read (Excel returns at most 512 merged areas at once), so it was checked as if unmerged. Check that the results sit where you expect.`,
          });
        }
      }
    }
    for (const p of batch) {
      // Past Excel's limit values come back null: the sheet is reported, not read.
      if (!Array.isArray(p.used.values) || !Array.isArray(p.used.numberFormat)) {
        p.issues.push(tooLarge(p));
        p.merged = undefined;
      }
    }
  }

  return {
    name: features.api17 ? context.workbook.name : 'Workbook',
    sheets: mine.map((p) => toSheetSnapshot(p, features)),
  };
}

function tooLarge(p: Pending): NonNullable<SheetSnapshot['readIssues']>[number] {
  const n = p.cells.toLocaleString('en-US');
  return {
    code: 'too-large',
    ja: `シート「${p.name}」は使用範囲が大きすぎるため（${n} セル、Excel が一度に返せるのは 500 万セルまでです）、確認しませんでした。不要な行や列を削除してから、もう一度確認してください。`,
    en: `Sheet "${p.name}" was not checked: its used range is too large (${n} cells; Excel returns at most 5 million at once). Delete the rows and columns it does not need, then check again.`,
  };
}

/** Sheets in order, grouped so each batch holds at most CELL_BUDGET cells (a larger sheet goes alone). */
function batches(list: Pending[]): Pending[][] {
  const out: Pending[][] = [];
  let current: Pending[] = [];
  let cells = 0;
  for (const p of list) {
    if (current.length > 0 && cells + p.cells > CELL_BUDGET) {
      out.push(current);
      current = [];
      cells = 0;
    }
    current.push(p);
    cells += p.cells;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function toSheetSnapshot(p: Pending, features: Features): SheetSnapshot {
  const issues = p.issues.length > 0 ? { readIssues: p.issues } : {};
  const read = !p.used.isNullObject && !p.issues.some((i) => i.code === 'too-large');
  if (!read) {
    // An empty sheet (no used range at all), or one too large to read.
    return { name: p.name, origin: { row: 0, col: 0 }, values: [], formats: [], ...(features.mergedAreas ? { merges: [] } : {}), visible: p.visible, ...issues };
  }
  const values = p.used.values.map((row) => row.map(fromExcelValue));
  const formats = p.used.numberFormat.map((row) => row.map((f) => (typeof f === 'string' && f !== '' ? f : 'General')));
  const merges = p.merged ? (p.merged.isNullObject ? [] : parseAreas(p.merged.address)) : undefined;
  return {
    name: p.name,
    origin: { row: p.used.rowIndex, col: p.used.columnIndex },
    values,
    formats,
    ...(merges !== undefined ? { merges } : {}),
    visible: p.visible,
    ...issues,
  };
}
