/**
 * The jest configuration StrykerJS runs mutants against: the engine, CLI and .xlsx adapter tests
 * (no pane, browser or Excel-mock tests, which never import the mutated folders).
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  // src is a root too: jest finds a test related to a mutated file only through modules it has mapped.
  roots: ['<rootDir>/test/core', '<rootDir>/test/cli', '<rootDir>/test/xlsx', '<rootDir>/src'],
  // Mutation runs only: bail after the first failing file, skip files no covering test is in.
  runner: '<rootDir>/test/support/stryker-bail-runner.js',
};
