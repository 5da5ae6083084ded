/**
 * Fund model (MODEL.md section 2) on small examples worked by hand. Tolerance 1e-9 (absolute, on
 * numbers of order 1..1e3): the hand figures are exact decimals, the model adds only float rounding.
 */
import { fundModel, validate, evaluateFund, vintageIrr, FundResult } from '../../src/model';
import * as formulajs from '@formulajs/formulajs';
import { expectWithin } from './helpers';

const TOL = 1e-9;

function evalFund(input: Record<string, unknown>): FundResult {
  return evaluateFund(validate(fundModel, input));
}

function expectSeries(actual: readonly number[], expected: readonly number[], what: string): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((x, i) => expectWithin(actual[i], x, TOL, `${what}[year ${i + 1}]`));
}

describe('repaymentLag 2, reinvestShare 0.5, by hand', () => {
  // K0 = 100, m = 1.2, n = 2 instalments, L = 2, H = 5: each DKK invested in year s repays
  // 1.2 / 2 = 0.6 in years s + 2 and s + 3.
  //   year 1: R = 0;                                  I = K0 = 100
  //   year 2: R = 0 (vintage 1 not due yet);           I = 0.5 x 0   = 0
  //   year 3: R = 0.6 x I1 = 60;                       I = 0.5 x 60  = 30, kept 30
  //   year 4: R = 0.6 x I1 + 0.6 x I2 = 60;            I = 0.5 x 60  = 30, kept 30
  //   year 5: R = 0.6 x I2 + 0.6 x I3 = 0 + 18 = 18;   I = 0.5 x 18  = 9,  kept 9
  // Total invested 169; kept cash 69.
  // Outstanding after year 5: vintage 3 (30) owes its year-6 instalment 18; vintage 4 (30) owes
  // years 6 and 7: 36; vintage 5 (9) owes years 7 and 8: 10.8. Total 64.8.
  // People (cost 10 each): 10, 0, 3, 3, 0.9; cumulative 10, 10, 13, 16, 16.9; employed at 50 %: 8.45.
  // Partnerships at 50 each: 169 / 50 = 3.38.
  const makeR = () => evalFund({
    initialCapital: 100,
    horizon: 5,
    startYear: 2030,
    repaymentMultiple: 1.2,
    repaymentYears: 2,
    repaymentLag: 2,
    reinvestShare: 0.5,
    costPerParticipant: 10,
    successRate: 0.5,
    averageInvestment: 50,
  });

  test('repayments and investments per year', () => {
    const r = makeR();
    expectSeries(r.repayments, [0, 0, 60, 60, 18], 'R');
    expectSeries(r.invested, [100, 0, 30, 30, 9], 'I');
    expect(r.years).toEqual([2030, 2031, 2032, 2033, 2034]);
  });

  test('totals, kept cash, outstanding claims', () => {
    const r = makeR();
    expectWithin(r.totalInvested, 169, TOL, 'total invested');
    expectWithin(r.keptCash, 69, TOL, 'kept cash');
    expectWithin(r.outstanding, 64.8, TOL, 'outstanding');
    // Check of the hand figures: repaid + outstanding = m x invested: 138 + 64.8 = 1.2 x 169 = 202.8.
    expectWithin(60 + 60 + 18 + 64.8, 1.2 * 169, TOL, 'hand check');
  });

  test('people, employed, partnerships', () => {
    const r = makeR();
    expectSeries(r.peopleHelped, [10, 0, 3, 3, 0.9], 'people');
    expectSeries(r.cumulativePeople, [10, 10, 13, 16, 16.9], 'cumulative people');
    expectWithin(r.employed, 8.45, TOL, 'employed');
    expectWithin(r.partnerships, 3.38, TOL, 'partnerships');
  });

  test('vintage IRR: flows -1, 0, 0.6, 0.6 (Excel IRR via formulajs)', () => {
    const r = makeR();
    const excel = formulajs.IRR([-1, 0, 0.6, 0.6]) as number;
    expect(typeof excel).toBe('number');
    // 1e-6: the brief's tolerance for IRR comparisons; formulajs stops when |NPV| < 1e-10.
    expectWithin(r.vintageIrr, excel, 1e-6, 'vintage IRR');
    // And by hand, the root of 0.6 / (1 + i)^2 + 0.6 / (1 + i)^3 = 1 lies between 7 % and 8 %:
    // at 7 % the left side is 0.52406 + 0.48978 = 1.0138; at 8 % it is 0.51440 + 0.47630 = 0.9907.
    const f = (i: number) => 0.6 / (1 + i) ** 2 + 0.6 / (1 + i) ** 3 - 1;
    expectWithin(f(0.07), 0.0138, 1e-4, 'f(7 %)');
    expectWithin(f(0.08), -0.0093, 1e-4, 'f(8 %)');
    expect(r.vintageIrr as number).toBeGreaterThan(0.07);
    expect(r.vintageIrr as number).toBeLessThan(0.08);
  });
});

