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
