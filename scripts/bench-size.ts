/**
 * Size of the JS the pane loads inside Excel, gzipped (budget ≤ 170 KB, the size of Microsoft's React
 * task-pane template), and a check that the xlsx adapter (exceljs, jszip, src/xlsx) is not in it.
 *
 *   npx tsx scripts/bench-size.ts [--json]
 *
 * Builds with the project's webpack.config.js in production mode into a temporary folder and sorts
 * every JS chunk the "taskpane" entry can load by when Excel loads it:
 *   - at open: the entry's initial chunks and every async chunk that some code path loads at start
 *     (the Excel adapter, imported as soon as Office reports Excel). This is the headline figure and
 *     the one held to the budget. An async chunk counts here unless ALL the chunk groups that hold it
 *     are on-demand views ("view-*") or the standalone mode ("standalone", "xlsx"): when in doubt, it
 *     counts as loaded at open.
 *   - on demand: chunks only the views opened later load ("view-*"); reported, with the total of
 *     at-open + every view (what Excel has loaded once a person has opened every view).
 *   - standalone: chunks loaded only outside Excel (file picker, exceljs); never loaded in Excel.
 * The per-package breakdown attributes each minified byte to its source through a hidden source map
 * (the build's JS is byte-for-byte the same; only a .map file is added); gzip shares are the file's
 * gzip size split in proportion to those bytes, an estimate (gzip does not compress parts separately).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
// A dependency of terser and jest (already installed); decodes the source map's mappings.
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';
import webpack from 'webpack';

const BUDGET_KB = 170;
const FORBIDDEN = /[\\/]node_modules[\\/](exceljs|jszip)[\\/]|[\\/]src[\\/]xlsx[\\/]/;
const VIEW_GROUP = /^view-/;
const STANDALONE_GROUPS = new Set(['standalone', 'xlsx', 'vendor-exceljs']);

type Phase = 'open' | 'view' | 'standalone';

interface FileSize {
  file: string;
  phase: Phase;
  bytes: number;
  gzip: number;
  /** Minified bytes per package (see packageOf). */
  parts: Map<string, number>;
}

const kb = (n: number) => +(n / 1024).toFixed(1);

/** A module's resource paths, including those webpack concatenated into it (scope hoisting). */
function moduleParts(m: webpack.Module): string[] {
  const inner = (m as webpack.Module & { modules?: webpack.Module[] }).modules;
  const own = m.nameForCondition() ?? m.identifier();
  return inner ? [own, ...inner.flatMap(moduleParts)] : [own];
}

/** "webpack://evalsheet/./node_modules/@fluentui/react-tabs/lib/x.js" → "@fluentui/react-tabs"; own code by folder. */
function packageOf(source: string | null): string {
  if (!source) return '(webpack runtime / unmapped)';
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const src = /(?:^|\/)src\/([^/]+)(?:\/([^/]+))?/.exec(source);
  if (src) return src[1] === 'core' || src[1] === 'taskpane' ? `src/${src[1]}${src[2] && !src[2].includes('.') ? `/${src[2]}` : ''}` : `src/${src[1]}`;
  return source.includes('webpack/') ? '(webpack runtime / unmapped)' : source;
}

/** Minified bytes of a JS file attributed to packages through its source map. */
function attribute(code: string, mapText: string): Map<string, number> {
  const map = new TraceMap(mapText);
  const lines = code.split('\n');
  const decoded = decodedMappings(map);
  const parts = new Map<string, number>();
  const add = (name: string, n: number) => parts.set(name, (parts.get(name) ?? 0) + n);
  lines.forEach((line, i) => {
    const segs = decoded[i] ?? [];
    // Bytes, not UTF-16 units: Japanese strings in the bundle are 3 bytes each in UTF-8.
    const bytesOf = (from: number, to: number) => Buffer.byteLength(line.slice(from, to));
    let prevCol = 0;
    let prevSrc: string | null = null;
    for (const seg of segs) {
      add(packageOf(prevSrc), bytesOf(prevCol, seg[0]));
      prevCol = seg[0];
      prevSrc = seg.length >= 4 ? map.sources[seg[1] as number] ?? null : null;
    }
    add(packageOf(prevSrc), bytesOf(prevCol, line.length) + (i < lines.length - 1 ? 1 : 0));
  });
  return parts;
}

