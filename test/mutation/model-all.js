// One test file that loads every model test (jest.mutation.config.js). Jest gives each test file its
// own module registry, so 24 files would load the instrumented model 24 times for every mutant; from
// one file the model is evaluated once per mutant. The model tests share no state (no mocks, no
// hooks), so they mean the same here. Fast, exact files come first and the slow statistical ones last,
// so that bail-environment.js can stop a killed mutant before the simulations run.
const fs = require('node:fs');
const path = require('node:path');

const SLOW_LAST = ['caseDraw.test.ts', 'analytics-montecarlo.test.ts', 'properties.test.ts', 'reference.test.ts'];
const rank = (file) => SLOW_LAST.indexOf(file);

const dir = path.join(__dirname, '..', 'model');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts'));
files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
for (const file of files) require(path.join(dir, file));
