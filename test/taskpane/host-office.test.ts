/**
 * Host detection inside Excel: a slow Office.onReady inside an Office webview is still Excel (never
 * the standalone picker); the pane follows a theme change while open.
 */
import { detectHost, looksHosted, OfficeNotReadyError, watchTheme } from '../../src/taskpane/host/office';

const g = globalThis as unknown as { Office?: unknown };
afterEach(() => {
  delete g.Office;
  jest.useRealTimers();
});

function slowOffice(ms: number) {
  g.Office = {
    HostType: { Excel: 'Excel' },
    onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: 'Excel', platform: 'PC' }), ms)),
    context: { displayLanguage: 'ja-JP', officeTheme: { isDarkTheme: true, bodyBackgroundColor: '#1F1F1F', bodyForegroundColor: '#FFFFFF' } },
  };
}

test('inside an Office webview, Office.onReady after 8 s is still Excel (it used to become the file picker after 5 s)', async () => {
  jest.useFakeTimers();
  slowOffice(8000);
  const p = detectHost(true);
  await jest.advanceTimersByTimeAsync(8000);
  await expect(p).resolves.toEqual({ inExcel: true, locale: 'ja-JP', theme: { isDark: true, bodyBackgroundColor: '#1F1F1F', bodyForegroundColor: '#FFFFFF' } });
});

test('inside an Office webview that never answers, the pane says Excel did not answer', async () => {
  jest.useFakeTimers();
  slowOffice(10 * 60 * 1000);
  const p = detectHost(true);
  const caught = p.catch((e: unknown) => e);
  await jest.advanceTimersByTimeAsync(60000);
  expect(await caught).toBeInstanceOf(OfficeNotReadyError);
});

test('in a plain browser tab the standalone mode still comes after 5 s', async () => {
  jest.useFakeTimers();
  slowOffice(8000);
  const p = detectHost(false);
  await jest.advanceTimersByTimeAsync(5000);
  expect((await p).inExcel).toBe(false);
});

test('Office hosts are recognised before office.js is ready: framed, WebView2, WKWebView', () => {
  const self = {};
  expect(looksHosted({ top: {}, self })).toBe(true);
  expect(looksHosted({ top: self, self, chrome: { webview: {} } })).toBe(true);
  expect(looksHosted({ top: self, self, webkit: { messageHandlers: {} } })).toBe(true);
  expect(looksHosted({ top: self, self, name: '' })).toBe(false);
});

test('a theme change while the pane is open reaches it once', () => {
  jest.useFakeTimers();
  let theme = { isDark: false };
  const seen: unknown[] = [];
  const stop = watchTheme(() => theme, (t) => seen.push(t), 2000);
  jest.advanceTimersByTime(4000);
  theme = { isDark: true };
  jest.advanceTimersByTime(4000);
  stop();
  theme = { isDark: false };
  jest.advanceTimersByTime(4000);
  expect(seen).toEqual([{ isDark: true }]);
});
