/**
 * Size of the JS the pane loads inside Excel, gzipped (budget ≤ 170 KB, the size of Microsoft's React
 * task-pane template), and a check that the xlsx adapter (exceljs, jszip, src/xlsx) is not in it.
 *
 *   npx tsx scripts/bench-size.ts [--json]
 *
 * Builds with the project's webpack.config.js in production mode into a temporary folder and sorts
 * every JS chunk the "taskpane" entry can load by when Excel loads it:
 *   - at open: the entry's initial chunks (and the ribbon's function file, "commands", which Excel
 *     loads for the add-in's commands) and every async chunk that some code path loads at start
 *     (the Excel adapter, imported as soon as Office reports Excel). This is the headline figure and
 *     the one held to the budget. An async chunk counts here unless ALL the chunk groups that hold it
 *     are on-demand views ("view-*", and "excel-write", the adapter's writing code at the first write) or the standalone mode ("standalone", "xlsx"): when in doubt, it
 *     counts as loaded at open.
 *   - on demand: chunks only the views opened later load ("view-*"); reported, with the total of
 *     at-open + every view (what Excel has loaded once a person has opened every view).
 *   - standalone: chunks loaded only outside Excel (file picker, exceljs); never loaded in Excel.
 * The per-package breakdown attributes each minified byte to its source through a hidden source map
 * (the build's JS is byte-for-byte the same; only a .map file is added); see packageSizes for the two
 * gzip columns (gzip does not compress parts separately, so per-package gzip sizes are estimates).
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
/** What a view may load of src/xlsx: the direct reader and the little it needs (errors, the settings store's names). */
const READER_IN_VIEW = /[\\/]src[\\/]xlsx[\\/](read[\\/]|zip\.ts$|errors\.ts$|store\.ts$)/;
/** On demand: the views opened later, and the Excel adapter's writing code loaded at the first write. */
const VIEW_GROUP = /^view-|^excel-write$/;
const STANDALONE_GROUPS = new Set(['standalone', 'xlsx', 'xlsx-write', 'vendor-exceljs']);

type Phase = 'open' | 'view' | 'standalone';

interface FileSize {
  file: string;
  phase: Phase;
  bytes: number;
  gzip: number;
  /** The import()s that load it, for chunks webpack split off and named by number. */
  groups: string;
  /** Per package (see packageOf and packageSizes). */
  parts: Map<string, { bytes: number; gzipShare: number; gzipSaved: number }>;
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

/** A JS file cut into runs of bytes, each run labelled with the package its source map gives. */
function attribute(code: string, mapText: string): { pkg: string; text: string }[] {
  const map = new TraceMap(mapText);
  const lines = code.split('\n');
  const decoded = decodedMappings(map);
  const runs: { pkg: string; text: string }[] = [];
  const add = (pkg: string, text: string) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && last.pkg === pkg) last.text += text;
    else runs.push({ pkg, text });
  };
  lines.forEach((line, i) => {
    let prevCol = 0;
    let prevSrc: string | null = null;
    for (const seg of decoded[i] ?? []) {
      add(packageOf(prevSrc), line.slice(prevCol, seg[0]));
      prevCol = seg[0];
      prevSrc = seg.length >= 4 ? map.sources[seg[1] as number] ?? null : null;
    }
    add(packageOf(prevSrc), line.slice(prevCol) + (i < lines.length - 1 ? '\n' : ''));
  });
  return runs;
}

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * Per package: minified bytes; gzip bytes pro rata (the file's gzip size split by those bytes: the
 * shares add up to the total); and gzip bytes saved if the package's code were taken out of the files
 * (what dropping it would gain; these do not add up, gzip shares repeated text across packages).
 */
function packageSizes(runs: { pkg: string; text: string }[], gzip: number): Map<string, { bytes: number; gzipShare: number; gzipSaved: number }> {
  const bytes = new Map<string, number>();
  let total = 0;
  for (const r of runs) {
    // Bytes, not UTF-16 units: Japanese strings in the bundle are 3 bytes each in UTF-8.
    const n = Buffer.byteLength(r.text);
    bytes.set(r.pkg, (bytes.get(r.pkg) ?? 0) + n);
    total += n;
  }
  const out = new Map<string, { bytes: number; gzipShare: number; gzipSaved: number }>();
  for (const [pkg, n] of bytes) {
    const without = runs.filter((r) => r.pkg !== pkg).map((r) => r.text).join('');
    out.set(pkg, { bytes: n, gzipShare: (gzip * n) / total, gzipSaved: gzip - gzipSize(without) });
  }
  return out;
}

/**
 * When an async chunk loads, from the names of the chunk groups (import()s) that hold it: at open if
 * any of them is neither a view nor the standalone mode (unnamed ones included); else on demand if a
 * view holds it (a chunk shared by a view and the standalone mode loads in Excel with that view);
 * else standalone only.
 */
function phaseOf(chunk: webpack.Chunk): Phase {
  const names = [...chunk.groupsIterable].map((g) => g.name ?? '');
  if (names.length === 0 || names.some((n) => !VIEW_GROUP.test(n) && !STANDALONE_GROUPS.has(n))) return 'open';
  return names.some((n) => VIEW_GROUP.test(n)) ? 'view' : 'standalone';
}

function sumBy(files: FileSize[]): { bytes: number; gzip: number } {
  return files.reduce((a, f) => ({ bytes: a.bytes + f.bytes, gzip: a.gzip + f.gzip }), { bytes: 0, gzip: 0 });
}

