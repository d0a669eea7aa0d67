/** Conversions between Office.js cell data and the engine's plain values. No Office calls here. */
import type { CellValue, RangeBox } from '../core/snapshot/types';
import { parseCellAddress } from '../core/snapshot/address';

/** Office reports a blank cell as ""; the engine says null. */
export function fromExcelValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/**
 * A value as Office.js must be given it into a cell whose number format is not text. Excel parses
 * what it is given as if typed: 「9-2」 becomes 2 September, 「+1件」 or 「-」 a formula, 「1,090」 a
 * number. Every text is therefore written with Excel's text prefix "'" (not shown in the cell, not
 * part of the value read back): a sheet's text stays text. Cells formatted as text ("@") take the
 * text as it is (textInTextCell).
 */
export function toExcelValue(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'string') return v === '' ? '' : `'${v}`;
  return v;
}

/** Text for a cell whose number format is "@": Excel keeps it as given. */
export function textInTextCell(v: CellValue): string | number | boolean {
  return v === null ? '' : v;
}

/** Evalsheet's note text starts with this line (core/plan/annotate NOTE_HEADER). */
const OURS = 'Evalsheet';

/**
 * A person's own note or comment is kept: Evalsheet's text goes after it, and removing
 * Evalsheet's text leaves theirs (as the xlsx adapter does). Undo restores the exact text.
 */
export function mergeNote(before: string | null, ours: string | null): string | null {
  const own = before === null || before.startsWith(`${OURS}\n`) || before === OURS ? '' : before.split(`\n\n${OURS}\n`)[0];
  if (ours === null) return own === '' ? null : own;
  return own === '' ? ours : `${own}\n\n${ours}`;
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  const na = a === '' ? null : a;
  const nb = b === '' ? null : b;
  if (typeof na === 'number' && typeof nb === 'number') return na === nb || Math.abs(na - nb) <= 1e-12 * Math.max(1, Math.abs(na));
  return na === nb;
}

export function showValue(v: CellValue): string {
  return v === null ? '(blank)' : typeof v === 'string' ? `「${v}」` : String(v);
}

/** "FFC7CE" → "#FFC7CE" (Office.js colours); null stays null. */
export function toOfficeColor(hex: string): string {
  return hex.startsWith('#') ? hex : `#${hex}`;
}

/** "#ffc7ce" → "FFC7CE" (plan colours). */
export function fromOfficeColor(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}

/**
 * Column width in Excel's character units (as SheetSpec and ExcelJS use) → points (Office.js
 * Range.format.columnWidth): a character of the default font is 7 px, whole pixels, plus 5 px padding;
 * 1 px = 0.75 pt. The default 8.43 → 64 px → 48 pt.
 */
export function columnWidthPoints(chars: number): number {
  return (Math.round(chars * 7) + 5) * 0.75;
}

/** The sheet-less part of "Sheet1!B2:D4" or "'My sheet'!B2". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
}

/** The sheet of "'It''s'!B2" → "It's"; "" when there is none. */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return '';
  const raw = address.slice(0, bang);
  return raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** "Sheet1!A1:B2, Sheet1!D5" (RangeAreas.address) → boxes; quoted sheet names may hold commas. */
export function parseAreas(address: string): RangeBox[] {
  const boxes: RangeBox[] = [];
  const re = /(?:(?:'(?:[^']|'')*'|[^,'!]+)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?/g;
  for (const m of address.matchAll(re)) {
    const a = parseCellAddress(m[1]);
    const b = m[2] ? parseCellAddress(m[2]) : a;
    boxes.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
  return boxes;
}

/**
 * The note text to leave: Evalsheet's own text (it starts with its header line) is merged with a
 * person's note; any other text is an undo restoring exactly what was there.
 */
export function noteAfter(before: string | null, text: string | null): string | null {
  if (text === null || text.startsWith(`${OURS}\n`)) return mergeNote(before, text);
  return text;
}
