import ExcelJS from 'exceljs';
import { seedCells, type SeedName } from '../support/seed-tsv';

/** An .xlsx of a seed document as typed cells (numbers with their formats), one sheet per seed given. */
export async function seedWorkbook(sheets: { seed: SeedName; name: string }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const { seed, name } of sheets) {
    const ws = wb.addWorksheet(name);
    const { values, formats } = seedCells(seed);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v as ExcelJS.CellValue;
        if (formats[r][c] !== 'General') cell.numFmt = formats[r][c];
      }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
