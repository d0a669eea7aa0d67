import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Grid } from '../../../src/core/snapshot/grid';
import { XlsxReadError } from '../../../src/xlsx/errors';
import { readDirect } from '../../../src/xlsx/read/index';
import type { ReadLimits } from '../../../src/xlsx/read/limits';

/** The snapshot reader never throws anything but its own one-line error, and stays within its limits. */
const SAMPLE = new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'samples', 'kitakami-9-2.xlsx')));
const PARTS = unzipSync(SAMPLE);
const LIMITS: ReadLimits = { partBytes: 200_000, totalBytes: 400_000, cells: 2_000, merges: 200, strings: 500, entries: 50 };

function readsSafely(bytes: Uint8Array): void {
  try {
    const r = readDirect(bytes, 'm.xlsx', LIMITS);
    let cells = 0;
    let merges = 0;
    for (const s of r.snapshot.sheets) {
      cells += s.cells?.length ?? 0;
      merges += s.merges?.length ?? 0;
      const g = new Grid(s);
      for (const c of g.cells()) expect(typeof c.text).toBe('string');
    }
    expect(cells).toBeLessThanOrEqual(LIMITS.cells);
    expect(merges).toBeLessThanOrEqual(LIMITS.merges);
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxReadError);
    const m = (e as Error).message;
    expect(m.startsWith('m.xlsx')).toBe(true);
    expect(m).not.toMatch(/\n|TypeError|RangeError|undefined/);
  }
}

describe('the snapshot reader under mutation', () => {
  it('never throws on flipped, cut or inserted bytes of a real workbook', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(SAMPLE.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }), fc.option(fc.nat(SAMPLE.length)), (flips, cut) => {
        const b = new Uint8Array(SAMPLE);
        for (const [i, v] of flips) b[i] = v;
        readsSafely(cut === null ? b : b.subarray(0, cut));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated sheet, strings and workbook XML', () => {
    const targets = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels'];
    const snippets = ['<c r="A1"', '<c', '</c>', '<v>', '</v>', '<row r="0">', '<row>', '<mergeCell ref="A1:XFD1048576"/>', '<mergeCell ref="ZZZZ9:A"/>', 't="s"', 't="d"', 't="inlineStr"', '<is><t>', '&#0;', '&amp', '<![CDATA[', '<!--', '<!DOCTYPE x>', '<f t="shared" si="1"/>', '<v>1e400</v>', '<v>99999999</v>', '"', "'", '<', '>', '\u0000', '　'];
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...snippets), fc.nat(40)), { minLength: 1, maxLength: 8 }), (part, edits) => {
        let xml = strFromU8(PARTS[part]);
        for (const [at, s, del] of edits) {
          const i = Math.floor(at * xml.length);
          xml = xml.slice(0, i) + s + xml.slice(i + del);
        }
        readsSafely(zipSync({ ...PARTS, [part]: strToU8(xml) }));
      }),
      { numRuns: 300 },
    );
  });

  it('stops at each limit with a "too large" line naming the file', () => {
    const many = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('')}</sheetData></worksheet>`;
    expect(() => readDirect(zipSync({ ...PARTS, 'xl/worksheets/sheet1.xml': strToU8(many) }), 'm.xlsx', LIMITS)).toThrow(/^m\.xlsx \(sheet 「9-2」\): too large to check \(more than the limit of cells\)/);
    const merges = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/><mergeCells>${Array.from({ length: 300 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join('')}</mergeCells></worksheet>`;
    expect(() => readDirect(zipSync({ ...PARTS, 'xl/worksheets/sheet1.xml': strToU8(merges) }), 'm.xlsx', LIMITS)).toThrow(/too large to check \(more than the limit of merged areas\).*大きすぎる/);
    expect(() => readDirect(SAMPLE, 'm.xlsx', { ...LIMITS, partBytes: 1000 })).toThrow(/^m\.xlsx.*too large to check/);
    expect(() => readDirect(SAMPLE, 'm.xlsx', { ...LIMITS, strings: 10 })).toThrow(/more than 10 shared strings/);
  });
});
