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

/** How long to wait for Office.onReady before treating the page as a plain browser. */
const READY_TIMEOUT_MS = 5000;

function officeGlobal(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/**
 * Waits for Office.onReady (office.js may be absent: blocked, offline, or opened from disk) and reads
 * the host, display language and theme. Office.onReady, Office.context.host, displayLanguage and
 * officeTheme are Common API members available in every Excel that runs add-ins (no requirement set).
 */
export async function detectHost(): Promise<HostInfo> {
  const browserLocale = typeof navigator === 'undefined' ? 'en' : navigator.language;
  const office = officeGlobal();
  if (!office?.onReady) return { inExcel: false, locale: browserLocale, theme: browserTheme() };
  const info = await Promise.race([
    office.onReady().catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS)),
  ]);
  const inExcel = info?.host === office.HostType.Excel;
  if (!inExcel) return { inExcel: false, locale: browserLocale, theme: browserTheme() };
  const ctx = office.context;
  const theme = ctx.officeTheme
    ? {
        isDark: Boolean(ctx.officeTheme.isDarkTheme),
        bodyBackgroundColor: ctx.officeTheme.bodyBackgroundColor,
        bodyForegroundColor: ctx.officeTheme.bodyForegroundColor,
      }
    : null;
  return { inExcel: true, locale: ctx.displayLanguage || browserLocale, theme };
}

/** Outside Office the pane follows the browser's dark/light preference. */
function browserTheme(): OfficeThemeInfo {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return { isDark: dark };
}
