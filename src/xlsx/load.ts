import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { corrupt, sniffXlsx, XlsxReadError } from './errors';
import { ownedChartsIn } from './chart-parts';
import { findLostParts } from './lost-parts';

export function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** Parts of the input package ExcelJS drops on save (charts, pivots, macros …), Evalsheet's own charts aside. */
  lostParts: string[];
  /** Evalsheet's own charts in the input: dropped on save too, but a plan can draw them again. */
  ownCharts: OwnChart[];
}

export interface OwnChart {
  id: string;
  sheet: string;
  parts: string[];
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
  const ownCharts = await ownedChartsIn(zip);
  const ownParts = new Set(ownCharts.flatMap((c) => c.parts));
  const lostParts = (await findLostParts(zip)).filter((p) => !ownParts.has(p));
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; it hands the data straight to JSZip, which takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw corrupt(name, (e as Error).message);
  }
  return { workbook, lostParts, ownCharts };
}
