import { attr, elements, escXml, PatchError, setAttr, splitAddress, startTag } from './xml';

/**
 * A change to one cell of a worksheet part: its value (numbers as <v>, text as an inline string so
 * the shared strings part stays untouched) and/or its style index. Everything else in the part —
 * other cells, rows, merges, validation, conditional formats, print setup — stays as written.
 */
export interface CellChange {
  value?: number | string | null;
  style?: number;
}

export interface CellNow {
  style: number;
  /** The cell element as written, or null when the cell is absent. */
  xml: string | null;
}

function cellXml(address: string, style: number, value: number | string | null | undefined, old: string | null): string {
  const s = style > 0 ? ` s="${style}"` : '';
  if (value === undefined) {
    // Style only: keep the value part of the element as it was.
    if (old === null) return `<c r="${address}"${s}/>`;
    const tag = startTag(old);
    return setAttr(tag, 's', style > 0 ? String(style) : null) + old.slice(tag.length);
  }
  if (value === null || value === '') return `<c r="${address}"${s}/>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new PatchError(`${address}: not a finite number`);
    return `<c r="${address}"${s}><v>${String(value)}</v></c>`;
  }
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${address}"${s} t="inlineStr"><is><t${space}>${escXml(value)}</t></is></c>`;
}

function sheetDataBounds(xml: string): { open: number; inner: number; close: number; selfClosing: boolean } {
  const m = /<sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!m) throw new PatchError('no <sheetData> in the worksheet part');
  if (m[1] === '/') return { open: m.index, inner: m.index + m[0].length, close: m.index + m[0].length, selfClosing: true };
  const close = xml.indexOf('</sheetData>', m.index);
  if (close < 0) throw new PatchError('unterminated <sheetData>');
  return { open: m.index, inner: m.index + m[0].length, close, selfClosing: false };
}

/** The cell as the part holds it (style index and element). */
export function readCell(xml: string, address: string): CellNow {
  const { row } = splitAddress(address);
  const b = sheetDataBounds(xml);
  if (b.selfClosing) return { style: 0, xml: null };
  for (const r of elements(xml, 'row', b.inner, b.close)) {
    if (Number(attr(startTag(r.xml), 'r')) !== row) continue;
    for (const c of elements(r.xml, 'c')) {
      if (attr(startTag(c.xml), 'r') === address) return { style: Number(attr(startTag(c.xml), 's') ?? 0), xml: c.xml };
    }
    return { style: Number(attr(startTag(r.xml), 's') ?? 0) && attr(startTag(r.xml), 'customFormat') === '1' ? Number(attr(startTag(r.xml), 's')) : 0, xml: null };
  }
  return { style: 0, xml: null };
}

/** Applies cell changes to a worksheet part; rows and cells are kept in order. */
export function patchCells(xml: string, changes: Map<string, CellChange>): string {
  if (changes.size === 0) return xml;
  const byRow = new Map<number, [string, CellChange][]>();
  for (const [a, ch] of changes) {
    const { row } = splitAddress(a);
    byRow.set(row, [...(byRow.get(row) ?? []), [a, ch]]);
  }
  let b = sheetDataBounds(xml);
  if (b.selfClosing) {
    const tag = xml.slice(b.open, b.inner);
    xml = xml.slice(0, b.open) + tag.replace(/\s*\/>$/, '>') + '</sheetData>' + xml.slice(b.inner);
    b = sheetDataBounds(xml);
  }
  const rows = elements(xml, 'row', b.inner, b.close);
  for (const r of rows) if (attr(startTag(r.xml), 'r') === null) throw new PatchError('a row without an r attribute');
  const pieces: string[] = [];
  let cursor = b.inner;
  const pending = [...byRow.keys()].sort((x, y) => x - y);
  let pi = 0;
  for (const r of rows) {
    const rowNo = Number(attr(startTag(r.xml), 'r'));
    while (pi < pending.length && pending[pi] < rowNo) {
      pieces.push(xml.slice(cursor, r.start));
      cursor = r.start;
      pieces.push(newRow(pending[pi], byRow.get(pending[pi])!));
      pi++;
    }
    if (pi < pending.length && pending[pi] === rowNo) {
      pieces.push(xml.slice(cursor, r.start));
      pieces.push(patchRow(r.xml, byRow.get(rowNo)!));
      cursor = r.end;
      pi++;
    }
  }
  pieces.push(xml.slice(cursor, b.close));
  cursor = b.close;
  while (pi < pending.length) {
    pieces.push(newRow(pending[pi], byRow.get(pending[pi])!));
    pi++;
  }
  return xml.slice(0, b.inner) + pieces.join('') + xml.slice(cursor);
}

function newRow(row: number, cells: [string, CellChange][]): string {
  const sorted = [...cells].sort((a, b) => splitAddress(a[0]).col - splitAddress(b[0]).col);
  return `<row r="${row}">${sorted.map(([a, ch]) => cellXml(a, ch.style ?? 0, ch.value, null)).join('')}</row>`;
}

function patchRow(rowXml: string, cells: [string, CellChange][]): string {
  const tag = startTag(rowXml);
  if (rowXml.endsWith('/>')) return setAttr(tag.replace(/\s*\/>$/, '>'), 'spans', null) + newRow(0, cells).replace(/^<row r="0">/, '');
  const inner = rowXml.slice(tag.length, rowXml.length - '</row>'.length);
  const existing = elements(inner, 'c');
  for (const c of existing) if (attr(startTag(c.xml), 'r') === null) throw new PatchError('a cell without an r attribute');
  const want = new Map(cells);
  const pieces: string[] = [];
  let cursor = 0;
  const pending = [...cells].sort((a, b) => splitAddress(a[0]).col - splitAddress(b[0]).col);
  let pi = 0;
  for (const c of existing) {
    const addr = attr(startTag(c.xml), 'r') as string;
    const col = splitAddress(addr).col;
    while (pi < pending.length && splitAddress(pending[pi][0]).col < col) {
      pieces.push(inner.slice(cursor, c.start));
      cursor = c.start;
      const [a, ch] = pending[pi++];
      pieces.push(cellXml(a, ch.style ?? 0, ch.value, null));
    }
    if (want.has(addr)) {
      const ch = want.get(addr)!;
      pieces.push(inner.slice(cursor, c.start));
      const oldStyle = Number(attr(startTag(c.xml), 's') ?? 0);
      pieces.push(cellXml(addr, ch.style ?? oldStyle, ch.value, c.xml));
      cursor = c.end;
      pi++;
    }
  }
  pieces.push(inner.slice(cursor));
  while (pi < pending.length) {
    const [a, ch] = pending[pi++];
    pieces.push(cellXml(a, ch.style ?? 0, ch.value, null));
  }
  // spans is an optional hint; a cell added outside it must not contradict it.
  return setAttr(tag, 'spans', null) + pieces.join('') + '</row>';
}
