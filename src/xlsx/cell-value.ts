import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/snapshot/types';

/** Days between Excel's serial-date epoch (1899-12-30, the 1900 leap-year bug included) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86400000;

/** The 1904 date system (old Mac workbooks) counts from 1904-01-01. */
const EXCEL_1904_OFFSET = 24107;

export function dateToSerial(d: Date, date1904 = false): number {
  // ExcelJS reads date cells as UTC instants of the serial; invert exactly (no time-zone shift).
  return d.getTime() / MS_PER_DAY + (date1904 ? EXCEL_1904_OFFSET : EXCEL_EPOCH_OFFSET);
}

function richText(parts: ExcelJS.RichText[]): string {
  return parts.map((p) => p.text).join('');
}

/**
 * ExcelJS's many value shapes → the snapshot's plain value: rich text → text, formulas → their
 * cached result, dates → Excel serial numbers, hyperlinks → their text, errors → their text.
 */
export function toCellValue(v: ExcelJS.CellValue | undefined, date1904 = false): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return richText(v.richText) || null;
    if ('error' in v && typeof v.error === 'string') return v.error;
    if ('hyperlink' in v) {
      const text = (v as { text?: unknown }).text;
      if (typeof text === 'string') return text || null;
      if (text && typeof text === 'object' && 'richText' in text) return richText((text as ExcelJS.CellRichTextValue).richText) || null;
      return null;
    }
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      return toCellValue(result as ExcelJS.CellValue | undefined, date1904);
    }
  }
  return null;
}
