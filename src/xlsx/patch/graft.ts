import { unzipSync, strFromU8 } from 'fflate';
import { nextRelId, parseRels, relativeTarget, relsPathOf, relsXml, resolveTarget } from '../chart-parts/package';
import type { PackageEdit } from './package-edit';
import { StylesPatch } from './styles';
import { attr, elements, escXml, PatchError, setAttr, startTag } from './xml';

/**
 * Sheets Evalsheet owns (findings, chart data, its store) are built by ExcelJS in a scratch
 * package and grafted into the input package: the sheet part, its hyperlinks, the styles it uses
 * (appended to the input's styles.xml), its print titles; text cells become inline strings so the
 * input's shared strings stay as they were.
 */

const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const REL_SHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

export class ScratchPackage {
  private readonly files: Record<string, Uint8Array>;
  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
  }
  text(name: string): string | null {
    const f = this.files[name];
    return f ? strFromU8(f) : null;
  }
  sheets(): { name: string; part: string; el: string; index: number }[] {
    const wb = this.text('xl/workbook.xml') ?? '';
    const rels = parseRels(this.text('xl/_rels/workbook.xml.rels'));
    return elements(wb, 'sheet').flatMap((s, index) => {
      const tag = startTag(s.xml);
      const rel = rels.find((r) => r.id === attr(tag, 'r:id'));
      const name = attr(tag, 'name');
      return name !== null && rel ? [{ name, part: resolveTarget('xl/workbook.xml', rel.target), el: s.xml, index }] : [];
    });
  }
}

function sharedStrings(scratch: ScratchPackage): string[] {
  const xml = scratch.text('xl/sharedStrings.xml');
  if (!xml) return [];
  return elements(xml, 'si').map((si) => si.xml);
}

class StyleMap {
  private readonly map = new Map<number, number>();
  private readonly dxfMap = new Map<number, number>();
  private readonly fonts: string[];
  private readonly fills: string[];
  private readonly borders: string[];
  private readonly xfs: string[];
  private readonly dxfs: string[];
  private readonly numFmts = new Map<number, string>();
  constructor(
    scratchStyles: string,
    private readonly target: StylesPatch,
  ) {
    const sec = (name: string, child: string) => {
      const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(scratchStyles);
      return m ? elements(m[1], child).map((e) => e.xml) : [];
    };
    this.fonts = sec('fonts', 'font');
    this.fills = sec('fills', 'fill');
    this.borders = sec('borders', 'border');
    this.xfs = sec('cellXfs', 'xf');
    this.dxfs = sec('dxfs', 'dxf');
    for (const f of sec('numFmts', 'numFmt')) this.numFmts.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? 'General');
  }
  xf(i: number): number {
    if (i === 0) return 0;
    const hit = this.map.get(i);
    if (hit !== undefined) return hit;
    const el = this.xfs[i];
    if (!el) return 0;
    let tag = startTag(el);
    const font = Number(attr(tag, 'fontId') ?? 0);
    const fill = Number(attr(tag, 'fillId') ?? 0);
    const border = Number(attr(tag, 'borderId') ?? 0);
    const fmt = Number(attr(tag, 'numFmtId') ?? 0);
    if (font > 0 && this.fonts[font]) tag = setAttr(tag, 'fontId', String(this.target.appendRaw('fonts', this.fonts[font])));
    if (fill > 1 && this.fills[fill]) tag = setAttr(tag, 'fillId', String(this.target.appendRaw('fills', this.fills[fill])));
    if (border > 0 && this.borders[border]) tag = setAttr(tag, 'borderId', String(this.target.appendRaw('borders', this.borders[border])));
    if (fmt >= 164 && this.numFmts.has(fmt)) tag = setAttr(tag, 'numFmtId', String(this.target.addNumFmt(this.numFmts.get(fmt)!)));
    tag = setAttr(tag, 'xfId', '0');
    const n = this.target.appendRaw('cellXfs', tag + el.slice(startTag(el).length));
    this.map.set(i, n);
    return n;
  }
  dxf(i: number): number {
    const hit = this.dxfMap.get(i);
    if (hit !== undefined) return hit;
    const n = this.target.appendRaw('dxfs', this.dxfs[i] ?? '<dxf/>');
    this.dxfMap.set(i, n);
    return n;
  }
}

