// fast-check for mutation runs (jest.mutation.config.js maps 'fast-check' here): every property runs
// at most MAX_RUNS cases instead of its 300-1,000. A mutant that survives reruns every test covering
// it, and the properties were about half of the model tests' 43 s; with the cap a surviving mutant
// costs a few seconds instead of half a minute. The cap can only let a mutant live that more cases
// would have caught, so it lowers the score, never raises it. CI runs the properties in full.
const path = require('node:path');

const MAX_RUNS = 50;
const fc = require(path.join(__dirname, '../../node_modules/fast-check/lib/cjs/fast-check.js'));

const capped = { ...fc, assert: (property, params) => fc.assert(property, { ...params, numRuns: Math.min(params?.numRuns ?? 100, MAX_RUNS) }) };
capped.default = capped;
module.exports = capped;