/** Which phase an async chunk belongs to, from the names of the chunk groups (import()s) that hold it. */
function phaseOf(chunk: webpack.Chunk): Phase {
  const names = [...chunk.groupsIterable].map((g) => g.name ?? '');
  if (names.length > 0 && names.every((n) => VIEW_GROUP.test(n))) return 'view';
  if (names.length > 0 && names.every((n) => STANDALONE_GROUPS.has(n))) return 'standalone';
  return 'open';
}

function sumBy(files: FileSize[]): { bytes: number; gzip: number } {
  return files.reduce((a, f) => ({ bytes: a.bytes + f.bytes, gzip: a.gzip + f.gzip }), { bytes: 0, gzip: 0 });
}

/** Per-package minified bytes and estimated gzip bytes over a set of files, largest first. */
function breakdown(files: FileSize[]): { name: string; bytes: number; gzip: number }[] {
  const out = new Map<string, { bytes: number; gzip: number }>();
  for (const f of files) {
    for (const [name, n] of f.parts) {
      const cur = out.get(name) ?? { bytes: 0, gzip: 0 };
      cur.bytes += n;
      cur.gzip += (f.gzip * n) / f.bytes;
      out.set(name, cur);
    }
  }
  return [...out].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.gzip - a.gzip);
}

/** Fluent UI v9 and the libraries it is made of, summed as one line. */
const FLUENT = /^@fluentui\/|^@griffel\/|^tabster$|^keyborg$|^@floating-ui\/|^@swc\/helpers$|^stylis$|^rtl-css-js$|^use-sync-external-store$|^@ctrl\/tinycolor$/;