interface PackageRow {
  name: string;
  bytes: number;
  gzipShare: number;
  gzipSaved: number;
}

/** Per-package sizes summed over a set of files, largest gzip share first. */
function breakdown(files: FileSize[]): PackageRow[] {
  const out = new Map<string, PackageRow>();
  for (const f of files) {
    for (const [name, v] of f.parts) {
      const cur = out.get(name) ?? { name, bytes: 0, gzipShare: 0, gzipSaved: 0 };
      cur.bytes += v.bytes;
      cur.gzipShare += v.gzipShare;
      cur.gzipSaved += v.gzipSaved;
      out.set(name, cur);
    }
  }
  return [...out.values()].sort((a, b) => b.gzipShare - a.gzipShare);
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
    // The ribbon's function file (commands.html) is loaded by Excel for the add-in's commands: counted at open too.
    const initial = new Set([...entry.chunks, ...(compilation.entrypoints.get('commands')?.chunks ?? [])]);
    const reachable = new Set<webpack.Chunk>();
    for (const c of initial) for (const a of c.getAllAsyncChunks()) reachable.add(a);
    const phased: [webpack.Chunk, Phase][] = [...[...initial].map((c): [webpack.Chunk, Phase] => [c, 'open']), ...[...reachable].map((c): [webpack.Chunk, Phase] => [c, phaseOf(c)])];

    const files: FileSize[] = phased.flatMap(([chunk, phase]) =>
      [...chunk.files]
        .filter((n) => n.endsWith('.js'))
        .map((file) => {
          const bytes = readFileSync(join(out, file));
          const gzip = gzipSize(bytes);
          const parts = packageSizes(attribute(bytes.toString('utf8'), readFileSync(join(out, `${file}.map`), 'utf8')), gzip);
          const groups = chunk.name ? '' : [...chunk.groupsIterable].map((g) => g.name ?? '?').join(', ');
          return { file, phase, groups, bytes: bytes.length, gzip, parts };
        }),
    );
    const modulesIn = (phases: Phase[]) =>
      phased.filter(([, p]) => phases.includes(p)).flatMap(([c]) => [...compilation.chunkGraph.getChunkModulesIterable(c)].flatMap((m) => moduleParts(m)));
    const excelModules = modulesIn(['open', 'view']);
    // The direct .xlsx reader (src/xlsx/read, fflate, no ExcelJS) may load with the Summary view, for
    // the planning division's submitted workbooks (issue 11); never at open, and ExcelJS never.
    const openModules = modulesIn(['open']);
    const forbidden = [...openModules.filter((n) => FORBIDDEN.test(n)), ...excelModules.filter((n) => FORBIDDEN.test(n) && !READER_IN_VIEW.test(n))];

    const open = files.filter((f) => f.phase === 'open');
    const views = files.filter((f) => f.phase === 'view');
    const standalone = files.filter((f) => f.phase === 'standalone');
    const atOpen = sumBy(open);
    const allViews = sumBy([...open, ...views]);
    const fluent = (rows: PackageRow[]) => rows.filter((r) => FLUENT.test(r.name)).reduce((n, r) => n + r.gzipShare, 0);
    const rowJson = (r: PackageRow) => ({ name: r.name, rawKB: kb(r.bytes), gzipShareKB: kb(r.gzipShare), gzipSavedKB: kb(r.gzipSaved) });
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
      files: files.map(({ file, phase, groups, bytes, gzip }) => ({ file, phase, groups, rawKB: kb(bytes), gzipKB: kb(gzip) })),
      packagesAtOpen: openRows.map(rowJson),
      packagesOnDemand: viewRows.map(rowJson),
      fluentAtOpenGzipKB: kb(fluent(openRows)),
    };

    if (process.argv.includes('--json')) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      const label: Record<Phase, string> = { open: 'at open', view: 'on demand (a view, a first write)', standalone: 'standalone only' };
      console.log('JS chunks of the pane (taskpane entry and what it imports) and of the ribbon function file (commands):');
      for (const f of files) console.log(`  ${f.file.padEnd(34)} ${(f.bytes / 1024).toFixed(1).padStart(6)} KB  gzip ${(f.gzip / 1024).toFixed(1).padStart(5)} KB  ${label[f.phase]}${f.groups ? ` (${f.groups})` : ''}`);
      const num = (n: number, w: number) => (n / 1024).toFixed(1).padStart(w);
      const table = (title: string, rows: PackageRow[], fluentKB: number) => {
        console.log(`${title}: KB minified, KB gzip (share of the total), KB gzip saved without it`);
        for (const r of rows.filter((x) => x.bytes >= 512)) console.log(`  ${r.name.padEnd(40)} ${num(r.bytes, 6)}  ${num(r.gzipShare, 5)}  ${num(r.gzipSaved, 5)}`);
        const small = rows.filter((x) => x.bytes < 512);
        const sum = (k: 'bytes' | 'gzipShare') => small.reduce((n, r) => n + r[k], 0);
        if (small.length) console.log(`  ${`(${small.length} more under 0.5 KB)`.padEnd(40)} ${num(sum('bytes'), 6)}  ${num(sum('gzipShare'), 5)}`);
        console.log(`  ${'= of which Fluent UI v9 and its parts'.padEnd(40)} ${''.padStart(6)}  ${num(fluentKB, 5)}`);
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
