import * as fs from 'fs';
import * as path from 'path';
import { parseCellAddress } from '../../src/core/snapshot/address';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot/types';
import { readXlsx } from '../../src/xlsx';
import { RULE_IDS } from '../../src/core/findings/types';
import { DEFECTS, DEFECT_VALUES, PREVIOUS_PLANTED } from '../../scripts/build-fixtures';
import { fixtureBytes } from '../support/fixtures';

function valueAt(w: WorkbookSnapshot, sheet: string, cell: string): CellValue {
  const s = w.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseCellAddress(cell);
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

describe('fixture workbooks', () => {
  it('plant a defect for every rule id of RULES.md, each in a real file and sheet', () => {
    // The rules against last year's workbook are planted in previous-changed/ (PREVIOUS_PLANTED).
    const planted = new Set([...DEFECTS, ...PREVIOUS_PLANTED].map((d) => d.rule));
    // grade-inconsistent, actual-no-data and narrative-figure-inconsistent come from the real Kitakami seed (items 1 and 2, ② R3 未実施, F27 「6件増」 for 14件 → 66件)
    const fromSeeds = ['grade-inconsistent', 'actual-no-data', 'narrative-figure-inconsistent'];
    expect(RULE_IDS.filter((id) => !planted.has(id) && !fromSeeds.includes(id))).toEqual([]);
  });

  it('hold the planted values at the cells the defect table names', async () => {
    const cache = new Map<string, WorkbookSnapshot>();
    for (const [key, value] of Object.entries(DEFECT_VALUES)) {
      const [file, cell] = key.split('!');
      const sheet = DEFECTS.find((d) => d.file === file)!.sheet;
      if (!cache.has(file)) cache.set(file, await readXlsx(fixtureBytes(file), file));
      expect([key, valueAt(cache.get(file)!, sheet, cell)]).toEqual([key, value]);
    }
  });

  it('keep the real seed values next to the planted ones', async () => {
    const w = await readXlsx(fixtureBytes('kitakami-defects.xlsx'), 'kitakami-defects.xlsx');
    expect(['D39', 'E39', 'G39', 'I39', 'J39'].map((c) => valueAt(w, '9-2', c))).toEqual([43, 47.5, 56.5, 65.5, 70]);
    expect(['D44', 'G44', 'H44'].map((c) => valueAt(w, '9-2', c))).toEqual([48.6, 40.9, 38.7]);
  });

  it('the committed sample has the same cells as a fresh build', async () => {
    const committed = await readXlsx(new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'kitakami-9-2.xlsx'))), 's');
    const fresh = await readXlsx(fixtureBytes('kitakami-9-2.xlsx'), 's');
    expect(committed).toEqual(fresh);
    // ② 期待値 R2–R6 are blank in the sample: the demo fills them in
    expect(['E45', 'F45', 'G45', 'H45', 'I45'].map((c) => valueAt(fresh, '9-2', c))).toEqual([null, null, null, null, null]);
    expect(valueAt(fresh, '9-2', 'J45')).toBe(51.5);
  });
});