describe('instalments beyond the horizon', () => {
  test('a horizon shorter than the lag: nothing repaid, everything outstanding', () => {
    // K0 = 10, m = 1.5, n = 3, L = 4, H = 3: no instalment falls within the horizon; 15 outstanding.
    const r = evalFund({ initialCapital: 10, horizon: 3, repaymentMultiple: 1.5, repaymentYears: 3, repaymentLag: 4, costPerParticipant: 1, successRate: 0 });
    expectSeries(r.repayments, [0, 0, 0], 'R');
    expectSeries(r.invested, [10, 0, 0], 'I');
    expectWithin(r.outstanding, 15, TOL, 'outstanding');
    expectWithin(r.employed, 0, TOL, 'employed at success 0');
  });

  test('one instalment at lag 1 with everything reinvested doubles each year at m = 2', () => {
    // n = 1, L = 1, m = 2: I_t = 2 x I_{t-1}: 1, 2, 4, 8; outstanding = 2 x 8 = 16.
    const r = evalFund({ initialCapital: 1, horizon: 4, repaymentMultiple: 2, repaymentYears: 1, repaymentLag: 1, costPerParticipant: 1, successRate: 1 });
    expectSeries(r.invested, [1, 2, 4, 8], 'I');
    expectSeries(r.repayments, [0, 2, 4, 8], 'R');
    expectWithin(r.outstanding, 16, TOL, 'outstanding');
    expectWithin(r.keptCash, 0, TOL, 'kept');
    expectWithin(r.vintageIrr, 1, 1e-9, 'IRR of -1, +2 is 100 %');
  });

  test('horizon 1: only the initial investment, all of it outstanding', () => {
    // Defaults: n = 5, L = 1, reinvest 1, average investment 4m.
    const r = evalFund({ initialCapital: 8_000_000, horizon: 1, repaymentMultiple: 1.1, costPerParticipant: 40_000, successRate: 0.5 });
    expectSeries(r.invested, [8_000_000], 'I');
    expectWithin(r.outstanding, 8_800_000, 1e-6, 'outstanding');
    expectWithin(r.peopleHelped[0], 200, TOL, 'people');
    expectWithin(r.partnerships, 2, TOL, 'partnerships');
  });
});

describe('vintage IRR', () => {
  test('m = 1: IRR 0', () => {
    expectWithin(vintageIrr(1, 5, 1), 0, 1e-9, 'IRR');
  });

  test('m = 0: no IRR (null, never a number)', () => {
    expect(vintageIrr(0, 5, 1)).toBeNull();
    const r = evalFund({ initialCapital: 1, repaymentMultiple: 0, costPerParticipant: 1, successRate: 0.5 });
    expect(r.vintageIrr).toBeNull();
    expect(r.totalInvested).toBe(1);
  });

  test('m < 1 gives a negative IRR: -1 then 0.5 at year 1 is -50 %', () => {
    expectWithin(vintageIrr(0.5, 1, 1), -0.5, 1e-9, 'IRR');
  });
});
