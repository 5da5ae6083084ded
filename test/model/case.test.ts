/**
 * Small case-model examples worked by hand (MODEL.md section 1, and the discount schedule of
 * section 6). Unless a test says otherwise, the tolerance is 1e-9 (absolute, on numbers of order
 * 1..1e4): the hand figures are exact decimals and the model only adds float rounding (~1e-16
 * relative per operation).
 */
import {
  caseModel,
  validate,
  evaluateCase,
  discountFactors,
  effectProfile,
  breakEvenYear,
  CaseResult,
} from '../../src/model';
import { expectWithin } from './helpers';

const TOL = 1e-9;

/** Validates and evaluates a case input (defaults from MODEL.md apply to keys not given). */
function evalCase(input: Record<string, unknown>): CaseResult {
  return evaluateCase(validate(caseModel, input));
}

function expectSeries(actual: readonly number[], expected: readonly number[], what: string, tol = TOL): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((x, i) => expectWithin(actual[i], x, tol, `${what}[year ${i + 1}]`));
}

describe('one participant, one year', () => {
  // N = 1, d = 0.2, p1 = 0.5, p0 = 0.1: S = 1 x 0.8 x 0.4 = 0.32.
  // Gains: kommune 0.32 x 3,000 = 960; region 0.32 x 500 = 160; stat 0.32 x -100 = -32.
  // Cost 1,000 in year 1 (default profile [1]), all on the municipality (default shares 1, 0, 0).
  const makeR = () => evalCase({
    participants: 1,
    costTotal: 1000,
    dropoutRate: 0.2,
    successRate: 0.5,
    baselineRate: 0.1,
    gainKommune: 3000,
    gainRegion: 500,
    gainStat: -100,
    horizon: 1,
  });

  test('net successes and effect', () => {
    const r = makeR();
    expectWithin(r.netSuccesses, 0.32, TOL, 'S');
    expect(r.effect).toEqual([1]);
    expect(r.years).toEqual([2024]);
  });

  test('gains, costs, net, present value per actor', () => {
    const r = makeR();
    expectSeries(r.actors.kommune.gains, [960], 'gains kommune');
    expectSeries(r.actors.kommune.costs, [1000], 'costs kommune');
    expectSeries(r.actors.kommune.net, [-40], 'net kommune');
    expectWithin(r.actors.kommune.presentValue, -40, TOL, 'PV kommune');
    expectWithin(r.actors.region.presentValue, 160, TOL, 'PV region');
    expectWithin(r.actors.stat.presentValue, -32, TOL, 'PV stat');
    // total: gains 960 + 160 - 32 = 1,088, costs 1,000, net 88.
    expectSeries(r.actors.total.gains, [1088], 'gains total');
    expectSeries(r.actors.total.costs, [1000], 'costs total');
    expectWithin(r.actors.total.presentValue, 88, TOL, 'PV total');
  });

  test('break-even and benefit-cost ratio', () => {
    const r = makeR();
    expect(r.actors.kommune.breakEvenYear).toBeNull(); // CN_H = -40 < 0
    expect(r.actors.region.breakEvenYear).toBe(1);
    expect(r.actors.stat.breakEvenYear).toBeNull(); // negative gain, no cost: CN_H = -32
    expect(r.actors.total.breakEvenYear).toBe(1);
    expectWithin(r.actors.kommune.benefitCostRatio, 0.96, TOL, 'BCR kommune = 960 / 1,000');
    expectWithin(r.actors.total.benefitCostRatio, 1.088, TOL, 'BCR total = 1,088 / 1,000');
    expect(r.actors.region.benefitCostRatio).toBeNull(); // the region bears no cost
    expect(r.actors.stat.benefitCostRatio).toBeNull();
  });
});

