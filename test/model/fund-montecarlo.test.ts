/**
 * Monte Carlo of the fund (MODEL.md sections 6 and 7): probabilities worked by hand for a loss rate
 * drawn uniformly, per-vintage success rates against the contract model itself, fixed
 * distributions against the deterministic fund.
 */
import {
  simulateFund, makeDistribution, fundModel, outcomeFundInputModel, contractModel, run, validate, mergeInput,
  evaluateFund, evaluateOutcomeFund, repaymentShares, Rng, ContractParams, FundParams, defaultFundDistributions,
  simulateFundAsync, SimulationCancelled,
} from '../../src/model';

describe('probabilities by hand: lossRate ~ uniform(0, 1)', () => {
  // K0 = 1, m = 2, n = 1, L = 1, H = 2, running costs 0 then 0.3. With u = 1 - lambda:
  //   year 1: I_1 = 1; year 2: R = 2u, A = 2u - 0.3: a shortfall iff u < 0.15, P = 0.15;
  //   otherwise I_2 = 2u - 0.3, and fundValue = u x 2 x I_2 >= 1 = capitalIn iff 4u^2 - 0.6u - 1 >= 0,
  //   u >= (0.6 + sqrt(16.36)) / 8 = 0.5805937..., P = 0.4194063...
  const layers = [{ values: { initialCapital: 1, horizon: 2, repaymentMultiple: 2, repaymentYears: 1, repaymentLag: 1, costPerParticipant: 0.01, successRate: 0.5, operatingCost: [0, 0.3] } }];
  const dists = [makeDistribution(fundModel, { key: 'lossRate', kind: 'uniform', args: [0, 1] })];
  const uniformLossRun = () => simulateFund(layers, dists, { draws: 100_000, seed: 7 });
  // Binomial sd at 100,000 draws is at most 0.0016; 0.0065 is four of them.
  test('P(shortfall) = 0.15 and P(fundValue >= capitalIn) = 0.4194 (within 0.0065)', () => {
    const r = uniformLossRun();
    expect(Math.abs(r.probabilities.shortfall - 0.15)).toBeLessThan(0.0065);
    expect(Math.abs(r.probabilities.capitalPreserved - (1 - (0.6 + Math.sqrt(16.36)) / 8))).toBeLessThan(0.0065);
    expect(r.perVintage).toBe(false);
  });

  test('fundValue: the largest is at lambda = 0, 2 x 1.7 = 3.4; the median at u = 0.5, 2 x 0.5 x 0.7 = 0.7 (within 0.02)', () => {
    const r = uniformLossRun();
    expect(r.stats.fundValue.max).toBeLessThanOrEqual(3.4);
    expect(r.stats.fundValue.max).toBeGreaterThan(3.39);
    expect(Math.abs(r.stats.fundValue.p50 - 0.7)).toBeLessThan(0.02);
    expect(r.deterministic.fundValue).toBeCloseTo(2 * 0.5 * 0.7, 12); // at the centre, lambda = 0.5
  });
});

