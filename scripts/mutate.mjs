// Runs StrykerJS (config: stryker.config.mjs) through its API rather than its CLI: the CLI of
// StrykerJS 10 refuses Node 20 at start-up (engines >=22), while the mutation run itself works
// on the Node 20 this project targets. Arguments:
//   --mutate 'glob,glob'  one folder or file (default: the config's mutate list)
//   --force               ignore the incremental file and rerun every mutant
//   --concurrency N       StrykerJS processes (with the TypeScript checker: half check, half test)
//   --core-tests          only the engine's tests (test/core): for src/core folders, several times faster
//   --sample N [--seed S] a random sample of N of the folder's mutants (docs/mutation-testing.md,
//                         "Sampled scores"): the score of the sample with its 95% interval, written
//                         to stryker/samples.json; for folders too large to run whole on 2 cores.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import glob from 'glob';
import { Stryker } from '../node_modules/@stryker-mutator/core/dist/src/stryker.js';
import { Instrumenter } from '../node_modules/@stryker-mutator/instrumenter/dist/src/index.js';
import config from '../stryker.config.mjs';

const args = process.argv.slice(2);
const options = {};
let sample = 0;
let seed = 1;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--mutate') options.mutate = args[++i].split(',');
  else if (a === '--force') options.force = true;
  else if (a === '--concurrency') options.concurrency = Number(args[++i]);
  else if (a === '--core-tests') options.jest = { projectType: 'custom', configFile: 'jest.stryker.core.config.js', enableFindRelatedTests: true };
  else if (a === '--sample') sample = Number(args[++i]);
  else if (a === '--seed') seed = Number(args[++i]);
  else {
    console.error(`mutate: unknown argument ${a} (use --mutate 'glob,glob', --force, --concurrency N, --core-tests, --sample N, --seed S)`);
    process.exit(2);
  }
}

/** Files a mutate list names, without the config's exclusions (`!…`). */
function filesOf(patterns) {
  const excluded = config.mutate.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return [...new Set(patterns.flatMap((p) => glob.sync(p, { ignore: excluded, nodir: true })))].sort();
}

/** Deterministic shuffle (mulberry32), so a sample can be drawn again from its seed. */
function shuffled(list, s) {
  let t = s >>> 0;
  const rand = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const key = (file, loc, mutator, replacement) =>
  `${file}:${loc.start.line}:${loc.start.column}-${loc.end.line}:${loc.end.column}:${mutator}:${replacement}`;

let sampled = null;
let target = null;
if (sample > 0) {
  target = options.mutate ?? config.mutate.filter((p) => !p.startsWith('!'));
  const files = filesOf(target);
  const quiet = () => false;
  const log = { debug() {}, info() {}, warn() {}, error() {}, trace() {}, fatal() {}, isDebugEnabled: quiet, isTraceEnabled: quiet, isInfoEnabled: quiet, isWarnEnabled: quiet, isErrorEnabled: quiet, isFatalEnabled: quiet };
  const { mutants } = await new Instrumenter(log).instrument(
    files.map((name) => ({ name, content: fs.readFileSync(name, 'utf8'), mutate: true })),
    { plugins: null, excludedMutations: [], ignorers: [] },
  );
  const picked = shuffled(mutants, seed).slice(0, sample);
  sampled = new Set(picked.map((m) => key(m.fileName, m.location, m.mutatorName, m.replacement)));
  // A range selects the mutants whose node lies inside it: the picked one, and any nested in it.
  // Lines are 1-based in a range, 0-based in the instrumenter's locations; columns are 0-based in both.
  options.mutate = picked.map((m) => `${m.fileName}:${m.location.start.line + 1}:${m.location.start.column}-${m.location.end.line + 1}:${m.location.end.column}`);
  console.log(`mutate: sample of ${picked.length} of the ${mutants.length} mutants in ${files.length} files (seed ${seed})`);
}

// One test runs the built bin (lib/cli/main.js) as a process: build it first, as `npm test` does.
execSync('npm run -s build:cli', { stdio: 'inherit' });
const all = await new Stryker(options).runMutationTest();
const rel = (f) => path.relative(process.cwd(), f).split(path.sep).join('/');
// StrykerJS reports 1-based lines and columns; the instrumenter's locations are 0-based.
const zero = (l) => ({ start: { line: l.start.line - 1, column: l.start.column - 1 }, end: { line: l.end.line - 1, column: l.end.column - 1 } });
const results = sampled ? all.filter((r) => sampled.has(key(rel(r.fileName), zero(r.location), r.mutatorName, r.replacement))) : all;
const killed = results.filter((r) => ['Killed', 'Timeout'].includes(r.status)).length;
const counted = results.filter((r) => !['CompileError', 'RuntimeError', 'Ignored'].includes(r.status)).length;
console.log(`mutate: ${killed}/${counted} mutants killed (${counted ? ((100 * killed) / counted).toFixed(1) : '-'}%)`);
if (sampled) {
  // Wilson score interval, 95%.
  const z = 1.96;
  const p = counted ? killed / counted : 0;
  const d = 1 + (z * z) / counted;
  const mid = (p + (z * z) / (2 * counted)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / counted + (z * z) / (4 * counted * counted))) / d;
  const count = (s) => results.filter((r) => r.status === s).length;
  const entry = {
    date: new Date().toISOString().slice(0, 10),
    commit: execSync('git rev-parse --short HEAD').toString().trim(),
    tests: options.jest ? 'test/core' : 'test/core, test/cli, test/xlsx',
    seed,
    drawn: sampled.size,
    found: results.length,
    counted,
    killed: count('Killed'),
    timeout: count('Timeout'),
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    notCounted: results.length - counted,
    score: Number((100 * p).toFixed(1)),
    interval95: [Number((100 * (mid - half)).toFixed(1)), Number((100 * (mid + half)).toFixed(1))],
    survivors: results
      .filter((r) => r.status === 'Survived' || r.status === 'NoCoverage')
      .map((r) => `${rel(r.fileName)}:${r.location.start.line} ${r.mutatorName} ${r.status} → ${JSON.stringify(r.replacement ?? '').slice(0, 60)}`),
  };
  const file = 'stryker/samples.json';
  const samples = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  samples[target.join(',')] = entry;
  fs.writeFileSync(file, `${JSON.stringify(samples, null, 2)}\n`);
  console.log(`mutate: sampled score ${entry.score}% (95% interval ${entry.interval95[0]}–${entry.interval95[1]}%), ${counted} counted of ${sampled.size} drawn; written to ${file}`);
}
