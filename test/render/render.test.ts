import { execFileSync } from 'child_process';
import * as fs from 'fs';
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
const describeIf = soffice ? describe : describe.skip;
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
    for (const word of ['評価サマリー', '基本方針', '実績値', '期待値', '進捗率', 'まちづくりスタートアップ塾', '評価の分布']) expect([word, text.includes(word)]).toEqual([word, true]);
    const pngs = pngsOf('summary');
    // Conditional fills of grade B (light blue) and D (pink), and the chart's bars of B and D.
    for (const colour of ['DDEBF7', 'FFC7CE', '5B9BD5', 'E0443E']) expect([colour, countColour(pngs, colour, 12) > 20]).toEqual([colour, true]);
  });
});
