/**
 * End to end (issue 11): the production build of the pane in Debian's Chromium, standalone mode,
 * as the planning division would use it: open a workbook, add 20 submitted workbooks of several
 * layouts (one corrupt, one an .xlsm) in the Summary view, build 提出状況, 評価サマリー and 集計,
 * download, and compare the downloaded sheets cell by cell with the engine over the same files.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildPane, CHROMIUM, CHROMIUM_ARGS, serve } from '../support/browser';
import { planDepartmentFindings, planSubmissions, ROLLUP_SHEET, STATUS_SHEET, SUMMARY_SHEET, type Submission } from '../../src/core/summary';
import { formatMade } from '../../src/core/summary/header';
import type { CellSpec } from '../../src/core/plan/types';
import { defaultEngine } from '../../src/taskpane/state/engine-default';
import { fixturePath } from '../support/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const haveChromium = fs.existsSync(CHROMIUM);
const maybe = haveChromium || process.env.CI ? describe : describe.skip;
jest.setTimeout(300_000);

/**
 * 20 submissions: the five seed layouts three times, four defect and multi-sheet variants, one
 * corrupt; one of them saved as .xlsm. Written to a folder with a known last-modified time each
 * (the pane reads it from the File the picker gives), so 更新日時 is compared too.
 */
function submissionFiles(dir: string): { name: string; file: string; mtime: Date }[] {
  const seeds = ['kitakami', 'niigata', 'nasushiobara', 'ichinoseki', 'shinjo'];
  const names = [
    ...[1, 2, 3].flatMap((copy) => seeds.map((s) => ({ fixture: `${s}.xlsx`, name: `部局${copy}-${s}.${copy === 2 && s === 'niigata' ? 'xlsm' : 'xlsx'}` }))),
    { fixture: 'kitakami-defects.xlsx', name: '部局4-kitakami-defects.xlsx' },
    { fixture: 'shinjo-defects.xlsx', name: '部局4-shinjo-defects.xlsx' },
    { fixture: 'multi.xlsx', name: '部局5-multi.xlsx' },
    { fixture: 'kitakami-overall.xlsx', name: '部局5-kitakami-overall.xlsx' },
    { fixture: 'corrupt.xlsx', name: '部局6-corrupt.xlsx' },
  ];
  return names.map((n, i) => {
    const file = path.join(dir, n.name);
    fs.copyFileSync(fixturePath(n.fixture), file);
    // Whole seconds, one hour apart: every file's time is its own.
    const mtime = new Date(Date.UTC(2026, 10, 2, 0, 0, 0) + i * 3_600_000);
    fs.utimesSync(file, mtime, mtime);
    return { name: n.name, file, mtime };
  });
}

/** A downloaded cell as the engine's spec gives it: hyperlinks by their text, blank as null. */
function shown(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'hyperlink' in v) return (v as { text: unknown }).text;
  return v === undefined || v === '' ? null : v;
}
/** A downloaded cell's own value: a cell merged into another reads blank (ExcelJS repeats the master's value). */
function at(ws: ExcelJS.Worksheet, r: number, c: number): unknown {
  const cell = ws.getCell(r, c);
  return cell.isMerged && cell.master.address !== cell.address ? null : shown(cell.value);
}
/** The engine's value as a workbook keeps it: an empty string is a blank cell. */
const kept = (v: unknown): unknown => (v === '' ? null : v);

