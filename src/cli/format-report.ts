import type { Finding, Severity } from '../core/findings/types';
import type { FileReport, Report, SheetReport } from '../core/report/types';
import { readingLines } from '../core/report/reading-text';
import { shortEraLabel } from '../core/text/years';
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
    total: (f: number, e: number, w: number, i: number, bad: number) => `合計: ${f} ファイル（読めないもの ${bad}）、エラー ${e}・警告 ${w}・情報 ${i}`,
    noSheets: 'シートがありません',
    unreadable: '読めません',
    notRead: '評価シートのようですが読み取れませんでした（チェックしていません）',
    notChecked: (n: number) => `、読み取れなかったシート ${n}`,
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    unrecognized: 'not an evaluation sheet (skipped)',
    noFindings: 'no findings',
    year: (y: number | null) => (y === null ? 'evaluation year unknown' : `FY${y} (${shortEraLabel(y)})`),
    counts: (e: number, w: number, i: number) => `${n(e, 'error')}, ${n(w, 'warning')}, ${i} info`,
    total: (f: number, e: number, w: number, i: number, bad: number) => `Total: ${n(f, 'file')} (${bad} unreadable), ${n(e, 'error')}, ${n(w, 'warning')}, ${i} info`,
    noSheets: 'no sheets',
    unreadable: 'unreadable',
    notRead: 'looks like an evaluation sheet but could not be read (not checked)',
    notChecked: (k: number) => `; ${n(k, 'sheet')} could not be read`,
  },
};

/**
 * A fix as the sheet will show it: 52 at one decimal reads "52.0". Padding only: a value with more
 * digits than the precision (a percent cell stores 0.661 for 66.1%) is shown as stored.
 */
function fixText(f: Finding): string {
  const v = f.fix!.value;
  const p = f.data.precision;
  if (typeof v !== 'number' || typeof p !== 'number' || p < 0 || p > 10) return String(v);
  const padded = v.toFixed(p);
  return Number(padded) === v ? padded : String(v);
}

function count(findings: Finding[], s: Severity): number {
  return findings.filter((f) => f.severity === s).length;
}

function pad(s: string, n: number): string {
  // Full-width characters take two columns in a terminal.
  const width = Array.from(s).reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(1, n - width));
}

/** How the sheet was read, one line per table (core/report/reading-text.ts). */
function readingLinesOf(sheet: SheetReport, lang: Lang): string[] {
  return readingLines(sheet.reading ?? [], lang).map((l) => `    ${l}`);
}

function findingLine(f: Finding, lang: Lang): string {
  const w = WORDS[lang];
  return `    ${pad(w.severity[f.severity], 8)}${pad(f.cell, 7)}${pad(f.rule, 28)}${f.message[lang]}${f.fix ? `  → ${f.fix.cell} = ${fixText(f)}` : ''}`;
}

function sheetLines(sheet: SheetReport, findings: Finding[], lang: Lang): string[] {
  const w = WORDS[lang];
  if (sheet.kind === 'unrecognized') {
    if (findings.length === 0) return [`  ${sheet.sheet}: ${w.unrecognized}`];
    return [`  ${sheet.sheet}: ${w.notRead}`, ...findings.map((f) => findingLine(f, lang))];
  }
  const head = `  ${sheet.sheet} — ${sheet.layouts.join(', ') || '?'} · ${w.year(sheet.evaluationYear)}: ${w.counts(count(findings, 'error'), count(findings, 'warning'), count(findings, 'info'))}`;
  if (findings.length === 0) return [head, ...readingLinesOf(sheet, lang), `    ${w.noFindings}`];
  return [
    head,
    ...readingLinesOf(sheet, lang),
    ...findings.map((f) => findingLine(f, lang)),
  ];
}

function fileLines(file: FileReport, lang: Lang): string[] {
  const w = WORDS[lang];
  if (file.error) return [file.file, `  ✗ ${w.unreadable}: ${file.error.message}`];
  const lines = [file.file];
  if (file.sheets.length === 0) lines.push(`  ${w.noSheets}`);
  for (const s of file.sheets) lines.push(...sheetLines(s, file.findings.filter((f) => f.sheet === s.sheet), lang));
  return lines;
}

/** The readable report: grouped by file and sheet, counts per sheet, one line per finding, totals last. */
export function formatReport(report: Report, lang: Lang): string {
  return report.files.map((f) => formatFile(f, lang)).join('') + formatTotal(report.summary, report.files.filter((f) => f.error).length, lang);
}

/** One file's part of the readable report, blank line included (check streams them file by file). */
export function formatFile(file: FileReport, lang: Lang): string {
  return `${[...fileLines(file, lang), ''].join('\n')}\n`;
}

/** The totals line that ends the readable report. */
export function formatTotal(s: Report['summary'], unreadable: number, lang: Lang, notRead = 0): string {
  const w = WORDS[lang];
  return `${w.total(s.files, s.errors, s.warnings, s.info, unreadable)}${notRead > 0 ? w.notChecked(notRead) : ''}\n`;
}
