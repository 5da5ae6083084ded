/** Jest for mutation testing (`npm run mutation`): the model's tests only, compiled without type checks
 *  (Stryker's mutants are not type-correct, and type checks would dominate the run time). */
const base = require('./jest.config');
module.exports = {
  ...base,
  roots: ['<rootDir>/test/model'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }],
  },
  reporters: ['default'],
  testSequencer: '<rootDir>/scripts/jest-mutation-sequencer.js',
};
