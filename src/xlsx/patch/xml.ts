/** Small string helpers for patching OOXML parts in place (the rest of each part stays as written). */

export class PatchError extends Error {
  override name = 'PatchError';
}

export function escXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescXml(s: string): string {
  return s
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Attribute value of a start tag, or null. */
export function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescXml(m[1] ?? m[2]) : null;
}

/** The start tag with one attribute set (added at the end when absent) or removed (null). */
export function setAttr(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  const without = tag.replace(re, '');
  if (value === null) return without;
  return without.replace(/\s*(\/?)>$/, ` ${name}="${escXml(value)}"$1>`);
}

/** Whole elements <name …/> or <name …>…</name> (no nesting of the same name), with their offsets. */
export function elements(xml: string, name: string, from = 0, to = xml.length): { xml: string; start: number; end: number }[] {
  const re = new RegExp(`<${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g');
  re.lastIndex = from;
  const out: { xml: string; start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) && m.index < to) out.push({ xml: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export function startTag(el: string): string {
  return /^<[^>]*>/.exec(el)![0];
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function splitAddress(a: string): { col: number; row: number; letters: string } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a.replace(/\$/g, ''));
  if (!m) throw new PatchError(`not a cell address: ${a}`);
  return { col: colIndex(m[1]), row: Number(m[2]), letters: m[1] };
}
