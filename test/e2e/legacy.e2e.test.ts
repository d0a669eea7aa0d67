/**
 * Issue 9 (1): older webviews (IE11/Trident in Office 2019 volume-licensed, EdgeHTML, Safari before
 * 16.4) must not show a blank pane. The legacy notice script parses as ES5; the production entry
 * bundle has no regex lookbehind; in Chromium, with the bundle made to fail, the static bilingual
 * notice shows, and with the real bundle it stays hidden.
 */
import * as fs from 'fs';
import type * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import * as acorn from 'acorn';
import { chromium, type BrowserContext } from 'playwright-core';
import { buildPane, CHROMIUM, CHROMIUM_ARGS, serve } from '../support/browser';

const ROOT = path.join(__dirname, '..', '..');
const LEGACY = path.join(ROOT, 'src', 'taskpane', 'legacy.js');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');

test('the legacy notice script parses as ES5 (where the ES2020 bundle cannot)', () => {
  const src = fs.readFileSync(LEGACY, 'utf8');
  expect(() => acorn.parse(src, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  const html = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
  expect(html).toContain('<meta http-equiv="X-UA-Compatible" content="IE=edge" />');
  expect(html).toMatch(/id="legacy-notice" style="display: none;[^"]*"[\s\S]*このバージョンの Office では Evalsheet を使えません。[\s\S]*This version of Office is too old for Evalsheet\./);
  expect(html.indexOf('<script src="legacy.js"></script>')).toBeGreaterThan(html.indexOf('id="legacy-notice"'));
});

const maybe = fs.existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;
jest.setTimeout(240_000);

maybe('built pane', () => {
  let dist: string;
  let profile: string;
  let server: http.Server;
  let context: BrowserContext;
  let base: string;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-legacy-'));
    buildPane(dist);
    server = await serve(dist);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-legacy-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 420, height: 600 },
      args: CHROMIUM_ARGS,
    });
    // office.js is blocked (no network here), so the real bundle starts in standalone mode.
    await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient')));
  });

  afterAll(async () => {
    await context?.close();
    await new Promise((r) => server?.close(r));
    for (const d of [dist, profile]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  test('the legacy script ships, and no chunk (entry or lazy: views, the .xlsx adapter) has a regex lookbehind (Safari before 16.4 cannot parse it)', () => {
    expect(fs.existsSync(path.join(dist, 'legacy.js'))).toBe(true);
    const chunks = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f))).toBe(true);
    expect(chunks.filter((f) => f.startsWith('view-')).length).toBeGreaterThanOrEqual(5);
    const lookbehinds: string[] = [];
    for (const chunk of chunks) {
      const src = fs.readFileSync(path.join(dist, chunk), 'utf8');
      for (const token of acorn.tokenizer(src, { ecmaVersion: 2022 })) {
        const tok = token as acorn.Token & { value?: unknown };
        const v = tok.value as { pattern?: string } | string | undefined;
        if (tok.type === acorn.tokTypes.regexp && typeof v === 'object' && v.pattern && /\(\?<[=!]/.test(v.pattern)) lookbehinds.push(`${chunk}: ${v.pattern}`);
        if (tok.type === acorn.tokTypes.string && typeof v === 'string' && /\(\?<[=!]/.test(v)) lookbehinds.push(`${chunk}: ${v}`);
      }
    }
    expect(lookbehinds).toEqual([]);
  });

  test('when the bundle cannot run, the bilingual notice shows instead of a blank pane; with the bundle it stays hidden', async () => {
    const page = await context.newPage();
    // A webview that cannot parse the bundle: serve it a syntax error, as IE11 sees `?.` and `??`.
    await page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'const a = b ?. ;' }));
    await page.goto(`${base}/taskpane.html`);
    await page.waitForFunction(() => getComputedStyle(document.getElementById('legacy-notice') as HTMLElement).display === 'block');
    expect(await page.textContent('#legacy-notice')).toContain('このバージョンの Office では Evalsheet を使えません。');
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'legacy-notice.png') });
    await page.close();

    const ok = await context.newPage();
    await ok.goto(`${base}/taskpane.html`);
    await ok.waitForFunction(() => (window as unknown as { evalsheetStarted?: boolean }).evalsheetStarted === true);
    await ok.waitForLoadState('load');
    await ok.waitForTimeout(200);
    expect(await ok.evaluate(() => getComputedStyle(document.getElementById('legacy-notice') as HTMLElement).display)).toBe('none');
    await ok.close();
  });
});
