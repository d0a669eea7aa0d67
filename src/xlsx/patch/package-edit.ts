import { contentTypeOf, parseRels, resolveTarget } from '../chart-parts/package';
import { attr, elements, escXml, startTag, unescXml } from './xml';
import { ZipPackage } from '../zip';

/** A package being patched: parts by name, content types, the workbook's sheets. */
export class PackageEdit {
  constructor(readonly zip: ZipPackage) {}

  text(name: string): string | null {
    return this.zip.text(name);
  }

  set(name: string, data: string | Uint8Array): void {
    this.zip.set(name, data);
  }

  remove(name: string): void {
    this.zip.remove(name);
  }

  has(name: string): boolean {
    return this.zip.has(name);
  }

  /** First free number n for `${stem}${n}${ext}`. */
  nextNumber(stem: string, ext: string): number {
    let max = 0;
    for (const n of this.zip.names()) {
      if (n.startsWith(stem) && n.endsWith(ext)) {
        const d = n.slice(stem.length, n.length - ext.length);
        if (/^\d+$/.test(d)) max = Math.max(max, Number(d));
      }
    }
    return max + 1;
  }

  addContentType(part: string, contentType: string): void {
    const ct = this.text('[Content_Types].xml') ?? '';
    if (contentTypeOf(ct, part) === contentType) return;
    const ext = part.slice(part.lastIndexOf('.') + 1);
    // vml is given as a Default, the way Excel writes it; everything else as an Override.
    if (ext === 'vml' && !new RegExp(`<Default\\b[^>]*Extension="vml"`, 'i').test(ct)) {
      this.set('[Content_Types].xml', ct.replace(/(<Types\b[^>]*>)/, `$1<Default Extension="vml" ContentType="${escXml(contentType)}"/>`));
      return;
    }
    this.set('[Content_Types].xml', ct.replace('</Types>', `<Override PartName="/${escXml(part)}" ContentType="${escXml(contentType)}"/></Types>`));
  }

  removeOverride(part: string): void {
    const ct = this.text('[Content_Types].xml') ?? '';
    const next = ct.replace(/<Override\b[^>]*>/g, (t) => (unescXml(attr(t, 'PartName') ?? '') === `/${part}` ? '' : t));
    this.set('[Content_Types].xml', next);
  }

  /** Sheets in tab order: name, part, the <sheet> element and the workbook relationship id. */
  sheets(): { name: string; part: string; el: string; rid: string }[] {
    const wb = this.text('xl/workbook.xml') ?? '';
    const rels = parseRels(this.text('xl/_rels/workbook.xml.rels'));
    const out: { name: string; part: string; el: string; rid: string }[] = [];
    for (const s of elements(wb, 'sheet')) {
      const tag = startTag(s.xml);
      const rid = attr(tag, 'r:id') ?? /\s[\w]+:id="([^"]*)"/.exec(tag)?.[1] ?? '';
      const rel = rels.find((r) => r.id === rid);
      const name = attr(tag, 'name');
      if (name !== null && rel) out.push({ name, part: resolveTarget('xl/workbook.xml', rel.target), el: s.xml, rid });
    }
    return out;
  }

  write(): Uint8Array {
    return this.zip.write();
  }
}
