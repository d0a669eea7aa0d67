/**
 * The read side of issue 8, measured in one run (figures only, nothing asserted; README quotes them):
 * - `check --json` and `summary` over 200 and 1,000 workbooks (copies of the five seed fixtures, in
 *   a temp folder) against loading the same files with ExcelJS alone: wall and CPU time (user +
 *   system) and peak memory (max RSS from /usr/bin/time), each a separate process;
 * - cold start of `evalsheet --help` and of a one-file check against `node -e 0` (median of 5);
 * - the reader decision: direct reader, SheetJS CE and ExcelJS on the same bytes, and the hand
 *   scanner against saxes on the same sheet XML, in-process.
 * - a far cell: `check --json` of a small file with one cell at XFD1048576 (alone with A1, and added
 *   to the bundled sample), median of 3 processes: the readers scan rows that hold cells.
 * Needs `npm run build:cli` (bin/evalsheet.js runs lib/).
 *
 *   npx tsx scripts/bench-xlsx.ts [--json] [--batch-only: the 200 / 1,000 workbook figures alone]
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import * as XLSX from '@e965/xlsx';
import { readXlsx } from '../src/xlsx';
import { readDirect } from '../src/xlsx/read/index';
import { DirectWorkbook } from '../src/xlsx/direct-workbook';
import { XlsxWorkbook } from '../src/xlsx/workbook';
import { analyzeWorkbook } from '../src/core';
import { readSheetCells } from '../src/xlsx/read/sheet';
import { fixturePath } from '../test/support/fixtures';
import { editText, minimal, withParts } from '../test/hostile/build';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'evalsheet.js');
const SEEDS = ['kitakami.xlsx', 'ichinoseki.xlsx', 'niigata.xlsx', 'shinjo.xlsx', 'nasushiobara.xlsx'];

/** Wall time, CPU time (user + system: less sensitive than wall to the other work on shared cores) and peak RSS. */
function timedProcess(args: string[]): { s: number; cpu: number; mb: number; exit: number | null } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [s, kb, user, sys] = last.split(' ').map(Number);
  return { s, cpu: +(user + sys).toFixed(2), mb: Math.round(kb / 1024), exit: r.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function coldMs(args: string[]): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    runs.push(performance.now() - t0);
  }
  return Math.round(median(runs));
}

const EXCELJS_ALONE = `
const fs = require('fs'), path = require('path'), ExcelJS = require('exceljs');
(async () => { const dir = process.argv[1]; for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort()) { const wb = new ExcelJS.Workbook(); await wb.xlsx.load(fs.readFileSync(path.join(dir, f))); } })();
`;

function saxesCells(xml: string): number {
  let n = 0;
  const p = new SaxesParser();
  p.on('opentag', (t) => {
    if (t.name === 'c') n++;
  });
  p.on('text', () => undefined);
  p.write(xml).close();
  return n;
}

async function inProcess() {
  const files = SEEDS.map((s) => new Uint8Array(fs.readFileSync(fixturePath(s))));
  const REP = 20;
  const time = async (f: (b: Uint8Array) => unknown) => {
    for (const b of files) await f(b); // warm
    const t0 = performance.now();
    for (let i = 0; i < REP; i++) for (const b of files) await f(b);
    return +((performance.now() - t0) / (REP * files.length)).toFixed(2);
  };
  const direct = await time((b) => readDirect(b, 'x.xlsx'));
  const sheetjs = await time((b) => XLSX.read(b, { type: 'array', cellFormula: false, cellHTML: false, cellText: false }));
  const exceljs = await time((b) => readXlsx(b, 'x.xlsx'));
  // Scanner against saxes on the same (largest) sheet XML.
  const xmls = files.map((b) => strFromU8(unzipSync(b, { filter: (f) => f.name.startsWith('xl/worksheets/sheet') })['xl/worksheets/sheet1.xml'] ?? new Uint8Array()));
  const ctx = () => ({ strings: [], formats: [], date1904: false, budget: { cells: 1e9, merges: 1e9 }, tooMany: () => new Error('x') });
  const scan = (f: (x: string) => unknown) => {
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) for (const x of xmls) f(x);
    return +(((performance.now() - t0) / (200 * xmls.length)) * 1000).toFixed(0);
  };
  const hand = scan((x) => readSheetCells(x, ctx()));
  const sax = scan((x) => saxesCells(x));
  // The standalone pane's open → findings, in-process: the direct reader (today) against the ExcelJS adapter (before).
  const paneOpen = {
    direct: await time(async (b) => analyzeWorkbook(await DirectWorkbook.open(b, 'x.xlsx').readSnapshot())),
    exceljs: await time(async (b) => analyzeWorkbook(await (await XlsxWorkbook.open(b, 'x.xlsx')).readSnapshot())),
  };
  return { msPerWorkbook: { direct, sheetjs, exceljs }, usPerSheetXml: { handScanner: hand, saxesEventsOnly: sax }, paneOpenMs: paneOpen };
}

const FAR = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';

