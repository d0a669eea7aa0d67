/**
 * Size of the JS the pane loads inside Excel: the initial chunks of the "taskpane" entry, gzipped
 * (budget ≤ 170 KB, the size of Microsoft's React task-pane template), and a check that the xlsx
 * adapter (exceljs, jszip) is not among them: it belongs to the standalone mode's async chunk only.
 *
 *   npx tsx scripts/bench-size.ts [--json]
 *
 * Builds with the project's webpack.config.js in production mode into a temporary folder.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';

const BUDGET_KB = 170;
const FORBIDDEN = /[\\/]node_modules[\\/](exceljs|jszip)[\\/]|[\\/]src[\\/]xlsx[\\/]/;

/** A module's resource paths, including those webpack concatenated into it (scope hoisting). */
function moduleParts(m: webpack.Module): string[] {
  const inner = (m as webpack.Module & { modules?: webpack.Module[] }).modules;
  const own = m.nameForCondition() ?? m.identifier();
  return inner ? [own, ...inner.flatMap(moduleParts)] : [own];
}

async function main(): Promise<void> {
  const root = resolve(__dirname, '..');
  const out = mkdtempSync(join(tmpdir(), 'evalsheet-bench-'));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(join(root, 'webpack.config.js')) as (env: object, argv: object) => Promise<webpack.Configuration>;
    const config = await factory({}, { mode: 'production' });
    config.output = { ...config.output, path: out };
    config.context = root;
    const stats = await new Promise<webpack.Stats>((ok, fail) =>
      webpack(config, (err, s) => (err || !s ? fail(err ?? new Error('no stats')) : s.hasErrors() ? fail(new Error(s.toString('errors-only'))) : ok(s))),
    );
    const compilation = stats.compilation;
    const entry = compilation.entrypoints.get('taskpane');
    if (!entry) throw new Error('no "taskpane" entry in webpack.config.js');
    const initial = new Set(entry.chunks);
    // Inside Excel the pane also loads its async chunks (the Excel adapter once Office reports Excel);
    // every chunk the entry can reach counts, except the standalone mode's xlsx chunk.
    const reachable = new Set<webpack.Chunk>();
    for (const c of initial) for (const a of c.getAllAsyncChunks()) reachable.add(a);
    const xlsxChunks = [...reachable].filter((c) => [...compilation.chunkGraph.getChunkModulesIterable(c)].some((m) => moduleParts(m).some((n) => FORBIDDEN.test(n))));
    const measured = [...initial, ...[...reachable].filter((c) => !xlsxChunks.includes(c))];
    const files = measured.flatMap((c) => [...c.files]).filter((n) => n.endsWith('.js'));
    let raw = 0;
    let gz = 0;
    const perFile = files.map((f) => {
      const bytes = readFileSync(join(out, f));
      const g = gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gz += g;
      return { file: f, bytes: bytes.length, gzip: g };
    });
    const moduleNames = measured.flatMap((c) => [...compilation.chunkGraph.getChunkModulesIterable(c)].flatMap((m) => moduleParts(m)));
    const forbidden = moduleNames.filter((n) => FORBIDDEN.test(n));
    const asyncXlsx = xlsxChunks;
    const initialGz = perFile.filter((f) => [...initial].some((c) => c.files.has(f.file))).reduce((n, f) => n + f.gzip, 0);
    const result = {
      entry: 'taskpane',
      files: perFile,
      rawKB: +(raw / 1024).toFixed(1),
      gzipKB: +(gz / 1024).toFixed(1),
      initialGzipKB: +(initialGz / 1024).toFixed(1),
      modulesChecked: moduleNames.length,
      budgetKB: BUDGET_KB,
      withinBudget: gz / 1024 <= BUDGET_KB,
      exceljsAbsent: forbidden.length === 0,
      forbiddenModules: forbidden.slice(0, 10),
      standaloneChunk: asyncXlsx.flatMap((c) => [...c.files]),
    };
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      for (const f of perFile) console.log(`  ${f.file}  ${(f.bytes / 1024).toFixed(1)} KB  (gzip ${(f.gzip / 1024).toFixed(1)} KB)`);
      console.log(`Pane JS loaded in Excel (entry + its async chunks but the xlsx one): ${result.gzipKB} KB gzipped (${result.rawKB} KB raw); budget ${BUDGET_KB} KB: ${result.withinBudget ? 'OK' : 'OVER'}`);
      console.log(`  of which the entry's initial chunks (first paint): ${result.initialGzipKB} KB gzipped`);
      console.log(`exceljs/jszip/src/xlsx in those chunks (${moduleNames.length} modules checked): ${result.exceljsAbsent ? 'absent' : `PRESENT (${forbidden.slice(0, 3).join(', ')})`}`);
      console.log(`standalone xlsx chunk (loaded only outside Excel): ${result.standaloneChunk.join(', ') || 'none'}`);
    }
    process.exitCode = result.withinBudget && result.exceljsAbsent ? 0 : 1;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
});
