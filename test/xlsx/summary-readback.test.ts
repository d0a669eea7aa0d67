import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeWorkbook, type SheetAnalysis } from '../../src/core';
import { readXlsx } from '../../src/xlsx';
import { cli, scratch } from '../cli/helpers';
import { fixtureBytes } from '../support/fixtures';

/**
 * Issue 4's "re-read with exceljs give the values the engine computed": the summary the command
 * line writes over three cities' workbooks, read back cell by cell and compared, row by row, with
 * what the engine computes on the same files.
 */
const FILES = ['kitakami.xlsx', 'niigata.xlsx', 'nasushiobara.xlsx'];

type Row = Record<string, ExcelJS.CellValue>;

function plain(v: ExcelJS.CellValue): ExcelJS.CellValue {
  if (v && typeof v === 'object' && 'text' in v) return (v as { text: string }).text;
  if (v && typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  return v;
}

test('summary cells equal the engine’s numbers: actual, expected, progress, grades, suggested grade', async () => {
  const dir = scratch(FILES);
  const r = await cli(['summary', ...FILES, '-o', 'summary.xlsx', '--preset', 'a-e'], { cwd: dir });
  expect(r.code).toBe(0);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(dir, 'summary.xlsx')) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('評価サマリー')!;
  // The table's header row, below the overview; headers are 「日本語\nEnglish」: key the columns by their English line.
  let HEADER_ROW = -1;
  ws.eachRow((row, n) => {
    if (HEADER_ROW < 0 && row.getCell(1).text.startsWith('基本方針 / 基本施策')) HEADER_ROW = n;
  });
  expect(HEADER_ROW).toBeGreaterThan(3);
  const keys = (ws.getRow(HEADER_ROW).values as ExcelJS.CellValue[]).map((h) => (typeof h === 'string' ? h.split('\n').pop()!.trim() : ''));
  const rows: Row[] = [];
  for (let n = HEADER_ROW + 1; n <= ws.rowCount; n++) {
    const cells = ws.getRow(n).values as ExcelJS.CellValue[];
    const file = plain(cells[keys.indexOf('File')]);
    if (typeof file !== 'string' || !FILES.includes(file)) break; // the counts table follows the rows
    rows.push(Object.fromEntries(keys.map((k, i) => [k, plain(cells[i])]).filter(([k]) => k !== '')));
  }

  let compared = 0;
  for (const file of FILES) {
    const analysis = analyzeWorkbook(await readXlsx(fixtureBytes(file), file), { preset: 'a-e' });
    const sheet = analysis.sheets.find((s) => s.model.kind === 'evaluation') as SheetAnalysis;
    for (const ia of sheet.indicators.filter((i) => i.progress)) {
      const name = [ia.indicator.id, ia.indicator.name?.text ?? ''].filter((s) => s !== '').join(' ');
      const row = rows.find((x) => x.File === file && x.Indicator === name);
      expect([file, name, row !== undefined]).toEqual([file, name, true]);
      const p = ia.progress!;
      // Below the baseline the cell says so in words: never a negative percent.
      const progress = p.value < 0 ? '基準値を\n下回る' : Math.round(p.value * 1000) / 10;
      expect([name, row!.Actual, row!.Expected, row!['Progress']]).toEqual([name, p.actual, p.expected, progress]);
      const item = sheet.items.find((it) => it.basis.includes(ia.indicator.key) || it.item.key === ia.indicator.itemKey);
      expect([name, row!['By indicators']]).toEqual([name, item?.suggestedGrade ?? ia.suggestedGrade]);
      const grade = item?.item.grade ?? ia.indicator.grade;
      expect([name, row!.Grade ?? null]).toEqual([name, grade?.value ?? null]);
      compared++;
    }
  }
  // Kitakami ① ②, Niigata's two indicators, Nasushiobara's numeric rows with a current value.
  expect(compared).toBeGreaterThanOrEqual(14);
});
