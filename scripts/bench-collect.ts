/**
 * Collecting submissions in the pane (issue 11), in-process: 20 and 50 workbooks (the five seed
 * layouts in turn, one in twenty corrupt) read one at a time by the pane's own engine
 * (defaultEngine.readSubmission: the direct .xlsx reader of chunk view-summary-xlsx, each under its
 * own saved settings), then planned into 提出状況, 評価サマリー and 集計 (planSubmissions) and into
 * the findings sheets per department (planDepartmentFindings). Baseline in the same run, over the
 * same files: the command line's `evalsheet summary <folder> -o` (reads with the ExcelJS adapter
 * and also writes the .xlsx) and `check --json` (reads and checks only). Median of 3 runs each.
 * Figures only: nothing is asserted; README and docs/planning-division.md quote them.
 *
 *   npx tsx scripts/bench-collect.ts [--json]
 *
 * Not the Chromium figure the issue asks for (the browser's own timing and heap): the e2e test
 * test/e2e/planning.e2e.test.ts prints the time for 20 files in Chromium.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { run, type Io } from '../src/cli/main';
import type { Submission } from '../src/core/summary';
import { defaultEngine } from '../src/taskpane/state/engine-default';
import { fixturePath } from '../test/support/fixtures';

const SEEDS = ['kitakami.xlsx', 'ichinoseki.xlsx', 'niigata.xlsx', 'shinjo.xlsx', 'nasushiobara.xlsx'];
const SIZES = [20, 50];
const RUNS = 3;
const quiet: Io = { stdout: () => undefined, stderr: () => undefined, stderrIsTTY: false, env: {}, cwd: process.cwd() };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

/** n files: the seeds in turn, every twentieth corrupt (the fixtures' damaged zip). */
function folder(n: number): { dir: string; files: string[]; bytes: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `evalsheet-bench-collect-${n}-`));
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const source = i % 20 === 19 ? 'corrupt.xlsx' : SEEDS[i % SEEDS.length];
    const file = path.join(dir, `${String(i + 1).padStart(2, '0')}-${source}`);
    fs.copyFileSync(fixturePath(source), file);
    files.push(file);
    bytes += fs.statSync(file).size;
  }
  return { dir, files, bytes };
}

/** As the pane does: one file at a time, its bytes read only when its turn comes. */
async function paneRead(files: string[]): Promise<Submission[]> {
  const subs: Submission[] = [];
  for (const file of files) {
    subs.push(await defaultEngine.readSubmission({ name: path.basename(file), lastModified: fs.statSync(file).mtimeMs, bytes: async () => new Uint8Array(fs.readFileSync(file)) }));
  }
  return subs;
}

async function main(): Promise<void> {
  const out: Record<string, number | string>[] = [];
  // Warm up module loading (the reader chunk, the summary chunk, the CLI) so the figures are the work.
  {
    const warm = folder(5);
    await defaultEngine.planSubmissions(await paneRead(warm.files));
    await run(['summary', warm.dir, '-o', path.join(os.tmpdir(), `evalsheet-bench-collect-warm-${process.pid}.xlsx`)], quiet);
    fs.rmSync(warm.dir, { recursive: true, force: true });
    fs.rmSync(path.join(os.tmpdir(), `evalsheet-bench-collect-warm-${process.pid}.xlsx`), { force: true });
  }
  for (const n of SIZES) {
    const { dir, files, bytes } = folder(n);
    try {
      const read: number[] = [];
      const plan: number[] = [];
      const findings: number[] = [];
      const cli: number[] = [];
      const check: number[] = [];
      let heapPeak = 0;
      let unreadable = 0;
      for (let r = 0; r < RUNS; r++) {
        const heap0 = process.memoryUsage().heapUsed;
        let subs: Submission[] = [];
        read.push(await timed(async () => (subs = await paneRead(files))));
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - heap0);
        unreadable = subs.filter((s) => s.analysis === null).length;
        plan.push(await timed(() => Promise.resolve(defaultEngine.planSubmissions(subs))));
        findings.push(await timed(() => Promise.resolve(defaultEngine.planDepartmentFindings(subs, []))));
        const target = path.join(os.tmpdir(), `evalsheet-bench-collect-${process.pid}-${n}.xlsx`);
        cli.push(await timed(() => run(['summary', dir, '-o', target, '--force'], quiet)));
        fs.rmSync(target, { force: true });
        check.push(await timed(() => run(['check', '--json', dir], quiet)));
      }
      out.push({
        files: n,
        inputMB: +(bytes / 1048576).toFixed(2),
        unreadable,
        paneReadSeconds: +(median(read) / 1000).toFixed(2),
        paneReadMsPerFile: +(median(read) / n).toFixed(1),
        panePlanMs: +median(plan).toFixed(0),
        paneFindingsMs: +median(findings).toFixed(0),
        paneHeapGrowthMB: +(heapPeak / 1048576).toFixed(0),
        cliSummarySeconds: +(median(cli) / 1000).toFixed(2),
        cliCheckSeconds: +(median(check) / 1000).toFixed(2),
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return;
  }
  const lines = [`Collecting submissions in the pane's reader, in-process (median of ${RUNS}); the command line over the same files as the baseline:`];
  for (const f of out) {
    lines.push(
      `  ${f.files} files (${f.inputMB} MB, ${f.unreadable} corrupt): pane read ${f.paneReadSeconds} s (${f.paneReadMsPerFile} ms/file), plan three sheets ${f.panePlanMs} ms, findings per department ${f.paneFindingsMs} ms, heap +${f.paneHeapGrowthMB} MB | CLI summary -o ${f.cliSummarySeconds} s, check --json ${f.cliCheckSeconds} s`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e) => {
  process.stderr.write(`bench-collect: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
