import * as fs from 'fs';
import * as path from 'path';
import { cli, scratch } from '../cli/helpers';
import { packageProblems } from './package-check';
import { changedParts, partsOf } from './parts';
import { COND_FORMAT, excelStyle, libreOffice, NAMED_CELL, PAGE_SETUP, PRINT_AREA, VALIDATION } from './real-world';

/**
 * Write by patching, part by part: after fill, annotate and charts every part of the input that
 * the plan does not touch is byte-identical in the output (on an Excel-style .xlsm and on a
 * LibreOffice-written file), and the touched parts keep what they held besides the change.
 */

jest.setTimeout(120000);

const text = (b: Uint8Array) => Buffer.from(b).toString('utf8');

async function run(cmd: string, name: string, bytes: Uint8Array, extra: string[] = []): Promise<{ out: Uint8Array; code: number; stderr: string; stdout: string }> {
  const dir = scratch();
  fs.writeFileSync(path.join(dir, name), bytes);
  const outName = `out${path.extname(name)}`;
  const r = await cli([cmd, name, '-o', outName, ...extra], { cwd: dir });
  const out = fs.existsSync(path.join(dir, outName)) ? new Uint8Array(fs.readFileSync(path.join(dir, outName))) : new Uint8Array();
  return { out, code: r.code, stderr: r.stderr, stdout: r.stdout };
}

describe('Excel-style .xlsm: print area, names, printer settings, validation, conditional formats, notes, threaded comments, image, empty custom.xml, calcChain, VBA', () => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = await excelStyle(true);
  });

  test('fill changes only the sheet (and styles) and keeps everything else byte for byte; the empty custom.xml is not refused as macros', async () => {
    const r = await run('fill', 'city.xlsm', input);
    expect([r.code, r.stderr]).toEqual([0, '']);
    // the filled value's number format is a new cell format appended to styles.xml
    expect(changedParts(input, r.out)).toEqual(['xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    const sheet = text(partsOf(r.out)['xl/worksheets/sheet1.xml']);
    for (const kept of [COND_FORMAT, VALIDATION, PAGE_SETUP, '<legacyDrawing r:id="rId93"/>']) expect(sheet).toContain(kept);
    expect(sheet).toMatch(/<c r="F39"[^>]*><v>52<\/v><\/c>/);
    expect(Object.keys(partsOf(r.out)).sort()).toEqual(Object.keys(partsOf(input)).sort());
    expect(await packageProblems(r.out)).toEqual([]);
  });

  test('.xlsm stays macro-enabled: content types and vbaProject.bin untouched', async () => {
    const r = await run('annotate', 'city.xlsm', input);
    expect(r.code).toBe(0);
    const a = partsOf(input);
    const b = partsOf(r.out);
    expect(Buffer.compare(Buffer.from(a['xl/vbaProject.bin']), Buffer.from(b['xl/vbaProject.bin']))).toBe(0);
    expect(text(b['[Content_Types].xml'])).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
  });

  test('annotate (flags, findings sheet, charts) touches the flagged sheet, its notes and drawing link, styles and the workbook list only; print area and names are kept as written', async () => {
    const r = await run('annotate', 'city.xlsm', input);
    expect(r.code).toBe(0);
    const changed = changedParts(input, r.out);
    const allowed = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels'];
    expect(changed.filter((p) => !allowed.includes(p))).toEqual([]);
    const b = partsOf(r.out);
    const wb = text(b['xl/workbook.xml']);
    expect(wb).toContain(PRINT_AREA);
    expect(wb).toContain(NAMED_CELL);
    // the person's note stays, Evalsheet's are added
    const comments = text(b['xl/comments1.xml']);
    expect(comments).toContain('<comment ref="A1" authorId="1"><text><r><t>課長確認済み</t></r></text></comment>');
    expect(comments).toMatch(/<comment ref="B16"/);
    for (const p of ['docProps/custom.xml', 'xl/calcChain.xml', 'xl/printerSettings/printerSettings1.bin', 'xl/threadedComments/threadedComment1.xml', 'xl/media/image1.png', 'xl/sharedStrings.xml']) {
      expect([p, changed.includes(p)]).toEqual([p, false]);
    }
    expect(await packageProblems(r.out)).toEqual([]);
  });

  test('charts adds chart parts and keeps the rest', async () => {
    const r = await run('charts', 'city.xlsm', input);
    expect(r.code).toBe(0);
    const changed = changedParts(input, r.out);
    expect(changed.filter((p) => !['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels'].includes(p))).toEqual([]);
    expect(Object.keys(partsOf(r.out)).some((n) => n.startsWith('xl/charts/chart'))).toBe(true);
    expect(text(partsOf(r.out)['xl/workbook.xml'])).toContain(PRINT_AREA);
  });
});

describe('LibreOffice-written workbook', () => {
  let input: Uint8Array;
  beforeAll(() => {
    input = libreOffice();
  });

  test('written by LibreOffice: it has docProps/custom.xml or not, fill is not refused and changes only the sheet', async () => {
    const r = await run('fill', 'lo.xlsx', input);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(changedParts(input, r.out).filter((p) => !['xl/worksheets/sheet1.xml', 'xl/styles.xml'].includes(p))).toEqual([]);
  });

  test('annotate keeps every part it does not touch', async () => {
    const r = await run('annotate', 'lo.xlsx', input);
    expect(r.code).toBe(0);
    const allowed = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels'];
    expect(changedParts(input, r.out).filter((p) => !allowed.includes(p))).toEqual([]);
    expect(await packageProblems(r.out)).toEqual([]);
  });
});
