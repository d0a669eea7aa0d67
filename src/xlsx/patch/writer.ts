import JSZip from 'jszip';
import type { ChartSpec } from '../../core/plan/types';
import type { CarriedAnchor } from '../carry';
import { addChartsToZip } from '../chart-parts';
import { parseRels, relsPathOf, relsXml, resolveTarget, sheetParts } from '../chart-parts/package';
import { sheetDrawing } from '../chart-parts/sheet-drawing';
import { patchCells, readCell, type CellChange } from './cells';
import { addDefinedNames, graftSheet, makeStyleMapper, removeSheet, ScratchPackage } from './graft';
import { patchNotes } from './notes';
import { PackageEdit } from './package-edit';
import { StylesPatch } from './styles';
import { attr, elements, PatchError, startTag } from './xml';
import { ZipPackage } from '../zip';

/**
 * Write by patching: the input package with only what a plan touched changed. Every other entry
 * is copied as its stored bytes (see zip.ts). What "touched" means is recorded by XlsxWorkbook as
 * the ops run (cells, owned sheets, charts); ExcelJS only builds the owned sheets' XML.
 */

export interface CellEdit {
  value?: number | string | null;
  fill?: string | null;
  numFmt?: string;
  note?: string | null;
}

export interface PatchEdits {
  cells: Map<string, Map<string, CellEdit>>;
  /** Owned sheets to (re)write from the scratch package, in the order they were put. */
  put: string[];
  /** Owned sheets to remove. */
  deleted: string[];
  /** Defined names (global) that mark owned sheets, taken from the scratch package. */
  markPrefix: string;
  charts: ChartSpec[];
  /** The input's anchors a plan removed (Evalsheet's charts it removes or redraws). */
  dropped: CarriedAnchor[];
}

export function hasEdits(e: PatchEdits): boolean {
  return e.cells.size > 0 || e.put.length > 0 || e.deleted.length > 0 || e.charts.length > 0 || e.dropped.length > 0;
}

export async function patchWorkbook(source: Uint8Array, edits: PatchEdits, scratch: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (!hasEdits(edits)) return source;
  const pkg = new PackageEdit(ZipPackage.read(source));
  const stylesPart = 'xl/styles.xml';
  let styles: StylesPatch | null = null;
  const stylesOf = () => (styles ??= new StylesPatch(pkg.text(stylesPart) ?? missing(stylesPart)));

  const sheets = pkg.sheets();
  for (const [sheet, cells] of edits.cells) {
    const s = sheets.find((x) => x.name === sheet);
    if (!s) throw new PatchError(`no sheet 「${sheet}」 in the package`);
    let xml = pkg.text(s.part) ?? missing(s.part);
    const changes = new Map<string, CellChange>();
    const notes = new Map<string, string | null>();
    for (const [address, e] of cells) {
      const ch: CellChange = {};
      if (e.value !== undefined) ch.value = e.value;
      if (e.fill !== undefined || e.numFmt !== undefined) {
        const base = readCell(xml, address).style;
        ch.style = stylesOf().derive(base, { ...(e.fill !== undefined ? { fill: e.fill } : {}), ...(e.numFmt !== undefined ? { numFmt: e.numFmt } : {}) });
      }
      if (ch.value !== undefined || ch.style !== undefined) changes.set(address, ch);
      if (e.note !== undefined) notes.set(address, e.note);
    }
    xml = patchCells(xml, changes);
    pkg.set(s.part, xml);
    patchNotes(pkg, s.part, notes);
  }

  if (edits.put.length > 0 || edits.deleted.length > 0) {
    const scratchPkg = new ScratchPackage(await scratch());
    const ctx = { pkg, scratch: scratchPkg, styles: stylesOf() };
    const port = makeStyleMapper(ctx);
    for (const name of edits.deleted) if (!edits.put.includes(name)) removeSheet(pkg, name);
    for (const name of [...new Set(edits.put)]) graftSheet(ctx, name, port);
    copyMarks(pkg, scratchPkg, edits.markPrefix);
  }
  if (styles !== null && (styles as StylesPatch).dirty) pkg.set(stylesPart, (styles as StylesPatch).text());

  if (edits.charts.length > 0 || edits.dropped.length > 0) await drawCharts(pkg, edits);
  return pkg.write();
}

function missing(part: string): never {
  throw new PatchError(`${part} is missing from the package`);
}

/** The marks of owned sheets (global defined names) as the scratch package has them now. */
function copyMarks(pkg: PackageEdit, scratch: ScratchPackage, prefix: string): void {
  const isMark = (d: string) => (attr(startTag(d), 'name') ?? '').startsWith(prefix);
  const marks = elements(scratch.text('xl/workbook.xml') ?? '', 'definedName')
    .map((d) => d.xml)
    .filter(isMark)
    .map((d) => d.replace(/^<definedName\b/, '<definedName hidden="1"').replace(/(<definedName hidden="1"[^>]*?)\shidden="1"/, '$1'));
  let wb = pkg.text('xl/workbook.xml') as string;
  for (const d of elements(wb, 'definedName').reverse()) if (isMark(d.xml)) wb = wb.slice(0, d.start) + wb.slice(d.end);
  wb = addDefinedNames(wb, marks);
  pkg.set('xl/workbook.xml', wb);
}

/** Charts go through the chart-parts module (JSZip); entries it leaves equal keep their stored bytes. */
async function drawCharts(pkg: PackageEdit, edits: PatchEdits): Promise<void> {
  const zip = await JSZip.loadAsync(pkg.write());
  const sheets = await sheetParts(zip);
  for (const a of edits.dropped) {
    const part = sheets.get(a.sheet);
    if (!part) continue;
    const d = await sheetDrawing(zip, part);
    if (!d || !d.drawingXml.includes(a.xml)) continue;
    zip.file(d.drawingPart, d.drawingXml.replace(a.xml, () => ''));
    const ids = new Set(a.rels.map((r) => r.id));
    zip.file(relsPathOf(d.drawingPart), relsXml(d.drawingRels.filter((r) => !ids.has(r.id))));
    for (const p of a.parts) zip.remove(p);
    const ct = (await zip.file('[Content_Types].xml')!.async('string')).replace(/<Override\b[^>]*>/g, (t) =>
      a.parts.some((p) => attr(t, 'PartName') === `/${p}`) ? '' : t,
    );
    zip.file('[Content_Types].xml', ct);
  }
  await addChartsToZip(zip, edits.charts);
  const names = new Set<string>();
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    names.add(name);
    pkg.set(name, await zip.file(name)!.async('uint8array'));
  }
  for (const n of pkg.zip.names()) if (!names.has(n)) pkg.remove(n);
  void parseRels;
  void resolveTarget;
}
