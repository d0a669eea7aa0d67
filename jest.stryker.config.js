/**
 * The jest configuration StrykerJS runs mutants against: the engine, CLI and .xlsx adapter tests
 * (no pane, browser or Excel-mock tests, which never import the mutated folders).
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/core', '<rootDir>/test/cli', '<rootDir>/test/xlsx'],
  // Mutation runs only: bail after the first failing file, skip files no covering test is in.
  runner: '<rootDir>/test/support/stryker-bail-runner.js',
};
