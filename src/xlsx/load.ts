import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { corrupt, sniffXlsx, XlsxReadError } from './errors';
import { type CarriedAnchor, inventoryDrawings } from './carry';
import { findLostParts } from './lost-parts';

export function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** Parts of the input package that neither ExcelJS nor carrying keeps on save (pivots, macros, slicers …). */
  lostParts: string[];
  /** Charts and shapes of the input's sheet drawings, which ExcelJS drops and toBytes() carries back. */
  carried: CarriedAnchor[];
  /** The input package, where the carried anchors' parts are copied from. */
  source: JSZip;
}

/** Bytes → ExcelJS workbook, with every failure turned into a typed XlsxReadError naming the file. */
export async function loadWorkbook(data: Uint8Array | ArrayBuffer, name: string): Promise<LoadedWorkbook> {
  const bytes = toBytes(data);
  sniffXlsx(bytes, name);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw corrupt(name, (e as Error).message);
  }
  if (!zip.file('xl/workbook.xml')) {
    if (zip.file('EncryptedPackage')) throw new XlsxReadError('encrypted', name, `${name}: the workbook is password-protected / パスワードで保護されたブックです`);
    throw new XlsxReadError('not-xlsx', name, `${name}: a zip file but not an Excel workbook (no xl/workbook.xml) / Excelブックではありません`);
  }
  const drawings = await inventoryDrawings(zip);
  const carriedParts = new Set(drawings.anchors.flatMap((a) => a.parts));
  const lostParts = [...(await findLostParts(zip)).filter((p) => !carriedParts.has(p)), ...drawings.lost].sort();
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; it hands the data straight to JSZip, which takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw corrupt(name, (e as Error).message);
  }
  return { workbook, lostParts, carried: drawings.anchors, source: zip };
}
