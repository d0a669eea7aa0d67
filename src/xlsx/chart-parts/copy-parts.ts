import type JSZip from 'jszip';
import { addContentType, contentTypeOf, parseRels, relativeTarget, relsPathOf, relsXml, resolveTarget, text } from './package';

/**
 * Copies parts from one package into another under fresh names: a part, and everything its
 * relationships reach (a chart's style and colour parts, its embedded workbook, a user-shapes
 * drawing and its images …), each copied once per copier, relationships rewritten to the new
 * names, content types carried over. External targets (URLs, other files) are kept as written.
 */
export class PartCopier {
  /** Source part → its name in the destination. */
  private readonly copied = new Map<string, string>();
  private taken: Set<string> | null = null;

  constructor(
    private readonly src: JSZip,
    private readonly dst: JSZip,
  ) {}

  /** Part names are case-insensitive in a package (OPC), so a fresh name must differ from every other ignoring case. */
  private freshName(part: string): string {
    if (!this.taken) this.taken = new Set(Object.keys(this.dst.files).map((n) => n.toLowerCase()));
    const m = /^(.*\/)?(.*?)(\d*)(\.[^./]*)?$/.exec(part) as RegExpExecArray;
    const [dir, stem, ext] = [m[1] ?? '', m[2], m[4] ?? ''];
    let n = 1;
    while (this.taken.has(`${dir}${stem}${n}${ext}`.toLowerCase())) n++;
    const name = `${dir}${stem}${n}${ext}`;
    this.taken.add(name.toLowerCase());
    return name;
  }

  /** Copies `part` (and what it reaches); returns its name in the destination. */
  async copy(part: string): Promise<string> {
    const done = this.copied.get(part);
    if (done) return done;
    const file = this.src.file(part);
    if (!file) throw new Error(`no part ${part} in the input package`);
    const to = this.freshName(part);
    this.copied.set(part, to);
    this.dst.file(to, await file.async('uint8array'));
    const type = contentTypeOf((await text(this.src, '[Content_Types].xml')) ?? '', part);
    if (type) await addContentType(this.dst, to, type);
    const rels = parseRels(await text(this.src, relsPathOf(part)));
    if (rels.length > 0) {
      const out = [];
      for (const r of rels) {
        const target = resolveTarget(part, r.target);
        // A relationship to a part the input lacks stays as written: copying cannot repair it.
        if (r.targetMode === 'External' || !this.src.file(target)) out.push(r);
        else out.push({ ...r, target: relativeTarget(to, await this.copy(target)) });
      }
      this.dst.file(relsPathOf(to), relsXml(out));
      this.taken?.add(relsPathOf(to).toLowerCase());
    }
    return to;
  }

  /** Every source part copied so far. */
  sources(): string[] {
    return [...this.copied.keys()];
  }
}

/** `part` and every part its relationships reach, as PartCopier would copy them (for telling what is carried). */
export async function reachableParts(zip: JSZip, part: string, seen = new Set<string>()): Promise<string[]> {
  if (seen.has(part) || !zip.file(part)) return [...seen];
  seen.add(part);
  const relsPath = relsPathOf(part);
  if (zip.file(relsPath)) seen.add(relsPath);
  for (const r of parseRels(await text(zip, relsPath))) if (r.targetMode !== 'External') await reachableParts(zip, resolveTarget(part, r.target), seen);
  return [...seen];
}
