// Runs StrykerJS (config: stryker.config.mjs) through its API rather than its CLI: the CLI of
// StrykerJS 10 refuses Node 20 at start-up (engines >=22), while the mutation run itself works
// on the Node 20 this project targets. Arguments: --mutate 'glob,glob' (one folder), --force
// (ignore the incremental file and rerun every mutant), --concurrency N, --core-tests (only the
// engine's tests, test/core: for src/core folders, several times faster).
import { execSync } from 'node:child_process';
import { Stryker } from '../node_modules/@stryker-mutator/core/dist/src/stryker.js';

const args = process.argv.slice(2);
const options = {};
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--mutate') options.mutate = args[++i].split(',');
  else if (a === '--force') options.force = true;
  else if (a === '--concurrency') options.concurrency = Number(args[++i]);
  else if (a === '--core-tests') options.jest = { projectType: 'custom', configFile: 'jest.stryker.core.config.js', enableFindRelatedTests: true };
  else {
    console.error(`mutate: unknown argument ${a} (use --mutate 'glob,glob', --force, --concurrency N, --core-tests)`);
    process.exit(2);
  }
}
// One test runs the built bin (lib/cli/main.js) as a process: build it first, as `npm test` does.
execSync('npm run -s build:cli', { stdio: 'inherit' });
const results = await new Stryker(options).runMutationTest();
const killed = results.filter((r) => ['Killed', 'Timeout'].includes(r.status)).length;
const counted = results.filter((r) => !['CompileError', 'RuntimeError', 'Ignored'].includes(r.status)).length;
console.log(`mutate: ${killed}/${counted} mutants killed (${counted ? ((100 * killed) / counted).toFixed(1) : '-'}%)`);
