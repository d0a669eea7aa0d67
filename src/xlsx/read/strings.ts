import { tags, textBetween, unescapeOoxml } from './xml';

/**
 * The text of an <si> or <is> element: its <t> runs joined, phonetic guides (<rPh>, furigana) left out.
 * `from`/`to` bound the element's content in `xml`.
 */
export function runText(xml: string, from: number, to: number): string {
  let out = '';
  let phonetic = 0;
  let tStart = -1;
  for (const t of tags(xml, from)) {
    if (t.start >= to) break;
    if (t.name === 'rPh') {
      if (!t.empty) phonetic += t.close ? -1 : 1;
    } else if (t.name === 't' && phonetic === 0) {
      if (t.close) {
        if (tStart >= 0) out += textBetween(xml, tStart, t.start);
        tStart = -1;
      } else if (!t.empty) tStart = t.end;
    }
  }
  return unescapeOoxml(out);
}

/** sharedStrings.xml → the strings in order; `max` bounds how many (a limit, checked while reading). */
export function readSharedStrings(xml: string | null, max: number, tooMany: () => Error): string[] {
  if (xml === null) return [];
  const out: string[] = [];
  let siStart = -1;
  for (const t of tags(xml)) {
    if (t.name !== 'si') continue;
    if (t.empty) {
      out.push('');
    } else if (!t.close) {
      siStart = t.end;
      continue;
    } else if (siStart >= 0) {
      out.push(runText(xml, siStart, t.start));
      siStart = -1;
    }
    if (out.length > max) throw tooMany();
  }
  return out;
}
