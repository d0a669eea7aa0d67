import type { ChartSpec } from '../../core/plan/types';
import { parseCellAddress } from '../../core/snapshot/address';
import { esc, NS } from './xml';

/** The spreadsheet drawing part (xdr:wsDr) and one anchored chart frame in it. */

const EMU_PER_PX = 9525;

export function emptyDrawingXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"></xdr:wsDr>`;
}

/**
 * A one-cell anchor: top-left at the spec's cell, size in pixels (so column widths do not stretch it).
 * The frame's name is the spec id, which is how "remove charts" finds only Evalsheet's.
 * Namespaces are declared on the anchor so it can join a drawing written with other prefixes.
 */
export function chartAnchorXml(spec: ChartSpec, shapeId: number, relId: string): string {
  const { row, col } = parseCellAddress(spec.anchor.cell);
  const cx = Math.round(spec.anchor.widthPx * EMU_PER_PX);
  const cy = Math.round(spec.anchor.heightPx * EMU_PER_PX);
  return (
    `<xdr:oneCellAnchor xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
    `<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${esc(spec.id)}" descr="${esc(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>'
  );
}

/** Highest cNvPr id in a drawing, so new frames get unique ids. */
export function maxShapeId(drawingXml: string): number {
  let max = 1;
  for (const m of drawingXml.matchAll(/<(?:[\w.-]+:)?cNvPr\b[^>]*\bid="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

export function appendAnchors(drawingXml: string, anchors: string[]): string {
  const close = /<\/([\w.-]+:)?wsDr>\s*$/.exec(drawingXml);
  if (close) return drawingXml.slice(0, close.index) + anchors.join('') + drawingXml.slice(close.index);
  // An empty self-closed root: open it.
  return drawingXml.replace(/<((?:[\w.-]+:)?wsDr)\b([^>]*?)\/>/, (_, n: string, a: string) => `<${n}${a}>${anchors.join('')}</${n}>`);
}

/** Anchors of a drawing, with the frame name and the chart r:id each holds. */
export function anchorsOf(drawingXml: string): { xml: string; name: string | null; chartRelId: string | null }[] {
  const re = /<([\w.-]+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g;
  return [...drawingXml.matchAll(re)].map((m) => {
    const name = /<(?:[\w.-]+:)?cNvPr\b[^>]*\bname="([^"]*)"/.exec(m[0]);
    const chart = /<(?:[\w.-]+:)?chart\b[^>]*\b[\w.-]+:id="([^"]*)"/.exec(m[0]);
    return { xml: m[0], name: name ? name[1] : null, chartRelId: chart ? chart[1] : null };
  });
}

/** Spans of mc:AlternateContent blocks: an anchor inside one only means something with its Choice/Fallback around it. */
function alternateSpans(drawingXml: string): [number, number][] {
  const re = /<([\w.-]+:)?AlternateContent\b[\s\S]*?<\/\1AlternateContent>/g;
  return [...drawingXml.matchAll(re)].map((m) => [m.index as number, (m.index as number) + m[0].length]);
}

/** Anchors of a drawing that stand on their own (not inside mc:AlternateContent), with where each sits. */
export function plainAnchorsOf(drawingXml: string): { xml: string; name: string | null; chartRelId: string | null }[] {
  const spans = alternateSpans(drawingXml);
  const out: { xml: string; name: string | null; chartRelId: string | null }[] = [];
  let from = 0;
  for (const a of anchorsOf(drawingXml)) {
    const at = drawingXml.indexOf(a.xml, from);
    from = at + a.xml.length;
    if (!spans.some(([s, e]) => at >= s && at < e)) out.push(a);
  }
  return out;
}

/** Whether a drawing holds anything inside mc:AlternateContent (form controls, slicers, new chart types …). */
export function hasAlternateContent(drawingXml: string): boolean {
  return alternateSpans(drawingXml).length > 0;
}

/**
 * What an anchor draws, as far as carrying it through exceljs goes: 'picture' (exceljs keeps it
 * itself), 'chart' (a frame holding a c:chart), 'shape' (shapes, connectors, groups of them or of
 * charts, which exceljs drops and we carry), 'other' (SmartArt, ink, pictures in groups, charts
 * of the newer chartex kinds …: neither kept nor carried).
 */
export function anchorKind(anchorXml: string): 'picture' | 'chart' | 'shape' | 'other' {
  const top = /<(?:[\w.-]+:)?(sp|grpSp|graphicFrame|cxnSp|pic|contentPart)\b/.exec(anchorXml)?.[1];
  const uris = [...anchorXml.matchAll(/<(?:[\w.-]+:)?graphicData\b[^>]*\buri="([^"]*)"/g)].map((m) => m[1]);
  if (top === 'pic') return 'picture';
  if (!top || /<(?:[\w.-]+:)?(pic|contentPart)\b/.test(anchorXml) || uris.some((u) => u !== NS.chart)) return 'other';
  return top === 'graphicFrame' ? 'chart' : 'shape';
}

/** Namespace declarations on a drawing's root element (xmlns:xdr="…"), which its anchors rely on. */
export function rootNamespaces(drawingXml: string): Record<string, string> {
  const root = /<(?:[\w.-]+:)?wsDr\b[^>]*>/.exec(drawingXml)?.[0] ?? '';
  const out: Record<string, string> = {};
  for (const m of root.matchAll(/\s(xmlns(?::[\w.-]+)?)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

/** The anchor with the declarations it lacks written on its own start tag, so it can move to another drawing. */
export function declareNamespaces(anchorXml: string, decls: Record<string, string>): string {
  const start = /^<[^>]*>/.exec(anchorXml)?.[0] ?? '';
  const missing = Object.entries(decls).filter(([k]) => !new RegExp(`\\s${k.replace(/[.]/g, '\\.')}\\s*=`).test(start));
  if (missing.length === 0) return anchorXml;
  const add = missing.map(([k, v]) => ` ${k}="${v}"`).join('');
  return anchorXml.replace(/^(<[^>]*?)(\/?>)/, `$1${add}$2`);
}

/** Prefixes bound to the relationships namespace, on the root or inside the anchor. */
function relPrefixes(anchorXml: string, decls: Record<string, string>): string[] {
  const out = new Set(Object.entries(decls).filter(([k, v]) => k.startsWith('xmlns:') && v === NS.rel).map(([k]) => k.slice(6)));
  for (const m of anchorXml.matchAll(/\sxmlns:([\w.-]+)\s*=\s*"([^"]*)"/g)) if (m[2] === NS.rel) out.add(m[1]);
  return [...out];
}

function relAttrRe(prefixes: string[]): RegExp | null {
  if (prefixes.length === 0) return null;
  return new RegExp(`(\\s(?:${prefixes.map((p) => p.replace(/[.]/g, '\\.')).join('|')}):[\\w.-]+\\s*=\\s*")([^"]*)(")`, 'g');
}

/** Relationship ids an anchor refers to (r:id of a chart, r:embed of a picture fill, r:id of a link …). */
export function relIdsOf(anchorXml: string, decls: Record<string, string>): string[] {
  const re = relAttrRe(relPrefixes(anchorXml, decls));
  return re ? [...new Set([...anchorXml.matchAll(re)].map((m) => m[2]))] : [];
}

/** The anchor with its relationship ids renamed (ids of the drawing it moves to). */
export function remapRelIds(anchorXml: string, decls: Record<string, string>, map: Map<string, string>): string {
  const re = relAttrRe(relPrefixes(anchorXml, decls));
  return re ? anchorXml.replace(re, (all, a: string, id: string, b: string) => (map.has(id) ? `${a}${map.get(id)}${b}` : all)) : anchorXml;
}

/** New cNvPr ids (unique within a drawing) for every shape of an anchor; other id attributes stay. */
export function renumberShapeIds(anchorXml: string, next: () => number): string {
  return anchorXml.replace(/<(?:[\w.-]+:)?cNvPr\b[^>]*>/g, (tag) => tag.replace(/(\s)id="\d+"/, (_, sp: string) => `${sp}id="${next()}"`));
}
