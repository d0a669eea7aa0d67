import type { Settings } from '../../core/settings';
import type { SheetSnapshot, ValidationList, WorkbookSnapshot } from '../../core/snapshot/types';
import { corrupt, XlsxReadError } from '../errors';
import { STORE_SHEET, parseStoreJson, STORE_MARKER } from '../store';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { tooLarge, XlsxPackage } from './package';
import { readSheetCells, type ListValidation, type SheetReadContext } from './sheet';
import { readSharedStrings } from './strings';
import { readCellFormats } from './styles';

/**
 * The direct reader: .xlsx bytes → sparse snapshot and Evalsheet's stored data, reading only the
 * parts it needs (workbook, relationships, shared strings, styles, sheets). No Node APIs, no
 * ExcelJS: the CLI's check and summary and the standalone pane use it.
 */

export interface DirectRead {
  snapshot: WorkbookSnapshot;
  /** Settings stored by the add-in (raw: resolveSettings checks them field by field). */
  settings: Partial<Settings> | null;
  /** Sheets Evalsheet generated (left out of the snapshot). */
  owned: string[];
  /** Every sheet's name, in workbook order. */
  sheetNames: string[];
}

export { DEFAULT_LIMITS, type ReadLimits } from './limits';
export { XlsxPackage } from './package';

export function readDirect(data: Uint8Array | ArrayBuffer, file: string, limits: ReadLimits = DEFAULT_LIMITS): DirectRead {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const pkg = XlsxPackage.open(bytes, file, limits);
  const { sheets, date1904, workbookPart } = pkg.sheets();
  const rels = pkg.relationships(workbookPart.replace(/[^/]*$/, '_rels/') + workbookPart.split('/').pop() + '.rels', workbookPart);
  const partOf = (suffix: string, fallback: string) => rels.find((r) => r.type.endsWith(suffix) && !r.external)?.target ?? fallback;
  const strings = readSharedStrings(pkg.text(partOf('/sharedStrings', 'xl/sharedStrings.xml')), limits.strings, () => tooLarge(file, `more than ${limits.strings} shared strings`));
  const formats = readCellFormats(pkg.text(partOf('/styles', 'xl/styles.xml')));
  const budget = { cells: limits.cells, merges: limits.merges };

  const read = (ref: (typeof sheets)[number]): SheetSnapshot => {
    if (ref.part === null || !pkg.has(ref.part)) {
      throw corrupt(file, `the part of sheet 「${ref.name}」 is missing${ref.part ? ` (${ref.part})` : ''}`);
    }
    const xml = pkg.text(ref.part, ref.name)!;
    const ctx: SheetReadContext = { strings, formats, date1904, budget, tooMany: (what) => tooLarge(file, `more than the limit of ${what}`, ref.name) };
    const { cells, merges, validations, rowHeights, defaultRowHeight } = readSheetCells(xml, ctx);
    pendingLists.push({ sheet: ref.name, validations });
    let top = Infinity;
    let left = Infinity;
    for (const c of cells) {
      if (c.row < top) top = c.row;
      if (c.col < left) left = c.col;
    }
    return {
      name: ref.name,
      origin: cells.length === 0 ? { row: 0, col: 0 } : { row: top, col: left },
      values: [],
      formats: [],
      cells,
      merges,
      ...(rowHeights.length > 0 ? { rowHeights } : {}),
      ...(defaultRowHeight !== null ? { defaultRowHeight } : {}),
      visible: ref.state === 'visible',
      ...(date1904 ? { date1904: true } : {}),
    };
  };
  // List validations whose values sit in cells (「=$H$5:$H$8」, 「=リスト!$A$1:$A$4」): resolved once every sheet is read.
  const pendingLists: { sheet: string; validations: ListValidation[] }[] = [];
  const resolveLists = (snapshots: SheetSnapshot[]): void => {
    const byName = new Map(snapshots.map((s) => [s.name, s]));
    for (const { sheet, validations } of pendingLists) {
      const target = byName.get(sheet);
      if (!target) continue;
      const lists: ValidationList[] = [];
      for (const v of validations) {
        let list = v.list;
        if (!list && v.ref) {
          const from = byName.get(v.ref.sheet ?? sheet);
          const b = v.ref.box;
          // A list is a handful of cells: a reference over a whole column is read only where cells exist.
          list = (from?.cells ?? [])
            .filter((c) => c.row >= b.top && c.row <= b.bottom && c.col >= b.left && c.col <= b.right && c.value !== null && c.value !== '')
            .sort((x, y) => x.row - y.row || x.col - y.col)
            .slice(0, 200)
            .map((c) => String(c.value));
        }
        if (list && list.length > 0) lists.push({ ranges: v.ranges, list });
      }
      if (lists.length > 0) target.validations = lists;
    }
  };

  // Evalsheet's store first: it says which sheets are Evalsheet's own.
  const storeRef = sheets.find((s) => s.name === STORE_SHEET);
  let settings: Partial<Settings> | null = null;
  let owned: string[] = [];
  if (storeRef) {
    const store = read(storeRef);
    const at = (col: number) => store.cells!.find((c) => c.row === 0 && c.col === col)?.value ?? null;
    if (at(0) === STORE_MARKER) ({ settings, owned } = parseStoreJson(String(at(1) ?? '{}')));
  }
  const skip = new Set([STORE_SHEET, ...owned]);
  const snaps: SheetSnapshot[] = [];
  for (const ref of sheets) if (!skip.has(ref.name)) snaps.push(read(ref));
  if (sheets.length === 0) throw corrupt(file, 'the workbook lists no sheets');
  resolveLists(snaps);
  return { snapshot: { name: file, sheets: snaps }, settings, owned: owned.filter((n) => sheets.some((s) => s.name === n)), sheetNames: sheets.map((s) => s.name) };
}

export { XlsxReadError };
