/**
 * Every rule of MODEL.md's parameter tables (sections 1 and 2) and section 3, broken once: validate()
 * must throw a ParameterError whose message names the key, the offending value and the rule, and whose
 * `key` is the parameter. The rules below are copied from MODEL.md by hand, not read from the model's
 * schema, so a schema that drifts from the spec fails here.
 */
import {
  caseModel,
  fundModel,
  validate,
  mergeInput,
  run,
  findPreset,
  ModelDef,
  ParameterError,
} from '../../src/model';
import { parameterErrorOf } from './helpers';

const caseBase = { ...(findPreset('holbaek-ips')!.values as Record<string, unknown>) };
const fundBase = { ...(findPreset('dsi-fund-25m')!.values as Record<string, unknown>) };

// Keys of MODEL.md, section 1 and section 2 parameter tables.
const CASE_KEYS = [
  'participants', 'costTotal', 'costPerParticipant', 'costProfile', 'costShareKommune', 'costShareRegion',
  'costShareStat', 'dropoutRate', 'successRate', 'baselineRate', 'effectRamp', 'persistence', 'gainKommune',
  'gainRegion', 'gainStat', 'horizon', 'startYear', 'discountRate',
];
const FUND_KEYS = [
  'initialCapital', 'horizon', 'startYear', 'repaymentMultiple', 'repaymentYears', 'repaymentLag',
  'reinvestShare', 'costPerParticipant', 'successRate', 'averageInvestment',
];

test('the models have exactly the keys of MODEL.md', () => {
  expect(caseModel.params.map((p) => p.key).sort()).toEqual([...CASE_KEYS].sort());
  expect(fundModel.params.map((p) => p.key).sort()).toEqual([...FUND_KEYS].sort());
});

test('the base inputs (the presets) are valid', () => {
  expect(() => validate(caseModel, caseBase)).not.toThrow();
  expect(() => validate(fundModel, fundBase)).not.toThrow();
});

interface Violation {
  /** The key the error must name (and carry as ParameterError.key). */
  key: string;
  /** The input values that break the rule (merged over the base; undefined deletes a key). */
  set: Record<string, unknown>;
  /** Text the message must show for the offending value. */
  shows: string;
  /** A phrase of the rule the message must state. */
  rule: RegExp;
}

