/**
 * Collecting submissions in the standalone pane in Chromium (issue 11's figure): 50 and 300
 * submitted workbooks (copies of the five seed fixtures under their own names, one in twenty the
 * fixtures' corrupt zip) picked at once in the Summary view, as test/e2e/planning.e2e.test.ts adds
 * its 20. The clock starts when the files are handed to the picker and stops when every file is
 * listed with its state and the pane no longer says it is reading. Peak JS heap: CDP
 * Performance.getMetrics JSHeapUsedSize, sampled every 50 ms during the read (after a forced GC
 * before it; the peak is the highest sample, so a shorter spike between two samples is missed).
 * Baseline in the same run, over the same folder: the command line's `evalsheet summary <folder> -o`
 * (in-process, its heap growth by process.memoryUsage). Then the syncs to write the three sheets
 * for the 50 (and 300) files: the pane's engine reads the same files in Node, plans 提出状況,
 * 評価サマリー and 集計, and the Excel adapter writes them on Microsoft's office.js runtime
 * (test/excel/runtime/host.ts, Excel on the web, ExcelApi 1.18), syncs and request bytes counted.
 *
 * One production webpack build into a scratch folder (or EVALSHEET_E2E_DIST, a build made
 * beforehand); one Chromium; office.js and every host but 127.0.0.1 blocked.
 *
 *   npx tsx scripts/bench-collect-pane.ts [--runs 1] [--json]
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { buildPane, CHROMIUM, CHROMIUM_ARGS, serve } from '../test/support/browser';
import { run, type Io } from '../src/cli/main';
import { planSubmissions, type Submission } from '../src/core/summary';
import { ExcelPort } from '../src/excel/excel-port';
import { officeHost } from '../src/excel/host';
import { defaultEngine } from '../src/taskpane/state/engine-default';
import { loadRuntime, WEB_PAYLOAD_LIMIT } from '../test/excel/runtime/host';
import { Workbook } from '../test/excel/runtime/workbook';
import { fixturePath } from '../test/support/fixtures';

const ROOT = path.join(__dirname, '..');
const SEEDS = ['kitakami.xlsx', 'ichinoseki.xlsx', 'niigata.xlsx', 'shinjo.xlsx', 'nasushiobara.xlsx'];
const SIZES = [50, 300];
const MB = 1048576;
const quiet: Io = { stdout: () => undefined, stderr: () => undefined, stderrIsTTY: false, env: {}, cwd: process.cwd() };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** n files: the seeds in turn under their own names, every twentieth the corrupt fixture. */
function folder(n: number): { dir: string; files: string[]; bytes: number; corrupt: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `evalsheet-bench-collect-pane-${n}-`));
  const files: string[] = [];
  let bytes = 0;
  let corrupt = 0;
  for (let i = 0; i < n; i++) {
    const source = i % 20 === 19 ? 'corrupt.xlsx' : SEEDS[i % SEEDS.length];
    if (source === 'corrupt.xlsx') corrupt += 1;
    const file = path.join(dir, `部局${String(i + 1).padStart(3, '0')}-${source}`);
    fs.copyFileSync(fixturePath(source), file);
    files.push(file);
    bytes += fs.statSync(file).size;
  }
  return { dir, files, bytes, corrupt };
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** One collection in a fresh page: time to every row listed, and the JS heap during it. */
async function collectInPane(page: Page, cdp: CDPSession, base: string, files: string[]): Promise<{ ms: number; heapBeforeMB: number; heapPeakMB: number; states: Record<string, number> }> {
  await page.goto(`${base}/taskpane.html`);
  await page.getByTestId('file-input').setInputFiles({ name: 'committee.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: fs.readFileSync(fixturePath('kitakami-9-2.xlsx')) });
  await page.getByText('Working on committee.xlsx').waitFor();
  await page.getByRole('tab', { name: 'Summary', exact: true }).click();
  await page.getByTestId('submission-input').waitFor({ state: 'attached' });
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await heapUsed(cdp);
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await heapUsed(cdp));
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = performance.now();
  await page.getByTestId('submission-input').setInputFiles(files);
  const list = page.getByRole('list', { name: 'Submitted workbooks' });
  await list.locator('li').nth(files.length - 1).waitFor({ timeout: 600_000 });
  await page.getByText(/^Reading workbooks \(/).waitFor({ state: 'detached', timeout: 600_000 });
  const ms = performance.now() - t0;
  sampling = false;
  await sampler;
  peak = Math.max(peak, await heapUsed(cdp));
  const states = await list.locator('li').evaluateAll((els) => els.reduce<Record<string, number>>((a, e) => ({ ...a, [e.getAttribute('data-state') ?? '?']: (a[e.getAttribute('data-state') ?? '?'] ?? 0) + 1 }), {}));
  return { ms, heapBeforeMB: before / MB, heapPeakMB: peak / MB, states };
}

/** The CLI's summary over the same folder, in-process: time and heap growth. */
async function cliSummary(dir: string, n: number): Promise<{ ms: number; heapGrowthMB: number }> {
  const target = path.join(os.tmpdir(), `evalsheet-bench-collect-pane-${process.pid}-${n}.xlsx`);
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let peak = heap0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  const t0 = performance.now();
  const code = await run(['summary', dir, '-o', target, '--force'], quiet);
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  fs.rmSync(target, { force: true });
  if (code !== 0 && code !== 1 && code !== 2) throw new Error(`summary exited ${code}`);
  return { ms, heapGrowthMB: (peak - heap0) / MB };
}

/** The three sheets for these files written by the Excel adapter on the office.js runtime (web, 1.18). */
async function syncsFor(files: string[]): Promise<{ syncs: number; largestRequestMB: number; totalRequestMB: number }> {
  const subs: Submission[] = [];
  for (const f of files) subs.push(await defaultEngine.readSubmission({ name: path.basename(f), lastModified: fs.statSync(f).mtimeMs, bytes: async () => new Uint8Array(fs.readFileSync(f)) }));
  const h = loadRuntime(new Workbook([{ name: '受付メモ', values: [['受付', '担当']] }]), { excelApi: '1.18' });
  const port = new ExcelPort(officeHost());
  const plan = planSubmissions(subs, { generatedAt: new Date() });
  h.reset();
  const r = await port.applyPlan(plan);
  if (r.skipped.length > 0) throw new Error(`the runtime skipped ${r.skipped.length} ops`);
  const req = h.syncs.map((s) => s.requestBytes);
  const largest = Math.max(...req);
  if (largest >= WEB_PAYLOAD_LIMIT) throw new Error(`a request of ${largest} bytes passes the 5 MB limit`);
  return { syncs: h.batches(), largestRequestMB: largest / MB, totalRequestMB: req.reduce((a, b) => a + b, 0) / MB };
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-bench-collect-pane-dist-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-bench-collect-pane-chromium-'));
  buildPane(dist);
  const server = await serve(dist);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    viewport: { width: 420, height: 900 },
    args: CHROMIUM_ARGS,
  });
  const folders: ReturnType<typeof folder>[] = [];
  const out: Record<string, unknown>[] = [];
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
      return route.abort('blockedbyclient');
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // Warm: the bundle cached and the reader chunk compiled once; the CLI's modules loaded.
    const warm = folder(5);
    folders.push(warm);
    await collectInPane(page, cdp, base, warm.files);
    await cliSummary(warm.dir, 5);
    for (const n of SIZES) {
      const f = folder(n);
      folders.push(f);
      const pane = [];
      const cli = [];
      for (let r = 0; r < runs; r++) {
        pane.push(await collectInPane(page, cdp, base, f.files));
        cli.push(await cliSummary(f.dir, n));
      }
      const last = pane[pane.length - 1];
      if ((last.states.unreadable ?? 0) !== f.corrupt) throw new Error(`${n} files: ${JSON.stringify(last.states)}, expected ${f.corrupt} unreadable`);
      const syncs = await syncsFor(f.files);
      out.push({
        files: n,
        inputMB: +(f.bytes / MB).toFixed(2),
        states: last.states,
        paneSeconds: +(median(pane.map((p) => p.ms)) / 1000).toFixed(2),
        paneMsPerFile: +(median(pane.map((p) => p.ms)) / n).toFixed(1),
        paneHeapBeforeMB: +median(pane.map((p) => p.heapBeforeMB)).toFixed(1),
        paneHeapPeakMB: +Math.max(...pane.map((p) => p.heapPeakMB)).toFixed(1),
        cliSummarySeconds: +(median(cli.map((c) => c.ms)) / 1000).toFixed(2),
        cliHeapGrowthMB: +Math.max(...cli.map((c) => c.heapGrowthMB)).toFixed(0),
        syncs: syncs.syncs,
        largestRequestMB: +syncs.largestRequestMB.toFixed(2),
        totalRequestMB: +syncs.totalRequestMB.toFixed(2),
      });
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await context.close();
    await new Promise((r) => server.close(r));
    for (const d of [dist, profile, ...folders.map((f) => f.dir)]) fs.rmSync(d, { recursive: true, force: true });
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ runs, rows: out }, null, 2)}\n`);
    return;
  }
  const lines = [`Collecting submissions in the standalone pane in Chromium (${runs === 1 ? 'one run' : `median of ${runs}`}; peak JS heap sampled by CDP), the CLI's summary -o over the same files as the baseline, and the syncs to write the three sheets on the office.js runtime (web, ExcelApi 1.18):`];
  for (const r of out) {
    lines.push(
      `  ${r.files} files (${r.inputMB} MB, states ${JSON.stringify(r.states)}): pane ${r.paneSeconds} s (${r.paneMsPerFile} ms/file), JS heap ${r.paneHeapBeforeMB} → peak ${r.paneHeapPeakMB} MB | CLI summary -o ${r.cliSummarySeconds} s (heap +${r.cliHeapGrowthMB} MB) | three sheets: ${r.syncs} syncs, largest request ${r.largestRequestMB} MB, all ${r.totalRequestMB} MB`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e) => {
  process.stderr.write(`bench-collect-pane: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
