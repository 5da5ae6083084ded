/**
 * Generator, distributions and Monte Carlo (MODEL.md section 6).
 *
 * Statistical tolerances: for n draws the standard error of a sample mean is sd / sqrt(n), and of
 * the p-quantile sqrt(p (1 - p) / n) / f(x_p) (f the density at the quantile). Each check allows
 * 5 standard errors: a correct sampler fails one such check with probability below 1e-6, and
 * the seed is fixed, so the test is deterministic; a sampler with the wrong shape, location or
 * spread by more than a few standard errors fails.
 */
import {
  Rng,
  makeDistribution,
  parseDistributionTable,
  parseDistributionJson,
  simulate,
  Simulation,
  simulateAsync,
  SimulationCancelled,
  caseModel,
  contractModel,
  fundModel,
  run,
  validate,
  mergeInput,
  defaultDistributions,
  defaultDistributionSpecs,
  normalCdf,
  normalQuantile,
  percentileSorted,
  ParameterError,
  Distribution,
  evaluateOutcomeFund,
  repaymentShares,
  fixedMultipleShares,
  evaluateFund,
  discountFactors,
  DISCOUNT_SCHEDULES,
  checkDraws,
  checkSeed,
  showValue,
} from '../../src/model';
import { expectWithin } from './helpers';

describe('generator: xoshiro128** seeded by splitmix32', () => {
  // Reference values printed by test/model/analytics-xoshiro-reference.c (plain C, uint32_t).
  test.each([
    [0, [1789933344, 44971166, 2521387044, 3848737593, 1138324114], 0.17444465638894119],
    [42, [660444221, 3652823732, 77672526, 910233633, 2297337756], 0.88151374256050352],
    [4294967295, [4104197751, 1825856343, 1152209388, 2427537429, 3685145430], 0.14184406376604214],
  ])('seed %d gives the C reference outputs', (seed, outputs, u) => {
    const r = new Rng(seed);
    expect(outputs.map(() => r.nextUint32())).toEqual(outputs);
    expect(r.uniform()).toBe(u);
  });

  test('seeds must be whole numbers 0..2^32-1', () => {
    expect(() => new Rng(-1)).toThrow('seed must be a whole number from 0 to 4294967295 (got -1)');
    expect(() => new Rng(1.5)).toThrow(ParameterError);
    expect(() => new Rng(4294967296)).toThrow('seed must be a whole number from 0 to 4294967295 (got 4294967296)');
    expect(() => new Rng('7' as never)).toThrow("seed must be a whole number from 0 to 4294967295 (got '7')");
    expect(new Rng(4294967295).uniform()).toBeGreaterThanOrEqual(0);
    expect(checkSeed(0)).toBe(0);
  });
});

function draws(d: Distribution, n: number, seed: number): Float64Array {
  const r = new Rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = d.sample(r);
  return out;
}

function meanSd(xs: Float64Array): [number, number] {
  let s = 0;
  for (const x of xs) s += x;
  const m = s / xs.length;
  let v = 0;
  for (const x of xs) v += (x - m) ** 2;
  return [m, Math.sqrt(v / (xs.length - 1))];
}

const N = 200_000;