/** One row per broken rule of MODEL.md section 1. */
const CASE_VIOLATIONS: Violation[] = [
  // participants: number > 0, required
  { key: 'participants', set: { participants: 0 }, shows: '0', rule: /greater than 0/ },
  { key: 'participants', set: { participants: -5 }, shows: '-5', rule: /greater than 0/ },
  { key: 'participants', set: { participants: -1e-9 }, shows: '-1e-9', rule: /greater than 0/ },
  // costTotal / costPerParticipant: number >= 0; one of the two, not both
  { key: 'costTotal', set: { costTotal: -1 }, shows: '-1', rule: /0 or more/ },
  { key: 'costPerParticipant', set: { costTotal: undefined, costPerParticipant: -0.01 }, shows: '-0.01', rule: /0 or more/ },
  { key: 'costPerParticipant', set: { costPerParticipant: 38_000 }, shows: '38000', rule: /costTotal or costPerParticipant, not both/ },
  { key: 'costTotal', set: { costTotal: undefined }, shows: 'costTotal', rule: /required/ },
  // costProfile: each >= 0, sum = 1 (within 1e-9), k <= H
  { key: 'costProfile', set: { costProfile: [1.5, -0.5] }, shows: '-0.5', rule: /0 or more/ },
  { key: 'costProfile', set: { costProfile: [0.5, 0.4] }, shows: '0.9', rule: /sum to 1/ },
  { key: 'costProfile', set: { costProfile: [0.6, 0.4 + 2e-9] }, shows: '1.000000002', rule: /sum to 1/ },
  { key: 'costProfile', set: { costProfile: [0.5, 0.5], horizon: 1 }, shows: '2 years', rule: /not be longer than the horizon/ },
  { key: 'costProfile', set: { costProfile: [] }, shows: 'costProfile', rule: /at least one value/ },
  { key: 'costProfile', set: { costProfile: 1 }, shows: '1', rule: /list of numbers/ },
  // cost shares: each in [0, 1], sum = 1
  { key: 'costShareKommune', set: { costShareKommune: 1.5 }, shows: '1.5', rule: /between 0 and 1/ },
  { key: 'costShareRegion', set: { costShareRegion: -0.1 }, shows: '-0.1', rule: /between 0 and 1/ },
  { key: 'costShareStat', set: { costShareStat: 1.01 }, shows: '1.01', rule: /between 0 and 1/ },
  { key: 'costShareKommune', set: { costShareKommune: 0.5, costShareRegion: 0.4 }, shows: '0.9', rule: /sum to 1/ },
  { key: 'costShareKommune', set: { costShareKommune: 1, costShareStat: 0.25 }, shows: '1.25', rule: /sum to 1/ },
  // dropoutRate: [0, 1)
  { key: 'dropoutRate', set: { dropoutRate: -0.01 }, shows: '-0.01', rule: /at least 0 and below 1/ },
  { key: 'dropoutRate', set: { dropoutRate: 1 }, shows: '1', rule: /at least 0 and below 1/ },
  // successRate: [0, 1], required
  { key: 'successRate', set: { successRate: -0.01 }, shows: '-0.01', rule: /between 0 and 1/ },
  { key: 'successRate', set: { successRate: 1.01 }, shows: '1.01', rule: /between 0 and 1/ },
  { key: 'successRate', set: { successRate: undefined }, shows: 'successRate', rule: /required/ },
  // baselineRate: [0, 1]
  { key: 'baselineRate', set: { baselineRate: -0.5 }, shows: '-0.5', rule: /between 0 and 1/ },
  { key: 'baselineRate', set: { baselineRate: 2 }, shows: '2', rule: /between 0 and 1/ },
  // effectRamp: each >= 0, m >= 1
  { key: 'effectRamp', set: { effectRamp: [-0.5, 1] }, shows: '-0.5', rule: /0 or more/ },
  { key: 'effectRamp', set: { effectRamp: [] }, shows: 'effectRamp', rule: /at least one value/ },
  // persistence: [0, 1]
  { key: 'persistence', set: { persistence: -0.1 }, shows: '-0.1', rule: /between 0 and 1/ },
  { key: 'persistence', set: { persistence: 1.1 }, shows: '1.1', rule: /between 0 and 1/ },
  // gains: any finite number, required
  { key: 'gainKommune', set: { gainKommune: undefined }, shows: 'gainKommune', rule: /required/ },
  { key: 'gainRegion', set: { gainRegion: undefined }, shows: 'gainRegion', rule: /required/ },
  { key: 'gainStat', set: { gainStat: undefined }, shows: 'gainStat', rule: /required/ },
  // horizon: integer 1..50
  { key: 'horizon', set: { horizon: 0 }, shows: '0', rule: /whole number from 1 to 50/ },
  { key: 'horizon', set: { horizon: 51 }, shows: '51', rule: /whole number from 1 to 50/ },
  { key: 'horizon', set: { horizon: 6.5 }, shows: '6.5', rule: /whole number from 1 to 50/ },
  // startYear: integer 1900..2200
  { key: 'startYear', set: { startYear: 1899 }, shows: '1899', rule: /whole number from 1,?900 to 2,?200/ },
  { key: 'startYear', set: { startYear: 2201 }, shows: '2201', rule: /whole number from 1,?900 to 2,?200/ },
  { key: 'startYear', set: { startYear: 2024.5 }, shows: '2024.5', rule: /whole number/ },
  // discountRate: [0, 1), or a vector of such rates
  { key: 'discountRate', set: { discountRate: -0.01 }, shows: '-0.01', rule: /at least 0 and below 1/ },
  { key: 'discountRate', set: { discountRate: 1 }, shows: '1', rule: /at least 0 and below 1/ },
  { key: 'discountRate', set: { discountRate: [0.03, 1] }, shows: '1', rule: /at least 0 and below 1/ },
  { key: 'discountRate', set: { discountRate: [] }, shows: 'discountRate', rule: /at least one value/ },
];

