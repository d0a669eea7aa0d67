/**
 * Date cells. Excel stores a date as a serial number and shows it through the number format, so a
 * year header typed as 2023/4/1, or shown as 「令和5年度」 by a format such as `[$-411]ggge"年度"`,
 * reaches the engine as 45017. `dateLabel` turns such a cell into the words the readers already
 * understand, so a date-typed header reads as the fiscal year a person sees:
 * - a format that writes 年度 shows the year itself as a fiscal year: 「令和5年度」, 「2023年度」;
 * - any other date is a day, and a day belongs to the fiscal year from April to March:
 *   「2023/4/1」 → FY2023, 「2024/3/31」 → FY2023 (parseFiscalYear's month rule).
 */

/** Eras by their first day (UTC ms), newest first. */
const ERAS: { name: string; from: number; base: number }[] = [
  { name: '令和', from: Date.UTC(2019, 4, 1), base: 2018 },
  { name: '平成', from: Date.UTC(1989, 0, 8), base: 1988 },
  { name: '昭和', from: Date.UTC(1926, 11, 25), base: 1925 },
];

const DAY_MS = 86_400_000;
/** Serial 0 of the 1900 system is 1899-12-30 (Excel's phantom 1900-02-29 is serial 60). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last day Excel shows. */
const MAX_SERIAL = 2_958_465;

/** The first section of a format with its literals, escapes, fills and bracketed tags taken out. */
function tokens(format: string): string {
  const section = format.split(';')[0];
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '');
}

/** The number format shows a date (year, day or era tokens), not a plain number or a time of day. */
export function isDateFormat(format: string): boolean {
  if (!format || format === '@') return false;
  const t = tokens(format);
  if (/[0#?]/.test(t)) return false; // a number (0.00E+00, #,##0) or a fraction of a second
  return /[ydge]/i.test(t);
}

/** A serial in the workbook's date system → its calendar day; null outside what Excel shows as a date. */
export function serialDay(serial: number, date1904 = false): { year: number; month: number; day: number; ms: number } | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const whole = Math.floor(serial);
  // 1900 system: serials below 61 count from 1899-12-31 (Excel keeps Lotus's 1900-02-29 as 60).
  const ms = date1904 ? EPOCH_1904 + whole * DAY_MS : whole < 61 ? EPOCH_1900 + (whole + 1) * DAY_MS : EPOCH_1900 + whole * DAY_MS;
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), ms };
}

/** 令和5 for a day in 2023; a Western year before Shōwa. */
function eraOf(ms: number, year: number): string {
  const era = ERAS.find((e) => ms >= e.from);
  if (!era) return String(year);
  const n = year - era.base;
  return `${era.name}${n === 1 ? '元' : n}`;
}

/**
 * What a date cell says, as text the year readers understand; null when the cell is not a date
 * (not a number, not a date format, or out of Excel's date range).
 */
export function dateLabel(value: unknown, format: string, date1904 = false): string | null {
  if (typeof value !== 'number' || !isDateFormat(format)) return null;
  const day = serialDay(value, date1904);
  if (!day) return null;
  const t = tokens(format);
  // [$-411] (Excel), [$-1030411] (LibreOffice: calendar and LCID), [$-ja-JP]: the Japanese locale, where e is the era year.
  const japaneseLocale = /\[\$[^\]]*-(?:[0-9a-f]*411|ja)[^\]]*\]/i.test(format);
  const era = /g/i.test(t) || (japaneseLocale && /e/i.test(t));
  const year = era ? eraOf(day.ms, day.year) : String(day.year);
  // The format itself says 年度: the year it shows is the fiscal year, as written.
  if (format.split(';')[0].includes('年度')) return `${year}年度`;
  return era ? `${year}年${day.month}月${day.day}日` : `${day.year}/${day.month}/${day.day}`;
}
