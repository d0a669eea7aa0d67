/**
 * Issue 10 in the browser: the production build of the standalone pane at 320 px in Japanese, on
 * the sample workbook (Kitakami 9-2, ② R2–R6 blank). Every view is screenshot into docs/images/
 * (README's pictures) and checked with axe-core, injected from node_modules.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildPane, CHROMIUM, CHROMIUM_ARGS, serve } from '../support/browser';
import { fixturePath } from '../support/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const IMAGES = path.join(ROOT, 'docs', 'images');
const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const maybe = (fs.existsSync(CHROMIUM) && fs.existsSync(path.join(ROOT, 'webpack.config.js'))) || process.env.CI ? describe : describe.skip;

jest.setTimeout(300_000);

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.min.js' }); // served from the page's own origin: the pane's CSP allows 'self' only
  // Tabster's dummy inputs (<i tabindex=0 aria-hidden data-tabster-dummy>, Fluent's focus manager) hand
  // focus on as soon as they get it; axe's aria-hidden-focus cannot know that, so they are left out.
  const r = (await page.evaluate(async () =>
    (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] }),
  )) as AxeResult;
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens a view: its tab when on screen, else from the list 「その他」/More shows, with the keyboard (Enter, ↓, Enter). */
async function openView(page: Page, name: string) {
  const tab = page.getByRole('tab', { name, exact: true });
  if (await tab.count()) return tab.click();
  await page.locator('[data-view-more]').focus();
  await page.keyboard.press('Enter');
  const item = page.locator('[data-view-more-list]').getByRole('button', { name, exact: true });
  await item.waitFor();
  for (let i = 0; i < 6 && !(await item.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('[data-view-more-list]').waitFor({ state: 'hidden' });
}

/** Contrast of a pressed filter toggle's border with the background behind it (WCAG 2 relative luminance). */
async function pressedContrast(page: Page): Promise<number> {
  return page.locator('[data-toggle][aria-pressed="true"]').first().evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    let bg = el.parentElement;
    while (bg && (rgb(getComputedStyle(bg).backgroundColor)[3] === 0 || getComputedStyle(bg).backgroundColor === 'transparent')) bg = bg.parentElement;
    const [a, b] = [lum(rgb(getComputedStyle(el).borderTopColor)), lum(rgb(bg ? getComputedStyle(bg).backgroundColor : 'rgb(255,255,255)'))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

maybe('the pane at 320 px in Japanese', () => {
  let dist: string;
  let profile: string;
  let server: http.Server;
  let context: BrowserContext;
  let page: Page;
  const views: Record<string, string[]> = {};

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-ux-dist-'));
    buildPane(dist);
    fs.copyFileSync(AXE, path.join(dist, 'axe.min.js'));
    server = await serve(dist);
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-ux-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'ja-JP',
      viewport: { width: 320, height: 720 },
      args: CHROMIUM_ARGS,
    });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:' ? route.continue() : route.abort('blockedbyclient');
    });
    page = context.pages()[0] ?? (await context.newPage());
    fs.mkdirSync(IMAGES, { recursive: true });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`);
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
  });

  afterAll(async () => {
    await context?.close();
    await new Promise((r) => server?.close(r));
    for (const d of [dist, profile]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  /** The pointer off the tabs and no focus ring, so README's pictures show the pane at rest. */
  const rest = async () => {
    await page.mouse.move(316, 716);
    await page.waitForTimeout(200); // a closing list hands focus back to More first
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
    await page.waitForFunction(() => !document.querySelector('[data-fui-focus-visible]'), undefined, { timeout: 5000 });
  };
  const shot = async (name: string) => {
    await rest();
    await page.screenshot({ path: path.join(IMAGES, `pane-320-ja-${name}.png`), fullPage: false });
    views[name] = await axe(page);
  };

  /**
   * The tab bar: one row, at most `max` tabs (then the More button, when shown), nothing clipped or
   * past the pane's edge; returns the labels on screen, tabs first.
   */
  async function expectOneRow(max: number, labels?: string[], width = 320): Promise<string[]> {
    const bar = await page.locator('[role="tab"], [data-view-more]').evaluateAll((es) =>
      es
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => {
          const r = e.getBoundingClientRect();
          return { text: e.textContent ?? '', tab: e.getAttribute('role') === 'tab', top: Math.round(r.top), right: r.right, clipped: e.scrollWidth > e.clientWidth + 1 };
        }),
    );
    if (labels) expect(bar.map((b) => b.text)).toEqual(labels);
    expect(bar.filter((b) => b.tab).length).toBeLessThanOrEqual(max);
    expect(new Set(bar.map((b) => b.top)).size).toBe(1);
    expect(bar.filter((b) => b.clipped || b.right > width)).toEqual([]);
    return bar.map((b) => b.text);
  }

  test('every view: screenshot, nothing wider than the pane', async () => {
    await shot('0-start');
    await page.getByTestId('file-input').setInputFiles({ name: 'kitakami-9-2.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: fs.readFileSync(fixturePath('kitakami-9-2.xlsx')) });
    await page.getByText('開いているファイル：「kitakami-9-2.xlsx」').waitFor();
    await shot('1-opened');
    await page.getByRole('button', { name: 'ブックをチェック' }).click();
    await page.getByTestId('counts').waitFor();
    // The first finding near the top of a 720 px pane.
    const first = await page.locator('[data-finding]').first().boundingBox();
    expect(first!.y).toBeLessThan(560);
    await shot('2-check');
    await expectOneRow(4, ['チェック', '期待値', '印', 'サマリー', 'その他']);
    // Pressed filter toggles stand out from the pane (WCAG 1.4.11: 3:1), not a shade of grey.
    expect(await pressedContrast(page)).toBeGreaterThanOrEqual(3);
    for (const [tab, name, view] of [['期待値', '3-fill', 'fill'], ['印', '4-flags', 'flags'], ['グラフ', '5-charts', 'charts'], ['サマリー', '6-summary', 'summary'], ['設定', '7-settings', 'settings']] as const) {
      await openView(page, tab);
      await page.locator(`[data-current-view="${view}"]`).waitFor();
      // The open view has a visible, selected tab, and the bar is still one row of at most four tabs.
      expect(await page.getByRole('tab', { name: tab, exact: true, selected: true }).isVisible()).toBe(true);
      await expectOneRow(4);
      await page.waitForTimeout(300);
      // Never scrolls sideways.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 40)} ${Math.round(e.getBoundingClientRect().right)} ${(e.textContent ?? '').slice(0, 30)}`)
          .slice(0, 5),
      );
      expect([name, wide]).toEqual([name, []]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await shot(name);
    }
    // The list of other views open: inside the nav landmark, right under the bar, axe-clean.
    await page.locator('[data-view-more]').click();
    await page.locator('[data-view-more-list]').waitFor();
    expect(await page.locator('[data-view-more]').getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('nav [data-view-more-list]').count()).toBe(1);
    await expectOneRow(4);
    // Every item is visible and on top (nothing of the view covers it), none clipped or past the pane's edge.
    expect(
      await page.locator('[data-view-more-list] button').evaluateAll((items) =>
        items.map((i) => {
          const r = i.getBoundingClientRect();
          return i.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
        }),
      ),
    ).toEqual([true, true]);
    expect(
      await page.locator('[data-view-more-list] button').evaluateAll((items) =>
        items.filter((i) => i.scrollWidth > i.clientWidth + 1 || i.getBoundingClientRect().right > 320).map((i) => i.textContent),
      ),
    ).toEqual([]);
    views['more-menu'] = await axe(page);
    // Esc closes it and hands focus back to More.
    await page.keyboard.press('Escape');
    await page.locator('[data-view-more-list]').waitFor({ state: 'hidden' });
    expect(await page.locator('[data-view-more]').evaluate((e) => e === document.activeElement)).toBe(true);
    // At 450 px there is room for every tab: no cap, all six on one row and no More.
    // (The bar follows the resize: wait for it to settle, then check.)
    await page.setViewportSize({ width: 450, height: 720 });
    await page.waitForFunction(() => [...document.querySelectorAll('[role="tab"]')].filter((e) => (e as HTMLElement).offsetParent !== null).length === 6, undefined, { timeout: 5000 });
    await expectOneRow(6, ['チェック', '期待値', '印', 'グラフ', 'サマリー', '設定'], 450);
    expect(await page.locator('[data-view-more]').count()).toBe(0);
    await page.setViewportSize({ width: 320, height: 720 });
    await page.locator('[data-view-more]').waitFor();
    await expectOneRow(4);
    // In English too the tabs and More stay on one row at 320 px, the open view (Settings) among them.
    await page.getByRole('button', { name: /表示言語を切り替える/ }).click();
    await page.getByRole('tab', { name: 'Check', exact: true }).waitFor();
    const en = await expectOneRow(4);
    expect(en).toContain('Settings');
    expect(en[en.length - 1]).toBe('More');
    await page.getByRole('button', { name: /Switch language/ }).click();
    await page.getByRole('tab', { name: 'チェック', exact: true }).waitFor();
    fs.writeFileSync(path.join(ROOT, 'test-output', 'axe-320-ja.json'), JSON.stringify(views, null, 2));
    // axe-core clean on every view: no violation of any impact.
    expect(views).toEqual(Object.fromEntries(Object.keys(views).map((k) => [k, []])));
  });

  test('dark theme (prefers-color-scheme: dark): axe-core clean on every view at 320 px, pressed toggles ≥ 3:1', async () => {
    const dark: Record<string, string[]> = {};
    const darkShot = async (name: string) => {
      await rest();
      await page.screenshot({ path: path.join(ROOT, 'test-output', `pane-320-ja-dark-${name}.png`), fullPage: false });
      dark[name] = await axe(page);
    };
    await page.setViewportSize({ width: 320, height: 720 });
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      page.once('dialog', (d) => void d.accept()); // in case the pane asks before leaving (nothing was changed)
      await page.reload();
      await page.getByTestId('file-input').waitFor({ state: 'attached' });
      // The pane really is dark: the provider's background is dark, its text light.
      const [bg, fg] = await page.locator('.fui-FluentProvider').first().evaluate((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]);
      expect(bg).toBe('rgb(41, 41, 41)');
      expect(fg).toBe('rgb(255, 255, 255)');
      await darkShot('0-start');
      await page.getByTestId('file-input').setInputFiles({ name: 'kitakami-9-2.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: fs.readFileSync(fixturePath('kitakami-9-2.xlsx')) });
      await page.getByText('開いているファイル：「kitakami-9-2.xlsx」').waitFor();
      await darkShot('1-opened');
      await page.getByRole('button', { name: 'ブックをチェック' }).click();
      await page.getByTestId('counts').waitFor();
      await page.locator('[data-finding]').first().waitFor();
      await darkShot('2-check');
      expect(await pressedContrast(page)).toBeGreaterThanOrEqual(3);
      // An unpressed toggle too (the filter off), then on again.
      await page.locator('[data-toggle="info"]').click();
      await darkShot('2-check-filtered');
      await page.locator('[data-toggle="info"]').click();
      for (const [tab, name, view] of [['期待値', '3-fill', 'fill'], ['印', '4-flags', 'flags'], ['グラフ', '5-charts', 'charts'], ['サマリー', '6-summary', 'summary'], ['設定', '7-settings', 'settings']] as const) {
        await openView(page, tab);
        await page.locator(`[data-current-view="${view}"]`).waitFor();
        await page.waitForTimeout(300);
        await darkShot(name);
      }
      // The list of other views open, in the dark.
      await page.locator('[data-view-more]').click();
      await page.locator('[data-view-more-list]').waitFor();
      await page.screenshot({ path: path.join(ROOT, 'test-output', 'pane-320-ja-dark-more-menu.png'), fullPage: false });
      dark['more-menu'] = await axe(page);
      await page.keyboard.press('Escape');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
    fs.writeFileSync(path.join(ROOT, 'test-output', 'axe-320-ja-dark.json'), JSON.stringify(dark, null, 2));
    expect(dark).toEqual(Object.fromEntries(Object.keys(dark).map((k) => [k, []])));
  });
});
