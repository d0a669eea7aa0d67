import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { FINDINGS_SHEET } from '../../src/core/plan';
import type { Report } from '../../src/core/report/types';
import type { WorkbookSnapshot } from '../../src/core/snapshot/types';
import { cellAddress } from '../../src/core/snapshot/address';
import { readXlsx } from '../../src/xlsx';
import { cli, scratch } from './helpers';

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return readXlsx(new Uint8Array(fs.readFileSync(file)), 'x');
}

/** Every non-blank cell (or non-General format) as "sheet!A1" → [value, format]. */
function cells(w: WorkbookSnapshot): Map<string, [unknown, string]> {
  const out = new Map<string, [unknown, string]>();
  for (const s of w.sheets) {
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formats[r][c];
        if (v !== null || f !== 'General') out.set(`${s.name}!${cellAddress(r + s.origin.row, c + s.origin.col)}`, [v, f]);
      }),
    );
  }
  return out;
}

function withoutKeys<T>(m: Map<string, T>, keys: string[]): Map<string, T> {
  const out = new Map(m);
  for (const k of keys) out.delete(k);
  return out;
}

describe('evalsheet fill', () => {
  it('fills the blank expected cells, prints each change, and then check finds no expected-value issues', async () => {
    const dir = scratch(['kitakami-9-2.xlsx']);
    const r = await cli(['fill', 'kitakami-9-2.xlsx', '-o', 'filled.xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 6)).toEqual([
      'kitakami-9-2.xlsx → filled.xlsx: 5 expected values filled',
      expect.stringMatching(/^ {2}9-2!E45 {2}\(blank\) → 49\.1 {2}\[expected-missing\] ② .* R2: blank expected value set to 49\.1/),
      expect.stringMatching(/^ {2}9-2!F45 {2}\(blank\) → 49\.6 /),
      expect.stringMatching(/^ {2}9-2!G45 {2}\(blank\) → 50\.1 /),
      expect.stringMatching(/^ {2}9-2!H45 {2}\(blank\) → 50\.5 /),
      expect.stringMatching(/^ {2}9-2!I45 {2}\(blank\) → 51\.0 /),
    ]);
    const check = JSON.parse((await cli(['check', '--json', 'filled.xlsx'], { cwd: dir })).stdout) as Report;
    expect(check.files[0].findings.filter((f) => f.rule.startsWith('expected-'))).toEqual([]);
  });

  it('round trip: every other cell, format and merge of the workbook is unchanged; filled cells keep the sheet’s format', async () => {
    const dir = scratch(['kitakami-9-2.xlsx']);
    await cli(['fill', 'kitakami-9-2.xlsx', '-o', 'filled.xlsx'], { cwd: dir });
    const before = await snapshotOf(path.join(dir, 'kitakami-9-2.xlsx'));
    const after = await snapshotOf(path.join(dir, 'filled.xlsx'));
    const filled = ['E45', 'F45', 'G45', 'H45', 'I45'].map((c) => `9-2!${c}`);
    expect(withoutKeys(cells(after), filled)).toEqual(withoutKeys(cells(before), filled));
    expect(filled.map((k) => cells(after).get(k))).toEqual([[49.1, '0.0'], [49.6, '0.0'], [50.1, '0.0'], [50.5, '0.0'], [51, '0.0']]);
    expect(after.sheets.map((s) => [s.name, s.merges, s.visible])).toEqual(before.sheets.map((s) => [s.name, s.merges, s.visible]));
    // styles survive too: the grey header cells of the item table
    const e = new ExcelJS.Workbook();
    await e.xlsx.load(fs.readFileSync(path.join(dir, 'filled.xlsx')) as unknown as ArrayBuffer);
    expect((e.getWorksheet('9-2')!.getCell('A24').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9D9D9');
    expect(e.worksheets.map((w) => w.name)).toEqual(['9-2']); // fill adds no sheet
  });

  it('leaves mismatched expected values alone unless --overwrite-mismatches', async () => {
    const dir = scratch(['kitakami-defects.xlsx']);
    const plain = await cli(['fill', 'kitakami-defects.xlsx', '-o', 'a.xlsx'], { cwd: dir });
    expect(plain.stdout).toContain('9-2!F39  (blank) → 52.0');
    expect(plain.stdout).not.toContain('9-2!H39');
    const a = cells(await snapshotOf(path.join(dir, 'a.xlsx')));
    expect(a.get('9-2!H39')).toEqual([62, '0.0']);
    expect(a.get('9-2!F39')).toEqual([52, '0.0']);

    const over = await cli(['fill', 'kitakami-defects.xlsx', '-o', 'b.xlsx', '--overwrite-mismatches'], { cwd: dir });
    expect(over.stdout).toContain('9-2!H39  62 → 61.0');
    const b = cells(await snapshotOf(path.join(dir, 'b.xlsx')));
    expect(b.get('9-2!H39')).toEqual([61, '0.0']);
    const check = JSON.parse((await cli(['check', '--json', 'b.xlsx'], { cwd: dir })).stdout) as Report;
    expect(check.files[0].findings.filter((f) => f.rule === 'expected-missing' || f.rule === 'expected-mismatch').map((f) => f.cell)).toEqual([]);
  });

  it('with nothing to fill writes no file and says so (exit 0); --copy writes the input byte for byte', async () => {
    const dir = scratch(['kitakami.xlsx']);
    const r = await cli(['fill', 'kitakami.xlsx', '-o', 'copy.xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nothing to change, so copy.xlsx was not written; add --copy');
    expect(fs.existsSync(path.join(dir, 'copy.xlsx'))).toBe(false);
    const ja = await cli(['fill', 'kitakami.xlsx', '-o', 'copy.xlsx', '--lang', 'ja'], { cwd: dir });
    expect(ja.stdout).toContain('変更する箇所がないため、copy.xlsx は書き込みませんでした。写しが必要な場合は --copy を付けてください。');
    const c = await cli(['fill', 'kitakami.xlsx', '-o', 'copy.xlsx', '--copy'], { cwd: dir });
    expect(c.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'copy.xlsx')).equals(fs.readFileSync(path.join(dir, 'kitakami.xlsx')))).toBe(true);
    expect(cells(await snapshotOf(path.join(dir, 'copy.xlsx')))).toEqual(cells(await snapshotOf(path.join(dir, 'kitakami.xlsx'))));
  });
});

describe('output safety', () => {
  it('never writes over the input: same path, another spelling of it, a symlink or a hard link', async () => {
    const dir = scratch(['kitakami-9-2.xlsx']);
    fs.symlinkSync(path.join(dir, 'kitakami-9-2.xlsx'), path.join(dir, 'link.xlsx'));
    fs.linkSync(path.join(dir, 'kitakami-9-2.xlsx'), path.join(dir, 'hard.xlsx'));
    const original = fs.readFileSync(path.join(dir, 'kitakami-9-2.xlsx'));
    for (const out of ['kitakami-9-2.xlsx', './sub/../kitakami-9-2.xlsx', 'link.xlsx', 'hard.xlsx']) {
      fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
      const r = await cli(['fill', 'kitakami-9-2.xlsx', '-o', out, '--force'], { cwd: dir });
      expect([out, r.code]).toEqual([out, 2]);
      expect(r.stderr).toContain('would overwrite the input');
    }
    const viaLink = await cli(['annotate', 'link.xlsx', '-o', 'kitakami-9-2.xlsx', '--force'], { cwd: dir });
    expect(viaLink.code).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'kitakami-9-2.xlsx'))).toEqual(original);
  });

  it('refuses an existing output unless --force, and leaves no temporary file behind', async () => {
    const dir = scratch(['kitakami-9-2.xlsx']);
    fs.writeFileSync(path.join(dir, 'out.xlsx'), 'keep me');
    const refused = await cli(['fill', 'kitakami-9-2.xlsx', '-o', 'out.xlsx'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('out.xlsx: already exists; add --force');
    expect(fs.readFileSync(path.join(dir, 'out.xlsx'), 'utf8')).toBe('keep me');
    const forced = await cli(['fill', 'kitakami-9-2.xlsx', '-o', 'out.xlsx', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect((await snapshotOf(path.join(dir, 'out.xlsx'))).sheets[0].name).toBe('9-2');
    expect(fs.readdirSync(dir).sort()).toEqual(['kitakami-9-2.xlsx', 'out.xlsx']);
  });

  it('an output folder that does not exist, or an unreadable input, is exit 2 with nothing written', async () => {
    const dir = scratch(['kitakami-9-2.xlsx', 'corrupt.xlsx']);
    expect((await cli(['fill', 'kitakami-9-2.xlsx', '-o', 'no/such/dir/out.xlsx'], { cwd: dir })).code).toBe(2);
    const bad = await cli(['annotate', 'corrupt.xlsx', '-o', 'out.xlsx'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^evalsheet: corrupt\.xlsx: the workbook is damaged/);
    expect(fs.existsSync(path.join(dir, 'out.xlsx'))).toBe(false);
  });

  it('keeps parts ExcelJS could not (a chart part) byte for byte: written by patching, no refusal', async () => {
    const dir = scratch(['kitakami-9-2.xlsx']);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'kitakami-9-2.xlsx')));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    fs.writeFileSync(path.join(dir, 'chart.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await cli(['fill', 'chart.xlsx', '-o', 'out.xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('LOSE');
    const out = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'out.xlsx')));
    expect(await out.file('xl/charts/chart1.xml')!.async('string')).toBe('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  });
});

describe('evalsheet annotate', () => {
  it('marks flagged cells with a fill and a note, adds the findings sheet, and keeps every user value', async () => {
    const dir = scratch(['kitakami-defects.xlsx']);
    const r = await cli(['annotate', 'kitakami-defects.xlsx', '-o', 'marked.xlsx'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse((await cli(['check', '--json', 'kitakami-defects.xlsx'], { cwd: dir })).stdout) as Report;
    const findings = report.files[0].findings;
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`marked with a fill and a note \\(${findings.length} findings\\); list in sheet "${FINDINGS_SHEET}"`));

    // user values: the original sheet reads exactly as before (the findings sheet is Evalsheet's and not read)
    expect(cells(await snapshotOf(path.join(dir, 'marked.xlsx')))).toEqual(cells(await snapshotOf(path.join(dir, 'kitakami-defects.xlsx'))));

    const e = new ExcelJS.Workbook();
    await e.xlsx.load(fs.readFileSync(path.join(dir, 'marked.xlsx')) as unknown as ArrayBuffer);
    const ws = e.getWorksheet('9-2')!;
    expect((ws.getCell('B16').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF8CBAD'); // error: overall grade missing
    // the run is in English (its locale): notes and the findings sheet in English only, rules by name
    expect(String(ws.getCell('F39').note)).toContain('Expected value blank');
    expect(String(ws.getCell('H39').note)).toMatch(/^Evalsheet\n\[Warning\] Expected value differs\n.*\nFix: Write [\d.]+ in H39/);
    expect(String(ws.getCell('H39').note).replace(/"[^"]*"/g, '')).not.toMatch(/[ぁ-んァ-ヶ]/); // Japanese only inside the sheet's own quoted names
    const list = e.getWorksheet(FINDINGS_SHEET)!;
    expect(list.rowCount).toBe(findings.length + 1);
    const rowOf = (cell: string) => list.getRows(2, findings.length)!.find((row) => (row.getCell(2).value as { text?: string })?.text === cell)!;
    expect(rowOf('H39').getCell(3).value).toBe('Warning');
    expect(rowOf('H39').getCell(4).value).toBe('Expected value differs');
    expect(String(rowOf('H39').getCell(7).value)).toMatch(/^Write [\d.]+ in H39$/);
    expect(rowOf('H39').getCell(2).value).toMatchObject({ hyperlink: "'9-2'!H39" });

    // annotating the annotated copy regenerates the findings sheet instead of adding 「… (2)」
    const again = await cli(['annotate', 'marked.xlsx', '-o', 'marked2.xlsx'], { cwd: dir });
    expect(again.code).toBe(0);
    const e2 = new ExcelJS.Workbook();
    await e2.xlsx.load(fs.readFileSync(path.join(dir, 'marked2.xlsx')) as unknown as ArrayBuffer);
    expect(e2.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['9-2', FINDINGS_SHEET]);
    expect(e2.getWorksheet(FINDINGS_SHEET)!.rowCount).toBe(findings.length + 1);
  });

  it('adds a native progress chart beside each indicator block; the output re-reads with exceljs; re-annotating replaces the charts', async () => {
    const dir = scratch(['kitakami-9-2.xlsx']);
    const r = await cli(['annotate', 'kitakami-9-2.xlsx', '-o', 'marked.xlsx'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')[0]).toMatch(/; 2 progress charts$/);
    const chartsOf = async (file: string) => {
      const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, file)));
      const parts = Object.keys(zip.files).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
      const drawings = await Promise.all(Object.keys(zip.files).filter((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k)).map((k) => zip.file(k)!.async('string')));
      return { parts: parts.length, names: drawings.flatMap((x) => [...x.matchAll(/cNvPr id="\d+" name="([^"]+)"/g)].map((m) => m[1])) };
    };
    expect(await chartsOf('marked.xlsx')).toEqual({ parts: 2, names: ['evalsheet:9-2:①', 'evalsheet:9-2:②'] });
    const e = new ExcelJS.Workbook();
    await e.xlsx.load(fs.readFileSync(path.join(dir, 'marked.xlsx')) as unknown as ArrayBuffer);
    expect(e.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['9-2', FINDINGS_SHEET]);
    expect(e.getWorksheet('9-2')!.getCell('H38').value).toBe(96);
    // Evalsheet's own charts are drawn again, so re-annotating needs no --force and adds no duplicates.
    const again = await cli(['annotate', 'marked.xlsx', '-o', 'again.xlsx'], { cwd: dir });
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(await chartsOf('again.xlsx')).toEqual({ parts: 2, names: ['evalsheet:9-2:①', 'evalsheet:9-2:②'] });
    // fill does not draw charts: the annotated copy's charts are carried through as they are, no --force needed.
    const fill = await cli(['fill', 'marked.xlsx', '-o', 'filled.xlsx'], { cwd: dir });
    expect([fill.code, fill.stderr]).toEqual([0, '']);
    expect(await chartsOf('filled.xlsx')).toEqual({ parts: 2, names: ['evalsheet:9-2:①', 'evalsheet:9-2:②'] });
  });

  it("keeps a user's sheet named like the findings sheet, writing 「… (2)」 instead", async () => {
    const dir = scratch(['kitakami.xlsx']);
    const e = new ExcelJS.Workbook();
    await e.xlsx.load(fs.readFileSync(path.join(dir, 'kitakami.xlsx')) as unknown as ArrayBuffer);
    e.addWorksheet(FINDINGS_SHEET).getCell('A1').value = '私のメモ';
    fs.writeFileSync(path.join(dir, 'mine.xlsx'), new Uint8Array((await e.xlsx.writeBuffer()) as ArrayBuffer));
    const r = await cli(['annotate', 'mine.xlsx', '-o', 'out.xlsx'], { cwd: dir });
    expect(r.stdout).toContain(`list in sheet "${FINDINGS_SHEET} (2)"`);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(fs.readFileSync(path.join(dir, 'out.xlsx')) as unknown as ArrayBuffer);
    expect(out.getWorksheet(FINDINGS_SHEET)!.getCell('A1').value).toBe('私のメモ');
  });
});

const BIN = path.join(__dirname, '..', '..', 'bin', 'evalsheet.js');
const BUILT = fs.existsSync(path.join(__dirname, '..', '..', 'lib', 'cli', 'main.js'));

// `npm test` builds lib/ first (pretest); a bare `npx jest` needs `npm run build:cli`.
describe('the built bin (npm run build:cli)', () => {
  beforeAll(() => {
    if (!BUILT) throw new Error('lib/cli/main.js is missing: run `npm run build:cli` (npm test does it first)');
  });

  it('runs check as a process with the documented exit status and JSON on stdout', () => {
    const dir = scratch(['kitakami-defects.xlsx', 'empty.xlsx']);
    const ok = spawnSync(process.execPath, [BIN, 'check', '--json', 'kitakami-defects.xlsx'], { cwd: dir, encoding: 'utf8' });
    expect(ok.status).toBe(1);
    expect((JSON.parse(ok.stdout) as Report).summary.errors).toBeGreaterThan(0);
    const bad = spawnSync(process.execPath, [BIN, 'check', 'empty.xlsx'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('evalsheet: empty.xlsx: the file is empty (0 bytes); give a saved workbook.');
  });
});
