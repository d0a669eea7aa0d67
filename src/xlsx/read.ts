import type { WorkbookSnapshot } from '../core/snapshot/types';
import { XlsxWorkbook } from './workbook';

/** Bytes of an .xlsx → the snapshot the engine reads. Throws XlsxReadError for unreadable files. */
export async function readXlsx(data: Uint8Array | ArrayBuffer, name: string): Promise<WorkbookSnapshot> {
  return (await XlsxWorkbook.open(data, name)).readSnapshot();
}
