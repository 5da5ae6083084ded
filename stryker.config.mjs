// Mutation testing of the model: `npm run mutation` (not in CI: it runs for a long time). The score
// and every surviving mutant's explanation are in docs/mutation.md; the report goes to
// artifacts/mutation/. ignoreStatic: mutants in module-level code (field labels, Danish texts,
// preset tables) would each re-run every test; they are texts, checked by the docs tests instead.
// StringLiteral is left out for the same reason: message texts are pinned by the validation and CLI
// tests, and a mutant per message would double the run time without testing any arithmetic.
// incremental: a second run re-tests only the mutants whose code or covering tests changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  mutate: ['src/model/**/*.ts'],
  ignoreStatic: true,
  mutator: { excludedMutations: ['StringLiteral'] },
  incremental: true,
  incrementalFile: 'artifacts/mutation/incremental.json',
  ignorePatterns: ['dist', 'lib', 'artifacts', 'test-e2e', 'coverage', '.certs', 'scratch'],
  concurrency: 2,
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'artifacts/mutation/index.html' },
  jsonReporter: { fileName: 'artifacts/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
