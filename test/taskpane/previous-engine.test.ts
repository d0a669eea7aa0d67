import * as fs from 'fs';
import * as path from 'path';
import { analyzeWorkbook } from '../../src/core/analyze';
import { defaultEngine } from '../../src/taskpane/state/engine-default';
import { readDirect } from '../../src/xlsx/read/index';
import { FIXTURE_DIR, fixtureBytes } from '../support/fixtures';

describe('the pane\'s real engine reads last year\'s workbook with the .xlsx reader', () => {
  test('Kitakami against its changed R4: the planted findings', async () => {
    const bytes = fixtureBytes('previous-changed/kitakami.xlsx');
    expect(fs.existsSync(path.join(FIXTURE_DIR, 'previous-changed', 'kitakami.xlsx'))).toBe(true);
    const p = await defaultEngine.readPrevious!({ name: 'r4.xlsx', lastModified: 0, bytes: async () => bytes });
    expect(p.sheets?.map((s) => [s.model.sheet, s.evaluationYear])).toEqual([['9-2', 2022]]);
    const cur = readDirect(fixtureBytes('kitakami.xlsx'), 'kitakami.xlsx');
    const a = defaultEngine.analyze(cur.snapshot, cur.settings ?? {}, p.sheets);
    expect(a.findings.filter((f) => f.rule === 'target-changed').map((f) => f.cell)).toEqual(['J39']);
    expect(a.findings.length).toBe(analyzeWorkbook(cur.snapshot, cur.settings ?? {}).findings.length + 5);
    const bad = await defaultEngine.readPrevious!({ name: 'bad.xlsx', lastModified: 0, bytes: async () => new TextEncoder().encode('no') });
    expect(bad.error?.ja).toMatch(/^「bad\.xlsx」を読めません/);
  });
});