describe('a discount rate', () => {
  // r = 5 %, H = 3: DF = 1, 1/1.05 = 20/21, 1/1.05^2 = 400/441 (year 1 is not discounted).
  // N = 10, p1 = 0.5: S = 5; gain 10 per success: 50 a year. Cost 100 in year 1.
  const makeR = () => evalCase({
    participants: 10,
    costTotal: 100,
    successRate: 0.5,
    gainKommune: 10,
    gainRegion: 0,
    gainStat: 0,
    horizon: 3,
    discountRate: 0.05,
  });

  test('discount factors', () => {
    expectSeries(discountFactors(0.05, 3), [1, 20 / 21, 400 / 441], 'DF');
  });

  test('cumulative discounted net and break-even', () => {
    const r = makeR();
    // net = -50, 50, 50; CN = -50, -50 + 50 x 20/21, that + 50 x 400/441.
    const cn2 = -50 + (50 * 20) / 21; // -2.380952...
    const cn3 = cn2 + (50 * 400) / 441; // 42.970521...
    expectSeries(r.actors.kommune.net, [-50, 50, 50], 'net (undiscounted)');
    expectSeries(r.actors.kommune.cumulative, [-50, cn2, cn3], 'CN');
    expect(cn2).toBeLessThan(0); // so break-even is year 3, not year 2 as it would be undiscounted
    expect(r.actors.kommune.breakEvenYear).toBe(3);
    expectWithin(r.actors.kommune.presentValue, cn3, TOL, 'PV');
  });

  test('benefit-cost ratio uses discounted gains and costs', () => {
    const r = makeR();
    // sum G x DF = 50 x (1 + 20/21 + 400/441) = 50 x 1261/441; sum K x DF = 100.
    expectWithin(r.actors.kommune.benefitCostRatio, (50 * 1261) / 441 / 100, TOL, 'BCR');
  });
});

describe('a discount schedule (discountRate as a vector, MODEL.md section 6)', () => {
  test('DF_1 = 1, DF_t = DF_{t-1} / (1 + r_t), the last rate continues', () => {
    // r = [0.10, 0.20, 0.30], H = 5: r_1 is not used (year 1 is not discounted);
    // DF = 1, 1/1.2, 1/(1.2 x 1.3), 1/(1.2 x 1.3^2), 1/(1.2 x 1.3^3).
    expectSeries(
      discountFactors([0.1, 0.2, 0.3], 5),
      [1, 1 / 1.2, 1 / (1.2 * 1.3), 1 / (1.2 * 1.3 * 1.3), 1 / (1.2 * 1.3 * 1.3 * 1.3)],
      'DF',
    );
  });

  test('a one-rate vector equals the scalar rate', () => {
    expectSeries(discountFactors([0.04], 4), [1, 1 / 1.04, 1 / 1.04 ** 2, 1 / 1.04 ** 3], 'DF');
  });

  test('the schedule discounts the model results', () => {
    // S = 1 (N 1, p1 1), gain 100 a year, cost 0: PV = 100 x (1 + 1/1.2 + 1/(1.2 x 1.3)).
    const r = evalCase({
      participants: 1,
      costTotal: 0,
      successRate: 1,
      gainKommune: 100,
      gainRegion: 0,
      gainStat: 0,
      horizon: 3,
      discountRate: [0.1, 0.2, 0.3],
    });
    expectWithin(r.actors.kommune.presentValue, 100 * (1 + 1 / 1.2 + 1 / (1.2 * 1.3)), TOL, 'PV');
  });
});

