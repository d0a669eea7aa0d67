import { createRoot } from 'react-dom/client';
import { Frame, Pane } from './components/Pane';
import { StandaloneShell, browserSave } from './components/StandaloneShell';
import { detectHost } from './host/office';
import { openXlsx } from './host/standalone';
import { pickLanguage } from './i18n/i18n';
import { defaultEngine } from './state/engine-default';

/**
 * Entry point: after Office.onReady, inside Excel the pane works on the open workbook through the
 * Excel adapter; anywhere else (plain browser, office.js blocked) it offers the standalone mode.
 */
async function main(): Promise<void> {
  const host = await detectHost();
  const lang = pickLanguage(host.locale);
  const el = document.getElementById('root');
  if (!el) return;
  const root = createRoot(el);
  if (host.inExcel) {
    const { createExcelPort } = await import(/* webpackChunkName: "excel" */ '../excel');
    root.render(<Pane port={createExcelPort()} engine={defaultEngine} lang={lang} theme={host.theme} />);
  } else {
    root.render(
      <Frame lang={lang} theme={host.theme}>
        <StandaloneShell engine={defaultEngine} open={openXlsx} save={browserSave} />
      </Frame>,
    );
  }
}

void main();
