/** The ExcelJS adapter: .xlsx bytes ⇄ snapshot and edit plans. No fs, no path: Node and browser alike. */
export { XlsxReadError } from './errors';
export type { XlsxReadErrorCode } from './errors';
export { readXlsx } from './read';
export { XlsxWorkbook } from './workbook';
export { STORE_SHEET } from './store';
export { lostPartNames } from './lost-parts';
