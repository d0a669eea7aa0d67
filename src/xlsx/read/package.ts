import { corrupt, sniffXlsx, XlsxReadError } from '../errors';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { attributes, partText, tags, XmlError } from './xml';
import { inflateEntry, listEntries, ZipError, type ZipEntry } from '../zip';

/**
 * Package access for readers (and, after merge, the patching writer): the zip opened within limits,
 * parts looked up by name, the workbook's sheets resolved to their parts through the relationships.
 * Every failure is an XlsxReadError with a one-line message naming the file; no Node APIs.
 */

export interface SheetRef {
  name: string;
  /** Part name without a leading slash, e.g. xl/worksheets/sheet1.xml; null when the relationship is missing. */
  part: string | null;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export function tooLarge(file: string, what: string, sheet?: string): XlsxReadError {
  const where = sheet ? `${file} (sheet 「${sheet}」)` : file;
  return new XlsxReadError('too-large', file, `${where}: too large to check (${what}) / ${sheet ? `シート「${sheet}」が` : 'ブックが'}大きすぎるため点検できません（${what}）。不要な行・列・結合を削除してから、もう一度お試しください`);
}

/** Resolves a relationship target against the folder of the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

export function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export class XlsxPackage {
  private used = 0;
  private constructor(
    readonly file: string,
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    readonly limits: ReadLimits,
  ) {}

  /** Opens the zip (directory only) and classifies what it is before any part is inflated. */
  static open(data: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): XlsxPackage {
    sniffXlsx(data, file);
    let entries: Map<string, ZipEntry>;
    try {
      entries = listEntries(data, limits.entries);
    } catch (e) {
      throw zipFailure(e, file);
    }
    const pkg = new XlsxPackage(file, data, entries, limits);
    if (!pkg.has('xl/workbook.xml') && !pkg.workbookPart()) {
      if (pkg.has('EncryptedPackage')) throw new XlsxReadError('encrypted', file, `${file}: the workbook is password-protected / パスワードで保護されたブックです。保護を解除して保存してから、もう一度お試しください`);
      if (pkg.has('content.xml') || pkg.has('mimetype')) throw new XlsxReadError('not-xlsx', file, `${file}: an OpenDocument spreadsheet (.ods), not .xlsx; save it as .xlsx / OpenDocument形式（.ods）です。.xlsx 形式で保存してください`);
      throw new XlsxReadError('not-xlsx', file, `${file}: a zip file but not an Excel workbook (no xl/workbook.xml) / Excelブックではありません`);
    }
    return pkg;
  }

  has(part: string): boolean {
    return this.entries.has(part);
  }

  partNames(): string[] {
    return [...this.entries.keys()];
  }

  /** A part's bytes, inflated within the part and workbook budgets; null when absent. */
  bytesOf(part: string, sheet?: string): Uint8Array | null {
    const e = this.entries.get(part);
    if (!e) return null;
    const budget = Math.min(this.limits.partBytes, this.limits.totalBytes - this.used);
    let out: Uint8Array;
    try {
      out = inflateEntry(this.bytes, e, budget);
    } catch (err) {
      throw zipFailure(err, this.file, sheet);
    }
    this.used += out.length;
    return out;
  }

  /** A part as text (UTF-8 checked, DOCTYPE refused); null when absent. */
  text(part: string, sheet?: string): string | null {
    const b = this.bytesOf(part, sheet);
    if (b === null) return null;
    try {
      return partText(b, part);
    } catch (e) {
      if (e instanceof XmlError) throw corrupt(this.file, e.message);
      throw e;
    }
  }

  /** The officeDocument part named by _rels/.rels (xl/workbook.xml in every file seen so far). */
  workbookPart(): string | null {
    if (!this.entries.has('_rels/.rels')) return this.entries.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
    const rels = this.relationships('_rels/.rels', '');
    const doc = rels.find((r) => r.type.endsWith('/officeDocument'));
    const part = doc ? resolveTarget('', doc.target) : 'xl/workbook.xml';
    return this.entries.has(part) ? part : this.entries.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
  }

  /** Relationships of a part: id, type, target resolved to a part name (external targets kept as written). */
  relationships(relsPart: string, ownerPart: string): { id: string; type: string; target: string; external: boolean }[] {
    const xml = this.text(relsPart);
    if (xml === null) return [];
    const out: { id: string; type: string; target: string; external: boolean }[] = [];
    for (const t of tags(xml)) {
      if (t.close || t.name !== 'Relationship') continue;
      const a = attributes(t.attrs);
      const external = a.TargetMode === 'External';
      out.push({ id: a.Id ?? '', type: a.Type ?? '', target: external ? (a.Target ?? '') : resolveTarget(ownerPart, a.Target ?? ''), external });
    }
    return out;
  }

  /** The workbook's sheets in order, each with its part (worksheets only; chart sheets have none to read). */
  sheets(): { sheets: SheetRef[]; date1904: boolean; workbookPart: string } {
    const wbPart = this.workbookPart()!;
    const xml = this.text(wbPart) ?? '';
    const rels = new Map(this.relationships(relsPartOf(wbPart), wbPart).map((r) => [r.id, r]));
    const sheets: SheetRef[] = [];
    let date1904 = false;
    for (const t of tags(xml)) {
      if (t.close) continue;
      if (t.name === 'workbookPr') {
        const v = attributes(t.attrs).date1904;
        date1904 = v === '1' || v === 'true';
      } else if (t.name === 'sheet') {
        const a = attributes(t.attrs);
        const rel = rels.get(a['r:id'] ?? a.id ?? '');
        if (rel && rel.type.endsWith('/chartsheet')) continue;
        const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
        sheets.push({ name: a.name ?? '', part: rel && !rel.external ? rel.target : null, state });
      }
    }
    return { sheets, date1904, workbookPart: wbPart };
  }
}

function zipFailure(e: unknown, file: string, sheet?: string): XlsxReadError {
  if (e instanceof XlsxReadError) return e;
  if (e instanceof ZipError) {
    if (e.kind === 'too-large') return tooLarge(file, e.message, sheet);
    return corrupt(file, e.message);
  }
  return corrupt(file, 'the package cannot be read');
}
