/** Jest for mutation testing (`npm run mutation`): the model's tests only, loaded from one file
 *  (test/mutation/model-all.js) in an environment that stops at the first failure
 *  (test/mutation/bail-environment.js), compiled without type checks (Stryker's mutants are not
 *  type-correct, and type checks would dominate the run time), with fast-check's properties capped at
 *  50 cases (test/mutation/fast-check-capped.js). Each file says why. */
const base = require('./jest.config');
module.exports = {
  ...base,
  roots: ['<rootDir>/test/mutation'],
  testMatch: ['**/model-all.js'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }],
  },
  moduleNameMapper: { ...base.moduleNameMapper, '^fast-check$': require('node:path').join(__dirname, 'test/mutation/fast-check-capped.js') },
  testEnvironment: require('node:path').join(__dirname, 'test/mutation/bail-environment.js'),
  reporters: ['default'],
};
