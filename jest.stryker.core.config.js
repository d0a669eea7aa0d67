/**
 * The engine's own tests (test/core), for mutation runs over src/core folders: the engine's tests
 * must catch the engine's bugs, and leaving out the CLI and .xlsx tests (which also run the engine,
 * through files) makes a run several times faster on 2 cores. `npm run mutate -- --core-tests`.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  // src is a root too: jest finds a test related to a mutated file only through modules it has mapped,
  // so without src a test reaching src/core/read through src/core/analyze would not be run.
  roots: ['<rootDir>/test/core', '<rootDir>/src'],
  // Mutation runs only: bail after the first failing file, skip files no covering test is in.
  runner: '<rootDir>/test/support/stryker-bail-runner.js',
  // The corpus pins read and analyse 14 .xlsx files in every run of the file (about 5 s instrumented,
  // for each mutant it covers): reading pins, not engine unit tests; npm test runs them.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/core/read/real-corpus\\.test\\.ts$'],
};