function farCell(tmp: string): { alone: number; sample: number; sampleWithFar: number } {
  const files = {
    alone: minimal(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>メモ</t></is></c></row>${FAR}</sheetData>`),
    sample: withParts(() => undefined),
    sampleWithFar: withParts((p) => editText(p, 'xl/worksheets/sheet1.xml', (x) => x.replace('</sheetData>', `${FAR}</sheetData>`))),
  };
  const out = { alone: 0, sample: 0, sampleWithFar: 0 };
  for (const [k, bytes] of Object.entries(files) as [keyof typeof out, Uint8Array][]) {
    const f = path.join(tmp, `far-${k}.xlsx`);
    fs.writeFileSync(f, bytes);
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, [BIN, 'check', '--json', f], { stdio: 'ignore' });
      runs.push(performance.now() - t0);
    }
    out[k] = Math.round(median(runs));
  }
  return out;
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-bench-read-'));
  try {
    if (process.argv.includes('--pane-only')) {
      process.stdout.write(`${JSON.stringify((await inProcess()).paneOpenMs)}\n`);
      return;
    }
    if (process.argv.includes('--far-only')) {
      process.stdout.write(`${JSON.stringify(farCell(tmp))}\n`);
      return;
    }
    const dirs: Record<number, string> = {};
    for (const n of [200, 1000]) {
      const d = path.join(tmp, `n${n}`);
      fs.mkdirSync(d);
      for (let i = 0; i < n; i++) fs.copyFileSync(fixturePath(SEEDS[i % SEEDS.length]), path.join(d, `${String(i).padStart(4, '0')}-${SEEDS[i % SEEDS.length]}`));
      dirs[n] = d;
    }
    const batch: Record<string, unknown> = {};
    for (const n of [200, 1000]) {
      const base = timedProcess([process.execPath, '-e', EXCELJS_ALONE, dirs[n]]);
      const check = timedProcess([process.execPath, BIN, 'check', '--json', dirs[n]]);
      const out = path.join(tmp, `summary-${n}.xlsx`);
      const summary = timedProcess([process.execPath, BIN, 'summary', dirs[n], '-o', out]);
      batch[n] = {
        exceljsAlone: base,
        check: { ...check, ratio: +(check.s / base.s).toFixed(2), cpuRatio: +(check.cpu / base.cpu).toFixed(2) },
        summary: { ...summary, ratio: +(summary.s / base.s).toFixed(2), cpuRatio: +(summary.cpu / base.cpu).toFixed(2) },
      };
    }
    if (process.argv.includes('--batch-only')) {
      process.stdout.write(`${JSON.stringify(batch, null, 2)}\n`);
      return;
    }
    const one = path.join(dirs[200], fs.readdirSync(dirs[200])[0]);
    const cold = { nodeE0: coldMs(['-e', '0']), help: coldMs([BIN, '--help']), checkOne: coldMs([BIN, 'check', one]) };
    const reader = await inProcess();
    const far = farCell(tmp);
    const figures = { batch, coldStartMs: cold, reader, farCellMs: far };
    if (process.argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
      return;
    }
    const lines = ['Read side (issue 8), one run:'];
    for (const n of [200, 1000]) {
      type T = { s: number; cpu: number; mb: number; ratio: number; cpuRatio: number; exit: number };
      const b = batch[n] as { exceljsAlone: { s: number; cpu: number; mb: number }; check: T; summary: T };
      lines.push(`  ${n} workbooks: ExcelJS load alone ${b.exceljsAlone.s} s (CPU ${b.exceljsAlone.cpu} s), ${b.exceljsAlone.mb} MB | check --json ${b.check.s} s (×${b.check.ratio}; CPU ${b.check.cpu} s, ×${b.check.cpuRatio}; budget ≤ 1.0), ${b.check.mb} MB (budget ≤ 150) | summary ${b.summary.s} s (×${b.summary.ratio}; CPU ×${b.summary.cpuRatio}), ${b.summary.mb} MB`);
    }
    lines.push(`  cold start (median of 5): node -e 0 ${cold.nodeE0} ms, evalsheet --help ${cold.help} ms, check one file ${cold.checkOne} ms`);
    lines.push(`  per workbook in-process: direct reader ${reader.msPerWorkbook.direct} ms, SheetJS CE ${reader.msPerWorkbook.sheetjs} ms, ExcelJS ${reader.msPerWorkbook.exceljs} ms`);
    lines.push(`  one cell at XFD1048576 (check --json, median of 3): with A1 alone ${far.alone} ms; bundled sample ${far.sample} ms, with the far cell added ${far.sampleWithFar} ms`);
    lines.push(`  standalone pane, open → findings (in-process, per workbook): direct reader ${reader.paneOpenMs.direct} ms, ExcelJS adapter ${reader.paneOpenMs.exceljs} ms`);
    lines.push(`  per sheet XML: hand scanner (cells built) ${reader.usPerSheetXml.handScanner} µs, saxes (events only) ${reader.usPerSheetXml.saxesEventsOnly} µs`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench-xlsx: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