describe('per-vintage success rates with a reference contract', () => {
  const referenceContract = () => run(contractModel, [{ preset: 'holbaek-ips-contract' }]).params as ContractParams;
  const fundLayers = [{ preset: 'dsi-fund-25m', values: { horizon: 8, lossRate: 0.1 } }];
  const success = makeDistribution(outcomeFundInputModel, { key: 'successRate', kind: 'beta', args: [0.4, 0.0625] });
  const guarantee = makeDistribution(outcomeFundInputModel, { key: 'guaranteeShare', kind: 'uniform', args: [0, 1] });

  test('each draw: guaranteeShare first, then one success rate per vintage; each vintage repaid by the contract model at its own rate', () => {
    const contract = referenceContract();
    const seed = 11;
    const draws = 3;
    const r = simulateFund(fundLayers, [success, guarantee], { draws, seed, contract });
    expect(r.perVintage).toBe(true);
    const base = validate(outcomeFundInputModel, mergeInput(outcomeFundInputModel, fundLayers)) as FundParams;
    const rng = new Rng(seed);
    for (let i = 0; i < draws; i++) {
      const g = guarantee.sample(rng);
      const rates = Array.from({ length: base.horizon }, () => success.sample(rng));
      // The contract model run at each vintage's rate gives that vintage's shares Pay_k / C.
      const shares = rates.map((rate) => repaymentShares(run(contractModel, [{ preset: 'holbaek-ips-contract', values: { successRate: rate } }]).result));
      const want = evaluateOutcomeFund({ ...base, guaranteeShare: g }, (s) => shares[s - 1], rates);
      expect(Math.abs(r.samples.fundValue[i] - want.fundValue)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(r.samples.totalInvested[i] - want.totalInvested)).toBeLessThanOrEqual(1e-6);
      // employed = sum over vintages of its own rate x its people.
      const employed = want.peopleHelped.reduce((a, p, t) => a + rates[t] * p, 0);
      expect(Math.abs(r.samples.employed[i] - employed)).toBeLessThanOrEqual(1e-9 * employed);
    }
  });

  test('vintages differ within a draw: the same fund with one rate for every vintage has another result', () => {
    const contract = referenceContract();
    const r = simulateFund(fundLayers, [success], { draws: 1, seed: 3, contract });
    const rng = new Rng(3);
    const rates = Array.from({ length: 8 }, () => success.sample(rng));
    expect(new Set(rates).size).toBe(8);
    expect(r.samples.fundValue[0]).not.toBe(r.deterministic.fundValue);
  });

  test('every distribution fixed: every percentile is the deterministic outcome fund (DSI.OUTCOMEFUND)', () => {
    const contract = referenceContract();
    const fixed = [makeDistribution(outcomeFundInputModel, { key: 'lossRate', kind: 'fixed', args: [0.2] })];
    const r = simulateFund(fundLayers, fixed, { draws: 50, seed: 1, contract });
    const base = validate(outcomeFundInputModel, mergeInput(outcomeFundInputModel, [...fundLayers, { values: { lossRate: 0.2 } }])) as FundParams;
    const want = evaluateOutcomeFund(base, repaymentShares(run(contractModel, [{ preset: 'holbaek-ips-contract' }]).result));
    for (const s of ['p5', 'p50', 'p95', 'mean'] as const) expect(r.stats.fundValue[s]).toBe(want.fundValue);
    expect(r.stats.totalInvested.p50).toBe(want.totalInvested);
    expect(r.probabilities.shortfall).toBe(0);
  });

  test('without a contract the fund draws once per fund: fixed distributions give evaluateFund', () => {
    const r = simulateFund([{ preset: 'dsi-fund-25m' }], [makeDistribution(fundModel, { key: 'successRate', kind: 'fixed', args: [0.4] })], { draws: 5, seed: 1 });
    const want = evaluateFund(validate(fundModel, mergeInput(fundModel, [{ preset: 'dsi-fund-25m' }])));
    expect(r.stats.employed.p50).toBe(want.employed);
    expect(r.stats.fundValue.p95).toBe(want.fundValue);
    expect(r.probabilities.capitalPreserved).toBe(want.fundValue >= 25_000_000 ? 1 : 0);
  });

  test('fixed distributions: all four figures of every draw and the deterministic column are the fund\'s own; the rows are reported as given', () => {
    const contract = referenceContract();
    const fixedRate = makeDistribution(outcomeFundInputModel, { key: 'successRate', kind: 'fixed', args: [0.4] });
    const r = simulateFund(fundLayers, [fixedRate], { draws: 4, seed: 1, contract });
    const base = validate(outcomeFundInputModel, mergeInput(outcomeFundInputModel, [...fundLayers, { values: { successRate: 0.4 } }])) as FundParams;
    const want = evaluateOutcomeFund(base, repaymentShares(run(contractModel, [{ preset: 'holbaek-ips-contract' }]).result));
    const figures = { cumulativePeople: want.cumulativePeople[7], employed: want.employed, totalInvested: want.totalInvested, fundValue: want.fundValue };
    for (const [name, value] of Object.entries(figures)) {
      expect(Array.from(r.samples[name])).toEqual([value, value, value, value]);
      expect(r.deterministic[name]).toBe(value);
    }
    // A fixed success rate is one rate for every vintage, not a draw per vintage.
    expect(r.perVintage).toBe(false);
    expect(r.distributions).toEqual([{ key: 'successRate', kind: 'fixed', args: [0.4] }]);
    expect(simulateFund(fundLayers, [success], { draws: 2, seed: 1, contract }).perVintage).toBe(true);
    // Another random key with a contract is drawn once per fund.
    const loss = makeDistribution(outcomeFundInputModel, { key: 'lossRate', kind: 'uniform', args: [0, 0.2] });
    expect(simulateFund(fundLayers, [loss], { draws: 2, seed: 1, contract }).perVintage).toBe(false);
  });

  test('a key of another model, and a reference contract without a cost, are refused', () => {
    const gain = makeDistribution(contractModel, { key: 'gainKommune', kind: 'fixed', args: [1] });
    expect(() => simulateFund(fundLayers, [gain], { draws: 2, seed: 1 })).toThrow('gainKommune is not a parameter of the fund model');
    const free = run(contractModel, [{ preset: 'holbaek-ips-contract', values: { costTotal: 0 } }]).params as ContractParams;
    expect(() => simulateFund(fundLayers, [success], { draws: 2, seed: 1, contract: free })).toThrow('the reference contract must have a cost above 0 to give repayment shares');
  });

  test('a distribution of a key the contract replaces is refused, naming it; the defaults leave repaymentMultiple out', () => {
    const contract = referenceContract();
    const rm = makeDistribution(outcomeFundInputModel, { key: 'repaymentMultiple', kind: 'uniform', args: [1, 1.3] });
    expect(() => simulateFund(fundLayers, [rm], { draws: 10, seed: 1, contract })).toThrow(/repaymentMultiple is not used with a reference contract/);
    const base = validate(outcomeFundInputModel, mergeInput(outcomeFundInputModel, fundLayers)) as unknown as Record<string, unknown>;
    expect(defaultFundDistributions(base, true).map((d) => d.key)).toEqual(['successRate']);
    expect(defaultFundDistributions(base, false).map((d) => d.key)).toEqual(['successRate', 'repaymentMultiple']);
  });
});

