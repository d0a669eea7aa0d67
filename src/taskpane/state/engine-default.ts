import { analyzeWorkbook } from '../../core/analyze';
import { PRESETS } from '../../core/grading/presets';
import { planAnnotate, planFill, proposeFill, type FillChange } from '../../core/plan';
import type { Engine, FillRow } from './engine';

function toRow(change: FillChange): FillRow {
  return {
    key: `${change.sheet}!${change.cell}`,
    sheet: change.sheet,
    cell: change.cell,
    from: change.from,
    // As the sheet will show it (「52.0」), not the stored double (52).
    to: change.toText,
    reason: change.message,
    change,
  };
}

// Charts and summary plans load with their views (same chunk names as in components/lazyViews.ts), not at open.
const charts = () => import(/* webpackChunkName: "view-charts" */ '../../core/charts');
const summary = () => import(/* webpackChunkName: "view-summary" */ '../../core/summary');
// The .xlsx reader (fflate, no ExcelJS) only when submissions are added.
const xlsxReader = () => import(/* webpackChunkName: "view-summary-xlsx" */ '../../xlsx/read/index');

/** A reader's error as a sentence with what to do: 「…」を読めません（…）。 */
function unreadable(name: string, e: unknown): { ja: string; en: string } {
  const message = e instanceof Error ? e.message : String(e);
  // XlsxReadError messages are 「file: English / 日本語」.
  const [en, ja] = message.replace(/^[^:]*: /, '').split(' / ');
  return {
    ja: `「${name}」を読めません（${ja ?? en}）。Excel で開いて .xlsx で保存し直し、もう一度追加してください。`,
    en: `${name} cannot be read (${en}). Open it in Excel, save it as .xlsx and add it again.`,
  };
}

/** The real engine (src/core), bound to the pane's Engine shape. */
export const defaultEngine: Engine = {
  presets: PRESETS,
  analyze: (snapshot, settings, previous) => analyzeWorkbook(snapshot, settings, previous ? { previous } : {}),
  proposeFill: (analysis, options) => proposeFill(analysis, options).map(toRow),
  planFill: (rows) => planFill(rows.map((r) => r.change as FillChange)),
  planAnnotate: (analysis, lang) => planAnnotate(analysis, { lang }),
  planCharts: async (analysis, options) => (await charts()).planCharts(analysis, options),
  planRemoveCharts: async () => (await charts()).planRemoveCharts(),
  planSummary: async (analysis) => (await summary()).planSummary([{ file: null, analysis }], { generatedAt: new Date() }),
  readSubmission: async (file) => {
    const modified = Number.isFinite(file.lastModified) && file.lastModified > 0 ? new Date(file.lastModified) : null;
    try {
      const { readDirect } = await xlsxReader();
      const read = readDirect(await file.bytes(), file.name);
      return { file: file.name, modified, analysis: analyzeWorkbook(read.snapshot, read.settings ?? {}) };
    } catch (e) {
      return { file: file.name, modified, analysis: null, error: unreadable(file.name, e) };
    }
  },
  readPrevious: async (file) => {
    try {
      const [{ readDirect }, { preparePrevious }] = await Promise.all([xlsxReader(), import(/* webpackChunkName: "view-summary-xlsx" */ '../../core/previous')]);
      const read = readDirect(await file.bytes(), file.name);
      return { file: file.name, sheets: preparePrevious(read.snapshot, read.settings ?? {}, file.name) };
    } catch (e) {
      return { file: file.name, error: unreadable(file.name, e) };
    }
  },
  planSubmissions: async (subs) => (await summary()).planSubmissions(subs, { generatedAt: new Date() }),
  planDepartmentFindings: async (subs, existing) => (await summary()).planDepartmentFindings(subs, { generatedAt: new Date(), existing }),
};