/** One row per broken rule of MODEL.md section 2. */
const FUND_VIOLATIONS: Violation[] = [
  { key: 'initialCapital', set: { initialCapital: 0 }, shows: '0', rule: /greater than 0/ },
  { key: 'initialCapital', set: { initialCapital: -25e6 }, shows: '-25000000', rule: /greater than 0/ },
  { key: 'initialCapital', set: { initialCapital: undefined }, shows: 'initialCapital', rule: /required/ },
  { key: 'horizon', set: { horizon: 0 }, shows: '0', rule: /whole number from 1 to 50/ },
  { key: 'horizon', set: { horizon: 51 }, shows: '51', rule: /whole number from 1 to 50/ },
  { key: 'horizon', set: { horizon: 2.5 }, shows: '2.5', rule: /whole number/ },
  { key: 'startYear', set: { startYear: 2024.5 }, shows: '2024.5', rule: /whole number/ },
  { key: 'repaymentMultiple', set: { repaymentMultiple: -0.1 }, shows: '-0.1', rule: /0 or more/ },
  { key: 'repaymentMultiple', set: { repaymentMultiple: undefined }, shows: 'repaymentMultiple', rule: /required/ },
  { key: 'repaymentYears', set: { repaymentYears: 0 }, shows: '0', rule: /whole number/ },
  { key: 'repaymentYears', set: { repaymentYears: 2.5 }, shows: '2.5', rule: /whole number/ },
  { key: 'repaymentLag', set: { repaymentLag: 0 }, shows: '0', rule: /whole number/ },
  { key: 'repaymentLag', set: { repaymentLag: 1.5 }, shows: '1.5', rule: /whole number/ },
  { key: 'reinvestShare', set: { reinvestShare: -0.1 }, shows: '-0.1', rule: /between 0 and 1/ },
  { key: 'reinvestShare', set: { reinvestShare: 1.1 }, shows: '1.1', rule: /between 0 and 1/ },
  { key: 'costPerParticipant', set: { costPerParticipant: 0 }, shows: '0', rule: /greater than 0/ },
  { key: 'costPerParticipant', set: { costPerParticipant: undefined }, shows: 'costPerParticipant', rule: /required/ },
  { key: 'successRate', set: { successRate: -0.1 }, shows: '-0.1', rule: /between 0 and 1/ },
  { key: 'successRate', set: { successRate: 1.1 }, shows: '1.1', rule: /between 0 and 1/ },
  { key: 'successRate', set: { successRate: undefined }, shows: 'successRate', rule: /required/ },
  { key: 'averageInvestment', set: { averageInvestment: 0 }, shows: '0', rule: /greater than 0/ },
  { key: 'averageInvestment', set: { averageInvestment: -4e6 }, shows: '-4000000', rule: /greater than 0/ },
];

function withSet(base: Record<string, unknown>, set: Record<string, unknown>): Record<string, unknown> {
  const input = { ...base };
  for (const [k, v] of Object.entries(set)) {
    if (v === undefined) delete input[k];
    else input[k] = v;
  }
  return input;
}

function expectViolation(model: ModelDef<any, any>, base: Record<string, unknown>, v: Violation): ParameterError {
  const e = parameterErrorOf(() => validate(model, withSet(base, v.set)));
  expect(e.name).toBe('ParameterError');
  expect(e.kind).toBe('invalid');
  expect(e.key).toBe(v.key);
  expect(e.message).toContain(v.key);
  expect(e.message).toContain(v.shows);
  expect(e.message).toMatch(v.rule);
  return e;
}

