// Jest reporter that records how many tests passed and failed, so .ci/run can print one plain
// "tests: N passed, N failed" line for the whole suite (unit + browser runs).
const fs = require('fs');
const path = require('path');

class CountReporter {
  constructor(globalConfig, options = {}) {
    this.file = path.resolve(options.file || 'artifacts/test-counts.jsonl');
  }
  onRunComplete(_contexts, results) {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const line = { passed: results.numPassedTests, failed: results.numFailedTests + results.numRuntimeErrorTestSuites, skipped: results.numPendingTests + results.numTodoTests };
    fs.appendFileSync(this.file, JSON.stringify(line) + '\n');
  }
}
module.exports = CountReporter;
