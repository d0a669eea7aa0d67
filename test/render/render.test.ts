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
      ['annotate', 'kitakami-plain.xlsx', '--lang', 'ja', '-o', 'kitakami-annotated.xlsx'],
    ]) {
      const r = await cli(argv, { cwd: work });
      expect([argv[0], r.code, r.stderr]).toEqual([argv[0], 0, '']);
    }
    const files = ['kitakami-plain', 'kitakami-charts', 'nasushiobara-charts', 'summary', 'kitakami-annotated'].map((s) => path.join(work, `${s}.xlsx`));
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

  test('progress charts mark the evaluated year (「評価年度」 at R5) and print the unit upright', () => {
    const text = execFileSync('pdftotext', ['-layout', path.join(OUT, 'kitakami-charts.pdf'), '-']).toString();
    expect(text.match(/評価年度/g)?.length).toBe(2);
    // 「人」 on a line of its own above the axis's top value, not turned on its side (which pdftotext would not print as 人).
    expect(text).toMatch(/^\s*人\s*$/m);
  });

  test('the summary renders as a committee document: Japanese title, 令和 date, page numbers, the overview first, no negative progress', () => {
    const text = execFileSync('pdftotext', [path.join(OUT, 'summary.pdf'), '-']).toString();
    for (const word of ['令和5年度・令和4年度 施策評価 結果一覧', '作成日：令和', '基本方針', '実績値', '期待値', '進捗率', '指標からみた', '評価（参考）', 'まちづくりスタートアップ塾', '評価の分布', '基準値を', '下回る']) expect([word, text.includes(word)]).toEqual([word, true]);
    expect(text).not.toContain('推奨');
    // Page numbers from the footer: 「2 / 4 ページ」 (LibreOffice numbers the workbook's pages; 提出状況 comes first).
    expect(text).toMatch(/\d \/ \d+ ページ/);
    // No negative percentage (Kitakami's ② is below its baseline: −521.1 before).
    expect(text).not.toMatch(/-\d{2,}\.\d/);
    // The overview (counts, chart) comes before the table, on the summary's first page.
    const pages = execFileSync('pdftotext', ['-layout', path.join(OUT, 'summary.pdf'), '-']).toString().split('\f');
    const first = pages.findIndex((p) => p.includes('施策評価 結果一覧') && p.includes('評価の件数'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(pages[first]).not.toContain('Indicator');
    expect(pages[first + 1]).toContain('Indicator');
    // The file's base name, the short year label; never the path as given or the column's heading.
    expect(text).toContain('kitakami-plain.xlsx');
    expect(text).not.toContain('現状値 (R4)');
    const pngs = pngsOf('summary');
    // Conditional fills of grade B (light blue) and D (pink), and the chart's stacked bars of grades B and D.
    for (const colour of ['DDEBF7', 'FFC7CE', '5B9BD5', 'E0443E']) expect([colour, countColour(pngs, colour, 12) > 20]).toEqual([colour, true]);
  });

  test('the findings sheet under --lang ja: Japanese only, severities in words, 対応 in sentences', () => {
    const pages = execFileSync('pdftotext', ['-layout', path.join(OUT, 'kitakami-annotated.pdf'), '-']).toString().split('\f');
    const sheet = pages.find((p) => /^\s*シート\s+セル\s+区分\s+指摘\s+内容\s+対応\s+修正/m.test(p));
    expect(sheet).toBeDefined();
    expect(sheet).toMatch(/警告/);
    // 対応 in sentences; a fix, where one is given, in words (test/core/plan/annotate.test.ts).
    expect(sheet).toMatch(/書いてください/);
    expect(sheet).not.toMatch(/\b(warning|error|info|Severity|Message)\b/);
    expect(sheet).not.toContain('←');
  });

  test('the summary as written: policy first and merged, file and sheet last, row heights that fit, the footer, a chart stacking each policy’s grades', async () => {
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
    const header = rowOf((r) => r.getCell(1).text.startsWith('基本方針 / 基本施策'));
    const last = header.cellCount;
    expect(header.getCell(last).text).toMatch(/^シート/);
    expect(header.getCell(last - 1).text).toMatch(/^ファイル/);
    // Kitakami's first row wraps a long indicator: an explicit height of three lines or more.
    const kitakami = rowOf((r) => r.number > header.number && r.getCell(last - 1).text === 'kitakami-plain.xlsx');
    expect(kitakami.height).toBeGreaterThanOrEqual(45);
    // Its policy is written once, merged down over its rows.
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    expect(merges.some((m) => m.startsWith(`A${kitakami.number}:A`))).toBe(true);
    // A project whose No. cell holds a long name is taller than one with a short name.
    const long = rowOf((r) => r.getCell(2).text === '消費者団体の育成(消費生活推進連絡会・生活学校)');
    const short = rowOf((r) => r.getCell(2).text === '市職員研修');
    expect(long.height).toBeGreaterThan(short.height ?? 15);
    expect(long.getCell(2).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // Page numbers in the footer; the table's header repeated on each page.
    expect(ws.headerFooter.oddFooter).toBe('&C&P / &N ページ');
    expect(ws.pageSetup.printTitlesRow).toBe(`${header.number}:${header.number}`);
    const zip = await JSZip.loadAsync(bytes);
    const chart = await zip.file(/^xl\/charts\/chart\d+\.xml$/)[0].async('string');
    const cats = [...(/<c:cat>[\s\S]*?<\/c:cat>/.exec(chart) as RegExpExecArray)[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    expect(cats).toEqual(['9-2', 'プロセス3 (1)', 'プロセス3 (2)', 'プロセス3 (3)']);
    const names = [...chart.matchAll(/<c:ser>[\s\S]*?<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/g)].map((m) => m[1]);
    expect(names).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(chart).toContain('<c:grouping val="stacked"/>');
  });
});
