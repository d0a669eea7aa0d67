/**
 * Jest test runner for mutation runs (jest.stryker*.config.js), wrapping jest's own runner.
 *
 * StrykerJS's jest runner turns jest's `bail` off (jest cannot bail when called through its API)
 * and, with --findRelatedTests, loads every test file that imports the mutated file, even files
 * none of whose tests cover the mutant. Measured here (docs/mutation-testing.md) the loading is
 * most of a mutant's time. While a mutant is active (StrykerJS sets __STRYKER_ACTIVE_MUTANT__),
 * this runner:
 *  - runs only the test files that hold a test the mutant's test-name filter selects (names
 *    learnt from the dry run, written beside the sandbox; a file not seen there is kept);
 *  - stops after the first file with a failing test: one failure kills the mutant.
 * Outside a mutant run (the dry run, or jest used directly) it is jest's runner, unchanged.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const JestRunner = require('jest-runner').default;

const ACTIVE = '__STRYKER_ACTIVE_MUTANT__';

function mapFile(rootDir) {
  const id = crypto.createHash('sha1').update(rootDir).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `evalsheet-stryker-tests-${id}.json`);
}

let names = null; // test file path -> full test names, from the dry run

function loadNames(rootDir) {
  if (names) return names;
  try {
    names = new Map(Object.entries(JSON.parse(fs.readFileSync(mapFile(rootDir), 'utf8'))));
  } catch {
    names = new Map();
  }
  return names;
}

function failed(result) {
  return result.numFailingTests > 0 || Boolean(result.testExecError) || Boolean(result.failureMessage);
}

class StrykerBailRunner {
  constructor(globalConfig, context) {
    this._globalConfig = globalConfig;
    this._inner = new JestRunner(globalConfig, context);
    this.isSerial = this._inner.isSerial;
    this.supportsEventEmitters = true;
  }

  on(eventName, listener) {
    return this._inner.on(eventName, listener);
  }

  async runTests(tests, watcher, options) {
    const rootDir = this._globalConfig.rootDir;
    if (!process.env[ACTIVE]) {
      // Dry run (or a plain jest run): learn which test names each file holds.
      const seen = {};
      const off = this._inner.on('test-file-success', ([test, result]) => {
        seen[test.path] = result.testResults.map((r) => r.fullName);
      });
      try {
        return await this._inner.runTests(tests, watcher, options);
      } finally {
        off();
        try {
          const previous = fs.existsSync(mapFile(rootDir)) ? JSON.parse(fs.readFileSync(mapFile(rootDir), 'utf8')) : {};
          fs.writeFileSync(mapFile(rootDir), JSON.stringify({ ...previous, ...seen }));
          names = null;
        } catch {
          // Without the map every related file runs, as StrykerJS would run them.
        }
      }
    }
    const pattern = this._globalConfig.testNamePattern ? new RegExp(this._globalConfig.testNamePattern, 'i') : null;
    const known = loadNames(rootDir);
    const selected = pattern
      ? tests.filter((t) => !known.has(t.path) || known.get(t.path).some((n) => pattern.test(n)))
      : tests;
    let stop = false;
    const off = this._inner.on('test-file-success', ([, result]) => {
      if (failed(result)) stop = true;
    });
    const offFailure = this._inner.on('test-file-failure', () => {
      stop = true;
    });
    try {
      for (const test of selected) {
        if (stop) break;
        await this._inner.runTests([test], watcher, { ...options, serial: true });
      }
    } finally {
      off();
      offFailure();
    }
  }
}

module.exports = StrykerBailRunner;
