/**
 * Exact small examples where mutation testing (npm run mutation, docs/mutation.md) found the other
 * tests too loose: statistics on four values worked by hand, and a benefit-cost ratio whose cost
 * falls in a discounted year. Tolerance 1e-12 (absolute) unless a test says otherwise: the hand
 * figures are exact decimals, the code adds only float rounding.
 */
import { summarise, percentileSorted, histogram, breakEvenYear, caseModel, validate, evaluateCase } from '../../src/model';
import { expectWithin } from './helpers';

const TOL = 1e-12;

describe('summarise: sample statistics of 1, 2, 3, 4', () => {
  // Mean 2.5. Squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5; the sample sd divides by
  // n - 1 = 3: sqrt(5/3) = 1.2909944487358056 (dividing by n would give sqrt(5/4) = 1.118).
  // PERCENTILE.INC: rank h = (n - 1) p = 3p, value x_floor(h) + (h - floor(h)) (x_next - x_floor(h)):
  // p 0.05 -> h 0.15 -> 1.15; 0.1 -> 0.3 -> 1.3; 0.5 -> 1.5 -> 2.5; 0.9 -> 2.7 -> 3.7; 0.95 -> 2.85 -> 3.85.
  const expected = { mean: 2.5, sd: Math.sqrt(5 / 3), p5: 1.15, p10: 1.3, p50: 2.5, p90: 3.7, p95: 3.85, min: 1, max: 4, count: 4 };

  test('in order', () => {
    const s = summarise(Float64Array.from([1, 2, 3, 4]));
    for (const [k, v] of Object.entries(expected)) expectWithin(s[k as keyof typeof s], v, TOL, k);
  });

  test('shuffled and with NaN (figures that do not exist) among them: the same, count 4', () => {
    const s = summarise(Float64Array.from([NaN, 4, 1, NaN, 3, 2]));
    for (const [k, v] of Object.entries(expected)) expectWithin(s[k as keyof typeof s], v, TOL, k);
  });

  test('far from 0 (1e9 + 1 .. 1e9 + 4): the same spread, no cancellation', () => {
    const s = summarise(Float64Array.from([1e9 + 3, 1e9 + 1, 1e9 + 4, 1e9 + 2]));
    expectWithin(s.mean, 1e9 + 2.5, 1e-6, 'mean');
    expectWithin(s.sd, Math.sqrt(5 / 3), 1e-6, 'sd');
    expectWithin(s.p10, 1e9 + 1.3, 1e-6, 'p10');
  });

  test('two values 10 and 20: sd = sqrt(50) (n - 1 = 1), p10 = 11, p90 = 19', () => {
    const s = summarise(Float64Array.from([20, 10]));
    expectWithin(s.sd, Math.sqrt(50), TOL, 'sd');
    expectWithin(s.p10, 11, TOL, 'p10');
    expectWithin(s.p90, 19, TOL, 'p90');
    expectWithin(s.p50, 15, TOL, 'p50');
  });

  test('1..1000 shuffled: PERCENTILE.INC between order statistics, sample sd sqrt(n (n + 1) / 12)', () => {
    // Ranks (n - 1) p = 999 p fall between order statistics: 49.95, 99.9, 499.5, 899.1, 949.05, so
    // p5 = 1 + 49.95 = 50.95, p10 = 100.9, p50 = 500.5, p90 = 900.1, p95 = 950.05. The sample sd of
    // 1..n is sqrt(n (n + 1) / 12) = sqrt(1000 x 1001 / 12) = 288.8194360957494.
    const xs = Float64Array.from({ length: 1000 }, (_, i) => ((i * 389) % 1000) + 1); // 389 is prime to 1000
    const s = summarise(xs);
    expect([s.min, s.max, s.count]).toEqual([1, 1000, 1000]);
    expectWithin(s.mean, 500.5, 1e-9, 'mean');
    expectWithin(s.sd, Math.sqrt((1000 * 1001) / 12), 1e-9, 'sd');
    const expected = { p5: 50.95, p10: 100.9, p50: 500.5, p90: 900.1, p95: 950.05 };
    for (const [k, v] of Object.entries(expected)) expectWithin(s[k as keyof typeof s], v, 1e-9, k);
  });

  test('one value: sd 0, every percentile the value; none: NaN and count 0', () => {
    const one = summarise(Float64Array.from([7]));
    expect([one.mean, one.sd, one.p5, one.p95, one.min, one.max, one.count]).toEqual([7, 0, 7, 7, 7, 7, 1]);
    const none = summarise(Float64Array.from([NaN, NaN]));
    expect(none.count).toBe(0);
    expect([none.mean, none.sd, none.p50, none.min, none.max].every(Number.isNaN)).toBe(true);
  });
});

