// StrykerJS: mutation testing of the engine, the CLI and the .xlsx adapter (docs/mutation-testing.md).
// `npm run mutate` runs everything incrementally: only mutants in changed code, or covered by
// changed tests, are run again; the rest come from stryker/incremental.json (committed).
// One folder: npm run mutate -- --mutate 'src/core/text/**/*.ts'
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.stryker.config.js',
    enableFindRelatedTests: true,
  },
  coverageAnalysis: 'perTest',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'src/core/**/*.ts',
    'src/cli/**/*.ts',
    'src/xlsx/**/*.ts',
    '!src/**/*.d.ts',
    '!src/core/index.ts',
    '!src/core/**/types.ts',
  ],
  // lib/ (the built CLI, from unmutated code) is copied: one test runs the built bin as a process.
  ignorePatterns: ['dist', 'test-output', 'coverage', 'reports', '.stryker-tmp', 'samples', 'assets'],
  // Static mutants (module-level lexicons and regexes) rerun every test: 64% of the time for a third
  // of the mutants on this 2-core machine. Ignored here, listed in docs/mutation-testing.md.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'stryker/incremental.json',
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
