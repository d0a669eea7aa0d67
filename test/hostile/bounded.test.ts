import { analyzeWorkbook } from '../../src/core';
import { Grid } from '../../src/core/snapshot/grid';
import { readDirect } from '../../src/xlsx/read/index';
import { editText, minimal, withParts } from './build';

/**
 * A far cell costs its cells, not its address: the readers scan the rows that hold cells, so a
 * sheet with one cell at XFD1048576 is read with about as many grid look-ups as the same sheet
 * without it. Work is counted (calls into the Grid), not timed.
 */
const METHODS = ['rowCells', 'text', 'value', 'format', 'hasFormula', 'mergeAt', 'mergeCovering', 'nextRow', 'isBlank'] as const;

function lookups(bytes: Uint8Array): { count: number; findings: string[] } {
  const spies = METHODS.map((m) => jest.spyOn(Grid.prototype, m));
  try {
    const { snapshot } = readDirect(bytes, 'far.xlsx');
    const analysis = analyzeWorkbook(snapshot);
    const findings = analysis.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`).sort();
    return { count: spies.reduce((n, s) => n + s.mock.calls.length, 0), findings };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

const FAR = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';

describe('reading is bounded by the cells, not by the last address', () => {
  it('one cell at A1 and one at XFD1048576: a few hundred look-ups, not millions', () => {
    const near = lookups(minimal('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>メモ</t></is></c></row></sheetData>'));
    const far = lookups(minimal(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>メモ</t></is></c></row>${FAR}</sheetData>`));
    // Before the readers skipped empty rows, this was over seven million (each reader walked every row).
    expect(far.count).toBeLessThan(1_000);
    expect(far.count).toBeLessThan(near.count * 3 + 100);
  });

  it('the sample with one far cell added: the same findings, about the same work', () => {
    const sample = lookups(withParts(() => undefined));
    const far = lookups(withParts((p) => editText(p, 'xl/worksheets/sheet1.xml', (s) => s.replace('</sheetData>', `${FAR}</sheetData>`))));
    expect(sample.findings.length).toBeGreaterThan(0);
    expect(far.findings).toEqual(sample.findings);
    expect(far.count).toBeLessThan(sample.count * 1.2 + 100);
  });

  it('nextRow walks only the rows that hold a non-blank cell', () => {
    const g = new Grid({
      name: 's',
      origin: { row: 0, col: 0 },
      values: [],
      formats: [],
      cells: [
        { row: 2, col: 0, value: 'a' },
        { row: 5, col: 3, value: '  ' },
        { row: 9, col: 1, value: 1 },
        { row: 1_048_575, col: 16_383, value: 2 },
      ],
    });
    const seen: number[] = [];
    for (let r = g.top; r <= g.bottom; r = g.nextRow(r)) seen.push(r);
    expect(seen).toEqual([2, 9, 1_048_575]);
    expect(g.nextRow(-1)).toBe(2);
    expect(g.nextRow(1_048_575)).toBe(g.bottom + 1);
  });
});