describe('percentileSorted is PERCENTILE.INC', () => {
  test('ends and ties: p 0 is the minimum, p 1 the maximum, equal neighbours give that value', () => {
    const xs = [1, 2, 3, 4];
    expect(percentileSorted(xs, 0)).toBe(1);
    expect(percentileSorted(xs, 1)).toBe(4);
    expect(percentileSorted([5, 5, 5], 0.37)).toBe(5);
  });

  test('PERCENTILE.INC({1, 2, 3, 4}, 0.1) = 1.3 and ({10, 20, 30, 40, 50}, 0.35) = 24', () => {
    expectWithin(percentileSorted([1, 2, 3, 4], 0.1), 1.3, TOL, 'p10');
    // h = 4 x 0.35 = 1.4: 20 + 0.4 x (30 - 20) = 24
    expectWithin(percentileSorted([10, 20, 30, 40, 50], 0.35), 24, TOL, 'p35');
  });
});

describe('breakEvenYear', () => {
  test('no years: none; the first year of the last run at or above 0', () => {
    expect(breakEvenYear([])).toBeNull();
    expect(breakEvenYear([-1, 0, -2, 3, 4])).toBe(4);
    expect(breakEvenYear([1, 2])).toBe(1);
    expect(breakEvenYear([1, -1])).toBeNull();
  });
});

describe('histogram', () => {
  test('0..4 in two bins of width 2: [0, 2) holds 0 and 1, [2, 4] holds 2, 3 and 4; NaN left out', () => {
    const h = histogram(Float64Array.from([0, 1, 2, NaN, 3, 4]), 2);
    expect(h.edges).toEqual([0, 2, 4]);
    expect(h.counts).toEqual([2, 3]);
  });

  test('10..14, the largest first, in two bins of width 2: [10, 12) holds 10 and 11, [12, 14] holds 12 and 14', () => {
    const h = histogram(Float64Array.from([14, 10, 11, 12]), 2);
    expect(h.edges).toEqual([10, 12, 14]);
    expect(h.counts).toEqual([2, 2]);
  });

  test('all values equal: one bin holding the values that exist; no values: empty', () => {
    expect(histogram(Float64Array.from([5, NaN, 5]))).toEqual({ edges: [5, 5], counts: [2] });
    expect(histogram(Float64Array.from([NaN]))).toEqual({ edges: [], counts: [] });
  });
});

describe('benefit-cost ratio with the cost in a discounted year', () => {
  // N 1, p1 1 (S = 1), gains 60 a year for the municipality over H = 2, cost 100 all in year 2
  // (costProfile [0, 1]), shared half and half between municipality and region, r = 10 %:
  // DF = 1, 1/1.1. PV gains (kommune) = 60 + 60/1.1 = 126/1.1; PV costs = 50/1.1 (kommune),
  // 50/1.1 (region), 100/1.1 (total).
  const makeR = () => evaluateCase(
    validate(caseModel, {
      participants: 1, successRate: 1, costTotal: 100, costProfile: [0, 1], horizon: 2, discountRate: 0.1,
      gainKommune: 60, gainRegion: 0, gainStat: 0, costShareKommune: 0.5, costShareRegion: 0.5, costShareStat: 0,
    }),
  );

  test('kommune: (126/1.1) / (50/1.1) = 2.52 (an undiscounted cost would give 2.29)', () => {
    const r = makeR();
    expectWithin(r.actors.kommune.benefitCostRatio, 2.52, TOL, 'BCR kommune');
    expectWithin(r.actors.kommune.presentValue, 76 / 1.1, TOL, 'PV kommune');
  });

  test('total: (126/1.1) / (100/1.1) = 1.26 (undiscounted cost 1.145, nothing discounted 1.2)', () => {
    const r = makeR();
    expectWithin(r.actors.total.benefitCostRatio, 1.26, TOL, 'BCR total');
    expectWithin(r.actors.total.presentValue, 26 / 1.1, TOL, 'PV total');
  });

  test('region bears cost but gains nothing: ratio 0, never breaks even; stat bears no cost: no ratio', () => {
    const r = makeR();
    expect(r.actors.region.benefitCostRatio).toBe(0);
    expectWithin(r.actors.region.presentValue, -50 / 1.1, TOL, 'PV region');
    expect(r.actors.region.breakEvenYear).toBeNull();
    expect(r.actors.stat.benefitCostRatio).toBeNull();
  });

  test('break-even: kommune from year 1 (60, then 60 - 50/1.1 + 60/1.1 > 0)', () => {
    const r = makeR();
    expectWithin(r.actors.kommune.cumulative[1], 60 + 10 / 1.1, TOL, 'CN kommune year 2');
    expect(r.actors.kommune.breakEvenYear).toBe(1);
  });
});
