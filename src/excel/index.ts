/** The Office.js adapter: the only code of the add-in that touches Excel.* and Office.*. */
export { ExcelPort, SETTINGS_KEY } from './excel-port';
export { officeHost } from './host';
export type { ExcelHost, Batch } from './host';
export { detectFeatures, MINIMUM_EXCEL_API } from './features';
export type { Features } from './features';
export { OWNER_NAME, OWNED_CHART_PREFIX } from './owner';
export { ExcelWriteError } from './apply-plan';

import { ExcelPort } from './excel-port';
import { officeHost } from './host';

/** The port for the workbook open in Excel; call after Office.onReady reports Excel. */
export function createExcelPort(): ExcelPort {
  return new ExcelPort(officeHost());
}