describe('the fund simulation in chunks (the pane runs it so)', () => {
  const layers = [{ preset: 'dsi-fund-25m' }];
  const dists = () => [makeDistribution(fundModel, { key: 'lossRate', kind: 'uniform', args: [0, 0.3] })];

  test('reports its progress after each chunk and gives what one run gives', async () => {
    const seen: number[] = [];
    const r = await simulateFundAsync(layers, dists(), { draws: 1000, seed: 5, chunk: 400, onProgress: (x) => seen.push(x) });
    expect(seen).toEqual([0.4, 0.8, 1]);
    const once = simulateFund(layers, dists(), { draws: 1000, seed: 5 });
    expect(r.stats).toEqual(once.stats);
    expect(r.probabilities).toEqual(once.probabilities);
    // Without a chunk size: one chunk of 5,000 draws at most.
    const few: number[] = [];
    await simulateFundAsync(layers, dists(), { draws: 6000, seed: 5, onProgress: (x) => few.push(x) });
    expect(few).toEqual([5000 / 6000, 1]);
  });

  test('stops with SimulationCancelled when the signal is raised, before the next chunk or at the end', async () => {
    const signal = { aborted: false };
    const seen: number[] = [];
    const p = simulateFundAsync(layers, dists(), { draws: 1000, seed: 5, chunk: 100, signal, onProgress: (x) => { seen.push(x); if (x >= 0.3) signal.aborted = true; } });
    await expect(p).rejects.toBeInstanceOf(SimulationCancelled);
    expect(seen).toEqual([0.1, 0.2, 0.3]);
    const last = { aborted: false };
    const q = simulateFundAsync(layers, dists(), { draws: 100, seed: 5, chunk: 100, signal: last, onProgress: () => { last.aborted = true; } });
    await expect(q).rejects.toBeInstanceOf(SimulationCancelled);
    await expect(simulateFundAsync(layers, dists(), { draws: 100, seed: 5, signal: { aborted: true } })).rejects.toBeInstanceOf(SimulationCancelled);
  });
});
