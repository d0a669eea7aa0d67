import { createRoot } from 'react-dom/client';
import { Frame, Pane } from './components/Pane';
import { detectHost, officeTheme, watchTheme } from './host/office';
import { pickLanguage } from './i18n/i18n';
import { defaultEngine } from './state/engine-default';

/**
 * Entry point: after Office.onReady, inside Excel the pane works on the open workbook through the
 * Excel adapter; anywhere else (plain browser, office.js blocked) it offers the standalone mode.
 * Each mode's code is a chunk of its own ("excel", "standalone"), so Excel never loads the file picker.
 */
async function main(el: HTMLElement): Promise<void> {
  const host = await detectHost();
  const lang = pickLanguage(host.locale);
  if (host.inExcel) {
    const { createExcelPort } = await import(/* webpackChunkName: "excel" */ '../excel');
    const root = createRoot(el);
    const port = createExcelPort();
    const show = (theme: typeof host.theme) => root.render(<Pane port={port} engine={defaultEngine} lang={lang} theme={theme} />);
    show(host.theme);
    // The pane follows a theme change made while it is open (File → Account → Office Theme).
    watchTheme(officeTheme, show);
  } else {
    const [{ StandaloneShell, browserSave }, { openXlsx }] = await Promise.all([
      import(/* webpackChunkName: "standalone" */ './components/StandaloneShell'),
      import(/* webpackChunkName: "standalone" */ './host/standalone'),
    ]);
    createRoot(el).render(
      <Frame lang={lang} theme={host.theme}>
        <StandaloneShell engine={defaultEngine} open={openXlsx} save={browserSave} />
      </Frame>,
    );
  }
}

// The bundle runs: the static "too old" notice (src/taskpane/legacy.js) must not show.
(window as unknown as { evalsheetStarted?: boolean }).evalsheetStarted = true;
const notice = document.getElementById('legacy-notice');
if (notice) notice.style.display = 'none';

const root = document.getElementById('root');
if (root) {
  main(root).catch((e: unknown) => {
    // A chunk that failed to load (network, or the add-in redeployed meanwhile): say so rather than show a blank pane.
    root.textContent = `Evalsheet を開けませんでした。作業ウィンドウを閉じて開き直してください。 / Evalsheet could not start; close and reopen the pane. (${e instanceof Error ? e.message : String(e)})`;
  });
}
