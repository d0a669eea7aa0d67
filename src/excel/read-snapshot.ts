/**
 * Reads every sheet's used range in two round trips whatever the number of sheets:
 * sync 1 lists the sheets; sync 2 brings every sheet's values, number formats and (ExcelApi 1.13)
 * merged areas, all queued before it. Sheets Evalsheet made (summary, findings, chart data) are
 * left out, as the xlsx adapter does: they are output, not evaluation sheets.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot/types';
import type { Features } from './features';
import { OWNER_NAME } from './owner';
import { fromExcelValue, parseAreas } from './values';

interface Pending {
  name: string;
  visible: boolean;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  owner: Excel.NamedItem;
}

export async function readSnapshot(context: Excel.RequestContext, features: Features): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets; // ExcelApi 1.1
  sheets.load('items/name,items/visibility'); // name, visibility: ExcelApi 1.1
  if (features.api17) context.workbook.load('name'); // Workbook.name: ExcelApi 1.7
  await context.sync();

  const pending: Pending[] = sheets.items.map((ws) => {
    // valuesOnly: formatting-only cells far from the data do not stretch the range. ExcelApi 1.4.
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('values,numberFormat,rowIndex,columnIndex'); // ExcelApi 1.1
    let merged: Excel.RangeAreas | null = null;
    if (features.mergedAreas) {
      merged = used.getMergedAreasOrNullObject(); // ExcelApi 1.13
      merged.load('address'); // RangeAreas.address: ExcelApi 1.9
    }
    const owner = ws.names.getItemOrNullObject(OWNER_NAME); // ExcelApi 1.4
    owner.load('name');
    return { name: ws.name, visible: ws.visibility === 'Visible', used, merged, owner };
  });
  await context.sync();

  return {
    name: features.api17 ? context.workbook.name : 'Workbook',
    sheets: pending.filter((p) => p.owner.isNullObject).map(toSheetSnapshot),
  };
}

function toSheetSnapshot(p: Pending): SheetSnapshot {
  if (p.used.isNullObject) {
    // An empty sheet: no used range at all.
    return { name: p.name, origin: { row: 0, col: 0 }, values: [], formats: [], merges: [], visible: p.visible };
  }
  const values = p.used.values.map((row) => row.map(fromExcelValue));
  const formats = p.used.numberFormat.map((row) => row.map((f) => (typeof f === 'string' && f !== '' ? f : 'General')));
  const merges = p.merged && !p.merged.isNullObject ? parseAreas(p.merged.address) : p.merged ? [] : undefined;
  return {
    name: p.name,
    origin: { row: p.used.rowIndex, col: p.used.columnIndex },
    values,
    formats,
    ...(merges !== undefined ? { merges } : {}),
    visible: p.visible,
  };
}