maybe('planning division in the standalone pane (Chromium)', () => {
  let dist: string;
  let profile: string;
  let inbox: string;
  let server: http.Server;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-dist-planning-'));
    inbox = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-inbox-'));
    buildPane(dist);
    server = await serve(dist);
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-chromium-planning-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'en-US',
      acceptDownloads: true,
      viewport: { width: 420, height: 900 },
      args: CHROMIUM_ARGS,
    });
    // Nothing leaves the machine: every request off 127.0.0.1 is refused (office.js among them).
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
      return route.abort('blockedbyclient');
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`);
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await new Promise((r) => server?.close(r));
    for (const d of [dist, profile, inbox]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  test('20 submissions added, the three sheets and the findings per department built, downloaded and equal to the engine cell by cell', async () => {
    const host = fixturePath('kitakami-9-2.xlsx');
    await page.getByTestId('file-input').setInputFiles({ name: 'committee.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: fs.readFileSync(host) });
    await page.getByText('File: committee.xlsx').waitFor();
    await page.getByRole('tab', { name: 'Summary', exact: true }).click();
    const files = submissionFiles(inbox);
    const t0 = Date.now();
    // All 20 at once, as a multiple selection in the picker.
    await page.getByTestId('submission-input').setInputFiles(files.map((f) => f.file));
    const list = page.getByRole('list', { name: 'Submitted workbooks' });
    await list.locator('li').nth(files.length - 1).waitFor();
    const readMs = Date.now() - t0;
    const items = await list.locator('li').evaluateAll((els) => els.map((e) => ({ name: e.textContent?.split(':')[0], state: e.getAttribute('data-state'), text: e.textContent ?? '' })));
    expect(items.map((s) => s.name)).toEqual(files.map((f) => f.name));
    // The corrupt file is listed with its reason and what to do; every other file was read (the .xlsm among them).
    const corrupt = items.find((s) => s.name === '部局6-corrupt.xlsx');
    expect(corrupt?.state).toBe('unreadable');
    expect(corrupt?.text).toMatch(/部局6-corrupt\.xlsx cannot be read \(.+\)\. Open it in Excel, save it as \.xlsx and add it again\./);
    expect(items.filter((s) => s.state === 'unreadable').map((s) => s.name)).toEqual(['部局6-corrupt.xlsx']);
    expect(items.find((s) => s.name === '部局2-niigata.xlsm')?.state).toBe('ok');
    expect(items.filter((s) => s.state === 'fix').length).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'planning-1-submissions.png'), fullPage: true });
    await page.getByRole('button', { name: 'Build the summary sheets' }).click();
    await page.getByText('Wrote 提出状況, 評価サマリー and 集計.').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'planning-2-built.png'), fullPage: true });
    // 「指摘一覧を書き出す」: a findings sheet per department, beside the three.
    await page.getByRole('button', { name: 'Write the findings per department' }).click();
    await page.getByText(/^Wrote the findings of each department on \d+ sheets? \(named/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download result' }).click()]);
    const out = path.join(dist, 'planning.xlsx');
    await download.saveAs(out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // The person's own sheet is there with every cell as it was; the three sheets beside it.
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['9-2', STATUS_SHEET, SUMMARY_SHEET, ROLLUP_SHEET]));
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(host);
    const own = (w: ExcelJS.Workbook) => {
      const cells: string[] = [];
      (w.getWorksheet('9-2') as ExcelJS.Worksheet).eachRow((row) => row.eachCell((c) => cells.push(`${c.address}=${JSON.stringify(c.value)}`)));
      return cells;
    };
    expect(own(wb)).toEqual(own(before));

    // The pane's own engine in Node over the same files: read, analysed under each workbook's saved settings.
    const subs: Submission[] = [];
    for (const f of files) subs.push(await defaultEngine.readSubmission({ name: f.name, lastModified: f.mtime.getTime(), bytes: async () => new Uint8Array(fs.readFileSync(f.file)) }));
    const plan = planSubmissions(subs, { generatedAt: null });
    const rowsOf = (name: string): CellSpec[][] => {
      const op = plan.ops.find((o) => o.op === 'put-sheet' && o.spec.name === name);
      if (!op || op.op !== 'put-sheet') throw new Error(name);
      return op.spec.rows;
    };
    // Every cell but the title lines, which carry the time the sheets were made.
    const compare = (name: string, skip: (r: number) => boolean) => {
      const ws = wb.getWorksheet(name) as ExcelJS.Worksheet;
      let n = 0;
      const rows = rowsOf(name);
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (skip(r)) return;
          expect([name, r + 1, c + 1, at(ws, r + 1, c + 1)]).toEqual([name, r + 1, c + 1, kept(cell.value)]);
          n += 1;
        }),
      );
      // Nothing below the engine's last row.
      expect(ws.actualRowCount).toBeLessThanOrEqual(rows.length);
      return n;
    };
    const status = compare(STATUS_SHEET, (r) => r === 0);
    const rollup = compare(ROLLUP_SHEET, () => false);
    const summary = compare(SUMMARY_SHEET, (r) => r === 1);
    expect(status).toBeGreaterThan(150);
    expect(rollup).toBeGreaterThan(100);
    expect(summary).toBeGreaterThan(500);

    // What the sheets say, independent of the engine's plan.
    const ws = wb.getWorksheet(STATUS_SHEET) as ExcelJS.Worksheet;
    const table: { file: string; status: string; modified: unknown }[] = [];
    for (let r = 5; r <= ws.actualRowCount; r += 1) {
      const file = shown(ws.getCell(r, 3).value);
      if (typeof file === 'string') table.push({ file, status: String(ws.getCell(r, 8).value), modified: ws.getCell(r, 9).value });
    }
    // Counts at the top: 20 files, one unreadable; the states count the rows (a file per sheet), and add up.
    const count = (c: number) => Number(ws.getCell(3, c).value);
    expect([count(1), count(2)]).toEqual([20, 1]);
    expect(table.length).toBeGreaterThan(20);
    expect(count(2) + count(3) + count(4)).toBe(table.length);
    expect(new Set(table.map((t) => t.file))).toEqual(new Set(files.map((f) => f.name)));
    // Attention first: 読めません, then 要修正, then 提出可.
    const rank = table.map((t) => ['読めません', '要修正', '提出可'].indexOf(t.status));
    expect(rank.every((x) => x >= 0)).toBe(true);
    expect([...rank].sort((a, b) => a - b)).toEqual(rank);
    expect(table[0]).toMatchObject({ file: '部局6-corrupt.xlsx', status: '読めません' });
    expect(String(ws.getCell('J5').value)).toMatch(/^「部局6-corrupt\.xlsx」を読めません（.+）。Excel で開いて/);
    // 更新日時 is each file's own last-modified time, as the browser's File gave it.
    for (const t of table) expect(t.modified).toBe(formatMade((files.find((f) => f.name === t.file) as { mtime: Date }).mtime));
    // 評価サマリー names the .xlsm's rows; 集計's grades are counted among its items.
    const sum = wb.getWorksheet(SUMMARY_SHEET) as ExcelJS.Worksheet;
    const named: string[] = [];
    sum.eachRow((row) => row.eachCell((c) => { if (typeof shown(c.value) === 'string') named.push(String(shown(c.value))); }));
    expect(named.some((v) => v.includes('部局2-niigata.xlsm'))).toBe(true);
    const roll = wb.getWorksheet(ROLLUP_SHEET) as ExcelJS.Worksheet;
    let levels = 0;
    let graded = 0;
    roll.eachRow((row, r) => {
      if (typeof row.getCell(1).value !== 'number') return;
      levels += 1;
      const grades = [5, 6, 7, 8, 9, 10].reduce((a, c) => a + Number(roll.getCell(r, c).value ?? 0), 0);
      // An item without this year's grade is counted but graded nowhere.
      graded += grades;
      expect(grades).toBeLessThanOrEqual(Number(roll.getCell(r, 4).value));
    });
    expect(levels).toBeGreaterThan(5);
    expect(graded).toBeGreaterThan(levels);
    // The findings sheets: one per department the engine finds, each cell as its plan.
    const findingsPlan = planDepartmentFindings(subs, { generatedAt: null });
    const findingsSheets = findingsPlan.ops.flatMap((o) => (o.op === 'put-sheet' ? [o.spec] : []));
    expect(findingsSheets.length).toBeGreaterThan(3);
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('指摘 ')).sort()).toEqual(findingsSheets.map((f) => f.name).sort());
    let findingCells = 0;
    for (const spec of findingsSheets) {
      const fws = wb.getWorksheet(spec.name) as ExcelJS.Worksheet;
      spec.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (r === 0) return;
          expect([spec.name, r + 1, c + 1, at(fws, r + 1, c + 1)]).toEqual([spec.name, r + 1, c + 1, kept(cell.value)]);
          findingCells += 1;
        }),
      );
    }
    expect(findingCells).toBeGreaterThan(500);
    expect(wb.getWorksheet('指摘 担当部署なし')?.getCell('A4').value).toBeDefined();
    expect(pageErrors).toEqual([]);
    process.stdout.write(`planning e2e: 20 submissions read in the pane in ${readMs} ms\n`);
  });
});
