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
const group = process.env.MUTATION_GROUP;
if (group !== undefined && group !== 'input' && !(group in GROUPS)) throw new Error(`MUTATION_GROUP must be one of arithmetic, statistics, input (got '${group}')`);
const grouped = Object.values(GROUPS).flat().map((name) => `src/model/${name}.ts`);
const mutate = group === undefined ? ['src/model/**/*.ts']
  : group === 'input' ? ['src/model/**/*.ts', ...grouped.map((file) => `!${file}`)]
  : GROUPS[group].map((name) => `src/model/${name}.ts`);
const reportDir = `artifacts/mutation${group === undefined ? '' : `/${group}`}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  mutate,
  ignoreStatic: true,
  mutator: { excludedMutations: ['StringLiteral'] },
  incremental: true,
  incrementalFile: `${reportDir}/incremental.json`,
  ignorePatterns: ['dist', 'lib', 'artifacts', 'test-e2e', 'coverage', '.certs', 'scratch', '.stryker-tmp*'],
  concurrency: 2,
  timeoutMS: 10000,
  plugins: ['@stryker-mutator/*', './test/mutation/stream-reporter.mjs'],
  reporters: ['clear-text', 'progress', 'html', 'json', 'stream'],
  streamReporter: { fileName: `${reportDir}/results.jsonl` },
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  tempDirName: `.stryker-tmp${group === undefined ? '' : `-${group}`}`,
  cleanTempDir: 'always',
};