describe('a cost borne by two actors', () => {
  // Cost 400, profile [0.5, 0.5], municipality 25 %, region 75 %:
  // kommune 400 x 0.5 x 0.25 = 50 a year; region 400 x 0.5 x 0.75 = 150 a year; state 0.
  // S = 4 x 1 x 0.5 = 2; gains per success 40 / 100 / 0: kommune 80, region 200 a year.
  const makeR = () => evalCase({
    participants: 4,
    costTotal: 400,
    costProfile: [0.5, 0.5],
    costShareKommune: 0.25,
    costShareRegion: 0.75,
    costShareStat: 0,
    successRate: 0.5,
    gainKommune: 40,
    gainRegion: 100,
    gainStat: 0,
    horizon: 3,
  });

  test('costs per actor and year', () => {
    const r = makeR();
    expectSeries(r.actors.kommune.costs, [50, 50, 0], 'costs kommune');
    expectSeries(r.actors.region.costs, [150, 150, 0], 'costs region');
    expectSeries(r.actors.stat.costs, [0, 0, 0], 'costs stat');
    expectSeries(r.actors.total.costs, [200, 200, 0], 'costs total');
  });

  test('present values and ratios', () => {
    const r = makeR();
    expectWithin(r.actors.kommune.presentValue, 3 * 80 - 100, TOL, 'PV kommune');
    expectWithin(r.actors.region.presentValue, 3 * 200 - 300, TOL, 'PV region');
    expectWithin(r.actors.kommune.benefitCostRatio, 240 / 100, TOL, 'BCR kommune');
    expectWithin(r.actors.region.benefitCostRatio, 600 / 300, TOL, 'BCR region');
    expect(r.actors.stat.benefitCostRatio).toBeNull(); // the state bears no cost
    expect(r.actors.stat.breakEvenYear).toBe(1); // CN = 0 every year: 0 >= 0
  });

  test('costPerParticipant gives C = N x costPerParticipant', () => {
    const viaPer = evalCase({
      participants: 4,
      costPerParticipant: 100, // C = 400, as above
      costProfile: [0.5, 0.5],
      costShareKommune: 0.25,
      costShareRegion: 0.75,
      costShareStat: 0,
      successRate: 0.5,
      gainKommune: 40,
      gainRegion: 100,
      gainStat: 0,
      horizon: 3,
    });
    expectSeries(viaPer.actors.region.costs, [150, 150, 0], 'costs region');
  });
});

describe('the effect profile', () => {
  test('persistence 0: the effect stops right after the ramp', () => {
    expectSeries(effectProfile([0.5, 1], 0, 4), [0.5, 1, 0, 0], 'e');
    const r = evalCase({
      participants: 1,
      costTotal: 0,
      successRate: 1,
      effectRamp: [0.5, 1],
      persistence: 0,
      gainKommune: 10,
      gainRegion: 0,
      gainStat: 0,
      horizon: 4,
    });
    expectSeries(r.actors.kommune.gains, [5, 10, 0, 0], 'gains');
  });

  test('a horizon longer than the ramp: e_t = e_m x rho^(t - m)', () => {
    // ramp [0.2, 0.6], rho 0.5, H 5: e = 0.2, 0.6, 0.6 x 0.5, 0.6 x 0.25, 0.6 x 0.125.
    expectSeries(effectProfile([0.2, 0.6], 0.5, 5), [0.2, 0.6, 0.3, 0.15, 0.075], 'e');
    const r = evalCase({
      participants: 100,
      costTotal: 0,
      successRate: 0.5,
      effectRamp: [0.2, 0.6],
      persistence: 0.5,
      gainKommune: 1,
      gainRegion: 0,
      gainStat: 0,
      horizon: 5,
    });
    expectSeries(r.effect, [0.2, 0.6, 0.3, 0.15, 0.075], 'effect in the result');
    expectSeries(r.actors.kommune.gains, [10, 30, 15, 7.5, 3.75], 'gains (S = 50)');
  });

  test('a ramp longer than the horizon is cut at the horizon', () => {
    expectSeries(effectProfile([0.1, 0.2, 0.3, 0.4], 0.9, 2), [0.1, 0.2], 'e');
  });

  test('persistence 1 (the default) keeps the full effect', () => {
    const r = evalCase({ participants: 1, costTotal: 0, successRate: 1, effectRamp: [0.5, 1], gainKommune: 1, gainRegion: 0, gainStat: 0, horizon: 4 });
    expectSeries(r.effect, [0.5, 1, 1, 1], 'e');
  });

  test('p1 < p0 gives a negative effect (allowed)', () => {
    // S = 10 x 1 x (0.2 - 0.3) = -1; gains -7 a year.
    const r = evalCase({ participants: 10, costTotal: 0, successRate: 0.2, baselineRate: 0.3, gainKommune: 7, gainRegion: 0, gainStat: 0, horizon: 2 });
    expectWithin(r.netSuccesses, -1, TOL, 'S');
    expectSeries(r.actors.kommune.gains, [-7, -7], 'gains');
    expect(r.actors.kommune.breakEvenYear).toBeNull();
  });
});

