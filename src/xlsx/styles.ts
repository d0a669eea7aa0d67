import type ExcelJS from 'exceljs';

/**
 * ExcelJS shares one style object among all cells loaded with the same style id, so changing
 * `cell.fill` in place would recolour every such cell. Always replace the cell's style with a copy.
 */
export function patchStyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

/** The cell's solid fill colour as 6-digit hex, or null when it has none (or one set-fill cannot express). */
export function solidFill(cell: ExcelJS.Cell): string | null {
  const f = cell.style.fill;
  if (!f || f.type !== 'pattern' || f.pattern !== 'solid') return null;
  const c = f.fgColor?.argb;
  return c && /^[0-9A-Fa-f]{8}$/.test(c) ? c.slice(2).toUpperCase() : null;
}

export function setSolidFill(cell: ExcelJS.Cell, hex: string | null): void {
  const fill: ExcelJS.Fill = hex === null ? { type: 'pattern', pattern: 'none' } : { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
  patchStyle(cell, { fill });
}

/** A note's plain text, whether ExcelJS holds it as a string or as rich text runs. */
export function noteText(cell: ExcelJS.Cell): string | null {
  const n = cell.note as unknown;
  if (n === undefined || n === null) return null;
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : null;
}

export function setNote(cell: ExcelJS.Cell, text: string | null): void {
  if (text === null) {
    // ExcelJS has no public way to remove a note; clearing the private comment is how its own model
    // does it. Its cell.model getter also copies the note onto the value's cached model at every save
    // and never clears it, so after one save the note would come back: clear that copy too.
    const c = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
    c._comment = undefined;
    if (c._value?.model) delete c._value.model.comment;
  } else {
    cell.note = text;
  }
}
