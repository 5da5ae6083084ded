// ESLint flat config (`npm run lint`, run by .ci/run after the type check).
//
// Formatting: no formatter (no Prettier). The code base has one consistent hand style (two-space
// indent, single quotes, semicolons, lines up to ~170 characters where a table of figures reads
// better on one line); a formatter would rewrite nearly every line at once, and tsc plus these rules
// already catch what matters for correctness. Whoever adds a formatter later adds it as one
// reformatting commit and sets eslint-config-prettier here.
//
// Every rule switched off below carries its reason on the same line.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jest from 'eslint-plugin-jest';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'artifacts/', 'coverage/', 'reports/', '.stryker-tmp*/'] },

  js.configs.recommended,
  ...tseslint.configs.recommended,

  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off', // Excel hands custom functions untyped values (any[][]), and zod/office.js generics need casts through any; coerce.ts checks every such value
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },

  // Code health (issue 10): no source file over 400 lines, no function over 80 (blank lines and comments counted).
  {
    files: ['src/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400 }], 'max-lines-per-function': ['error', { max: 80, IIFEs: true }] },
  },

  // Office's own rules for add-in code: the task pane and the custom functions talk to office.js.
  // Taken rule by rule rather than through the plugin's `recommended` preset, which also turns on
  // Prettier as a lint error and brings its own older TypeScript parser.
  {
    files: ['src/taskpane/**/*.ts', 'src/functions/**/*.ts', 'test-e2e/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },

  // Tests: no focused or disabled tests, ever (CI also fails when any test is skipped).
  {
    files: ['test/**/*.ts', 'test-e2e/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      // Helpers that assert: expectWithin, expectSeries, expectBadInput..., fast-check properties, close().
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'fc.assert', 'check', 'close'] }],
      'jest/no-conditional-expect': 'off', // property and fuzz tests check the branch the random input falls in (zod accepts or rejects, a cell is an error or a number); each branch asserts
    },
  },

  // Node scripts and configs (CommonJS).
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off', // CommonJS files load modules with require
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The pane's ES5 start-up check runs in the browser, before the bundles.
    files: ['src/taskpane/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    // Browser benchmarks: the functions they hand to page.evaluate run in Chromium.
    files: ['scripts/*bench*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
);
