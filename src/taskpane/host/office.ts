import type { OfficeThemeInfo } from '../theme';

/**
 * The only place in the pane that touches the Office global. Components receive what is read here
 * as props (theme, language) and the workbook through a WorkbookPort.
 */
export interface HostInfo {
  /** True inside Excel (any platform); false in a plain browser, with or without office.js. */
  inExcel: boolean;
  /** Office display language (e.g. "ja-JP"), else the browser's. */
  locale: string;
  theme: OfficeThemeInfo | null;
}

/** How long to wait for Office.onReady in a plain browser tab before offering the standalone mode. */
const READY_TIMEOUT_MS = 5000;
/**
 * Inside an Office host (the pane is framed by Excel on the web, or runs in WebView2, WKWebView or
 * the IE/EdgeHTML control) a slow start is still Excel: wait this long, then say Excel did not answer,
 * never turn into the standalone file picker.
 */
export const HOSTED_READY_TIMEOUT_MS = 60000;

/** Signs of an Office host around the page, readable before office.js is ready. */
export function looksHosted(w: { top?: unknown; self?: unknown; chrome?: { webview?: unknown }; webkit?: { messageHandlers?: unknown }; external?: unknown; name?: string } = globalThis as never): boolean {
  if (w.top !== undefined && w.self !== undefined && w.top !== w.self) return true; // framed: Excel on the web
  if (w.chrome?.webview) return true; // WebView2 (Microsoft 365 / Office 2021+ on Windows)
  if (w.webkit?.messageHandlers) return true; // WKWebView (Mac)
  // office.js hands the host context through window.name in the desktop webviews ("…xdm…" / host info).
  return typeof w.name === 'string' && /xdm|host/i.test(w.name);
}

/** Excel did not answer Office.onReady in time although the pane runs inside Office. */
export class OfficeNotReadyError extends Error {
  constructor() {
    super('Excel から応答がありませんでした。作業ウィンドウを閉じて開き直してください。 / Excel did not answer; close and reopen the pane.');
    this.name = 'OfficeNotReadyError';
  }
}

function officeGlobal(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/**
 * Waits for Office.onReady (office.js may be absent: blocked, offline, or opened from disk) and reads
 * the host, display language and theme. Office.onReady, Office.context.host, displayLanguage and
 * officeTheme are Common API members available in every Excel that runs add-ins (no requirement set).
 */
export async function detectHost(hosted: boolean = looksHosted()): Promise<HostInfo> {
  const browserLocale = typeof navigator === 'undefined' ? 'en' : navigator.language;
  const office = officeGlobal();
  if (!office?.onReady) return { inExcel: false, locale: browserLocale, theme: browserTheme() };
  const timedOut = Symbol('timeout');
  const info = await Promise.race([
    office.onReady().catch(() => null),
    new Promise<typeof timedOut>((resolve) => setTimeout(() => resolve(timedOut), hosted ? HOSTED_READY_TIMEOUT_MS : READY_TIMEOUT_MS)),
  ]);
  if (info === timedOut) {
    if (hosted) throw new OfficeNotReadyError();
    return { inExcel: false, locale: browserLocale, theme: browserTheme() };
  }
  const inExcel = info?.host === office.HostType.Excel;
  if (!inExcel) return { inExcel: false, locale: browserLocale, theme: browserTheme() };
  const ctx = office.context;
  return { inExcel: true, locale: ctx.displayLanguage || browserLocale, theme: officeTheme() };
}

/** Office.context.officeTheme as plain data (Common API; null where the host gives none). */
export function officeTheme(): OfficeThemeInfo | null {
  const t = officeGlobal()?.context?.officeTheme;
  return t ? { isDark: Boolean(t.isDarkTheme), bodyBackgroundColor: t.bodyBackgroundColor, bodyForegroundColor: t.bodyForegroundColor } : null;
}

/**
 * Calls onChange when the theme changes while the pane is open. Excel has no theme-changed event
 * for add-ins (OfficeThemeChanged is Outlook's, Mailbox 1.14), and officeTheme reads the current
 * theme, so it is polled: one property read every 2 s. Returns the function that stops it.
 */
export function watchTheme(read: () => OfficeThemeInfo | null, onChange: (t: OfficeThemeInfo | null) => void, intervalMs = 2000): () => void {
  let last = JSON.stringify(read());
  const timer = setInterval(() => {
    const now = read();
    const key = JSON.stringify(now);
    if (key !== last) {
      last = key;
      onChange(now);
    }
  }, intervalMs);
  return () => clearInterval(timer);
}

/** Outside Office the pane follows the browser's dark/light preference. */
function browserTheme(): OfficeThemeInfo {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return { isDark: dark };
}
