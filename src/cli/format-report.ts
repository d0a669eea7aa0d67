import { layoutName, renderAdvice, renderFix, ruleName } from '../core/findings/advice';
import type { Finding, Severity } from '../core/findings/types';
import type { FileReport, Report, SheetReport } from '../core/report/types';
import { readingLines } from '../core/report/reading-text';
import { shortEraLabel } from '../core/text/years';
import type { SkippedFile } from './files';
import type { Lang } from './lang';

/** "1 error", "2 errors": English counts read as sentences. */
function n(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const WORDS = {
  ja: {
    severity: { error: 'エラー', warning: '警告', info: '情報' } as Record<Severity, string>,
    unrecognized: '評価シートではありません（対象外）',
    noFindings: '指摘なし',
    year: (y: number | null) => (y === null ? '評価年度不明' : `${shortEraLabel(y)}（${y}年度）`),
    counts: (e: number, w: number, i: number) => `エラー ${e}・警告 ${w}・情報 ${i}`,
    total: (f: number, e: number, w: number, i: number, bad: number, skipped = 0) =>
      `合計：${f} ファイル（読めないもの ${bad}${skipped > 0 ? `、読まなかったもの ${skipped}` : ''}）、エラー ${e}・警告 ${w}・情報 ${i}`,
    noSheets: 'シートがありません',
    unreadable: '読めません',
    skippedFile: '読みませんでした',
    notRead: '評価シートのようですが読み取れませんでした（チェックしていません）',
    notChecked: (n: number) => `、読み取れなかったシート ${n}`,
    fix: '修正：',
    advice: '対応：',
    listSep: '、',
    table: ['ファイル', 'エラー', '警告', '状態'],
    state: { ok: '提出可', fix: '要修正', unreadable: '読めません', noSheet: '評価シートなし', notRead: '読み取れないシートあり' },
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    unrecognized: 'not an evaluation sheet (skipped)',
    noFindings: 'no findings',
    year: (y: number | null) => (y === null ? 'evaluation year unknown' : `FY${y} (${shortEraLabel(y)})`),
    counts: (e: number, w: number, i: number) => `${n(e, 'error')}, ${n(w, 'warning')}, ${i} info`,
    total: (f: number, e: number, w: number, i: number, bad: number, skipped = 0) =>
      `Total: ${n(f, 'file')} (${bad} unreadable${skipped > 0 ? `, ${skipped} not read` : ''}), ${n(e, 'error')}, ${n(w, 'warning')}, ${i} info`,
    noSheets: 'no sheets',
    unreadable: 'unreadable',
    skippedFile: 'not read',
    notRead: 'looks like an evaluation sheet but could not be read (not checked)',
    notChecked: (k: number) => `; ${n(k, 'sheet')} could not be read`,
    fix: 'Fix: ',
    advice: 'To do: ',
    listSep: ', ',
    table: ['File', 'Errors', 'Warnings', 'State'],
    state: { ok: 'ready', fix: 'to correct', unreadable: 'unreadable', noSheet: 'no evaluation sheet', notRead: 'sheet not read' },
  },
};

function count(findings: Finding[], s: Severity): number {
  return findings.filter((f) => f.severity === s).length;
}

/** Columns a text takes in a terminal: East Asian wide and full-width characters count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(1, n - displayWidth(s)));
}

/**
 * A line wrapped to `columns` with a hanging indent: the first line starts with `lead`, the rest
 * with as many spaces, so the message reads as a block beside its severity and cell.
 */
export function hang(lead: string, text: string, columns: number | undefined): string[] {
  const indent = ' '.repeat(displayWidth(lead));
  if (!columns || columns <= displayWidth(lead) + 12) return [lead + text];
  // Two columns kept free: a closing 、。」 may hang past the line's end (ぶら下げ), never start the next.
  const room = columns - displayWidth(lead) - 2;
  const lines: string[] = [];
  let line = '';
  let width = 0;
  // Break between words in English, anywhere in Japanese (never before 、。）」 though).
  const tokens = text.match(/[A-Za-z0-9.,%()'"\-–+/:;!?=→]+\s*|\s+|[^\s]/gu) ?? [text];
  for (const tok of tokens) {
    const w = displayWidth(tok.trimEnd());
    if (width + w > room && line.trim() !== '' && !/^[、。）」』，．・]/.test(tok)) {
      lines.push(line.trimEnd());
      line = '';
      width = 0;
      if (tok.trim() === '') continue;
    }
    line += tok;
    width += displayWidth(tok);
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.map((l, i) => (i === 0 ? lead : indent) + l);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; within a severity the sheet's own order. */
export function bySeverity(findings: Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i).map((x) => x.f);
}

export interface FormatOptions {
  /** Terminal width: findings wrap with a hanging indent. None: one line each (pipes, logs). */
  columns?: number;
  /** Files of the folders given that were not read, named with the reason. */
  skipped?: SkippedFile[];
}

function findingLines(f: Finding, lang: Lang, columns: number | undefined): string[] {
  const w = WORDS[lang];
  const lead = `    ${pad(w.severity[f.severity], 8)}${pad(f.cell, 7)}`;
  const lines = hang(lead, `${ruleName(f.rule, lang)}：${f.message[lang]}`.replace('：', lang === 'ja' ? '：' : ': '), columns);
  const indent = ' '.repeat(displayWidth(lead));
  const fix = renderFix(f);
  if (fix) lines.push(...hang(`${indent}${w.fix}`, fix[lang], columns));
  const advice = renderAdvice(f.rule, f.data);
  if (advice) lines.push(...hang(`${indent}${w.advice}`, advice[lang], columns));
  return lines;
}

function sheetLines(sheet: SheetReport, findings: Finding[], lang: Lang, columns: number | undefined): string[] {
  const w = WORDS[lang];
  if (sheet.kind === 'unrecognized') {
    if (findings.length === 0) return [`  ${sheet.sheet}: ${w.unrecognized}`];
    return [`  ${sheet.sheet}: ${w.notRead}`, ...bySeverity(findings).flatMap((f) => findingLines(f, lang, columns))];
  }
  const layouts = sheet.layouts.map((l) => layoutName(l, lang)).join(w.listSep) || '?';
  const head = hang(`  ${sheet.sheet} — `, `${layouts} · ${w.year(sheet.evaluationYear)}: ${w.counts(count(findings, 'error'), count(findings, 'warning'), count(findings, 'info'))}`, columns);
  // How the sheet was read, one line per table (core/report/reading-text.ts).
  const reading = readingLines(sheet.reading ?? [], lang).flatMap((l) => hang('    ', l, columns));
  if (findings.length === 0) return [...head, ...reading, `    ${w.noFindings}`];
  return [...head, ...reading, ...bySeverity(findings).flatMap((f) => findingLines(f, lang, columns))];
}

function fileLines(file: FileReport, lang: Lang, columns: number | undefined): string[] {
  const w = WORDS[lang];
  if (file.error) return [file.file, `  ✗ ${w.unreadable}: ${file.error.message}`];
  const lines = [file.file];
  if (file.sheets.length === 0) lines.push(`  ${w.noSheets}`);
  for (const s of file.sheets) lines.push(...sheetLines(s, file.findings.filter((f) => f.sheet === s.sheet), lang, columns));
  return lines;
}

/** The closing table of a run over several files: one row per file, its errors, warnings and state. */
export function fileTable(report: Report, lang: Lang): string[] {
  const w = WORDS[lang];
  const rows = report.files.map((f) => {
    const e = f.error ? '—' : String(count(f.findings, 'error'));
    const wn = f.error ? '—' : String(count(f.findings, 'warning'));
    const evaluation = f.sheets.some((s) => s.kind !== 'unrecognized');
    const notRead = f.findings.some((x) => x.rule === 'sheet-unrecognized');
    // A sheet that looks like an evaluation sheet but was not read is never 「提出可」 nor 「評価シートなし」.
    const state = f.error ? w.state.unreadable : count(f.findings, 'error') > 0 ? w.state.fix : notRead ? w.state.notRead : !evaluation ? w.state.noSheet : w.state.ok;
    return [f.file, e, wn, state];
  });
  const head = w.table;
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const fill = (c: string, i: number) => ' '.repeat(Math.max(0, widths[i] - displayWidth(c)));
  const line = (r: string[]) => [r[0] + fill(r[0], 0), fill(r[1], 1) + r[1], fill(r[2], 2) + r[2], r[3]].join('  ').trimEnd();
  return [line(head), widths.map((n) => '─'.repeat(n)).join('  '), ...rows.map(line)];
}

/** The readable report: grouped by file and sheet, counts per sheet, findings by severity, totals last. */
export function formatReport(report: Report, lang: Lang, options: FormatOptions = {}): string {
  const w = WORDS[lang];
  const lines = report.files.flatMap((f) => [...fileLines(f, lang, options.columns), '']);
  const skipped = options.skipped ?? [];
  for (const sk of skipped) lines.push(`${sk.display}`, `  ✗ ${w.skippedFile}: ${sk.reason[lang]}`, '');
  if (report.files.length > 1) lines.push(...fileTable(report, lang), '');
  const s = report.summary;
  const notRead = report.files.reduce((k, f) => k + new Set(f.findings.filter((x) => x.rule === 'sheet-unrecognized').map((x) => x.sheet)).size, 0);
  lines.push(...hang('', w.total(s.files, s.errors, s.warnings, s.info, report.files.filter((f) => f.error).length, skipped.length) + (notRead > 0 ? w.notChecked(notRead) : ''), options.columns));
  return `${lines.join('\n')}\n`;
}
