/**
 * The standalone pane in Chromium, from choosing the sample workbook to seeing its findings, at 4×
 * CPU throttling (CDP Emulation.setCPUThrottlingRate) against the same without throttling, in one
 * run (issue 8's figure; README quotes it). One production webpack build into a scratch folder,
 * served on 127.0.0.1 as test/e2e/pane.e2e.test.ts serves it; office.js and every other host are
 * blocked, so this is the pane outside Excel.
 *
 * Each run: a fresh page load (cached bundle, as a second visit), then the clock starts, the sample
 * (samples/kitakami-9-2.xlsx) is chosen in the file input, 「Check the workbook」 is clicked once the
 * pane shows it is working on it, and the clock stops when the findings' counts are shown. Runs
 * alternate throttled / unthrottled; the medians are printed.
 *
 *   npx tsx scripts/bench-pane.ts [--runs 5] [--json]
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { buildPane, CHROMIUM, CHROMIUM_ARGS, serve } from '../test/support/browser';

const ROOT = path.join(__dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', 'kitakami-9-2.xlsx');
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-bench-pane-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-bench-chromium-'));
  let server: http.Server | null = null;
  const context = await (async () => {
    // One production build (the same config as `npm run build`), into the scratch folder.
    buildPane(dist);
    server = await serve(dist);
    return chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'en-US',
      viewport: { width: 420, height: 900 },
      args: CHROMIUM_ARGS,
    });
  })();
  try {
    const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
      return route.abort('blockedbyclient');
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const sample = fs.readFileSync(SAMPLE);
    const once = async (rate: number): Promise<{ open: number; findings: number }> => {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.goto(`${base}/taskpane.html`);
      await page.getByRole('button', { name: 'Open .xlsx file' }).waitFor();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const t0 = Date.now();
      await page.getByTestId('file-input').setInputFiles({ name: 'kitakami-9-2.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: sample });
      await page.getByText('Working on kitakami-9-2.xlsx').waitFor();
      const open = Date.now() - t0;
      await page.getByRole('button', { name: 'Check the workbook' }).click();
      await page.getByTestId('counts').waitFor();
      await page.locator('[data-finding]').first().waitFor();
      const findings = Date.now() - t0;
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      return { open, findings };
    };
    await once(1); // warm: the bundle in the cache, the chunks compiled once
    const res: Record<'x1' | 'x4', { open: number; findings: number }[]> = { x1: [], x4: [] };
    for (let i = 0; i < runs; i++) {
      res.x4.push(await once(4));
      res.x1.push(await once(1));
    }
    const fig = (k: 'x1' | 'x4') => ({ openMs: median(res[k].map((r) => r.open)), findingsMs: median(res[k].map((r) => r.findings)), runsMs: res[k].map((r) => r.findings) });
    const out = { runs, unthrottled: fig('x1'), throttled4x: fig('x4') };
    if (process.argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return;
    }
    process.stdout.write(
      [
        `Standalone pane in Chromium, choose the sample → findings shown (median of ${runs}, same run):`,
        `  no throttling: ${out.unthrottled.findingsMs} ms (opened ${out.unthrottled.openMs} ms)`,
        `  4× CPU throttling: ${out.throttled4x.findingsMs} ms (opened ${out.throttled4x.openMs} ms); ratio ×${(out.throttled4x.findingsMs / out.unthrottled.findingsMs).toFixed(2)}`,
      ].join('\n') + '\n',
    );
  } finally {
    await context.close();
    const s = server as http.Server | null;
    if (s) await new Promise((r) => s.close(r));
    for (const d of [dist, profile]) fs.rmSync(d, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench-pane: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
