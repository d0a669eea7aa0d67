import { NS } from "../chart-parts/xml";
import { nextRelId, parseRels, relativeTarget, relsPathOf, relsXml, resolveTarget } from '../chart-parts/package';
import type { PackageEdit } from './package-edit';
import { attr, elements, escXml, PatchError, splitAddress, startTag } from './xml';

/**
 * Notes (Excel's legacy comments): the sheet's comments part and the VML shapes Excel draws them
 * with. An existing comments part is patched (other notes kept as written); a sheet without notes
 * gets both parts. Threaded comments are never touched.
 */

const REL_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const REL_VML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing';
const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const CT_VML = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const AUTHOR = 'Evalsheet';

const AFTER_LEGACY = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function vmlShape(id: number, address: string): string {
  const { col, row } = splitAddress(address);
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:118.5pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col}, 15, ${row - 1}, 2, ${col + 3}, 15, ${row + 6}, 4</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`
  );
}

function emptyVml(): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' + SHAPETYPE + '</xml>'
  );
}

function commentXml(address: string, authorId: number, text: string): string {
  return `<comment ref="${address}" authorId="${authorId}"><text><r><t xml:space="preserve">${escXml(text)}</t></r></text></comment>`;
}

/** Sets (text) or removes (null) the note of each cell on one sheet. */
export function patchNotes(pkg: PackageEdit, sheetPart: string, notes: Map<string, string | null>): void {
  if (notes.size === 0) return;
  let sheetXml = pkg.text(sheetPart) as string;
  const relsPath = relsPathOf(sheetPart);
  const rels = parseRels(pkg.text(relsPath));
  let commentsRel = rels.find((r) => r.type === REL_COMMENTS);
  const legacyTag = elements(sheetXml, 'legacyDrawing')[0];
  const legacyId = legacyTag ? attr(startTag(legacyTag.xml), 'r:id') : null;
  let vmlRel = legacyId ? rels.find((r) => r.id === legacyId) : undefined;
  let relsChanged = false;
  if (!commentsRel) {
    if ([...notes.values()].every((t) => t === null)) return;
    const n = pkg.nextNumber('xl/comments', '.xml');
    const part = `xl/comments${n}.xml`;
    pkg.set(part, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${AUTHOR}</author></authors><commentList></commentList></comments>`);
    pkg.addContentType(part, CT_COMMENTS);
    commentsRel = { id: nextRelId(rels), type: REL_COMMENTS, target: relativeTarget(sheetPart, part) };
    rels.push(commentsRel);
    relsChanged = true;
  }
  if (!vmlRel) {
    const n = pkg.nextNumber('xl/drawings/vmlDrawing', '.vml');
    const part = `xl/drawings/vmlDrawing${n}.vml`;
    pkg.set(part, emptyVml());
    pkg.addContentType(part, CT_VML);
    vmlRel = { id: nextRelId(rels), type: REL_VML, target: relativeTarget(sheetPart, part) };
    rels.push(vmlRel);
    relsChanged = true;
    if (legacyTag) throw new PatchError(`${sheetPart}: a legacyDrawing without its relationship`);
    sheetXml = insertBefore(sheetXml, `<legacyDrawing r:id="${vmlRel.id}"/>`, AFTER_LEGACY);
    pkg.set(sheetPart, sheetXml);
  }
  if (relsChanged) pkg.set(relsPath, relsXml(rels));

  const commentsPart = resolveTarget(sheetPart, commentsRel.target);
  let comments = pkg.text(commentsPart);
  if (comments === null) throw new PatchError(`${commentsPart} is missing`);
  const vmlPart = resolveTarget(sheetPart, vmlRel.target);
  let vml = pkg.text(vmlPart);
  if (vml === null) throw new PatchError(`${vmlPart} is missing`);

  // The author: Evalsheet's, added once.
  const authors = elements(comments, 'author');
  let authorId = authors.findIndex((a) => a.xml.replace(/<[^>]*>/g, '') === AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    comments = /<authors\s*\/>/.test(comments)
      ? comments.replace(/<authors\s*\/>/, `<authors><author>${AUTHOR}</author></authors>`)
      : comments.replace('</authors>', `<author>${AUTHOR}</author></authors>`);
  }
  if (!/<v:shapetype\b[^>]*id="_x0000_t202"/.test(vml)) vml = vml.replace(/<\/xml>\s*$/, `${SHAPETYPE}</xml>`);
  let shapeId = Math.max(1024, ...[...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1])));

  for (const [address, text] of notes) {
    const existing: { xml: string; start: number; end: number } | undefined = elements(comments, "comment").find((c) => attr(startTag(c.xml), 'ref') === address);
    if (text === null) {
      if (existing) comments = comments.slice(0, existing.start) + comments.slice(existing.end);
      vml = removeShape(vml, address);
      continue;
    }
    const el = commentXml(address, existing ? Number(attr(startTag(existing.xml), 'authorId') ?? authorId) : authorId, text);
    if (existing) comments = comments.slice(0, existing.start) + el + comments.slice(existing.end);
    else comments = /<commentList\s*\/>/.test(comments) ? comments.replace(/<commentList\s*\/>/, () => `<commentList>${el}</commentList>`) : comments.replace('</commentList>', () => `${el}</commentList>`);
    if (!findShape(vml, address)) vml = vml.replace(/<\/xml>\s*$/, () => `${vmlShape(++shapeId, address)}</xml>`);
  }
  pkg.set(commentsPart, comments);
  pkg.set(vmlPart, vml);
}

function findShape(vml: string, address: string): { start: number; end: number } | null {
  const { col, row } = splitAddress(address);
  for (const s of elements(vml, 'v:shape')) {
    if (!/ObjectType="Note"/.test(s.xml)) continue;
    const r = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(s.xml);
    const c = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(s.xml);
    if (r && c && Number(r[1]) === row - 1 && Number(c[1]) === col - 1) return s;
  }
  return null;
}

function removeShape(vml: string, address: string): string {
  const s = findShape(vml, address);
  return s ? vml.slice(0, s.start) + vml.slice(s.end) : vml;
}

export function insertBefore(sheetXml: string, el: string, after: string[]): string {
  let at = -1;
  for (const name of after) {
    const m = new RegExp(`<(?:[\\w.-]+:)?${name}\\b`).exec(sheetXml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = sheetXml.search(/<\/(?:[\w.-]+:)?worksheet>/);
  if (!/xmlns:r=/.test(startTag(sheetXml.slice(sheetXml.search(/<(?:[\w.-]+:)?worksheet\b/))))) {
    sheetXml = sheetXml.replace(/<((?:[\w.-]+:)?worksheet\b[^>]*?)(\/?)>/, `<$1 xmlns:r="${NS.rel}"$2>`);
    at = -1;
    for (const name of after) {
      const m = new RegExp(`<(?:[\\w.-]+:)?${name}\\b`).exec(sheetXml);
      if (m && (at < 0 || m.index < at)) at = m.index;
    }
    if (at < 0) at = sheetXml.search(/<\/(?:[\w.-]+:)?worksheet>/);
  }
  return sheetXml.slice(0, at) + el + sheetXml.slice(at);
}
