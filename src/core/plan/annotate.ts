import type { WorkbookAnalysis } from '../analyze/types';
import { renderAdvice, renderFix, ruleName } from '../findings/advice';
import type { Finding, Severity } from '../findings/types';
import { estimateRowHeights } from '../summary/layout';
import type { CellSpec, EditOp, EditPlan, SheetSpec } from './types';

/** The findings sheet's name; Evalsheet owns it and regenerates only it. */
export const FINDINGS_SHEET = 'Evalsheet 指摘';

/** Soft tones, so the sheet's own text stays readable under the mark. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'F8CBAD',
  warning: 'FFE699',
  info: 'DDEBF7',
};

/** Severities in words, in each language (docs/terminology.md: エラー・警告・情報). */
export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  ja: { error: 'エラー', warning: '警告', info: '情報' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export type Lang = 'ja' | 'en';

export interface AnnotateOptions {
  /** The person's language (Office's display language, the CLI's --lang or locale): the sheet and notes use it alone. */
  lang?: Lang;
}

/** First line of every note Evalsheet writes, so a person (and the adapter) can tell it from their own. */
export const NOTE_HEADER = 'Evalsheet';

function noteFor(findings: Finding[], lang: Lang): string {
  const lines = findings.map((f) => {
    const fix = renderFix(f);
    return [`[${SEVERITY_WORDS[lang][f.severity]}] ${ruleName(f.rule, lang)}`, f.message[lang], ...(fix ? [`${lang === 'ja' ? '修正：' : 'Fix: '}${fix[lang]}`] : [])].join('\n');
  });
  return `${NOTE_HEADER}\n${lines.join('\n\n')}`;
}

/** The findings sheet's columns in one language: header, width (Excel's unit), whether the text wraps. */
const COLUMNS: Record<Lang, { header: string; width: number; wrap: boolean }[]> = {
  ja: [
    { header: 'シート', width: 12, wrap: true },
    { header: 'セル', width: 7, wrap: false },
    { header: '区分', width: 8, wrap: false },
    { header: '指摘', width: 22, wrap: true },
    { header: '内容', width: 56, wrap: true },
    { header: '対応', width: 44, wrap: true },
    { header: '修正', width: 20, wrap: true },
  ],
  en: [
    { header: 'Sheet', width: 12, wrap: true },
    { header: 'Cell', width: 7, wrap: false },
    { header: 'Severity', width: 9, wrap: false },
    { header: 'Rule', width: 22, wrap: true },
    { header: 'Message', width: 56, wrap: true },
    { header: 'To do', width: 44, wrap: true },
    { header: 'Fix', width: 20, wrap: true },
  ],
};

/**
 * One row per finding, in the person's language only: where (sheet, linked cell), the severity in
 * words, the rule's name, what was found, what to do, and the fix in words (「E45 に 49.1 を記入」,
 * the convention of the pane and the command line). Rows are as tall as their wrapped text needs
 * (estimated as the summary's are), so a printed row never runs into the next.
 */
function findingsSheet(findings: Finding[], lang: Lang): SheetSpec {
  const cols = COLUMNS[lang];
  const header: CellSpec[] = cols.map((c) => ({ value: c.header, style: { bold: true, fill: 'D9D9D9', wrap: true } }));
  const rows: CellSpec[][] = [header];
  const text = (value: string, _i: number): CellSpec => ({ value, style: { wrap: true, horizontal: 'left' } });
  for (const f of findings) {
    const advice = renderAdvice(f.rule, f.data);
    rows.push([
      text(f.sheet, 0),
      // One style for the row (left, top-aligned, wrapping where the column does), so the Excel
      // adapter writes it in few runs: a findings sheet of 60 sheets' findings stays one request.
      { value: f.cell, link: { sheet: f.sheet, cell: f.cell }, style: { wrap: true, horizontal: 'left' } },
      text(SEVERITY_WORDS[lang][f.severity], 2),
      text(ruleName(f.rule, lang), 3),
      text(f.message[lang], 4),
      text(advice ? advice[lang] : '', 5),
      text(renderFix(f)?.[lang] ?? '', 6),
    ]);
  }
  const last = Math.max(2, rows.length);
  const widths = cols.map((c) => c.width);
  return {
    name: FINDINGS_SHEET,
    owner: 'evalsheet',
    rows,
    headerRows: 1,
    columnWidths: widths,
    rowHeights: estimateRowHeights(rows, widths),
    conditionalFills: (['error', 'warning', 'info'] as Severity[]).map((s) => ({ range: `C2:C${last}`, equals: SEVERITY_WORDS[lang][s], fill: SEVERITY_FILL[s] })),
    freezeRows: 1,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true },
    tabColor: 'C00000',
  };
}

/**
 * Marks every flagged cell (a fill by its worst severity and one note with all its findings, in the person's language)
 * and writes the findings sheet, one row per finding with a link to its cell. Values are never touched.
 */
export function planAnnotate(analysis: WorkbookAnalysis, options: AnnotateOptions = {}): EditPlan {
  const lang = options.lang ?? 'ja';
  const byCell = new Map<string, Finding[]>();
  for (const f of analysis.findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  const ops: EditOp[] = [];
  for (const findings of byCell.values()) {
    const { sheet, cell } = findings[0];
    const worst = findings.reduce<Severity>((w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w), 'info');
    ops.push({ op: 'set-fill', sheet, cell, color: SEVERITY_FILL[worst] });
    ops.push({ op: 'set-note', sheet, cell, text: noteFor(findings, lang) });
  }
  ops.push({ op: 'put-sheet', spec: findingsSheet(analysis.findings, lang) });
  return {
    title: { ja: `指摘の書き込み（${byCell.size} セル、${analysis.findings.length} 件）`, en: `Annotate findings (${byCell.size} cells, ${analysis.findings.length} findings)` },
    ops,
  };
}