describe('case model: each rule of MODEL.md section 1 broken once', () => {
  test.each(CASE_VIOLATIONS.map((v) => [`${v.key} ${JSON.stringify(v.set)}`, v] as const))('%s', (_label, v) => {
    expectViolation(caseModel, caseBase, v);
  });

  test('every case key has at least one row above', () => {
    // (gains are "any finite number": their rows are "required"; text / NaN / Infinity come below.)
    const covered = new Set(CASE_VIOLATIONS.map((v) => v.key));
    expect(CASE_KEYS.filter((k) => !covered.has(k))).toEqual([]);
  });
});

describe('fund model: each rule of MODEL.md section 2 broken once', () => {
  test.each(FUND_VIOLATIONS.map((v) => [`${v.key} ${JSON.stringify(v.set)}`, v] as const))('%s', (_label, v) => {
    expectViolation(fundModel, fundBase, v);
  });

  test('every fund key is covered', () => {
    const covered = new Set(FUND_VIOLATIONS.map((v) => v.key));
    expect(FUND_KEYS.filter((k) => !covered.has(k))).toEqual([]);
  });
});

describe('boundaries that MODEL.md allows are accepted', () => {
  test.each([
    ['participants tiny but > 0', { participants: 1e-9 }],
    ['costTotal 0', { costTotal: 0 }],
    ['costProfile summing to 1 within 1e-9', { costProfile: [0.6, 0.4 + 5e-10] }],
    ['costProfile as long as the horizon', { costProfile: [0.5, 0.1, 0.1, 0.1, 0.1, 0.1] }],
    ['cost shares 0 / 0 / 1', { costShareKommune: 0, costShareRegion: 0, costShareStat: 1 }],
    ['dropoutRate 0.999', { dropoutRate: 0.999 }],
    ['successRate 0 and 1', { successRate: 0, baselineRate: 1 }],
    ['persistence 0', { persistence: 0 }],
    ['negative gains', { gainKommune: -50_000 }],
    ['horizon 1 with a one-year profile', { horizon: 1, costProfile: [1] }],
    ['horizon 50', { horizon: 50 }],
    ['startYear 1900', { startYear: 1900 }],
    ['startYear 2200', { startYear: 2200 }],
    ['discountRate just below 1', { discountRate: 0.999 }],
    ['discountRate vector', { discountRate: [0.035, 0.035, 0.025] }],
    ['costPerParticipant instead of costTotal', { costTotal: undefined, costPerParticipant: 38_000 }],
  ])('%s', (_label, set) => {
    expect(() => validate(caseModel, withSet(caseBase, set))).not.toThrow();
  });

  test.each([
    ['repaymentMultiple 0', { repaymentMultiple: 0 }],
    ['reinvestShare 0 and 1', { reinvestShare: 0 }],
    ['repaymentLag and repaymentYears 1', { repaymentLag: 1, repaymentYears: 1 }],
    ['horizon 50', { horizon: 50 }],
  ])('fund: %s', (_label, set) => {
    expect(() => validate(fundModel, withSet(fundBase, set))).not.toThrow();
  });
});

