import type { SummaryRow } from './rows';
import type { SheetAnalysis, WorkbookAnalysis } from '../analyze/types';
import { nothingToWorkOn } from '../findings/advice';
import type { Message } from '../findings/types';
import type { CellSpec, CellStyle, ConditionalFill, SheetSpec } from '../plan/types';
import { rangeAddress } from '../snapshot/address';
import { gradeColor } from './colors';
import { baseName, HEADER_STYLE } from './columns';
import { formatMade } from './header';
import { estimateRowHeights } from './layout';
import { STATUS_SHEET } from './names';
import { isOwnSheet } from './own';
import { policyOf } from './rows';

/**
 * The submission status sheet (提出状況): one row per file and sheet, what needs attention first,
 * counts at the top. A file that could not be read is a row too (読めません), never left out: the
 * planning division must see every department that sent something.
 */

/** One submitted workbook: read and analysed, or not readable (analysis null, with the reason). */
export interface Submission {
  /** The workbook's path as a link should reach it; shown by its base name. */
  file: string;
  /** The file's last-modified time, read by the caller; null when unknown. */
  modified: Date | null;
  analysis: WorkbookAnalysis | null;
  /** Why the file could not be read (when analysis is null). */
  error?: Message | null;
  /** Its 評価サマリー rows, computed when it was read (digestSubmission): then `analysis` may be the slim digest. */
  rows?: SummaryRow[];
}

export type SubmissionState = 'unreadable' | 'fix' | 'ok';

/** The three states, in the order a person must act on them. Labels as docs/terminology.md. */
export const SUBMISSION_STATES: Record<SubmissionState, Message> = {
  unreadable: { ja: '読めません', en: 'Unreadable' },
  fix: { ja: '要修正', en: 'To correct' },
  ok: { ja: '提出可', en: 'Ready' },
};
const STATE_ORDER: SubmissionState[] = ['unreadable', 'fix', 'ok'];

export interface StatusRow {
  file: string;
  sheet: string;
  department: string;
  policy: string;
  /** Whether a reader read the sheet (false: a file or sheet that could not be read). */
  read: boolean;
  /** Null where nothing was checked (the file could not be read). */
  errors: number | null;
  warnings: number | null;
  state: SubmissionState;
  /** What to do, where the state is not 提出可 for a reason the counts do not show. */
  note: Message | null;
  modified: Date | null;
}

/** The departments a sheet names (items first, then indicators), distinct, in sheet order. */
function departments(sa: SheetAnalysis): string {
  const seen: string[] = [];
  for (const d of [...sa.model.items.map((i) => i.department), ...sa.model.indicators.map((i) => i.department)]) {
    const t = d?.trim() ?? '';
    if (t !== '' && !seen.includes(t)) seen.push(t);
  }
  return seen.join('、');
}

function fileRows(s: Submission): StatusRow[] {
  const base = { file: s.file, modified: s.modified };
  const a = s.analysis;
  if (!a) {
    return [{ ...base, sheet: '', department: '', policy: '', read: false, errors: null, warnings: null, state: 'unreadable', note: s.error ?? null }];
  }
  const rows: StatusRow[] = [];
  for (const sa of a.sheets) {
    if (isOwnSheet(sa.model.sheet)) continue;
    const errors = sa.findings.filter((f) => f.severity === 'error').length;
    const warnings = sa.findings.filter((f) => f.severity === 'warning').length;
    if (sa.model.kind === 'evaluation') {
      rows.push({ ...base, sheet: sa.model.sheet, department: departments(sa), policy: policyOf(sa, null), read: true, errors, warnings, state: errors > 0 ? 'fix' : 'ok', note: null });
    } else {
      // A sheet that looks like an evaluation sheet but that no reader read: its finding says what to do.
      const unread = a.findings.find((f) => f.sheet === sa.model.sheet && f.rule === 'sheet-unrecognized');
      if (unread) rows.push({ ...base, sheet: sa.model.sheet, department: '', policy: '', read: false, errors, warnings, state: 'unreadable', note: unread.message });
    }
  }
  if (rows.length === 0) {
    const nothing = nothingToWorkOn(a) ?? { ja: '評価シートが見つかりません。', en: 'No evaluation sheet was found.' };
    rows.push({ ...base, sheet: '', department: '', policy: '', read: false, errors: null, warnings: null, state: 'unreadable', note: nothing });
  }
  return rows;
}

/** Rows of every submission, what needs attention first: 読めません, then 要修正 (most errors first), then 提出可 (most warnings first); otherwise as given. */
export function statusRows(submissions: Submission[]): StatusRow[] {
  const rows = submissions.flatMap(fileRows);
  const rank = (r: StatusRow) => STATE_ORDER.indexOf(r.state);
  // Unreadable files and sheets stay in the order given; the others most errors, then most warnings, first.
  const weight = (r: StatusRow) => (r.state === 'unreadable' ? [0, 0] : [r.errors ?? 0, r.warnings ?? 0]);
  return rows
    .map((r, i) => ({ r, i, w: weight(r) }))
    .sort((x, y) => rank(x.r) - rank(y.r) || y.w[0] - x.w[0] || y.w[1] - x.w[1] || x.i - y.i)
    .map((x) => x.r);
}

export interface StatusCounts {
  files: number;
  sheetsRead: number;
  sheetsNotRead: number;
  states: Record<SubmissionState, number>;
}

