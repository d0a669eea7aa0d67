import type JSZip from 'jszip';
import { OWNED_PREFIX } from './chart-parts';
import { PartCopier, reachableParts } from './chart-parts/copy-parts';
import { anchorKind, appendAnchors, declareNamespaces, hasAlternateContent, maxShapeId, plainAnchorsOf, relIdsOf, remapRelIds, renumberShapeIds, rootNamespaces } from './chart-parts/drawing';
import { nextRelId, parseRels, relativeTarget, relsPathOf, relsXml, type Rel, resolveTarget, sheetParts, text } from './chart-parts/package';
import { ensureDrawing, sheetDrawing } from './chart-parts/sheet-drawing';
import { NS, unesc } from './chart-parts/xml';

/**
 * exceljs keeps the pictures of a sheet's drawing and drops everything else in it: a person's
 * charts, text boxes, arrows. This finds those anchors in the input and, after exceljs has saved,
 * transplants them (with their chart, style, colour, embedded-data parts under fresh names) into
 * the output sheet of the same name, merged into whatever drawing the sheet has there by then.
 */

export interface CarriedAnchor {
  sheet: string;
  /** The frame or shape name as Excel shows it (unescaped); Evalsheet's charts start with "evalsheet:". */
  name: string | null;
  owned: boolean;
  kind: 'chart' | 'shape';
  /** The anchor element as the input drawing holds it. */
  xml: string;
  /** Namespace declarations of the input drawing's root, which the anchor's prefixes rely on. */
  namespaces: Record<string, string>;
  /** The input drawing's relationships the anchor refers to. */
  rels: Rel[];
  /** Where the input drawing lives, to resolve those relationships' targets. */
  drawingPart: string;
  /** Every input part the anchor needs (its chart and what the chart's relationships reach). */
  parts: string[];
}

export interface DrawingInventory {
  anchors: CarriedAnchor[];
  /** Things in sheet drawings that neither exceljs nor carrying keeps, named by drawing part. */
  lost: string[];
}

async function isPivotChart(zip: JSZip, rel: Rel, drawingPart: string): Promise<boolean> {
  if (rel.type !== NS.relChart) return false;
  return /<(?:[\w.-]+:)?pivotSource\b/.test((await text(zip, resolveTarget(drawingPart, rel.target))) ?? '');
}

/** The anchors of the input's sheet drawings that saving through exceljs would drop, and what cannot be carried. */
export async function inventoryDrawings(zip: JSZip): Promise<DrawingInventory> {
  const anchors: CarriedAnchor[] = [];
  const lost: string[] = [];
  for (const [sheet, sheetPart] of await sheetParts(zip)) {
    const d = await sheetDrawing(zip, sheetPart);
    if (!d) continue;
    const namespaces = rootNamespaces(d.drawingXml);
    if (hasAlternateContent(d.drawingXml)) lost.push(`${d.drawingPart} (controls or objects in mc:AlternateContent)`);
    for (const a of plainAnchorsOf(d.drawingXml)) {
      const kind = anchorKind(a.xml);
      if (kind === 'picture') continue;
      const name = a.name === null ? null : unesc(a.name);
      const label = name === null ? '' : ` "${name}"`;
      const rels = relIdsOf(a.xml, namespaces).map((id) => d.drawingRels.find((r) => r.id === id));
      if (kind === 'other' || rels.some((r) => r === undefined)) {
        lost.push(`${d.drawingPart} (drawing object${label})`);
        continue;
      }
      const found = rels as Rel[];
      if ((await Promise.all(found.map((r) => isPivotChart(zip, r, d.drawingPart)))).some(Boolean)) {
        lost.push(`${d.drawingPart} (pivot chart${label})`);
        continue;
      }
      const parts = new Set<string>();
      for (const r of found.filter((x) => x.targetMode !== 'External')) for (const p of await reachableParts(zip, resolveTarget(d.drawingPart, r.target))) parts.add(p);
      const owned = kind === 'chart' && name !== null && name.startsWith(OWNED_PREFIX);
      anchors.push({ sheet, name, owned, kind, xml: a.xml, namespaces, rels: found, drawingPart: d.drawingPart, parts: [...parts].sort() });
    }
  }
  return { anchors, lost };
}

export class CarryError extends Error {
  override name = 'CarryError';
}

/** Transplants the anchors from the input package `src` into the output package `dst` (sheets matched by name). */
export async function carryDrawings(src: JSZip, dst: JSZip, anchors: CarriedAnchor[]): Promise<void> {
  if (anchors.length === 0) return;
  const sheets = await sheetParts(dst);
  const copier = new PartCopier(src, dst);
  const bySheet = new Map<string, CarriedAnchor[]>();
  for (const a of anchors) bySheet.set(a.sheet, [...(bySheet.get(a.sheet) ?? []), a]);
  for (const [sheet, list] of bySheet) {
    const sheetPart = sheets.get(sheet);
    // Never lose a drawing quietly: the adapter drops the anchors of sheets it removes before saving.
    if (!sheetPart) throw new CarryError(`cannot keep the charts or shapes of sheet "${sheet}": the output has no such sheet`);
    const drawingPart = await ensureDrawing(dst, sheetPart);
    const relsPath = relsPathOf(drawingPart);
    const drawingRels = parseRels(await text(dst, relsPath));
    const drawingXml = (await text(dst, drawingPart)) as string;
    let shapeId = maxShapeId(drawingXml);
    const out: string[] = [];
    for (const a of list) {
      const ids = new Map<string, string>();
      for (const r of a.rels) {
        const id = nextRelId(drawingRels);
        ids.set(r.id, id);
        if (r.targetMode === 'External') drawingRels.push({ ...r, id });
        else drawingRels.push({ id, type: r.type, target: relativeTarget(drawingPart, await copier.copy(resolveTarget(a.drawingPart, r.target))) });
      }
      const xml = renumberShapeIds(remapRelIds(a.xml, a.namespaces, ids), () => ++shapeId);
      out.push(declareNamespaces(xml, a.namespaces));
    }
    dst.file(drawingPart, appendAnchors(drawingXml, out));
    dst.file(relsPath, relsXml(drawingRels));
  }
}