describe('break-even definition', () => {
  // S = 1, gain 10 a year, horizon 3, the whole cost C in year 2 (profile [0, 1]):
  // net = 10, 10 - C, 10.
  const withCost = (C: number) =>
    evalCase({ participants: 1, costTotal: C, costProfile: [0, 1], successRate: 1, gainKommune: 10, gainRegion: 0, gainStat: 0, horizon: 3 });

  test('cumulative dips below zero again after first crossing: break-even is the later year', () => {
    // C = 25: CN = 10, -5, 5. Year 1 is >= 0 but year 2 is not, so the break-even year is 3.
    const r = withCost(25);
    expectSeries(r.actors.kommune.cumulative, [10, -5, 5], 'CN');
    expect(r.actors.kommune.breakEvenYear).toBe(3);
  });

  test('CN_H < 0 gives null, never a number', () => {
    // C = 40: CN = 10, -20, -10.
    const r = withCost(40);
    expectSeries(r.actors.kommune.cumulative, [10, -20, -10], 'CN');
    expect(r.actors.kommune.breakEvenYear).toBeNull();
  });

  test('CN exactly 0 counts as broken even (>= 0)', () => {
    // C = 20: CN = 10, 0, 10, so every year qualifies: break-even year 1.
    const r = withCost(20);
    expectSeries(r.actors.kommune.cumulative, [10, 0, 10], 'CN');
    expect(r.actors.kommune.breakEvenYear).toBe(1);
  });

  test('breakEvenYear on series written out by hand', () => {
    expect(breakEvenYear([-3, -1, 2, 5])).toBe(3);
    expect(breakEvenYear([1, 2, 3])).toBe(1);
    expect(breakEvenYear([1, -1, 1, -1, 1])).toBe(5);
    expect(breakEvenYear([1, 2, -0.001])).toBeNull();
    expect(breakEvenYear([0])).toBe(1);
  });
});

describe('benefit-cost ratio', () => {
  test('null for every actor when the cost is 0', () => {
    const r = evalCase({ participants: 1, costTotal: 0, successRate: 1, gainKommune: 1, gainRegion: 1, gainStat: 1, horizon: 2 });
    for (const a of ['kommune', 'region', 'stat', 'total'] as const) expect(r.actors[a].benefitCostRatio).toBeNull();
  });

  test('null, never Infinity, when a (valid) cost is too small for the ratio to be a finite number', () => {
    // costTotal 1e-320 is >= 0, so valid; gains 1e10 / 1e-320 overflows the double range.
    const r = evalCase({ participants: 1, costTotal: 1e-320, successRate: 1, gainKommune: 1e10, gainRegion: 0, gainStat: 0, horizon: 1 });
    expect(r.actors.kommune.benefitCostRatio).toBeNull();
    expect(r.actors.total.benefitCostRatio).toBeNull();
  });

  test('null for the actors that bear no cost, a number for the one that does', () => {
    // Cost 100 on the state only; gains 3 a year each (S = 1), H = 2: state BCR = 6 / 100.
    const r = evalCase({
      participants: 1, costTotal: 100, costShareKommune: 0, costShareRegion: 0, costShareStat: 1,
      successRate: 1, gainKommune: 3, gainRegion: 3, gainStat: 3, horizon: 2,
    });
    expect(r.actors.kommune.benefitCostRatio).toBeNull();
    expect(r.actors.region.benefitCostRatio).toBeNull();
    expectWithin(r.actors.stat.benefitCostRatio, 0.06, TOL, 'BCR stat');
    expectWithin(r.actors.total.benefitCostRatio, 0.18, TOL, 'BCR total = 18 / 100');
  });
});

test('years are labels counted from startYear', () => {
  const r = evalCase({ participants: 1, costTotal: 0, successRate: 1, gainKommune: 1, gainRegion: 0, gainStat: 0, horizon: 3, startYear: 1999 });
  expect(r.years).toEqual([1999, 2000, 2001]);
});

test('defaults of MODEL.md apply to the keys not given', () => {
  const p = validate(caseModel, { participants: 1, costTotal: 1, successRate: 0.5, gainKommune: 1, gainRegion: 2, gainStat: 3 });
  expect(p).toMatchObject({
    costProfile: [1],
    costShareKommune: 1,
    costShareRegion: 0,
    costShareStat: 0,
    dropoutRate: 0,
    baselineRate: 0,
    effectRamp: [1],
    persistence: 1,
    horizon: 6,
    startYear: 2024,
    discountRate: 0,
  });
});
