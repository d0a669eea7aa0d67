import type JSZip from 'jszip';
import { attrs, esc, NS, tags, unesc } from './xml';

/** Reading and patching the package structure: sheets, relationships, content types. */

export interface Rel {
  id: string;
  type: string;
  target: string;
  /** 'External' for a URL or another file (kept as written, never resolved to a part). */
  targetMode?: string;
}

export async function text(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async('string') : null;
}

export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** A target for `toPart` written relative to the folder of `fromPart` (../charts/chart1.xml). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...Array(from.length - i).fill('..'), ...to.slice(i)].join('/');
}

export function parseRels(xml: string | null): Rel[] {
  if (!xml) return [];
  return tags(xml, 'Relationship').map((t) => {
    const a = attrs(t);
    return a.TargetMode ? { id: a.Id, type: a.Type, target: a.Target, targetMode: a.TargetMode } : { id: a.Id, type: a.Type, target: a.Target };
  });
}

export function relsXml(rels: Rel[]): string {
  const body = rels
    .map((r) => `<Relationship Id="${esc(r.id)}" Type="${esc(r.type)}" Target="${esc(r.target)}"${r.targetMode ? ` TargetMode="${esc(r.targetMode)}"` : ''}/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${body}</Relationships>`;
}

export function nextRelId(rels: Rel[]): string {
  let n = 1;
  const ids = new Set(rels.map((r) => r.id));
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** Sheet name → worksheet part path, from workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await text(zip, 'xl/workbook.xml')) ?? '';
  const rels = parseRels(await text(zip, 'xl/_rels/workbook.xml.rels'));
  const out = new Map<string, string>();
  for (const t of tags(wb, 'sheet')) {
    const a = attrs(t);
    const rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const rel = rels.find((r) => r.id === rid);
    if (a.name !== undefined && rel) out.set(a.name, resolveTarget('xl/workbook.xml', rel.target));
  }
  return out;
}

/** First free number for a part family: xl/charts/chart{n}.xml. */
export function nextPartNumber(zip: JSZip, folder: string, stem: string): number {
  let max = 0;
  const re = new RegExp(`^${folder}/${stem}(\\d+)\\.xml$`);
  zip.forEach((p) => {
    const m = re.exec(p);
    if (m) max = Math.max(max, Number(m[1]));
  });
  return max + 1;
}

export async function addOverride(zip: JSZip, part: string, contentType: string): Promise<void> {
  const ct = (await text(zip, '[Content_Types].xml')) ?? '';
  if (tags(ct, 'Override').some((t) => attrs(t).PartName === `/${part}`)) return;
  zip.file('[Content_Types].xml', ct.replace('</Types>', `<Override PartName="/${esc(part)}" ContentType="${esc(contentType)}"/></Types>`));
}

/** The content type of a part as [Content_Types].xml gives it: its Override, else the Default of its extension. */
export function contentTypeOf(ctXml: string, part: string): string | null {
  const name = `/${part}`.toLowerCase();
  for (const t of tags(ctXml, 'Override')) {
    const a = attrs(t);
    if ((a.PartName ?? '').toLowerCase() === name) return a.ContentType ?? null;
  }
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  for (const t of tags(ctXml, 'Default')) {
    const a = attrs(t);
    if ((a.Extension ?? '').toLowerCase() === ext) return a.ContentType ?? null;
  }
  return null;
}

/** Gives a new part its content type: nothing to do when the package's Default for its extension already says so. */
export async function addContentType(zip: JSZip, part: string, contentType: string): Promise<void> {
  if (contentTypeOf((await text(zip, '[Content_Types].xml')) ?? '', part) === contentType) return;
  await addOverride(zip, part, contentType);
}

export async function removeOverride(zip: JSZip, part: string): Promise<void> {
  const ct = (await text(zip, '[Content_Types].xml')) ?? '';
  const next = ct.replace(/<Override\b[^>]*>/g, (t) => (unesc(attrs(t).PartName ?? '') === `/${part}` ? '' : t));
  zip.file('[Content_Types].xml', next);
}

/**
 * Elements that must come after <drawing> in a worksheet (CT_Worksheet's sequence); the new
 * element goes before the first of them that is present, else before </worksheet>.
 */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

export function insertDrawingElement(sheetXml: string, relId: string): string {
  const rootTag = /<(?:[\w.-]+:)?worksheet\b[^>]*>/.exec(sheetXml);
  if (!rootTag) throw new Error('Not a worksheet part');
  let xml = sheetXml;
  // The r: prefix must be declared; exceljs and Excel declare it on the root, but be sure.
  const prefix = Object.entries(attrs(rootTag[0])).find(([k, v]) => k.startsWith('xmlns:') && v === NS.rel)?.[0].slice(6);
  let p = prefix;
  if (!p) {
    p = 'r';
    xml = xml.replace(rootTag[0], rootTag[0].replace(/(\/?)>$/, ` xmlns:r="${NS.rel}"$1>`));
  }
  const el = `<drawing ${p}:id="${relId}"/>`;
  let at = -1;
  for (const name of AFTER_DRAWING) {
    const m = new RegExp(`<(?:[\\w.-]+:)?${name}\\b`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.search(/<\/(?:[\w.-]+:)?worksheet>/);
  return xml.slice(0, at) + el + xml.slice(at);
}

/** The r:id of the sheet's <drawing> element, if it has one. */
export function drawingRelId(sheetXml: string): string | null {
  const t = tags(sheetXml, 'drawing')[0];
  if (!t) return null;
  const a = attrs(t);
  return Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? null;
}

export function removeDrawingElement(sheetXml: string): string {
  return sheetXml.replace(/<(?:[\w.-]+:)?drawing\b[^>]*\/>/, '');
}
