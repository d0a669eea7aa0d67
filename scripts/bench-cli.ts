/**
 * The planning division's job: `evalsheet check` and `evalsheet summary` over a folder of fifty
 * submissions (ten copies each of the five seed workbooks), in-process, timed with a wall clock.
 * Also the engine alone on one Kitakami sheet (snapshot → findings), repeated. Figures only:
 * nothing here is asserted; README quotes them.
 *
 *   npx tsx scripts/bench-cli.ts [--json]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { analyzeWorkbook } from '../src/core';
import { run, type Io } from '../src/cli/main';
import { readXlsx } from '../src/xlsx';
import { fixturePath } from '../test/support/fixtures';

const SEEDS = ['kitakami.xlsx', 'ichinoseki.xlsx', 'niigata.xlsx', 'shinjo.xlsx', 'nasushiobara.xlsx'];
const COPIES = 10;

const quiet: Io = { stdout: () => undefined, stderr: () => undefined, stderrIsTTY: false, env: {}, cwd: process.cwd() };

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evalsheet-bench-cli-'));
  try {
    let bytes = 0;
    for (const seed of SEEDS) {
      for (let i = 1; i <= COPIES; i++) {
        const target = path.join(dir, `${String(i).padStart(2, '0')}-${seed}`);
        fs.copyFileSync(fixturePath(seed), target);
        bytes += fs.statSync(target).size;
      }
    }
    const files = SEEDS.length * COPIES;

    // Warm up module loading so the figures are the work, not the first require.
    await run(['check', '--json', path.join(dir, `01-${SEEDS[0]}`)], quiet);

    const check = await timed(() => run(['check', '--json', dir], quiet));
    const summaryOut = path.join(dir, 'out', 'summary.xlsx');
    fs.mkdirSync(path.dirname(summaryOut));
    const summary = await timed(() => run(['summary', dir, '-o', summaryOut], quiet));

    // annotate <folder> -o <out-folder>: one annotated copy of each of the fifty.
    const annotateOut = path.join(os.tmpdir(), `evalsheet-bench-annotated-${process.pid}`);
    const annotate = await timed(() => run(['annotate', dir, '-o', annotateOut], quiet));
    const annotated = fs.existsSync(annotateOut) ? fs.readdirSync(annotateOut, { recursive: true }).filter((f) => String(f).endsWith('.xlsx')).length : 0;
    fs.rmSync(annotateOut, { recursive: true, force: true });

    const kitakami = await readXlsx(fs.readFileSync(fixturePath('kitakami.xlsx')), 'kitakami.xlsx');
    const REPEAT = 200;
    const engine = await timed(async () => {
      for (let i = 0; i < REPEAT; i++) analyzeWorkbook(kitakami);
    });

    const figures = {
      files,
      inputMB: +(bytes / 1048576).toFixed(2),
      checkSeconds: +(check.ms / 1000).toFixed(2),
      checkMsPerFile: +(check.ms / files).toFixed(1),
      checkExit: check.value,
      summarySeconds: +(summary.ms / 1000).toFixed(2),
      summaryExit: summary.value,
      summaryKB: fs.existsSync(summaryOut) ? +(fs.statSync(summaryOut).size / 1024).toFixed(1) : null,
      annotateSeconds: +(annotate.ms / 1000).toFixed(2),
      annotateExit: annotate.value,
      annotatedFiles: annotated,
      engineMsPerSheet: +(engine.ms / REPEAT).toFixed(2),
      peakRssMB: +(process.memoryUsage().rss / 1048576).toFixed(0),
    };
    if (process.argv.includes('--json')) {
      process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
      return;
    }
    process.stdout.write(
      [
        `Command line on ${files} workbooks (${figures.inputMB} MB, 10 copies of each seed layout):`,
        `  check --json      ${figures.checkSeconds} s  (${figures.checkMsPerFile} ms per file; exit ${figures.checkExit})`,
        `  summary -o        ${figures.summarySeconds} s  (提出状況, 評価サマリー, 集計: ${figures.summaryKB} KB written; exit ${figures.summaryExit})`,
        `  annotate folder   ${figures.annotateSeconds} s  (${figures.annotatedFiles} copies written; exit ${figures.annotateExit})`,
        `  engine alone      ${figures.engineMsPerSheet} ms per Kitakami sheet (snapshot → findings, ${REPEAT} runs)`,
        `  resident memory   ${figures.peakRssMB} MB at the end`,
        '',
      ].join('\n'),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench-cli: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