describe('distributions: sample moments and percentiles within 5 standard errors', () => {
  test('uniform(0.2, 0.6) on successRate', () => {
    const xs = draws(makeDistribution(caseModel, { key: 'successRate', kind: 'uniform', args: [0.2, 0.6] }), N, 11);
    const [m, sd] = meanSd(xs);
    const trueSd = 0.4 / Math.sqrt(12);
    expect(Math.abs(m - 0.4)).toBeLessThan((5 * trueSd) / Math.sqrt(N));
    expect(Math.abs(sd - trueSd)).toBeLessThan(0.002);
    const sorted = Float64Array.from(xs).sort();
    for (const p of [0.05, 0.5, 0.95]) {
      const se = Math.sqrt((p * (1 - p)) / N) * 0.4; // density 1 / 0.4
      expect(Math.abs(percentileSorted(sorted, p) - (0.2 + 0.4 * p))).toBeLessThan(5 * se);
    }
  });

  test('triangular(0, 0.5, 2) on gainKommune: mean (a + m + b) / 3, median from the CDF', () => {
    const xs = draws(makeDistribution(caseModel, { key: 'gainKommune', kind: 'triangular', args: [0, 0.5, 2] }), N, 12);
    const [m] = meanSd(xs);
    const sd = Math.sqrt((0 + 0.25 + 4 - 0 - 0 - 1) / 18);
    expect(Math.abs(m - 2.5 / 3)).toBeLessThan((5 * sd) / Math.sqrt(N));
    // Median: above the mode, 1 - (b - x)^2 / ((b - a)(b - m)) = 0.5 -> x = 2 - sqrt(1.5).
    const med = 2 - Math.sqrt(1.5);
    const density = (2 * (2 - med)) / (2 * 1.5);
    const sorted = Float64Array.from(xs).sort();
    expect(Math.abs(percentileSorted(sorted, 0.5) - med)).toBeLessThan((5 * Math.sqrt(0.25 / N)) / density);
  });

  test('pert(0.1, 0.2, 0.6): mean (a + 4m + b) / 6', () => {
    const xs = draws(makeDistribution(caseModel, { key: 'dropoutRate', kind: 'pert', args: [0.1, 0.2, 0.6] }), N, 13);
    const [m, sd] = meanSd(xs);
    expect(Math.abs(m - (0.1 + 0.8 + 0.6) / 6)).toBeLessThan((5 * sd) / Math.sqrt(N));
    expect(xs.reduce((a, b) => Math.min(a, b))).toBeGreaterThanOrEqual(0.1);
    expect(xs.reduce((a, b) => Math.max(a, b))).toBeLessThanOrEqual(0.6);
  });

  test('beta by mean 0.4 and sd 0.0625', () => {
    const xs = draws(makeDistribution(caseModel, { key: 'successRate', kind: 'beta', args: [0.4, 0.0625] }), N, 14);
    const [m, sd] = meanSd(xs);
    expect(Math.abs(m - 0.4)).toBeLessThan((5 * 0.0625) / Math.sqrt(N));
    // sd of a sample sd is about sd / sqrt(2n) for a near-normal shape.
    expect(Math.abs(sd - 0.0625)).toBeLessThan((5 * 0.0625) / Math.sqrt(2 * N) * 1.5);
  });

  test('normal(0.1, 0.1) on dropoutRate is truncated at 0, not clamped', () => {
    const xs = draws(makeDistribution(caseModel, { key: 'dropoutRate', kind: 'normal', args: [0.1, 0.1] }), N, 15);
    // Mean of a normal truncated below at a = (0 - 0.1) / 0.1 = -1: mu + sd phi(-1) / (1 - Phi(-1)).
    const phi = Math.exp(-0.5) / Math.sqrt(2 * Math.PI);
    const mean = 0.1 + (0.1 * phi) / (1 - normalCdf(-1));
    const [m, sd] = meanSd(xs);
    expect(Math.abs(m - mean)).toBeLessThan((5 * sd) / Math.sqrt(N));
    // Clamping would pile about 16 % of the draws exactly on 0.
    expect(xs.filter((x) => x === 0).length).toBe(0);
    expect(xs.reduce((a, b) => Math.min(a, b))).toBeGreaterThan(0);
    // Median of the truncated normal: Phi^-1(Phi(-1) + (1 - Phi(-1)) / 2).
    const med = 0.1 + 0.1 * normalQuantile(normalCdf(-1) + (1 - normalCdf(-1)) / 2);
    const sorted = Float64Array.from(xs).sort();
    const density = Math.exp(-0.5 * ((med - 0.1) / 0.1) ** 2) / (0.1 * Math.sqrt(2 * Math.PI)) / (1 - normalCdf(-1));
    expect(Math.abs(percentileSorted(sorted, 0.5) - med)).toBeLessThan((5 * Math.sqrt(0.25 / N)) / density);
  });

  test('beta with a shape parameter below 1 (mean 0.05, sd 0.1: alpha 0.1875, beta 3.5625)', () => {
    const n = 50_000;
    const xs = draws(makeDistribution(caseModel, { key: 'successRate', kind: 'beta', args: [0.05, 0.1] }), n, 16);
    const [m, sd] = meanSd(xs);
    expect(Math.abs(m - 0.05)).toBeLessThan((5 * 0.1) / Math.sqrt(n));
    // The sample sd of so skewed a shape varies more than a normal's: 6 % is about 5 of its standard errors here.
    expect(Math.abs(sd - 0.1) / 0.1).toBeLessThan(0.06);
    // With alpha < 1 the density rises without bound at 0: P(X < 0.001) = I_0.001(0.1875, 3.5625) = 0.3687
    // (integrated numerically apart from the model); 5 standard errors of a share of 50,000 draws is 0.011.
    const below = xs.filter((x) => x < 0.001).length / n;
    expect(Math.abs(below - 0.3687)).toBeLessThan(5 * Math.sqrt((0.3687 * 0.6313) / n));
  });

  test('beta(0.6, 2.4) by mean 0.2 and sd 0.2: five percentiles within 5 standard errors of the exact ones', () => {
    // Exact percentiles and densities of beta(0.6, 2.4), from the CDF integrated numerically apart from
    // the model (substitution u = x^0.6, 20,000 midpoints, then bisection).
    const exact: [number, number, number][] = [
      [0.05, 0.002549, 11.74385], [0.25, 0.038461, 3.76744], [0.5, 0.132886, 1.98524], [0.75, 0.307106, 1.03733], [0.95, 0.620659, 0.33682],
    ];
    const n = 100_000;
    const sorted = Float64Array.from(draws(makeDistribution(caseModel, { key: 'successRate', kind: 'beta', args: [0.2, 0.2] }), n, 17)).sort();
    for (const [p, x, density] of exact) {
      const se = Math.sqrt((p * (1 - p)) / n) / density;
      expect(Math.abs(percentileSorted(sorted, p) - x)).toBeLessThan(5 * se + 1e-6);
    }
  });

  test('normal quantile inverts the CDF', () => {
    for (const p of [1e-10, 0.001, 0.025, 0.3, 0.5, 0.9, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 9);
  });

  test('the CDF beyond 9 standard deviations is 0 or 1; the quantile in the far tails is Acklam\'s, within 1e-8', () => {
    expect([normalCdf(-9.5), normalCdf(-30), normalCdf(9.5), normalCdf(30)]).toEqual([0, 0, 1, 1]);
    // Reference quantiles from Python's statistics.NormalDist().inv_cdf (Wichura's AS241, about 1e-16).
    const reference: [number, number][] = [
      [1e-300, -37.0470962993612], [1e-25, -10.4204522008031], [1e-18, -8.75729034878232], [1e-15, -7.941345326171],
      [1e-12, -7.03448382530113], [1e-10, -6.36134090240406], [1e-8, -5.61200124417479], [1e-6, -4.7534243088229],
      [1 - 1e-10, 6.36134088969742], [1 - 1e-14, 7.65073090515564], [1 - 1e-16, 8.20953615160139],
    ];
    for (const [p, x] of reference) expectWithin(normalQuantile(p), x, 1e-8, `quantile of ${p}`);
    // Inside |x| < 5 the Halley step brings it to about 1e-12.
    for (const [p, x] of [[1e-4, -3.71901648545568], [0.1, -1.2815515655446], [1 - 1e-4, 3.71901648545571]]) {
      expectWithin(normalQuantile(p), x, 1e-12, `refined quantile of ${p}`);
    }
  });

  test('a truncated normal whose mean lies outside the range is centred inside it', () => {
    // participants > 0: the mean -5 clamps to 0, which is excluded, so the centre moves one sd in.
    expect(makeDistribution(caseModel, { key: 'participants', kind: 'normal', args: [-5, 2] }).center).toBe(2);
    // dropoutRate in [0, 1): the mean 1.5 clamps to the excluded 1, so the centre is the middle 0.5.
    expect(makeDistribution(caseModel, { key: 'dropoutRate', kind: 'normal', args: [1.5, 0.5] }).center).toBe(0.5);
    expect(makeDistribution(caseModel, { key: 'dropoutRate', kind: 'normal', args: [-0.5, 0.5] }).center).toBe(0);
    expect(makeDistribution(caseModel, { key: 'gainKommune', kind: 'normal', args: [-5, 2] }).center).toBe(-5);
  });
});

describe('distribution rows and their errors', () => {
  test('rows key | distribution | a | b | c, header and blank rows skipped, keys case-insensitive', () => {
    const d = parseDistributionTable(caseModel, [
      ['Parameter', 'Distribution', 'a', 'b', 'c'],
      ['successrate', 'Beta', 0.4, 0.06, null],
      [null, null, null, null, null],
      ['gainKommune', 'triangular', 80000, 92000, 110000],
      ['horizon', 'fixed', 6, '', ''],
    ]);
    expect(d.map((x) => [x.key, x.kind, x.args])).toEqual([
      ['successRate', 'beta', [0.4, 0.06]],
      ['gainKommune', 'triangular', [80000, 92000, 110000]],
      ['horizon', 'fixed', [6]],
    ]);
    expect(parseDistributionJson(caseModel, { successRate: ['uniform', 0.3, 0.5] })[0].args).toEqual([0.3, 0.5]);
  });

  test.each([
    [[['sucessRate', 'beta', 0.4, 0.1]], /Unknown parameter 'sucessRate' - did you mean 'successRate'\?/],
    [[['successRate', 'gauss', 0.4, 0.1]], "Row 1 (successRate): unknown distribution 'gauss' - use fixed, uniform, triangular, pert, normal or beta"],
    [[['successRate', 'beta', 0.4, 0.6]], 'Row 1 (successRate): beta with mean 0.4 needs sd below sqrt(mean x (1 - mean)) = 0.4898979486 (got 0.6)'],
    [[['successRate', 'beta', 1.2, 0.1]], /beta mean must be between 0 and 1, exclusive \(got 1.2\)/],
    [[['baselineRate', 'uniform', 0.2, 1.3]], 'Row 1 (baselineRate): uniform max 1.3 is outside the valid range of baselineRate (0 to 1)'],
    [[['successRate', 'triangular', 0.5, 0.3, 0.6]], /triangular needs min <= mode <= max/],
    [[['successRate', 'normal', 0.4, 0]], /normal sd must be greater than 0/],
    [[['successRate', 'normal', 5, 0.01]], /puts almost no probability inside the valid range of successRate \(0 to 1\)/],
    [[['successRate', 'uniform', 0.3]], /uniform takes 2 values \(min, max\), got 1/],
    [[['successRate', 'uniform', 0.3, 'high']], "Row 1 (successRate): uniform max must be a number (got 'high')"],
    [[['costShareKommune', 'uniform', 0.5, 1]], /costShareKommune takes part in a sum rule/],
    [[['horizon', 'uniform', 4, 8]], /horizon is a whole number; only a fixed value can be given for it/],
    [[['horizon', 'fixed', 60]], /horizon must be a whole number from 1 to 50 \(got 60\)/],
    [[['costProfile', 'fixed', 1]], /costProfile is a row of values/],
    [[['successRate', 'fixed', 0.4], ['SuccessRate', 'fixed', 0.5]], 'successRate has two distributions (rows 1 and 2)'],
  ])('%j -> %s', (rows, message) => {
    expect(() => parseDistributionTable(caseModel, rows as unknown[][])).toThrow(message as string | RegExp);
  });
});

const HOLBAEK = [{ preset: 'holbaek-ips' }];

describe('Monte Carlo', () => {
  test('every distribution fixed: every percentile equals the deterministic result', () => {
    const d = parseDistributionTable(caseModel, [
      ['successRate', 'fixed', 0.4],
      ['gainKommune', 'fixed', 92000],
    ]);
    const sim = simulate('case', HOLBAEK, d, { draws: 500, seed: 3 });
    const det = run(caseModel, HOLBAEK).result;
    for (const a of ['kommune', 'region', 'stat', 'total'] as const) {
      const s = sim.stats[`${a}.presentValue`];
      const v = det.actors[a].presentValue;
      for (const q of [s.p5, s.p10, s.p50, s.p90, s.p95, s.mean, s.min, s.max]) expect(q).toBe(v);
      expect(s.sd).toBe(0);
      expect(sim.deterministic[`${a}.presentValue`]).toBe(v);
    }
    // Kommune breaks even in year 4 in every draw.
    expect(sim.breakEven.kommune.byYear).toEqual([0, 0, 0, 1, 0, 0]);
  });

  test('fixed distributions for the contract and the fund too', () => {
    const c = simulate('contract', [{ preset: 'holbaek-ips-contract' }], parseDistributionTable(contractModel, [['outcomePrice', 'fixed', 90000]]), { draws: 50, seed: 1 });
    const cd = run(contractModel, [{ preset: 'holbaek-ips-contract', values: { outcomePrice: 90000 } }]).result;
    expect(c.stats['investor.p50' as never]).toBeUndefined();
    expect(c.stats['investor.irr'].p50).toBe(cd.investor.irr);
    expect(c.stats['investor.multiple'].p95).toBe(cd.investor.multiple);
    // Break-even years: every draw in the deterministic year (a one-hot row), or none within the horizon.
    const oneHot = (year: number | null) => Array.from({ length: 6 }, (_, t) => (t + 1 === year ? 1 : 0));
    for (const a of ['kommune', 'region', 'stat', 'total'] as const) {
      expect(c.breakEven[a].byYear).toEqual(oneHot(cd.actors[a].breakEvenYear));
      expect(c.breakEven[a].probability).toBe(cd.actors[a].breakEvenYear === null ? 0 : 1);
    }
    expect(cd.investor.breakEvenYear).not.toBeNull();
    expect(c.breakEven.investor.byYear).toEqual(oneHot(cd.investor.breakEvenYear));
    // A case with budget lines is evaluated by the model itself, not the fast case path.
    const lines = simulate('case', [{ preset: 'holbaek-ips-lines' }], parseDistributionTable(caseModel, [['successRate', 'fixed', 0.45]]), { draws: 20, seed: 1 });
    const ld = run(caseModel, [{ preset: 'holbaek-ips-lines', values: { successRate: 0.45 } }]).result;
    expect(ld.actors.kommune.breakEvenYear).not.toBeNull();
    for (const a of ['kommune', 'region', 'stat', 'total'] as const) {
      expect(lines.breakEven[a].byYear).toEqual(oneHot(ld.actors[a].breakEvenYear));
      expect(lines.stats[`${a}.presentValue`].p50).toBe(ld.actors[a].presentValue);
    }
    const f = simulate('fund', [{ preset: 'dsi-fund-25m' }], parseDistributionTable(fundModel, [['successRate', 'fixed', 0.4]]), { draws: 50, seed: 1 });
    const fd = run(fundModel, [{ preset: 'dsi-fund-25m' }]).result;
    expect(f.stats.employed.p5).toBe(fd.employed);
    expect(f.stats.totalInvested.p95).toBe(fd.totalInvested);
    expect(f.stats.cumulativePeople.p50).toBe(fd.cumulativePeople[5]);
  });

  test('the kommune PV is linear in successRate, so its percentiles follow the uniform draw', () => {
    // kommune PV = 162 x (p1 - 0.24) x 92000 x 4.20863125 - 6.9m; p1 ~ uniform(0.3, 0.5).
    const sim = simulate('case', HOLBAEK, parseDistributionTable(caseModel, [['successRate', 'uniform', 0.3, 0.5]]), { draws: N, seed: 5 });
    const slope = 162 * 92000 * 4.20863125;
    const pv = (p: number) => slope * (p - 0.24) - 6_900_000;
    for (const [p, got] of [[0.05, sim.stats['kommune.presentValue'].p5], [0.5, sim.stats['kommune.presentValue'].p50], [0.95, sim.stats['kommune.presentValue'].p95]]) {
      const se = Math.sqrt((p * (1 - p)) / N) * 0.2 * slope;
      expect(Math.abs(got - pv(0.3 + 0.2 * p))).toBeLessThan(5 * se);
    }
    // P(kommune breaks even) = P(p1 >= switching rate) for a linear PV: rate where pv = 0.
    const s = 0.24 + 6_900_000 / slope;
    const prob = (0.5 - s) / 0.2;
    expect(Math.abs(sim.breakEven.kommune.probability - prob)).toBeLessThan(5 * Math.sqrt((prob * (1 - prob)) / N));
  });

  test('same seed, same numbers; another seed, other numbers; chunks = one run', () => {
    const d = defaultDistributions('case', caseModel, run(caseModel, HOLBAEK).params as Record<string, unknown>);
    const a = simulate('case', HOLBAEK, d, { draws: 3000, seed: 99 });
    const b = simulate('case', HOLBAEK, d, { draws: 3000, seed: 99 });
    const c = simulate('case', HOLBAEK, d, { draws: 3000, seed: 100 });
    expect(Array.from(a.samples['kommune.presentValue'])).toEqual(Array.from(b.samples['kommune.presentValue']));
    expect(a.stats).toEqual(b.stats);
    expect(c.stats['kommune.presentValue'].mean).not.toBe(a.stats['kommune.presentValue'].mean);
    const s = new Simulation('case', HOLBAEK, d, { draws: 3000, seed: 99 });
    while (!s.done) s.step(777);
    expect(s.result().stats).toEqual(a.stats);
  });

  test('async run reports progress and can be cancelled', async () => {
    const d = parseDistributionTable(caseModel, [['successRate', 'uniform', 0.3, 0.5]]);
    const seen: number[] = [];
    const r = await simulateAsync('case', HOLBAEK, d, { draws: 1000, seed: 1, chunk: 300, onProgress: (x) => seen.push(x) });
    expect(seen).toEqual([0.3, 0.6, 0.9, 1]);
    expect(r.stats).toEqual(simulate('case', HOLBAEK, d, { draws: 1000, seed: 1 }).stats);
    const signal = { aborted: false };
    const after: number[] = [];
    const p = simulateAsync('case', HOLBAEK, d, { draws: 1000, seed: 1, chunk: 100, signal, onProgress: (x) => { after.push(x); if (x >= 0.3) signal.aborted = true; } });
    await expect(p).rejects.toBeInstanceOf(SimulationCancelled);
    // It stops at the next chunk: no draws after the one that saw the abort.
    expect(after).toEqual([0.1, 0.2, 0.3]);
    // Aborted during the last chunk: still cancelled, no result.
    const late = { aborted: false };
    await expect(simulateAsync('case', HOLBAEK, d, { draws: 200, seed: 1, chunk: 100, signal: late, onProgress: (x) => { if (x === 1) late.aborted = true; } })).rejects.toBeInstanceOf(SimulationCancelled);
    // Without onProgress or a signal it simply runs.
    expect((await simulateAsync('case', HOLBAEK, d, { draws: 200, seed: 1, chunk: 50 })).stats).toEqual(simulate('case', HOLBAEK, d, { draws: 200, seed: 1 }).stats);
  });

  test('draws and seed are checked', () => {
    const d = parseDistributionTable(caseModel, [['successRate', 'fixed', 0.4]]);
    expect(() => simulate('case', HOLBAEK, d, { draws: 0, seed: 1 })).toThrow('draws must be a whole number from 1 to 1,000,000 (got 0)');
    expect(() => simulate('case', HOLBAEK, d, { draws: 10, seed: -3 })).toThrow(/seed must be a whole number/);
    for (const bad of [1_000_001, 2.5, '10', null]) {
      expect(() => checkDraws(bad)).toThrow(`draws must be a whole number from 1 to 1,000,000 (got ${showValue(bad)})`);
    }
    expect([checkDraws(1), checkDraws(1_000_000)]).toEqual([1, 1_000_000]);
  });

  test('default distributions of the presets are valid and centred on the preset', () => {
    const p = run(caseModel, HOLBAEK).params as Record<string, unknown>;
    const d = defaultDistributions('case', caseModel, p);
    expect(d.map((x) => [x.key, x.kind])).toEqual([['successRate', 'beta'], ['gainKommune', 'triangular'], ['gainRegion', 'triangular'], ['gainStat', 'triangular'], ['persistence', 'triangular']]);
    expect(d[0].args).toEqual([0.4, 0.0625]);
    expect(d[1].args).toEqual([0.8 * 92000, 92000, 1.2 * 92000]);
    const fp = validate(fundModel, mergeInput(fundModel, [{ preset: 'dsi-fund-25m' }])) as Record<string, unknown>;
    expect(defaultDistributions('fund', fundModel, fp).map((x) => [x.key, x.kind, x.args])).toEqual([
      ['successRate', 'beta', [0.4, 0.0625]],
      ['repaymentMultiple', 'triangular', [1.15 - 0.3, 1.15, 1.15 + 0.3]],
    ]);
  });
});

describe('default distributions at the edges', () => {
  const caseParams = (values: Record<string, unknown>) => run(caseModel, [{ values: { participants: 10, costTotal: 100, successRate: 0.5, gainKommune: 50, gainRegion: 0, gainStat: 10, ...values } }]).params as Record<string, unknown>;

  test('a negative gain is drawn from 1.2 g to 0.8 g, a zero gain is fixed', () => {
    const specs = defaultDistributionSpecs('case', caseParams({ gainKommune: -50 }));
    expect(specs.find((s) => s.key === 'gainKommune')).toEqual({ key: 'gainKommune', kind: 'triangular', args: [-60, -50, -40] });
    expect(specs.find((s) => s.key === 'gainRegion')).toEqual({ key: 'gainRegion', kind: 'fixed', args: [0] });
    expect(specs.find((s) => s.key === 'gainStat')).toEqual({ key: 'gainStat', kind: 'triangular', args: [8, 10, 12] });
  });

  test('a success rate of 0 or 1, or one too near an end for sd 0.0625, is fixed', () => {
    for (const p of [0, 1, 0.003, 0.997]) {
      // At 0.003 and 0.997, sqrt(p (1 - p)) = 0.0547 is below the default sd 0.0625.
      expect(defaultDistributionSpecs('case', caseParams({ successRate: p }))[0]).toEqual({ key: 'successRate', kind: 'fixed', args: [p] });
    }
    expect(defaultDistributionSpecs('case', caseParams({ successRate: 0.004 }))[0]).toEqual({ key: 'successRate', kind: 'beta', args: [0.004, 0.0625] });
    // sqrt(0.996 x 0.004) = 0.0631, just above 0.0625
    expect(defaultDistributionSpecs('case', caseParams({ successRate: 0.996 }))[0]).toEqual({ key: 'successRate', kind: 'beta', args: [0.996, 0.0625] });
  });

  test('consequence units: +-20 % without bounds on an ordinary line (negative units too), fixed at 0 units', () => {
    const visit = { id: 'visit', kommune: 0, region: 500, stat: 0, priceYear: 2024, source: 'assumption' };
    const params = run(caseModel, [{ values: {
      participants: 10, costTotal: 100, successRate: 0.5, startYear: 2024, priceYear: 2024, prices: [visit, { ...visit, id: 'tax' }, { ...visit, id: 'none' }],
      consequences: [{ id: 'visit', units: 3 }, { id: 'tax', units: -44 }, { id: 'none', units: 0 }],
    } }]).params as Record<string, unknown>;
    const units = defaultDistributionSpecs('case', params).filter((s) => s.key.startsWith('units:'));
    expect(units.map((s) => [s.key, s.kind])).toEqual([['units:visit', 'triangular'], ['units:tax', 'triangular'], ['units:none', 'fixed']]);
    [[2.4, 3, 3.6], [-52.8, -44, -35.2], [0]].forEach((args, i) => {
      expect(units[i].args).toHaveLength(args.length);
      args.forEach((x, j) => expect(units[i].args[j]).toBeCloseTo(x, 12));
    });
  });

  test('persistence moves by 0.1 inside 0..1; a repayment multiple of 0 by 0.3 above 0', () => {
    expect(defaultDistributionSpecs('case', caseParams({ persistence: 1 })).find((s) => s.key === 'persistence')).toEqual({ key: 'persistence', kind: 'triangular', args: [0.9, 1, 1] });
    const fp = validate(fundModel, mergeInput(fundModel, [{ preset: 'dsi-fund-25m', values: { repaymentMultiple: 0 } }])) as Record<string, unknown>;
    expect(defaultDistributionSpecs('fund', fp)[1]).toEqual({ key: 'repaymentMultiple', kind: 'triangular', args: [0, 0, 0.3] });
  });
});

describe('outcome-driven fund (MODEL.md section 5)', () => {
  test('equal-instalment contract payments reproduce the fixed-multiple fund', () => {
    // A contract that pays m C / n in each of years L + 1 .. L + n: effect 1 every year, window
    // 2..6, price chosen so that P x S = 1.15 x 6.9m / 5.
    const S = 25.92;
    const price = (1.15 * 6_900_000) / 5 / S;
    const c = run(contractModel, [{ preset: 'holbaek-ips', values: { effectRamp: [1], persistence: 1, costProfile: [1], outcomePrice: price, paymentStart: 2, paymentYears: 5 } }]).result;
    const q = repaymentShares(c);
    const fixed = fixedMultipleShares(1.15, 5, 1);
    q.forEach((x, k) => expect(x).toBeCloseTo(fixed[k], 12));
    const fp = run(fundModel, [{ preset: 'dsi-fund-25m' }]).params;
    const ref = evaluateFund(fp);
    const out = evaluateOutcomeFund(fp, q);
    for (const k of ['invested', 'repayments', 'peopleHelped', 'cumulativePeople'] as const) {
      out[k].forEach((x, t) => expect(x).toBeCloseTo(ref[k][t], 4));
    }
    for (const k of ['totalInvested', 'employed', 'partnerships', 'keptCash', 'outstanding'] as const) expect(out[k]).toBeCloseTo(ref[k], 4);
    expect(out.vintageIrr).toBeCloseTo(ref.vintageIrr as number, 10);
    // The report's figure: 70.38m invested over 6 years.
    expect(out.totalInvested / 1e6).toBeCloseTo(70.38, 2);
  });

  test('a partial reinvestment and a 2-year lag match section 2 as well', () => {
    const fp = run(fundModel, [{ preset: 'dsi-fund-25m', values: { reinvestShare: 0.6, repaymentLag: 2, repaymentYears: 3, horizon: 8 } }]).params;
    const ref = evaluateFund(fp);
    const out = evaluateOutcomeFund(fp, fixedMultipleShares(1.15, 3, 2));
    out.invested.forEach((x, t) => expect(x).toBeCloseTo(ref.invested[t], 4));
    expect(out.keptCash).toBeCloseTo(ref.keptCash, 4);
    expect(out.outstanding).toBeCloseTo(ref.outstanding, 4);
  });

  test('each vintage may have its own shares', () => {
    const fp = run(fundModel, [{ preset: 'dsi-fund-25m' }]).params;
    const out = evaluateOutcomeFund(fp, (s) => (s === 1 ? [0, 0.5, 0.5] : [0, 1]));
    // Year 2: 25m x 0.5 back and reinvested; year 3: 25m x 0.5 + 12.5m x 1.
    expect(out.invested.slice(0, 3)).toEqual([25e6, 12.5e6, 25e6]);
  });
});

describe('discount schedules', () => {
  test('dk-fm-2021: 3.5 % for the periods ending in years 2..36 (ministry years 1..35), then 2.5 %', () => {
    const s = DISCOUNT_SCHEDULES.find((x) => x.name === 'dk-fm-2021')!;
    expect(s.date).toBe('2021-01-07');
    const df = discountFactors(s.rates, 50);
    expect(df[0]).toBe(1);
    expect(df[35]).toBeCloseTo(Math.pow(1.035, -35), 12);
    expect(df[49]).toBeCloseTo(Math.pow(1.035, -35) * Math.pow(1.025, -14), 12);
  });
});