/** The sheet XML with style indexes moved to the target's and shared strings made inline. */
function portSheetXml(xml: string, styles: StyleMap, sst: string[]): string {
  let out = xml.replace(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (c) => {
    let tag = startTag(c);
    const s = attr(tag, 's');
    if (s !== null) tag = setAttr(tag, 's', String(styles.xf(Number(s))));
    let body = c.slice(startTag(c).length);
    if (attr(tag, 't') === 's') {
      const v = /<v>(\d+)<\/v>/.exec(body);
      const si = v ? sst[Number(v[1])] : undefined;
      if (si !== undefined) {
        tag = setAttr(tag, 't', 'inlineStr');
        body = `<is>${si.replace(/^<si>|<\/si>$/g, '')}</is></c>`;
      }
    }
    return tag.endsWith('/>') && body === '' ? tag : tag + body;
  });
  out = out.replace(/<row\b[^>]*>/g, (t) => (attr(t, 's') !== null ? setAttr(t, 's', String(styles.xf(Number(attr(t, 's'))))) : t));
  out = out.replace(/<col\b[^>]*>/g, (t) => (attr(t, 'style') !== null ? setAttr(t, 'style', String(styles.xf(Number(attr(t, 'style'))))) : t));
  out = out.replace(/<cfRule\b[^>]*>/g, (t) => (attr(t, 'dxfId') !== null ? setAttr(t, 'dxfId', String(styles.dxf(Number(attr(t, 'dxfId'))))) : t));
  return out;
}

export interface GraftContext {
  pkg: PackageEdit;
  scratch: ScratchPackage;
  styles: StylesPatch;
}

export function makeStyleMapper(ctx: GraftContext): (xml: string) => string {
  const styles = new StyleMap(ctx.scratch.text('xl/styles.xml') ?? '', ctx.styles);
  const sst = sharedStrings(ctx.scratch);
  return (xml) => portSheetXml(xml, styles, sst);
}

/** Puts the scratch package's sheet `name` into the input package (replacing a sheet of that name). */
export function graftSheet(ctx: GraftContext, name: string, port: (xml: string) => string): void {
  const { pkg, scratch } = ctx;
  const from = scratch.sheets().find((s) => s.name === name);
  if (!from) throw new PatchError(`scratch package has no sheet ${name}`);
  const sheetXml = port(scratch.text(from.part) as string).replace(/<(?:legacyDrawing|drawing)\b[^>]*\/>/g, '');
  const existing = pkg.sheets().find((s) => s.name === name);
  let part: string;
  let wb = pkg.text('xl/workbook.xml') as string;
  let localIndex: number;
  if (existing) {
    part = existing.part;
    localIndex = pkg.sheets().findIndex((s) => s.name === name);
    const state = attr(startTag(from.el), 'state');
    const tag = setAttr(startTag(existing.el), 'state', state);
    wb = wb.replace(existing.el, () => (tag.endsWith('/>') ? tag : tag + existing.el.slice(startTag(existing.el).length)));
  } else {
    part = `xl/worksheets/sheet${pkg.nextNumber('xl/worksheets/sheet', '.xml')}.xml`;
    const rels = parseRels(pkg.text('xl/_rels/workbook.xml.rels'));
    const rid = nextRelId(rels);
    rels.push({ id: rid, type: REL_SHEET, target: relativeTarget('xl/workbook.xml', part) });
    pkg.set('xl/_rels/workbook.xml.rels', relsXml(rels));
    pkg.addContentType(part, CT_SHEET);
    const ids = elements(wb, 'sheet').map((s) => Number(attr(startTag(s.xml), 'sheetId') ?? 0));
    const state = attr(startTag(from.el), 'state');
    const el = `<sheet name="${escXml(name)}" sheetId="${Math.max(0, ...ids) + 1}"${state ? ` state="${state}"` : ''} r:id="${rid}"/>`;
    localIndex = elements(wb, 'sheet').length;
    wb = wb.replace(/<\/sheets>/, () => `${el}</sheets>`);
    if (!/<workbook\b[^>]*xmlns:r=/.test(wb)) throw new PatchError('workbook.xml does not declare the r: prefix');
  }
  // Print titles and other sheet-local names: the scratch sheet's replace the old sheet's.
  wb = replaceLocalNames(wb, localIndex, scratchLocalNames(scratch, from.index, localIndex));
  pkg.set('xl/workbook.xml', wb);
  pkg.set(part, sheetXml);
  // Only hyperlinks (external targets) travel with the grafted sheet.
  const scratchRels = parseRels(scratch.text(relsPathOf(from.part))).filter((r) => r.targetMode === 'External');
  if (scratchRels.length > 0) pkg.set(relsPathOf(part), relsXml(scratchRels));
  else if (pkg.has(relsPathOf(part))) pkg.remove(relsPathOf(part));
}

