/**
 * The engine's own tests (test/core), for mutation runs over src/core folders: the engine's tests
 * must catch the engine's bugs, and leaving out the CLI and .xlsx tests (which also run the engine,
 * through files) makes a run several times faster on 2 cores. `npm run mutate -- --core-tests`.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/core'],
};
