import { attr, elements, escXml, PatchError, setAttr, startTag } from './xml';

/**
 * Adds cell formats to styles.xml by appending: a cell's format is cloned (its font, border,
 * alignment, protection kept) with another fill or number format; nothing already there is changed,
 * so every other cell keeps its index and look.
 */

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49,
};

export class StylesPatch {
  private readonly cache = new Map<string, number>();
  dirty = false;

  constructor(private xml: string) {
    if (!/<cellXfs\b/.test(xml)) throw new PatchError('styles.xml has no <cellXfs>');
  }

  text(): string {
    return this.xml;
  }

  private section(name: string): { start: number; end: number; open: string; inner: string } | null {
    const m = new RegExp(`<${name}\\b[^>]*?(/?)>`).exec(this.xml);
    if (!m) return null;
    if (m[1] === '/') return { start: m.index, end: m.index + m[0].length, open: m[0], inner: '' };
    const close = this.xml.indexOf(`</${name}>`, m.index);
    return { start: m.index, end: close + name.length + 3, open: m[0], inner: this.xml.slice(m.index + m[0].length, close) };
  }

  /** Appends a child to a list section (creating it before `before` when absent); returns its index. */
  private append(name: string, child: string, childName: string, before: string[]): number {
    let s = this.section(name);
    if (!s) {
      let at = -1;
      for (const b of before) {
        const m = new RegExp(`<${b}\\b`).exec(this.xml);
        if (m) {
          at = m.index;
          break;
        }
      }
      if (at < 0) throw new PatchError(`styles.xml: cannot place <${name}>`);
      this.xml = this.xml.slice(0, at) + `<${name} count="0"></${name}>` + this.xml.slice(at);
      s = this.section(name)!;
    }
    const n = elements(s.inner, childName).length;
    const open = setAttr(s.open.replace(/\s*\/>$/, '>'), 'count', String(n + 1));
    this.xml = this.xml.slice(0, s.start) + open + s.inner + child + `</${name}>` + this.xml.slice(s.end);
    this.dirty = true;
    return n;
  }

  private xf(index: number): string {
    const s = this.section('cellXfs')!;
    const xfs = elements(s.inner, 'xf');
    return xfs[index]?.xml ?? xfs[0]?.xml ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  }

  private numFmtId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const s = this.section('numFmts');
    const existing = s ? elements(s.inner, 'numFmt') : [];
    for (const f of existing) if (attr(f.xml, 'formatCode') === code) return Number(attr(f.xml, 'numFmtId'));
    const id = Math.max(163, ...existing.map((f) => Number(attr(f.xml, 'numFmtId')))) + 1;
    this.append('numFmts', `<numFmt numFmtId="${id}" formatCode="${escXml(code)}"/>`, 'numFmt', ['fonts']);
    return id;
  }

  private fillId(hex: string): number {
    return this.append('fills', `<fill><patternFill patternType="solid"><fgColor rgb="FF${hex.toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`, 'fill', ['borders']);
  }

  /** The index of cell format `base` with `fill` (hex, or null for none) and/or `numFmt` replaced. */
  derive(base: number, change: { fill?: string | null; numFmt?: string }): number {
    const key = `${base}|${change.fill === undefined ? '~' : change.fill}|${change.numFmt ?? '~'}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const el = this.xf(base);
    let tag = startTag(el);
    const rest = el.slice(tag.length);
    if (change.fill !== undefined) {
      tag = setAttr(tag, 'fillId', String(change.fill === null ? 0 : this.fillId(change.fill)));
      tag = setAttr(tag, 'applyFill', '1');
    }
    if (change.numFmt !== undefined) {
      tag = setAttr(tag, 'numFmtId', String(this.numFmtId(change.numFmt)));
      tag = setAttr(tag, 'applyNumberFormat', '1');
    }
    const index = this.append('cellXfs', tag + rest, 'xf', []);
    this.cache.set(key, index);
    return index;
  }

  /** Appends raw elements taken from another styles part (grafting a sheet), returning new indexes. */
  appendRaw(section: 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs', child: string): number {
    const childName = section === 'cellXfs' ? 'xf' : section === 'dxfs' ? 'dxf' : section.slice(0, -1);
    const before = { fonts: ['fills'], fills: ['borders'], borders: ['cellStyleXfs', 'cellXfs'], cellXfs: [], dxfs: ['tableStyles', 'colors', 'extLst', '/styleSheet'] }[section];
    return this.append(section, child, childName, before);
  }

  addNumFmt(code: string): number {
    return this.numFmtId(code);
  }
}
