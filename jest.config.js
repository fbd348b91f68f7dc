/** Unit (*.unit.spec.ts), integration (*.int.spec.ts) and end-to-end (*.e2e.spec.ts) tests. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  // Nest 12 and several of its dependencies ship ES modules only; jest's CommonJS runtime needs them compiled.
  transform: { '^.+\\.(ts|js|mjs)$': swc },
  transformIgnorePatterns: [],
  moduleNameMapper: {
    '^@mutasi/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    // Entries of their own: the pure part of a lib whose index also holds infrastructure
    // (@mutasi/workforce/domain), and test helpers (@mutasi/transfers/testing).
    '^@mutasi/([a-z-]+)/([a-z-]+)$': '<rootDir>/libs/$1/src/$2',
  },
  // A bound for a test that hangs, not a speed target: on a machine busy with other work a
  // passing end-to-end test may take minutes (tests wait on conditions, never on time).
  testTimeout: 300_000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
