// Test order for mutation runs (jest.mutation.config.js): fast, exact tests first and the slow
// statistical Monte Carlo file last, so a mutant that an exact test kills stops (jest bail) before
// the 20-second simulation file runs.
const Sequencer = require('@jest/test-sequencer').default;

const SLOW_LAST = ['analytics-montecarlo.test.ts', 'properties.test.ts', 'reference.test.ts'];
const rank = (p) => SLOW_LAST.findIndex((name) => p.endsWith(name));

class MutationSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
  }
}
module.exports = MutationSequencer;