async function main(): Promise<void> {
  const root = resolve(__dirname, '..');
  const out = mkdtempSync(join(tmpdir(), 'evalsheet-bench-'));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(join(root, 'webpack.config.js')) as (env: object, argv: object) => Promise<webpack.Configuration>;
    const config = await factory({}, { mode: 'production' });
    config.output = { ...config.output, path: out };
    config.context = root;
    // Maps for the breakdown only: "hidden" adds .map files and leaves every .js byte as it is.
    config.devtool = 'hidden-source-map';
    const stats = await new Promise<webpack.Stats>((ok, fail) =>
      webpack(config, (err, s) => (err || !s ? fail(err ?? new Error('no stats')) : s.hasErrors() ? fail(new Error(s.toString('errors-only'))) : ok(s))),
    );
    const compilation = stats.compilation;
    const entry = compilation.entrypoints.get('taskpane');
    if (!entry) throw new Error('no "taskpane" entry in webpack.config.js');
    const initial = new Set(entry.chunks);
    const reachable = new Set<webpack.Chunk>();
    for (const c of initial) for (const a of c.getAllAsyncChunks()) reachable.add(a);
    const phased: [webpack.Chunk, Phase][] = [...[...initial].map((c): [webpack.Chunk, Phase] => [c, 'open']), ...[...reachable].map((c): [webpack.Chunk, Phase] => [c, phaseOf(c)])];

    const files: FileSize[] = phased.flatMap(([chunk, phase]) =>
      [...chunk.files]
        .filter((n) => n.endsWith('.js'))
        .map((file) => {
          const bytes = readFileSync(join(out, file));
          const parts = attribute(bytes.toString('utf8'), readFileSync(join(out, `${file}.map`), 'utf8'));
          return { file, phase, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, parts };
        }),
    );
    const modulesIn = (phases: Phase[]) =>
      phased.filter(([, p]) => phases.includes(p)).flatMap(([c]) => [...compilation.chunkGraph.getChunkModulesIterable(c)].flatMap((m) => moduleParts(m)));
    const excelModules = modulesIn(['open', 'view']);
    const forbidden = excelModules.filter((n) => FORBIDDEN.test(n));

    const open = files.filter((f) => f.phase === 'open');
    const views = files.filter((f) => f.phase === 'view');
    const standalone = files.filter((f) => f.phase === 'standalone');
    const atOpen = sumBy(open);
    const allViews = sumBy([...open, ...views]);
    const fluent = (rows: ReturnType<typeof breakdown>) => rows.filter((r) => FLUENT.test(r.name)).reduce((n, r) => n + r.gzip, 0);
    const openRows = breakdown(open);
    const viewRows = breakdown(views);
    const result = {
      entry: 'taskpane',
      budgetKB: BUDGET_KB,
      atOpen: { gzipKB: kb(atOpen.gzip), rawKB: kb(atOpen.bytes), withinBudget: atOpen.gzip / 1024 <= BUDGET_KB },
      withAllViews: { gzipKB: kb(allViews.gzip), rawKB: kb(allViews.bytes), withinBudget: allViews.gzip / 1024 <= BUDGET_KB },
      exceljsAbsent: forbidden.length === 0,
      forbiddenModules: forbidden.slice(0, 10),
      modulesChecked: excelModules.length,
      files: files.map(({ file, phase, bytes, gzip }) => ({ file, phase, rawKB: kb(bytes), gzipKB: kb(gzip) })),
      packagesAtOpen: openRows.map((r) => ({ name: r.name, rawKB: kb(r.bytes), gzipKB: kb(r.gzip) })),
      packagesOnDemand: viewRows.map((r) => ({ name: r.name, rawKB: kb(r.bytes), gzipKB: kb(r.gzip) })),
      fluentAtOpenGzipKB: kb(fluent(openRows)),
    };

    if (process.argv.includes('--json')) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      const label: Record<Phase, string> = { open: 'at open', view: 'on demand (a view)', standalone: 'standalone only' };
      console.log('Chunks the taskpane entry can load:');
      for (const f of files) console.log(`  ${f.file.padEnd(34)} ${(f.bytes / 1024).toFixed(1).padStart(6)} KB  gzip ${(f.gzip / 1024).toFixed(1).padStart(5)} KB  ${label[f.phase]}`);
      const table = (title: string, rows: ReturnType<typeof breakdown>, fluentKB: number) => {
        console.log(`${title} (minified KB / gzip KB, gzip estimated pro rata):`);
        for (const r of rows.filter((x) => x.bytes >= 512)) console.log(`  ${r.name.padEnd(40)} ${(r.bytes / 1024).toFixed(1).padStart(6)}  ${(r.gzip / 1024).toFixed(1).padStart(5)}`);
        const small = rows.filter((x) => x.bytes < 512);
        if (small.length) console.log(`  ${`(${small.length} more under 0.5 KB)`.padEnd(40)} ${(small.reduce((n, r) => n + r.bytes, 0) / 1024).toFixed(1).padStart(6)}  ${(small.reduce((n, r) => n + r.gzip, 0) / 1024).toFixed(1).padStart(5)}`);
        console.log(`  ${'= of which Fluent UI v9 and its parts'.padEnd(40)} ${''.padStart(6)}  ${(fluentKB / 1024).toFixed(1).padStart(5)}`);
      };
      table('Per package, at open', openRows, fluent(openRows));
      if (viewRows.length) table('Per package, on-demand view chunks', viewRows, fluent(viewRows));
      console.log(`At open in Excel: ${result.atOpen.gzipKB} KB gzipped (${result.atOpen.rawKB} KB raw); budget ${BUDGET_KB} KB: ${result.atOpen.withinBudget ? 'OK' : 'OVER'}`);
      console.log(`With every view opened: ${result.withAllViews.gzipKB} KB gzipped (${result.withAllViews.rawKB} KB raw)${result.withAllViews.withinBudget ? '' : ' (over the budget too)'}`);
      console.log(`exceljs/jszip/src/xlsx in the chunks Excel loads (${excelModules.length} modules checked): ${result.exceljsAbsent ? 'absent' : `PRESENT (${forbidden.slice(0, 3).join(', ')})`}`);
      console.log(`Standalone-only chunks (never loaded in Excel): ${standalone.map((f) => f.file).join(', ') || 'none'}`);
    }
    process.exitCode = result.atOpen.withinBudget && result.exceljsAbsent ? 0 : 1;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
});
