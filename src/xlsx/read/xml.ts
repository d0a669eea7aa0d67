/**
 * The little XML this reader needs, scanned by hand (docs/xlsx-reader.md has the measurement that
 * chose it over a SAX parser): tags with optional namespace prefixes, attributes, the five
 * predefined entities and character references. A DOCTYPE is refused outright, so no entity can
 * ever be expanded.
 */

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Bytes → text; invalid UTF-8 and a DOCTYPE are errors naming the part. */
export function partText(bytes: Uint8Array, part: string): string {
  let s: string;
  try {
    s = decoder.decode(bytes);
  } catch {
    throw new XmlError(`${part} is not valid UTF-8 text`);
  }
  if (/<!DOCTYPE/i.test(s)) throw new XmlError(`${part} declares a DOCTYPE (entity declarations are refused)`);
  // Comments may hold anything that looks like a tag.
  if (s.includes('<!--')) s = s.replace(/<!--[\s\S]*?-->/g, '');
  return s;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

function entity(_: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }
  return body === 'lt' ? '<' : body === 'gt' ? '>' : body === 'amp' ? '&' : body === 'quot' ? '"' : "'";
}

export function unescapeXml(s: string): string {
  return s.indexOf('&') < 0 ? s : s.replace(ENTITY, entity);
}

/** OOXML's own escape for characters XML cannot hold: _x000D_ → CR. */
export function unescapeOoxml(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes by local name (prefix dropped), values unescaped. */
export function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (s.length === 0) return out;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(s)) !== null) {
    const k = m[1];
    const i = k.indexOf(':');
    const local = i < 0 ? k : k.slice(i + 1);
    // xmlns declarations are not attributes of the element.
    if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
    // r:id and id are different attributes: keep prefixed relationship ids under their full name too.
    if (i >= 0) out[k] = unescapeXml(m[2] ?? m[3] ?? '');
    if (!(local in out) || i < 0) out[local] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** A tag as the scanner sees it: local name, whether it closes, whether it is self-closing, its attribute text. */
export interface Tag {
  name: string;
  close: boolean;
  empty: boolean;
  attrs: string;
  /** Index just past the tag. */
  end: number;
  start: number;
}

const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** Every element tag of the text in order (processing instructions, CDATA markers skipped). */
export function* tags(s: string, from = 0): Generator<Tag> {
  const re = new RegExp(TAG.source, 'g');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    yield { name: m[2], close: m[1] === '/', empty: m[4] === '/', attrs: m[3], start: m.index, end: re.lastIndex };
  }
}

/** Text between two indices with entities resolved; CDATA sections kept verbatim. */
export function textBetween(s: string, a: number, b: number): string {
  const raw = s.slice(a, b);
  if (raw.indexOf('<![CDATA[') >= 0) return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)|<[^>]*>/g, (_, cdata: string | undefined, text: string | undefined) => (cdata !== undefined ? cdata : text !== undefined ? unescapeXml(text) : ''));
  return unescapeXml(raw.indexOf('<') >= 0 ? raw.replace(/<[^>]*>/g, '') : raw);
}
