/** One jest run for the whole project; pane tests opt into jsdom per file with a docblock. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, which does not load under jest on Node 20.
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js',
  },
  testTimeout: 30000,
};
