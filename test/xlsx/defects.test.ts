import { analyzeWorkbook } from '../../src/core/analyze';
import type { WorkbookAnalysis } from '../../src/core/analyze/types';
import { readXlsx } from '../../src/xlsx';
import { DEFECTS } from '../../scripts/build-fixtures';
import { fixtureBytes } from '../support/fixtures';

/** The defect table of scripts/build-fixtures.ts, checked end to end: .xlsx → adapter → engine. */
const cache = new Map<string, Promise<WorkbookAnalysis>>();
function analysisOf(file: string): Promise<WorkbookAnalysis> {
  if (!cache.has(file)) cache.set(file, readXlsx(fixtureBytes(file), file).then((w) => analyzeWorkbook(w)));
  return cache.get(file)!;
}

async function fires(rule: string, file: string, sheet: string, cell: string): Promise<void> {
  const a = await analysisOf(file);
  const hits = a.findings.filter((f) => f.rule === rule && f.sheet === sheet).map((f) => f.cell);
  expect(hits).toContain(cell);
}

describe('planted defects', () => {
  const rows = DEFECTS.map((d) => [d.rule, d.file, d.sheet, d.cell, d.defect] as const);
  it.each(rows)('%s fires in %s!%s at %s (%s)', (rule, file, sheet, cell) => fires(rule, file, sheet, cell));

  it('the clean seed workbook raises none of the planted rules that are not in the real sheet', async () => {
    const a = analyzeWorkbook(await readXlsx(fixtureBytes('kitakami.xlsx'), 'kitakami.xlsx'));
    const real = new Set(a.findings.map((f) => f.rule));
    const planted = DEFECTS.filter((d) => d.file.startsWith('kitakami')).map((d) => d.rule).filter((r) => r !== 'sudden-change');
    expect(planted.filter((r) => real.has(r as never))).toEqual([]);
  });
});
