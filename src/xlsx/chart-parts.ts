import JSZip from 'jszip';
import type { ChartSpec } from '../core/plan/types';
import { chartXml } from './chart-parts/chart-xml';
import { anchorsOf, appendAnchors, chartAnchorXml, maxShapeId } from './chart-parts/drawing';
import {
  addOverride,
  nextPartNumber,
  nextRelId,
  parseRels,
  relativeTarget,
  relsPathOf,
  relsXml,
  removeDrawingElement,
  removeOverride,
  resolveTarget,
  sheetParts,
  text,
} from './chart-parts/package';
import { ensureDrawing, sheetDrawing } from './chart-parts/sheet-drawing';
import { NS, unesc } from './chart-parts/xml';

/**
 * Native Excel charts in an .xlsx package. exceljs cannot write charts and no well-kept library
 * can, so this writes the DrawingML parts by hand after exceljs has saved the package:
 * xl/charts/chartN.xml, a drawing per sheet (merged into one exceljs wrote for images), the
 * sheet's <drawing> element, relationships and content types. Bytes in, bytes out: no fs here.
 */

export const OWNED_PREFIX = 'evalsheet:';

export class ChartPartsError extends Error {
  override name = 'ChartPartsError';
}

export async function addChartsToXlsx(data: Uint8Array, charts: ChartSpec[]): Promise<Uint8Array> {
  if (charts.length === 0) return data;
  const zip = await JSZip.loadAsync(data);
  await addChartsToZip(zip, charts);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** addChartsToXlsx on an opened package, so one load and one save serve every step after exceljs. */
export async function addChartsToZip(zip: JSZip, charts: ChartSpec[]): Promise<void> {
  const sheets = await sheetParts(zip);
  const bySheet = new Map<string, ChartSpec[]>();
  for (const c of charts) {
    if (!sheets.has(c.sheet)) throw new ChartPartsError(`Chart ${c.id}: no sheet "${c.sheet}" in the workbook`);
    bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  }
  for (const [sheet, specs] of bySheet) {
    const drawingPart = await ensureDrawing(zip, sheets.get(sheet) as string);
    const drawingRelsPath = relsPathOf(drawingPart);
    const drawingRels = parseRels(await text(zip, drawingRelsPath));
    let drawingXml = (await text(zip, drawingPart)) as string;
    let shapeId = maxShapeId(drawingXml);
    const anchors: string[] = [];
    for (const spec of specs) {
      const chartPart = `xl/charts/chart${nextPartNumber(zip, 'xl/charts', 'chart')}.xml`;
      zip.file(chartPart, chartXml(spec));
      await addOverride(zip, chartPart, NS.ctChart);
      const id = nextRelId(drawingRels);
      drawingRels.push({ id, type: NS.relChart, target: relativeTarget(drawingPart, chartPart) });
      anchors.push(chartAnchorXml(spec, ++shapeId, id));
    }
    drawingXml = appendAnchors(drawingXml, anchors);
    zip.file(drawingPart, drawingXml);
    zip.file(drawingRelsPath, relsXml(drawingRels));
  }
}

function isOwned(anchor: { name: string | null }): boolean {
  return anchor.name !== null && unesc(anchor.name).startsWith(OWNED_PREFIX);
}

/**
 * Evalsheet's charts in a package (frame names starting "evalsheet:"): id, sheet, and every part
 * that belongs to the chart alone (the chart, its relationships and what they point at, such as
 * the style and colour parts Excel adds when it saves a chart).
 */
export async function ownedChartsIn(zip: JSZip): Promise<{ id: string; sheet: string; parts: string[] }[]> {
  const out: { id: string; sheet: string; parts: string[] }[] = [];
  for (const [sheet, sheetPart] of await sheetParts(zip)) {
    const d = await sheetDrawing(zip, sheetPart);
    if (!d) continue;
    for (const a of anchorsOf(d.drawingXml).filter(isOwned)) {
      const chartRel = d.drawingRels.find((r) => r.id === a.chartRelId);
      if (!chartRel) continue;
      const chartPart = resolveTarget(d.drawingPart, chartRel.target);
      const chartRels = relsPathOf(chartPart);
      const linked = parseRels(await text(zip, chartRels)).map((r) => resolveTarget(chartPart, r.target));
      out.push({ id: unesc(a.name as string), sheet, parts: [chartPart, ...(zip.file(chartRels) ? [chartRels] : []), ...linked] });
    }
  }
  return out;
}

/**
 * Removes the charts Evalsheet made (frame names starting "evalsheet:") from one sheet or all
 * (null), with their parts; other charts and images stay. A drawing left empty goes too.
 * Returns the new bytes and how many charts were removed.
 */
export async function removeOwnedCharts(data: Uint8Array, sheet: string | null): Promise<{ data: Uint8Array; removed: number }> {
  const zip = await JSZip.loadAsync(data);
  const sheets = await sheetParts(zip);
  let removed = 0;
  for (const [name, sheetPart] of sheets) {
    if (sheet !== null && name !== sheet) continue;
    const d = await sheetDrawing(zip, sheetPart);
    if (!d) continue;
    const { relId, drawingPart } = d;
    let { sheetRels, drawingXml, drawingRels } = d;
    const sheetRelsPath = relsPathOf(sheetPart);
    const drawingRelsPath = relsPathOf(drawingPart);
    const anchors = anchorsOf(drawingXml);
    const owned = anchors.filter(isOwned);
    if (owned.length === 0) continue;
    for (const a of owned) {
      drawingXml = drawingXml.replace(a.xml, '');
      const chartRel = drawingRels.find((r) => r.id === a.chartRelId);
      if (chartRel) {
        const chartPart = resolveTarget(drawingPart, chartRel.target);
        zip.remove(chartPart);
        zip.remove(relsPathOf(chartPart));
        await removeOverride(zip, chartPart);
        drawingRels = drawingRels.filter((r) => r !== chartRel);
      }
      removed++;
    }
    if (owned.length === anchors.length) {
      // Nothing else was drawn on the sheet: drop the drawing and the sheet's link to it.
      zip.remove(drawingPart);
      zip.remove(drawingRelsPath);
      await removeOverride(zip, drawingPart);
      sheetRels = sheetRels.filter((r) => r.id !== relId);
      zip.file(sheetPart, removeDrawingElement((await text(zip, sheetPart)) as string));
      if (sheetRels.length > 0) zip.file(sheetRelsPath, relsXml(sheetRels));
      else zip.remove(sheetRelsPath);
    } else {
      zip.file(drawingPart, drawingXml);
      zip.file(drawingRelsPath, relsXml(drawingRels));
    }
  }
  if (removed === 0) return { data, removed };
  return { data: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), removed };
}
