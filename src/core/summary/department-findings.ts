import type { SheetAnalysis } from '../analyze/types';
import { renderAdvice, renderFix, ruleName } from '../findings/advice';
import type { Finding, Message, Severity } from '../findings/types';
import type { Item } from '../model/types';
import { indicatorCells } from '../charts/placement';
import { isCandidateOf, sheetNameCandidate } from '../plan/sheet-names';
import type { CellSpec, CellStyle, EditOp, EditPlan, SheetSpec } from '../plan/types';
import { cellAddress, parseCellAddress } from '../snapshot/address';
import { baseName, HEADER_STYLE } from './columns';
import { formatMade } from './header';
import { estimateRowHeights } from './layout';
import { DEPARTMENT_FINDINGS_PREFIX } from './names';
import { isOwnSheet } from './own';
import type { Submission } from './status';

/**
 * 指摘一覧: one sheet per department of the findings in the workbooks it submitted, ready to send
 * back. A finding belongs to the department of the item or indicator whose cell it points at (an
 * indicator without a department of its own: its item's); a finding on no item's or indicator's
 * cell (the sheet's year, its overall grade) to the department nearest above it on the sheet, else
 * the sheet's first. A file that could not be read, and sheets that name no department, go to
 * 「指摘 担当部署なし」. Sheets are Evalsheet's own (prefix 「指摘 」): regenerating replaces them, and
 * removes those of departments that have nothing left to fix.
 */

/** The department of findings whose sheet names none, and of files that could not be read. */
export const NO_DEPARTMENT = '担当部署なし';

