import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { PNG } from 'pngjs';
import { cli } from '../cli/helpers';
import { seedWorkbook } from './seed-workbook';

/**
 * The .xlsx outputs opened in a second application: LibreOffice converts them to PDF, poppler to
 * PNG (kept under test-output/render/). Charts must be drawn in their series colours where the
 * same workbook without charts has none; the summary must render with its Japanese text.
 */

/** Where the renderings are kept; each run renders in a folder of its own and copies them here last, so parallel runs do not clash. */
const KEEP = path.join(__dirname, '..', '..', 'test-output', 'render');
let OUT: string;
const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => fs.existsSync(p)) ?? null;
// Skipped on a machine without LibreOffice, with a message; never in CI, where a missing install must fail.
const describeIf = soffice || process.env.CI ? describe : describe.skip;
if (!soffice) console.warn('test/render skipped: LibreOffice (soffice) is not installed; CI installs it');

type RGB = [number, number, number];
const hex = (h: string): RGB => [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];

/** Pixels within a small distance of a colour, over every page of a rendering. */
function countColour(pngs: string[], colour: string, tolerance = 40): number {
  const [r, g, b] = hex(colour);
  let n = 0;
  for (const file of pngs) {
    const png = PNG.sync.read(fs.readFileSync(file));
    for (let i = 0; i < png.data.length; i += 4) {
      if (Math.abs(png.data[i] - r) + Math.abs(png.data[i + 1] - g) + Math.abs(png.data[i + 2] - b) <= tolerance) n++;
    }
  }
  return n;
}

function pngsOf(stem: string): string[] {
  return fs
    .readdirSync(OUT)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png'))
    .map((f) => path.join(OUT, f));
}

describeIf('rendered by LibreOffice', () => {
  let work: string;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'render-'));
    OUT = path.join(work, 'out');
    fs.mkdirSync(OUT);
    fs.writeFileSync(path.join(work, 'kitakami-plain.xlsx'), await seedWorkbook([{ seed: 'kitakami', name: '9-2' }]));
    fs.writeFileSync(path.join(work, 'nasushiobara.xlsx'), await seedWorkbook([{ seed: 'nasushiobara', name: 'P3' }]));
    // The outputs come from the command line itself, in-process.
    for (const argv of [
      ['charts', 'kitakami-plain.xlsx', '-o', 'kitakami-charts.xlsx'],
      ['charts', 'nasushiobara.xlsx', '-o', 'nasushiobara-charts.xlsx', '--placement', 'sheet'],
      ['summary', 'kitakami-plain.xlsx', 'nasushiobara.xlsx', '-o', 'summary.xlsx'],
    ]) {
      const r = await cli(argv, { cwd: work });
      expect([argv[0], r.code, r.stderr]).toEqual([argv[0], 0, '']);
    }
    const files = ['kitakami-plain', 'kitakami-charts', 'nasushiobara-charts', 'summary'].map((s) => path.join(work, `${s}.xlsx`));
    // One LibreOffice start for all files: it is slow to start. A fresh profile each run.
    const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), 'lo-'))}`;
    execFileSync(soffice as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, ...files], { stdio: 'pipe', timeout: 170_000 });
    for (const f of files) {
      const stem = path.basename(f, '.xlsx');
      execFileSync('pdftoppm', ['-png', '-r', '60', path.join(OUT, `${stem}.pdf`), path.join(OUT, stem)]);
    }
    fs.rmSync(KEEP, { recursive: true, force: true });
    fs.cpSync(OUT, KEEP, { recursive: true });
  }, 180_000);

  afterAll(() => work && fs.rmSync(work, { recursive: true, force: true }));

  test('progress charts are drawn: actual (blue), expected (orange), target mark (red) — none without charts', () => {
    const plain = pngsOf('kitakami-plain');
    const charts = pngsOf('kitakami-charts');
    expect(plain.length).toBeGreaterThan(0);
    expect(charts.length).toBeGreaterThan(0);
    for (const colour of ['2F5597', 'C55A11', 'C00000']) {
      expect([colour, countColour(plain, colour)]).toEqual([colour, 0]);
      expect([colour, countColour(charts, colour) > 20]).toEqual([colour, true]);
    }
  });

  test('literal series (baseline / current in scattered cells) are drawn from the data sheet', () => {
    const pngs = pngsOf('nasushiobara-charts');
    // Markers of the actual series (baseline and current points) and the expected line.
    expect(countColour(pngs, '2F5597')).toBeGreaterThan(20);
    expect(countColour(pngs, 'C55A11')).toBeGreaterThan(20);
    const text = execFileSync('pdftotext', [path.join(OUT, 'nasushiobara-charts.pdf'), '-']).toString();
    expect(text).toContain('実績値');
    expect(text).toContain('期待値');
  });

  test('the summary renders with its Japanese text, coloured grades and the grade chart', () => {
    const text = execFileSync('pdftotext', [path.join(OUT, 'summary.pdf'), '-']).toString();
    for (const word of ['評価サマリー', '基本方針', '実績値', '期待値', '進捗率', 'まちづくりスタートアップ塾', '評価の分布', '評価年度 / Year: R5・R4', '作成 / Made:']) expect([word, text.includes(word)]).toEqual([word, true]);
    // The file's base name, the short year label; never the path as given or the column's heading.
    expect(text).toContain('kitakami-plain.xlsx');
    expect(text).not.toContain('現状値 (R4)');
    const pngs = pngsOf('summary');
    // Conditional fills of grade B (light blue) and D (pink), and the chart's bars of the two policies.
    for (const colour of ['DDEBF7', 'FFC7CE', '4472C4', 'ED7D31']) expect([colour, countColour(pngs, colour, 12) > 20]).toEqual([colour, true]);
  });

  test('the summary as written: row heights that fit the wrapped text, a chart by grade with one series per policy', async () => {
    const bytes = fs.readFileSync(path.join(work, 'summary.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('評価サマリー') as ExcelJS.Worksheet;
    const rowOf = (pred: (r: ExcelJS.Row) => boolean): ExcelJS.Row => {
      let found: ExcelJS.Row | null = null;
      ws.eachRow((r) => {
        if (!found && pred(r)) found = r;
      });
      if (!found) throw new Error('row not found');
      return found;
    };
    // Kitakami's rows wrap a long policy: explicit heights of three lines or more.
    const kitakami = rowOf((r) => r.getCell(1).text === 'kitakami-plain.xlsx');
    expect(kitakami.height).toBeGreaterThanOrEqual(45);
    // A project whose No. cell holds a long name is taller than one with a short name.
    const long = rowOf((r) => r.getCell(4).text === '消費者団体の育成(消費生活推進連絡会・生活学校)');
    const short = rowOf((r) => r.getCell(4).text === '市職員研修');
    expect(long.height).toBeGreaterThan(short.height ?? 15);
    expect(long.getCell(4).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    const zip = await JSZip.loadAsync(bytes);
    const chart = await zip.file(/^xl\/charts\/chart\d+\.xml$/)[0].async('string');
    const cats = [...(/<c:cat>[\s\S]*?<\/c:cat>/.exec(chart) as RegExpExecArray)[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    expect(cats).toEqual(['A', 'B', 'C', 'D', 'E']);
    const names = [...chart.matchAll(/<c:ser>[\s\S]*?<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/g)].map((m) => m[1]);
    expect(names).toEqual(['9-2', 'プロセス3 (1)', 'プロセス3 (2)', 'プロセス3 (3)']);
  });
});
