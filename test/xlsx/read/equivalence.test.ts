import * as fs from 'fs';
import * as path from 'path';
import { analyzeWorkbook } from '../../../src/core/analyze';
import { fileReport } from '../../../src/core/report';
import { Grid } from '../../../src/core/snapshot/grid';
import type { WorkbookSnapshot } from '../../../src/core/snapshot/types';
import { readXlsx } from '../../../src/xlsx';
import { readDirect } from '../../../src/xlsx/read/index';
import { ensureFixtures, FIXTURE_DIR } from '../../support/fixtures';

/** Every non-blank cell of every sheet, with its format: the engine's whole view of a workbook. */
function view(w: WorkbookSnapshot) {
  return w.sheets.map((s) => {
    const g = new Grid(s);
    return { name: s.name, visible: s.visible, cells: [...g.cells()].map((c) => [c.row, c.col, c.value, g.format(c.row, c.col)]), merges: (s.merges ?? []).map((m) => [m.top, m.left, m.bottom, m.right]), rowHeights: s.rowHeights ?? [] };
  });
}

describe('the direct reader', () => {
  ensureFixtures();
  const files = fs.readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.xlsx') && !/corrupt|encrypted|empty|not-xlsx|xls$/.test(f));
  const samples = [path.join(__dirname, '..', '..', '..', 'samples', 'kitakami-9-2.xlsx')];

  it.each([...files.map((f) => path.join(FIXTURE_DIR, f)), ...samples])('reads %s exactly as the ExcelJS adapter does (cells, formats, merges, row heights, report)', async (file) => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    let viaExcelJS: WorkbookSnapshot;
    try {
      viaExcelJS = await readXlsx(bytes, 'x.xlsx');
    } catch {
      // Files ExcelJS refuses are the hostile corpus's business.
      return;
    }
    const direct = readDirect(bytes, 'x.xlsx').snapshot;
    expect(view(direct)).toEqual(view(viaExcelJS));
    expect(fileReport('x.xlsx', analyzeWorkbook(direct))).toEqual(fileReport('x.xlsx', analyzeWorkbook(viaExcelJS)));
  });
});
