/** Browser tests: the built task pane in headless Chromium (playwright-core, Debian's chromium). */
const base = require('./jest.config');
module.exports = {
  ...base,
  roots: ['<rootDir>/test-e2e'],
  testMatch: ['**/*.e2e.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
};
