import type { CellSpec } from '../plan/types';
import { parseCellAddress } from '../snapshot/address';

/**
 * Row heights for wrapped text, estimated from the text and the column width: spreadsheets do
 * not grow a row to fit wrapped text written by a program (Excel never, LibreOffice not for rows
 * it is told the height of), so rows of long policy and indicator names would overlap.
 * Hand-written (no library estimates spreadsheet wrapping): widths are in Excel's column unit,
 * one digit of the default font; a full-width character counts as 2.
 */

/** Points per line of 11 pt text, with room for the Japanese fallback font's taller glyphs. */
export const LINE_PT = 15;
/** Top and bottom padding of a cell, in points. */
const PADDING_PT = 3;
/** Excel's tallest row. */
const MAX_ROW_PT = 409;

/** Display width of one character: full-width (CJK, kana, full-width forms, ①, ●…) 2, else 1. */
function charWidth(cp: number): number {
  if (cp < 0x1100) return 1;
  if (cp >= 0xff61 && cp <= 0xff9f) return 1; // half-width katakana
  if (cp >= 0x2000 && cp <= 0x206f) return 1; // general punctuation (– — ‥ …) is narrow in most fonts
  return 2;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0) as number);
  return w;
}

/** Units a line may hold in a column of `width` (a few pixels of cell padding on each side). */
function capacity(width: number): number {
  return Math.max(1, Math.floor(width - 1));
}

/** Breakable units: each full-width character alone, runs of narrow non-space characters, single spaces. */
function tokens(line: string): string[] {
  return line.match(/[\u1100-\uff60\uffe0-\uffff]|[^\s\u1100-\uff60\uffe0-\uffff]+|\s/gu) ?? [];
}

/** Lines one paragraph takes when wrapped greedily at word and character boundaries. */
function paragraphLines(paragraph: string, cap: number): number {
  let lines = 1;
  let used = 0;
  for (const t of tokens(paragraph)) {
    const w = displayWidth(t);
    if (/^\s$/.test(t)) {
      // A space at the end of a line is swallowed by the break.
      if (used > 0 && used + w <= cap) used += w;
      continue;
    }
    if (used + w <= cap) {
      used += w;
      continue;
    }
    if (w <= cap) {
      lines++;
      used = w;
      continue;
    }
    // A word longer than the column breaks inside itself, character by character.
    for (const ch of t) {
      const cw = displayWidth(ch);
      if (used + cw > cap && used > 0) {
        lines++;
        used = 0;
      }
      used += cw;
    }
  }
  return lines;
}

/** Lines a text takes in a column: explicit line breaks always, wrapping only where the cell wraps. */
export function textLines(text: string, width: number, wrap: boolean): number {
  if (!wrap) return 1;
  const cap = capacity(width);
  return text.split(/\r?\n/).reduce((n, p) => n + paragraphLines(p, cap), 0);
}

export function heightForLines(lines: number): number {
  return Math.min(MAX_ROW_PT, lines * LINE_PT + PADDING_PT);
}

/** Height of a row left at the application's default, in points (Excel's 15; LibreOffice draws its own a little lower). */
export const DEFAULT_ROW_PT = 15;

function parseArea(a: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = a.replace(/\$/g, '').split(':');
  const f = parseCellAddress(from);
  const t = parseCellAddress(to);
  return { top: Math.min(f.row, t.row), left: Math.min(f.col, t.col), bottom: Math.max(f.row, t.row), right: Math.max(f.col, t.col) };
}

/**
 * A height in points for each row whose text needs more than one line; null leaves the row at
 * the application's default height. A merged area's text wraps in the width of all its columns;
 * one over several rows needs their heights together, so only its last row grows, by what the
 * rows lack.
 */
export function estimateRowHeights(rows: CellSpec[][], widths: number[], defaultWidth = 8.43, merges: string[] = []): (number | null)[] {
  const areas = merges.map(parseArea);
  const areaAt = new Map<string, (typeof areas)[number]>();
  const covered = new Set<string>();
  for (const a of areas) {
    areaAt.set(`${a.top}:${a.left}`, a);
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) covered.add(`${r}:${c}`);
  }
  const widthOf = (a: { left: number; right: number }) => {
    let w = 0;
    for (let c = a.left; c <= a.right; c++) w += widths[c] ?? defaultWidth;
    return w;
  };
  const tall: { area: (typeof areas)[number]; lines: number }[] = [];
  const heights = rows.map((row, r) => {
    let lines = 1;
    row.forEach((c, i) => {
      if (c.value === null || c.value === '' || covered.has(`${r}:${i}`)) return;
      const area = areaAt.get(`${r}:${i}`);
      const n = textLines(String(c.value), area ? widthOf(area) : widths[i] ?? defaultWidth, c.style?.wrap ?? false);
      if (area && area.bottom > area.top) tall.push({ area, lines: n });
      else lines = Math.max(lines, n);
    });
    return lines > 1 ? heightForLines(lines) : null;
  });
  for (const { area, lines } of tall) {
    const need = heightForLines(lines);
    let have = 0;
    for (let r = area.top; r <= area.bottom; r++) have += heights[r] ?? DEFAULT_ROW_PT;
    if (need > have && area.bottom < heights.length) heights[area.bottom] = Math.min(MAX_ROW_PT, (heights[area.bottom] ?? DEFAULT_ROW_PT) + need - have);
  }
  return heights;
}
