import type { WorkbookAnalysis } from '../analyze/types';
import type { Finding, Severity } from '../findings/types';
import type { CellSpec, EditOp, EditPlan, SheetSpec } from './types';

/** The findings sheet's name; Evalsheet owns it and regenerates only it. */
export const FINDINGS_SHEET = 'Evalsheet 指摘';

/** Soft tones, so the sheet's own text stays readable under the mark. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: 'F8CBAD',
  warning: 'FFE699',
  info: 'DDEBF7',
};

const SEVERITY_LABEL: Record<Severity, { ja: string; en: string }> = {
  error: { ja: 'エラー', en: 'error' },
  warning: { ja: '警告', en: 'warning' },
  info: { ja: '情報', en: 'info' },
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** First line of every note Evalsheet writes, so a person (and the adapter) can tell it from their own. */
export const NOTE_HEADER = 'Evalsheet';

function noteFor(findings: Finding[]): string {
  const lines = findings.map((f) => `[${SEVERITY_LABEL[f.severity].ja}/${f.severity}] ${f.rule}\n${f.message.ja}\n${f.message.en}`);
  return `${NOTE_HEADER}\n${lines.join('\n\n')}`;
}

function fixText(f: Finding): string {
  return f.fix ? `${f.fix.cell} ← ${f.fix.value}` : '';
}

function findingsSheet(findings: Finding[]): SheetSpec {
  const header: CellSpec[] = ['シート / Sheet', 'セル / Cell', '重大度 / Severity', 'ルール / Rule', '内容', 'Message', '修正案 / Fix'].map((value) => ({
    value,
    style: { bold: true, fill: 'D9D9D9' },
  }));
  const rows: CellSpec[][] = [header];
  for (const f of findings) {
    rows.push([
      { value: f.sheet },
      { value: f.cell, link: { sheet: f.sheet, cell: f.cell } },
      { value: f.severity },
      { value: f.rule },
      { value: f.message.ja, style: { wrap: true } },
      { value: f.message.en, style: { wrap: true } },
      { value: fixText(f) },
    ]);
  }
  const last = Math.max(2, rows.length);
  return {
    name: FINDINGS_SHEET,
    owner: 'evalsheet',
    rows,
    headerRows: 1,
    columnWidths: [14, 8, 10, 26, 60, 60, 16],
    conditionalFills: (['error', 'warning', 'info'] as Severity[]).map((s) => ({ range: `C2:C${last}`, equals: s, fill: SEVERITY_FILL[s] })),
    freezeRows: 1,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true },
    tabColor: 'C00000',
  };
}

/**
 * Marks every flagged cell (a fill by its worst severity and one note with all its findings, ja + en)
 * and writes the findings sheet, one row per finding with a link to its cell. Values are never touched.
 */
export function planAnnotate(analysis: WorkbookAnalysis): EditPlan {
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
    ops.push({ op: 'set-note', sheet, cell, text: noteFor(findings) });
  }
  ops.push({ op: 'put-sheet', spec: findingsSheet(analysis.findings) });
  return {
    title: { ja: `指摘の書き込み（${byCell.size} セル、${analysis.findings.length} 件）`, en: `Annotate findings (${byCell.size} cells, ${analysis.findings.length} findings)` },
    ops,
  };
}
