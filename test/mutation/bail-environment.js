// Jest's node environment that stops a mutation run at its first failing test (jest.mutation.config.js):
// one failure already kills the mutant, and jest offers no bail within a test file. Tests after the
// failure are marked skipped as they start. In the dry run and in a mutant that survives nothing fails,
// so every covering test runs, as without it.
const { TestEnvironment } = require('jest-environment-node');

class BailAfterFirstFailure extends TestEnvironment {
  failed = false;

  async handleTestEvent(event) {
    if (event.name === 'test_fn_failure') this.failed = true;
    if (event.name === 'test_start' && this.failed) event.test.mode = 'skip';
  }
}

module.exports = BailAfterFirstFailure;
