import type JSZip from 'jszip';
import { emptyDrawingXml } from './drawing';
import {
  addOverride,
  drawingRelId,
  insertDrawingElement,
  nextPartNumber,
  nextRelId,
  parseRels,
  relativeTarget,
  relsPathOf,
  relsXml,
  type Rel,
  resolveTarget,
  text,
} from './package';
import { NS } from './xml';

/** A sheet's drawing part: finding it, or creating it with the sheet's link to it. */

export interface SheetDrawing {
  sheetPart: string;
  relId: string;
  sheetRels: Rel[];
  drawingPart: string;
  drawingXml: string;
  drawingRels: Rel[];
}

/** The drawing part a sheet shows, with the relationships on both sides; null when it has none. */
export async function sheetDrawing(zip: JSZip, sheetPart: string): Promise<SheetDrawing | null> {
  const sheetXml = await text(zip, sheetPart);
  const relId = sheetXml ? drawingRelId(sheetXml) : null;
  if (!relId) return null;
  const sheetRels = parseRels(await text(zip, relsPathOf(sheetPart)));
  const rel = sheetRels.find((r) => r.id === relId);
  if (!rel) return null;
  const drawingPart = resolveTarget(sheetPart, rel.target);
  const drawingXml = await text(zip, drawingPart);
  if (!drawingXml) return null;
  return { sheetPart, relId, sheetRels, drawingPart, drawingXml, drawingRels: parseRels(await text(zip, relsPathOf(drawingPart))) };
}

/** The drawing part of a sheet, creating it (and the sheet's link to it) when the sheet has none. */
export async function ensureDrawing(zip: JSZip, sheetPart: string): Promise<string> {
  const sheetXml = (await text(zip, sheetPart)) as string;
  const sheetRelsPath = relsPathOf(sheetPart);
  const sheetRels = parseRels(await text(zip, sheetRelsPath));
  const existing = drawingRelId(sheetXml);
  const rel = existing ? sheetRels.find((r) => r.id === existing) : undefined;
  if (rel) return resolveTarget(sheetPart, rel.target);
  const drawingPart = `xl/drawings/drawing${nextPartNumber(zip, 'xl/drawings', 'drawing')}.xml`;
  zip.file(drawingPart, emptyDrawingXml());
  await addOverride(zip, drawingPart, NS.ctDrawing);
  const id = nextRelId(sheetRels);
  sheetRels.push({ id, type: NS.relDrawing, target: relativeTarget(sheetPart, drawingPart) });
  zip.file(sheetRelsPath, relsXml(sheetRels));
  zip.file(sheetPart, insertDrawingElement(sheetXml, id));
  return drawingPart;
}