export function statusCounts(submissions: Submission[], rows: StatusRow[]): StatusCounts {
  const states = { unreadable: 0, fix: 0, ok: 0 };
  for (const r of rows) states[r.state] += 1;
  return {
    files: submissions.length,
    sheetsRead: rows.filter((r) => r.read).length,
    sheetsNotRead: rows.filter((r) => !r.read && r.sheet !== '').length,
    states,
  };
}

export const STATUS_TITLE = '提出状況（Evalsheet が作成：再作成で置き換わります） / Submission status (made by Evalsheet; regenerating replaces it)';

/** Column headers, Japanese over English, in the order of the row cells. */
export const STATUS_COLUMNS: { ja: string; en: string; width: number }[] = [
  { ja: '担当部署', en: 'Department', width: 14 },
  { ja: '基本方針 / 基本施策', en: 'Policy', width: 30 },
  { ja: 'ファイル', en: 'File', width: 24 },
  { ja: 'シート', en: 'Sheet', width: 12 },
  { ja: '読み取り', en: 'Read', width: 10 },
  { ja: 'エラー', en: 'Errors', width: 8 },
  { ja: '警告', en: 'Warnings', width: 10 },
  { ja: '状態', en: 'Status', width: 11 },
  { ja: '更新日時', en: 'Modified', width: 17 },
  { ja: '対応', en: 'To do', width: 40 },
];

export const READ_WORDS = { read: { ja: '読み取り済み', en: 'read' }, notRead: { ja: '読み取れません', en: 'not read' } };

const TEXT: CellStyle = { wrap: true, horizontal: 'left' };
const CENTER: CellStyle = { horizontal: 'center' };

/** The counts at the top: a row of labels over a row of numbers, so each count is a number a formula can use. */
function countRows(c: StatusCounts): CellSpec[][] {
  const counts: [string, string, number][] = [
    ['ファイル', 'Files', c.files],
    [SUBMISSION_STATES.unreadable.ja, SUBMISSION_STATES.unreadable.en, c.states.unreadable],
    [SUBMISSION_STATES.fix.ja, SUBMISSION_STATES.fix.en, c.states.fix],
    [SUBMISSION_STATES.ok.ja, SUBMISSION_STATES.ok.en, c.states.ok],
    ['読み取れないシート', 'Sheets not read', c.sheetsNotRead],
  ];
  return [
    counts.map(([ja, en]) => ({ value: `${ja}\n${en}`, style: { bold: true, wrap: true, horizontal: 'center' } })),
    counts.map(([, , n]) => ({ value: n, style: { bold: true, horizontal: 'center' } })),
  ];
}

function rowCells(r: StatusRow): CellSpec[] {
  const link = r.sheet !== '' && r.read ? { fileLink: { file: r.file, sheet: r.sheet, cell: 'A1' } } : {};
  return [
    { value: r.department, style: TEXT },
    { value: r.policy, style: TEXT },
    { value: baseName(r.file), style: { horizontal: 'left' }, ...(r.sheet === '' ? {} : link) },
    { value: r.sheet === '' ? null : r.sheet, style: CENTER },
    { value: r.read ? READ_WORDS.read.ja : READ_WORDS.notRead.ja, style: CENTER },
    { value: r.errors, style: { horizontal: 'right' } },
    { value: r.warnings, style: { horizontal: 'right' } },
    { value: SUBMISSION_STATES[r.state].ja, style: { horizontal: 'center', bold: true } },
    { value: r.modified ? formatMade(r.modified) : null, style: CENTER },
    { value: r.note ? r.note.ja : null, style: TEXT },
  ];
}

/** Rows above the table: the title, the counts (labels, numbers), the column headers. */
export const STATUS_HEADER_ROWS = 4;

export function statusSheet(submissions: Submission[], generatedAt: Date | null): { spec: SheetSpec; rows: StatusRow[]; counts: StatusCounts } {
  const rows = statusRows(submissions);
  const counts = statusCounts(submissions, rows);
  const title = generatedAt ? `${STATUS_TITLE}　｜　作成 / Made: ${formatMade(generatedAt)}` : STATUS_TITLE;
  const sheetRows: CellSpec[][] = [
    [{ value: title, style: { bold: true } }],
    ...countRows(counts),
    STATUS_COLUMNS.map((c) => ({ value: `${c.ja}\n${c.en}`, style: HEADER_STYLE })),
    ...rows.map(rowCells),
  ];
  const widths = STATUS_COLUMNS.map((c) => c.width);
  const stateCol = STATUS_COLUMNS.findIndex((c) => c.ja === '状態');
  const fills: ConditionalFill[] = [];
  if (rows.length > 0) {
    const range = rangeAddress(STATUS_HEADER_ROWS, stateCol, STATUS_HEADER_ROWS + rows.length - 1, stateCol);
    // Colours of the grade scale: 提出可 as the best grade, 要修正 as the middle, 読めません as the worst.
    const colour: Record<SubmissionState, number> = { ok: 0, fix: 2, unreadable: 3 };
    for (const s of STATE_ORDER) fills.push({ range, equals: SUBMISSION_STATES[s].ja, fill: gradeColor(colour[s]).fill, fontColor: gradeColor(colour[s]).font });
  }
  const spec: SheetSpec = {
    name: STATUS_SHEET,
    owner: 'evalsheet',
    rows: sheetRows,
    headerRows: STATUS_HEADER_ROWS,
    columnWidths: widths,
    rowHeights: estimateRowHeights(sheetRows, widths),
    conditionalFills: fills,
    freezeRows: STATUS_HEADER_ROWS,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true },
    tabColor: 'C00000',
  };
  return { spec, rows, counts };
}