export interface DepartmentFinding {
  department: string;
  file: string;
  /** '' for a file that could not be read. */
  sheet: string;
  cell: string;
  severity: Severity;
  /** The rule id; null for a file that could not be read. */
  rule: string | null;
  /** The item or indicator the finding is about, as the summary names it (「1」, 「① 参加者数」); '' when none. */
  subject: string;
  message: Message;
  advice: Message | null;
  fix: Message | null;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_WORDS: Record<Severity, Message> = {
  error: { ja: 'エラー', en: 'Error' },
  warning: { ja: '警告', en: 'Warning' },
  info: { ja: '情報', en: 'Info' },
};
const SEVERITY_FILL: Record<Severity, string> = { error: 'F8CBAD', warning: 'FFE699', info: 'DDEBF7' };

interface Owner {
  department: string;
  subject: string;
  /** 0-based first row of the item or indicator, for findings on no one's cell. */
  row: number;
}

function itemCells(item: Item): string[] {
  return [item.cell, item.grade?.cell, item.refCell, ...item.narrative.map((n) => n.cell), ...item.yearlyGrades.map((g) => g.grade.cell), ...(item.axes ?? []).map((a) => a.grade.cell)].filter((c): c is string => !!c);
}

const trimmed = (s: string | null | undefined): string => s?.trim() ?? '';

/** Cell → the item or indicator it belongs to, with its department (an indicator's own, else its item's). */
function owners(sa: SheetAnalysis): { byCell: Map<string, Owner>; all: Owner[] } {
  const byCell = new Map<string, Owner>();
  const all: Owner[] = [];
  const itemOf = new Map<string, Item>();
  for (const { item } of sa.items) {
    for (const k of item.indicatorKeys) if (!itemOf.has(k)) itemOf.set(k, item);
  }
  for (const { indicator } of sa.indicators) if (indicator.itemKey) {
    const item = sa.items.find((i) => i.item.key === indicator.itemKey)?.item;
    if (item && !itemOf.has(indicator.key)) itemOf.set(indicator.key, item);
  }
  const add = (cells: string[], o: Owner) => {
    all.push(o);
    for (const c of cells) if (!byCell.has(c)) byCell.set(c, o);
  };
  for (const { item } of sa.items) {
    // An item without a department of its own takes its first indicator's.
    const ind = sa.indicators.find((ia) => itemOf.get(ia.indicator.key) === item)?.indicator;
    add(itemCells(item), { department: trimmed(item.department) || trimmed(ind?.department), subject: trimmed(item.no), row: parseCellAddress(item.cell).row });
  }
  for (const { indicator } of sa.indicators) {
    const cells = indicatorCells(indicator).map((c) => cellAddress(c.row, c.col));
    if (indicator.grade) cells.push(indicator.grade.cell);
    const name = [indicator.id, indicator.name?.text ?? ''].map((s) => s.trim()).filter((s) => s !== '').join(' ');
    add(cells, { department: trimmed(indicator.department) || trimmed(itemOf.get(indicator.key)?.department), subject: name, row: parseCellAddress(indicator.cell).row });
  }
  return { byCell, all: all.sort((a, b) => a.row - b.row) };
}

/** The findings of one sheet, each with its department. */
function sheetFindings(file: string, sa: SheetAnalysis): DepartmentFinding[] {
  const { byCell, all } = owners(sa);
  const named = all.filter((o) => o.department !== '');
  const first = named[0]?.department ?? '';
  return sa.findings.map((f: Finding) => {
    const owner = byCell.get(f.cell) ?? null;
    let department = owner?.department ?? '';
    if (department === '') {
      // On no one's cell (or theirs names no department): the nearest department above, else the sheet's first.
      const row = parseCellAddress(f.cell).row;
      const above = named.filter((o) => o.row <= row).pop();
      department = above?.department ?? first;
    }
    return {
      department: department || NO_DEPARTMENT,
      file,
      sheet: f.sheet,
      cell: f.cell,
      severity: f.severity,
      rule: f.rule,
      subject: owner?.subject ?? '',
      message: f.message,
      advice: renderAdvice(f.rule, f.data),
      fix: renderFix(f),
    };
  });
}

/** Every finding of every submission with its department; an unreadable file as one finding of 担当部署なし. Departments in order of first appearance. */
export function departmentFindings(submissions: Submission[]): Map<string, DepartmentFinding[]> {
  const out = new Map<string, DepartmentFinding[]>();
  const push = (d: DepartmentFinding) => out.set(d.department, [...(out.get(d.department) ?? []), d]);
  for (const s of submissions) {
    if (!s.analysis) {
      const message = s.error ?? { ja: `「${baseName(s.file)}」を読めません。`, en: `${baseName(s.file)} cannot be read.` };
      push({ department: NO_DEPARTMENT, file: s.file, sheet: '', cell: '', severity: 'error', rule: null, subject: '', message, advice: null, fix: null });
      continue;
    }
    for (const sa of s.analysis.sheets) {
      if (isOwnSheet(sa.model.sheet)) continue;
      for (const d of sheetFindings(s.file, sa)) push(d);
    }
  }
  // Within a department: by file as given, then errors first, then the engine's order.
  for (const [k, list] of out) {
    const fileOrder = new Map<string, number>();
    list.forEach((d) => fileOrder.has(d.file) || fileOrder.set(d.file, fileOrder.size));
    out.set(
      k,
      list
        .map((d, i) => ({ d, i }))
        .sort((a, b) => (fileOrder.get(a.d.file) ?? 0) - (fileOrder.get(b.d.file) ?? 0) || RANK[a.d.severity] - RANK[b.d.severity] || a.i - b.i)
        .map((x) => x.d),
    );
  }
  return out;
}

const TEXT: CellStyle = { wrap: true, horizontal: 'left' };
const CENTER: CellStyle = { horizontal: 'center' };

export const DEPARTMENT_FINDINGS_COLUMNS: { ja: string; en: string; width: number }[] = [
  { ja: 'ファイル', en: 'File', width: 24 },
  { ja: 'シート', en: 'Sheet', width: 12 },
  { ja: 'セル', en: 'Cell', width: 7 },
  { ja: '項目・指標', en: 'Item / indicator', width: 22 },
  { ja: '重要度', en: 'Severity', width: 8 },
  { ja: '指摘', en: 'Finding', width: 22 },
  { ja: '内容', en: 'Message', width: 50 },
  { ja: '対応', en: 'To do', width: 40 },
  { ja: '修正', en: 'Fix', width: 18 },
];

/** The sheet's name for a department: 「指摘 まちづくり部」 within Excel's 31 characters, never the same as another's. */
function sheetNames(departments: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const d of departments) {
    for (let n = 1; ; n++) {
      const name = sheetNameCandidate(`${DEPARTMENT_FINDINGS_PREFIX}${d}`, n);
      if (used.has(name)) continue;
      used.add(name);
      out.set(d, name);
      break;
    }
  }
  return out;
}

