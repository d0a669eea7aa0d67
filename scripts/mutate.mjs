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
import sample from './mutation-sample.cjs';

const args = process.argv.slice(2);
const options = {};
let sampleSize = 0;
let seed = 1;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--mutate') options.mutate = args[++i].split(',');
  else if (a === '--force') options.force = true;
  else if (a === '--concurrency') options.concurrency = Number(args[++i]);
  else if (a === '--core-tests') options.jest = { projectType: 'custom', configFile: 'jest.stryker.core.config.js', enableFindRelatedTests: true };
  else if (a === '--sample') sampleSize = Number(args[++i]);
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

const { shuffled, rangeOf, keyOf, wilson95 } = sample;

let sampled = null;
let target = null;
if (sampleSize > 0) {
  target = options.mutate ?? config.mutate.filter((p) => !p.startsWith('!'));
  const files = filesOf(target);
  const quiet = () => false;
  const log = { debug() {}, info() {}, warn() {}, error() {}, trace() {}, fatal() {}, isDebugEnabled: quiet, isTraceEnabled: quiet, isInfoEnabled: quiet, isWarnEnabled: quiet, isErrorEnabled: quiet, isFatalEnabled: quiet };
  const { mutants } = await new Instrumenter(log).instrument(
    files.map((name) => ({ name, content: fs.readFileSync(name, 'utf8'), mutate: true })),
    { plugins: null, excludedMutations: [], ignorers: [] },
  );
  const picked = shuffled(mutants, seed).slice(0, sampleSize);
  sampled = new Set(picked.map((m) => keyOf(m.fileName, m.location, m.mutatorName, m.replacement)));
  // A range selects the drawn mutant and any nested in it (run, not counted).
  options.mutate = picked.map(rangeOf);
  console.log(`mutate: sample of ${picked.length} of the ${mutants.length} mutants in ${files.length} files (seed ${seed})`);
}

// One test runs the built bin (lib/cli/main.js) as a process: build it first, as `npm test` does.
execSync('npm run -s build:cli', { stdio: 'inherit' });
const all = await new Stryker(options).runMutationTest();
const rel = (f) => path.relative(process.cwd(), f).split(path.sep).join('/');
const results = sampled ? all.filter((r) => sampled.has(keyOf(rel(r.fileName), r.location, r.mutatorName, r.replacement, true))) : all;
const killed = results.filter((r) => ['Killed', 'Timeout'].includes(r.status)).length;
const counted = results.filter((r) => !['CompileError', 'RuntimeError', 'Ignored'].includes(r.status)).length;
console.log(`mutate: ${killed}/${counted} mutants killed (${counted ? ((100 * killed) / counted).toFixed(1) : '-'}%)`);
if (sampled) {
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
    score: counted ? Math.round((1000 * killed) / counted) / 10 : null,
    interval95: wilson95(killed, counted),
    survivors: results
      .filter((r) => r.status === 'Survived' || r.status === 'NoCoverage')
      .map((r) => `${rel(r.fileName)}:${r.location.start.line} ${r.mutatorName} ${r.status} → ${JSON.stringify(r.replacement ?? '').slice(0, 60)}`),
  };
  const file = 'stryker/samples.json';
  const samples = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  samples[target.join(',')] = entry;
  fs.writeFileSync(file, `${JSON.stringify(samples, null, 2)}\n`);
  console.log(`mutate: sampled score ${entry.score}% (95% interval ${entry.interval95?.join('–')}%), ${counted} counted of ${sampled.size} drawn; written to ${file}`);
}