function scratchLocalNames(scratch: ScratchPackage, index: number, target: number): string[] {
  const wb = scratch.text('xl/workbook.xml') ?? '';
  return elements(wb, 'definedName')
    .filter((d) => attr(startTag(d.xml), 'localSheetId') === String(index))
    .map((d) => setAttr(startTag(d.xml), 'localSheetId', String(target)) + d.xml.slice(startTag(d.xml).length));
}

function replaceLocalNames(wb: string, index: number, names: string[]): string {
  let out = wb;
  for (const d of elements(wb, 'definedName').reverse()) {
    if (attr(startTag(d.xml), 'localSheetId') === String(index)) out = out.slice(0, d.start) + out.slice(d.end);
  }
  return addDefinedNames(out, names);
}

/** Appends defined names to workbook.xml (creating <definedNames> where CT_Workbook wants it); drops an empty list. */
export function addDefinedNames(wb: string, names: string[]): string {
  let out = wb.replace(/<definedNames\s*\/>/, '<definedNames></definedNames>');
  if (names.length > 0) {
    if (/<definedNames\b/.test(out)) out = out.replace('</definedNames>', () => `${names.join('')}</definedNames>`);
    else {
      // CT_Workbook: definedNames come after sheets (and functionGroups/externalReferences).
      const after = /<\/externalReferences>/.exec(out) ?? /<\/sheets>/.exec(out);
      if (!after) throw new PatchError('workbook.xml has no </sheets>');
      const at = after.index + after[0].length;
      out = out.slice(0, at) + `<definedNames>${names.join('')}</definedNames>` + out.slice(at);
    }
  }
  return out === wb ? wb : out.replace(/<definedNames><\/definedNames>/, '');
}

/** Removes an owned sheet: its element, relationship, part, content type and sheet-local names. */
export function removeSheet(pkg: PackageEdit, name: string): void {
  const sheets = pkg.sheets();
  const index = sheets.findIndex((s) => s.name === name);
  if (index < 0) return;
  const s = sheets[index];
  let wb = pkg.text('xl/workbook.xml') as string;
  wb = wb.replace(s.el, () => '');
  wb = replaceLocalNames(wb, index, []);
  wb = wb.replace(/<definedName\b[^>]*>/g, (t) => {
    const l = attr(t, 'localSheetId');
    return l !== null && Number(l) > index ? setAttr(t, 'localSheetId', String(Number(l) - 1)) : t;
  });
  wb = wb.replace(/<workbookView\b[^>]*>/g, (t) => {
    const a = attr(t, 'activeTab');
    return a !== null && Number(a) >= sheets.length - 1 ? setAttr(t, 'activeTab', '0') : t;
  });
  pkg.set('xl/workbook.xml', wb);
  const rels = parseRels(pkg.text('xl/_rels/workbook.xml.rels')).filter((r) => r.id !== s.rid);
  pkg.set('xl/_rels/workbook.xml.rels', relsXml(rels));
  pkg.remove(s.part);
  pkg.remove(relsPathOf(s.part));
  pkg.removeOverride(s.part);
}