describe('section 3: text, NaN and Infinity are rejected for every numeric key', () => {
  const bad: [string, unknown, string, RegExp][] = [
    ['text', 'abc', "'abc'", /not text/],
    ['a number written as text', '0.5', "'0.5'", /not text/],
    ['an empty text', '', 'nothing', /not text/],
    ['NaN', NaN, 'NaN', /finite number/],
    ['Infinity', Infinity, 'Infinity', /finite number/],
    ['-Infinity', -Infinity, '-Infinity', /finite number/],
    ['TRUE', true, 'TRUE', /must be a number/],
  ];
  const cases: [string, string, unknown, string, RegExp, ModelDef<any, any>, Record<string, unknown>][] = [];
  for (const [model, keys, base] of [
    [caseModel, CASE_KEYS, caseBase],
    [fundModel, FUND_KEYS, fundBase],
  ] as const) {
    for (const key of keys) {
      for (const [label, value, shows, rule] of bad) {
        cases.push([`${model.kind}.${key} = ${label}`, key, value, shows, rule, model, base]);
      }
    }
  }

  test.each(cases)('%s', (_label, key, value, shows, rule, model, base) => {
    const vector = key === 'costProfile' || key === 'effectRamp';
    const set: Record<string, unknown> = { [key]: vector ? [value] : value };
    // costPerParticipant is exclusive with costTotal in the case model: remove costTotal to test it.
    if (model === caseModel && key === 'costPerParticipant') set.costTotal = undefined;
    const e = parameterErrorOf(() => validate(model, withSet(base, set)));
    expect(e.key).toBe(key);
    expect(e.message).toContain(key);
    expect(e.message).toContain(shows);
    expect(e.message).toMatch(rule);
  });

  test('a vector value in the middle is named by its position', () => {
    const e = parameterErrorOf(() => validate(caseModel, { ...caseBase, effectRamp: [0.5, NaN, 1] }));
    expect(e.message).toMatch(/effectRamp value 2/);
    expect(e.message).toContain('NaN');
    const d = parameterErrorOf(() => validate(caseModel, { ...caseBase, discountRate: [0.03, 'x'] }));
    expect(d.message).toMatch(/discountRate value 2/);
    expect(d.message).toContain("'x'");
  });
});

describe('unknown and mistyped keys (section 3)', () => {
  test.each([
    ['sucessRate', 'successRate'],
    ['SucessRate', 'successRate'],
    ['costprofil', 'costProfile'],
    ['gainKomune', 'gainKommune'],
    ['horizont', 'horizon'],
    ['partcipants', 'participants'],
  ])("validate rejects '%s' and suggests '%s'", (typo, suggestion) => {
    const e = parameterErrorOf(() => validate(caseModel, { ...caseBase, [typo]: 1 }));
    expect(e.key).toBe(typo);
    expect(e.message).toContain(`'${typo}'`);
    expect(e.message).toContain(`did you mean '${suggestion}'`);
  });

  test("mergeInput and run reject 'sucessRate' with \"did you mean 'successRate'\"", () => {
    for (const f of [
      () => mergeInput(caseModel, [{ preset: 'holbaek-ips', values: { sucessRate: 0.5 } }]),
      () => run(caseModel, [{ preset: 'holbaek-ips', values: { sucessRate: 0.5 } }]),
    ]) {
      const e = parameterErrorOf(f);
      expect(e.message).toContain("'sucessRate'");
      expect(e.message).toContain("did you mean 'successRate'");
    }
  });

  test('a key far from every valid key lists the valid keys', () => {
    const e = parameterErrorOf(() => validate(fundModel, { ...fundBase, zzzzzzzzzz: 1 }));
    expect(e.message).toContain("'zzzzzzzzzz'");
    for (const k of FUND_KEYS) expect(e.message).toContain(k);
  });

  test("a key of the other model says where it belongs", () => {
    const e = parameterErrorOf(() => mergeInput(caseModel, [{ values: { initialCapital: 1 } }]));
    expect(e.message).toContain("'initialCapital'");
    expect(e.message).toContain('fund model');
  });

  test('validate wants the exact spelling; mergeInput accepts any letter case', () => {
    const e = parameterErrorOf(() => validate(caseModel, { ...caseBase, SUCCESSRATE: 0.5 }));
    expect(e.message).toContain("did you mean 'successRate'");
    const merged = mergeInput(caseModel, [{ preset: 'holbaek-ips', values: { SUCCESSRATE: 0.5 } }]);
    expect(merged.successRate).toBe(0.5);
    expect(Object.keys(merged)).not.toContain('SUCCESSRATE');
  });
});
