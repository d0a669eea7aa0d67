/**
 * A grade cell's own drop-down list (入力規則 → リスト) is the scale the form offers there (issue 7):
 * read by both .xlsx read paths from literal lists (「"S,A,B,C"」) and from cells (a hidden 「リスト」
 * sheet), in workbooks written by ExcelJS and by LibreOffice; grade-invalid names the list.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/analyze';
import { renderAdvice } from '../../src/core/findings/advice';
import type { WorkbookSnapshot } from '../../src/core/snapshot/types';
import { readXlsx } from '../../src/xlsx';
import { readDirect } from '../../src/xlsx/read/index';
import { listSource } from '../../src/xlsx/read/sheet';

async function workbook(source: 'literal' | 'range'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('事業評価');
  ws.addRows([
    ['事務事業名', '成果指標', '単位', '目標値 (R5)', '実績値 (R5)', '評価'],
    ['子育て相談事業', '相談件数', '件', 150, 160, 'S'],
    ['地域防災事業', '訓練参加者数', '人', 400, 380, 'A'],
    ['広報事業', '閲覧数', '回', 1200, 600, 'E'],
  ]);
  if (source === 'range') {
    const lists = wb.addWorksheet('リスト', { state: 'hidden' });
    ['S', 'A', 'B', 'C'].forEach((g, i) => (lists.getCell(`A${i + 1}`).value = g));
  }
  for (const addr of ['F2', 'F3', 'F4']) {
    ws.getCell(addr).dataValidation = { type: 'list', allowBlank: true, formulae: [source === 'literal' ? '"S,A,B,C"' : 'リスト!$A$1:$A$4'] };
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function throughLibreOffice(bytes: Uint8Array, name: string): Uint8Array {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-validation-'));
  try {
    fs.writeFileSync(path.join(work, `${name}.xlsx`), bytes);
    fs.mkdirSync(path.join(work, 'out'));
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(work, 'out'), path.join(work, `${name}.xlsx`)], { stdio: 'ignore', timeout: 120000 });
    return new Uint8Array(fs.readFileSync(path.join(work, 'out', `${name}.xlsx`)));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const haveSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

jest.setTimeout(180_000);

test('formula1 of a list: literal values, a range on this sheet or another, a quoted sheet name; a defined name is not a list', () => {
  expect(listSource('"A,B,C,D"')).toEqual({ list: ['A', 'B', 'C', 'D'] });
  expect(listSource('$H$5:$H$8')).toEqual({ ref: { sheet: null, box: { top: 4, left: 7, bottom: 7, right: 7 } } });
  expect(listSource("'評価 区分'!$A$1:$A$4")).toEqual({ ref: { sheet: '評価 区分', box: { top: 0, left: 0, bottom: 3, right: 0 } } });
  expect(listSource('評価区分')).toBeNull();
});

describe.each([
  ['ExcelJS, literal list', 'literal', false],
  ['ExcelJS, list in a hidden sheet', 'range', false],
  ['LibreOffice, literal list', 'literal', true],
  ['LibreOffice, list in a hidden sheet', 'range', true],
] as const)('%s', (_label, source, lo) => {
  const run = lo && !haveSoffice && !process.env.CI ? test.skip : test;
  run('S is a grade of the cell’s list (not of the A–D preset); E is not, and the finding says the list is the scale', async () => {
    let bytes = await workbook(source);
    if (lo) bytes = throughLibreOffice(bytes, `validation-${source}`);
    // Both read paths: the direct reader (check, summary) and the ExcelJS one (fill, annotate, the pane).
    const snapshots: WorkbookSnapshot[] = [readDirect(bytes, 'validation.xlsx').snapshot, await readXlsx(bytes, 'validation.xlsx')];
    for (const w of snapshots) {
      const sheet = w.sheets.find((s) => s.name === '事業評価')!;
      expect(sheet.validations?.map((v) => v.list)).toEqual(expect.arrayContaining([['S', 'A', 'B', 'C']]));
      const a = analyzeWorkbook(w, { evaluationYear: 2023 });
      const invalid = a.findings.filter((f) => f.rule === 'grade-invalid');
      expect(invalid.map((f) => f.cell)).toEqual(['F4']);
      expect(invalid[0].data.scaleSource).toBe('validation');
      expect(invalid[0].message.ja).toContain('セルの入力規則（リスト）の評価区分（S、A、B、C）にありません');
      expect(renderAdvice('grade-invalid', invalid[0].data)?.ja).toBe('セルの一覧（S、A、B、C）から選んで記入してください。');
    }
  });
});
