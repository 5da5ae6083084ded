import { readReport, reportIn } from './test/mutation/reports.mjs';

// Mutation testing of the model: `npm run mutation` (not in CI: it runs for a long time). The score
// and every surviving mutant's explanation are in docs/mutation.md; the report goes to
// artifacts/mutation/. ignoreStatic: mutants in module-level code (field labels, Danish texts,
// preset tables) would each re-run every test; they are texts, checked by the docs tests instead.
// StringLiteral is left out for the same reason: message texts are pinned by the validation and CLI
// tests, and a mutant per message would double the run time without testing any arithmetic.
// incremental: a second run re-tests only the mutants whose code or covering tests changed.
// MUTATION_GROUP=arithmetic|statistics|input runs one part, with its own report and incremental
// file, so a part's result survives when a whole run cannot finish in one sitting;
// scripts/mutation-summary.mjs adds the parts' reports up.
const GROUPS = {
  arithmetic: ['case', 'contract', 'contractAnalysis', 'fund', 'fundFlows', 'outcomeFund', 'irr', 'bisect', 'goalseek', 'discount', 'discountSchedules', 'sensitivity', 'staircase', 'histogram', 'select'],
  statistics: ['montecarlo', 'distributions', 'fundMonteCarlo', 'caseDraw', 'random', 'defaultDistributions', 'distributionMessages'],
};
//
// MUTATION_RECHECK=<part> runs again, against every model test, the lines where the part's last run
// left a mutant alive: with perTest coverage a mutant runs only the tests that reached its line, and
// code behind a cache (key indexes, validation plans, discount tables) is reached only by the first
// test that fills the cache, so a mutant there can live although later tests would kill it. The
// recheck's report (artifacts/mutation/<part>-recheck/) replaces the part's results for the mutants
// it tested (scripts/mutation-summary.mjs). Make no edit to src/model between the part and its recheck:
// the lines are the part's.
const group = process.env.MUTATION_GROUP;
const recheck = process.env.MUTATION_RECHECK;
const PARTS = ['input', ...Object.keys(GROUPS)];
for (const [name, value] of [['MUTATION_GROUP', group], ['MUTATION_RECHECK', recheck]]) {
  if (value !== undefined && !PARTS.includes(value)) throw new Error(`${name} must be one of ${PARTS.join(', ')} (got '${value}')`);
}
const grouped = Object.values(GROUPS).flat().map((name) => `src/model/${name}.ts`);
const mutate = recheck !== undefined ? survivorLines(`artifacts/mutation/${recheck}`)
  : group === undefined ? ['src/model/**/*.ts']
  : group === 'input' ? ['src/model/**/*.ts', ...grouped.map((file) => `!${file}`)]
  : GROUPS[group].map((name) => `src/model/${name}.ts`);
// The run's name: its part, or the part and '-recheck'; none for the whole model.
const runName = recheck !== undefined ? `${recheck}-recheck` : group;
const reportDir = `artifacts/mutation${runName === undefined ? '' : `/${runName}`}`;

/** `file:line-line` for every line with a surviving or uncovered mutant in a part's report (a finished
 *  run's mutation.json, which an incremental run fills with the results it reused too, or its stream). */
function survivorLines(dir) {
  const report = reportIn(dir);
  if (report === undefined) throw new Error(`${dir} has no report to recheck: run MUTATION_GROUP=<part> npm run mutation first`);
  const lines = new Set();
  for (const [fileName, { mutants }] of Object.entries(readReport(report).files)) {
    for (const m of mutants) {
      if (m.status === 'Survived' || m.status === 'NoCoverage') lines.add(`${fileName}:${m.location.start.line}-${m.location.end.line}`);
    }
  }
  if (lines.size === 0) throw new Error(`${dir} has no surviving mutant to recheck`);
  return [...lines];
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  coverageAnalysis: recheck !== undefined ? 'all' : 'perTest',
  mutate,
  ignoreStatic: true,
  mutator: { excludedMutations: ['StringLiteral'] },
  incremental: recheck === undefined,
  incrementalFile: `${reportDir}/incremental.json`,
  ignorePatterns: ['dist', 'lib', 'artifacts', 'test-e2e', 'coverage', '.certs', 'scratch', '.stryker-tmp*'],
  concurrency: 2,
  timeoutMS: 10000,
  plugins: ['@stryker-mutator/*', './test/mutation/stream-reporter.mjs'],
  reporters: ['clear-text', 'progress', 'html', 'json', 'stream'],
  streamReporter: { fileName: `${reportDir}/results.jsonl` },
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  tempDirName: `.stryker-tmp${runName === undefined ? '' : `-${runName}`}`,
  cleanTempDir: 'always',
};