function departmentSheet(name: string, department: string, list: DepartmentFinding[], generatedAt: Date | null): SheetSpec {
  const n = (s: Severity) => list.filter((d) => d.severity === s).length;
  const files = new Set(list.map((d) => d.file)).size;
  const title = `指摘一覧「${department}」（Evalsheet が作成：再作成で置き換わります） / Findings for ${department} (made by Evalsheet; regenerating replaces it)`;
  const rows: CellSpec[][] = [
    [{ value: generatedAt ? `${title}　｜　作成 / Made: ${formatMade(generatedAt)}` : title, style: { bold: true } }],
    [{ value: `ファイル ${files} 件、エラー ${n('error')} 件、警告 ${n('warning')} 件、情報 ${n('info')} 件 / ${files} file(s): ${n('error')} error(s), ${n('warning')} warning(s), ${n('info')} info` }],
    DEPARTMENT_FINDINGS_COLUMNS.map((c) => ({ value: `${c.ja}\n${c.en}`, style: HEADER_STYLE })),
  ];
  for (const d of list) {
    rows.push([
      { value: baseName(d.file), style: { horizontal: 'left' }, ...(d.sheet !== '' && d.cell !== '' ? { fileLink: { file: d.file, sheet: d.sheet, cell: d.cell } } : {}) },
      { value: d.sheet === '' ? null : d.sheet, style: CENTER },
      { value: d.cell === '' ? null : d.cell, style: CENTER },
      { value: d.subject === '' ? null : d.subject, style: TEXT },
      { value: SEVERITY_WORDS[d.severity].ja, style: { horizontal: 'center', bold: d.severity === 'error' } },
      { value: d.rule === null ? '読めません' : ruleName(d.rule, 'ja'), style: TEXT },
      { value: d.message.ja, style: TEXT },
      { value: d.advice?.ja ?? null, style: TEXT },
      { value: d.fix?.ja ?? null, style: TEXT },
    ]);
  }
  const widths = DEPARTMENT_FINDINGS_COLUMNS.map((c) => c.width);
  const headerRows = 3;
  const last = Math.max(headerRows + 1, rows.length);
  return {
    name,
    owner: 'evalsheet',
    rows,
    headerRows,
    columnWidths: widths,
    rowHeights: estimateRowHeights(rows, widths),
    conditionalFills: (['error', 'warning', 'info'] as Severity[]).map((s) => ({ range: `E${headerRows + 1}:E${last}`, equals: SEVERITY_WORDS[s].ja, fill: SEVERITY_FILL[s] })),
    freezeRows: headerRows,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true },
    tabColor: 'C00000',
  };
}

export interface DepartmentFindingsOptions {
  generatedAt?: Date | null;
  /** The open workbook's sheet names: an earlier run's 「指摘 …」 sheet of a department with nothing left is removed (the adapters remove only Evalsheet's own). */
  existing?: string[];
}

/**
 * 「指摘一覧を書き出す」: a findings sheet per department with something to fix, in the order the
 * departments first appear; earlier ones of departments with nothing left are deleted. One plan.
 */
export function planDepartmentFindings(submissions: Submission[], options: DepartmentFindingsOptions = {}): EditPlan {
  const byDept = departmentFindings(submissions);
  const names = sheetNames([...byDept.keys()]);
  const ops: EditOp[] = [];
  for (const [dept, list] of byDept) ops.push({ op: 'put-sheet', spec: departmentSheet(names.get(dept) as string, dept, list, options.generatedAt ?? null) });
  const kept = [...names.values()];
  for (const sheet of options.existing ?? []) {
    if (!sheet.startsWith(DEPARTMENT_FINDINGS_PREFIX)) continue;
    if (kept.some((k) => isCandidateOf(sheet, k))) continue;
    ops.push({ op: 'delete-sheet', sheet });
  }
  const total = [...byDept.values()].reduce((a, l) => a + l.length, 0);
  const n = byDept.size;
  return {
    title: { ja: `指摘一覧を書き出し（${n} 部署、${total} 件）`, en: `Write the findings per department (${n} department${n === 1 ? '' : 's'}, ${total} finding${total === 1 ? '' : 's'})` },
    ops,
  };
}
