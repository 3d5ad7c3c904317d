/** End-to-end tests: the built pane (dist/) in headless Chromium. Run with `npm run test:e2e` (builds first). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2020' } }],
  },
  testTimeout: 120000,
};
