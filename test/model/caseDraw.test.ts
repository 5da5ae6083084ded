/**
 * The Monte Carlo's fast case path (caseDraw.ts) against the model's own evaluateCase: bit for bit
 * on random valid cases, and inside a whole Simulation against each draw evaluated separately.
 * Also the selection that replaced sorting in summarise, against a full sort.
 */
import fc from 'fast-check';
import {
  caseModel, validate, mergeInput, evaluateCase, ACTORS_AND_TOTAL, CaseParams, Simulation, defaultDistributions, Rng,
  caseDrawReader, caseDrawApplies, selectInPlace, summarise, percentileSorted,
} from '../../src/model';
import { validCaseInput } from './helpers';

function viaModel(p: CaseParams): { pv: number[]; be: number[] } {
  const r = evaluateCase(p);
  return { pv: ACTORS_AND_TOTAL.map((a) => r.actors[a].presentValue), be: ACTORS_AND_TOTAL.map((a) => r.actors[a].breakEvenYear ?? 0) };
}

test('caseDraw gives exactly evaluateCase\'s present values and break-even years (random valid cases)', () => {
  const read = caseDrawReader();
  const pv = new Float64Array(4);
  const be = new Int16Array(4);
  fc.assert(fc.property(validCaseInput(), (input) => {
    const p = validate(caseModel, mergeInput(caseModel, [{ values: input }])) as CaseParams;
    expect(caseDrawApplies(p as unknown as Record<string, unknown>)).toBe(true);
    read(p, pv, be);
    const want = viaModel(p);
    // Object.is: the same double, bit for bit (and -0 is not 0).
    want.pv.forEach((v, i) => expect(Object.is(pv[i], v)).toBe(true));
    expect(Array.from(be)).toEqual(want.be);
  }), { numRuns: 300 });
});

test('caseDraw gives exactly evaluateCase\'s figures on cases with non-zero figures, one reader across changing rates and horizons', () => {
  // fast-check's random cases above lean to edge values (often every present value is 0); these
  // are the report's case varied so that every actor's present value is non-zero and the discount
  // factors, the horizon and the break-even years change from one case to the next, as they do
  // between draws of a Simulation that one reader serves.
  const read = caseDrawReader();
  const pv = new Float64Array(4);
  const be = new Int16Array(4);
  const variations: Record<string, unknown>[] = [
    { horizon: 3 }, { discountRate: 0.035 }, { discountRate: 0.035, horizon: 10 }, { discountRate: 0.1, horizon: 10 },
    { discountRate: [0.035, 0.03, 0.025], horizon: 8 }, { discountRate: 0.1, horizon: 2 }, { discountRate: 0.1, horizon: 12 },
    { costProfile: [0.2, 0.2, 0.2, 0.2, 0.2], effectRamp: [0, 0.5, 1], persistence: 0.7, discountRate: 0.05 },
    { gainRegion: -20_000, costShareKommune: 0.5, costShareRegion: 0.2, costShareStat: 0.3, discountRate: 0.2 },
    { costTotal: undefined, costPerParticipant: 40_000, successRate: 0.48, dropoutRate: 0 },
  ];
  let checked = 0;
  for (const values of variations) {
    const p = validate(caseModel, mergeInput(caseModel, [{ preset: 'holbaek-ips', values }])) as CaseParams;
    read(p, pv, be);
    const want = viaModel(p);
    want.pv.forEach((v, i) => {
      expect(v).not.toBe(0);
      expect(Object.is(pv[i], v)).toBe(true);
    });
    expect(Array.from(be)).toEqual(want.be);
    checked++;
  }
  expect(checked).toBe(variations.length);
});

test('a key caseDraw does not know sends the case through evaluateCase', () => {
  const p = validate(caseModel, mergeInput(caseModel, [{ preset: 'holbaek-ips' }])) as Record<string, unknown>;
  expect(caseDrawApplies(p)).toBe(true);
  expect(caseDrawApplies({ ...p, gainLines: [1, 2] })).toBe(false);
});

test('a Simulation of the case records, draw by draw, what evaluateCase gives for the drawn values', () => {
  const layers = [{ preset: 'holbaek-ips' }];
  const base = validate(caseModel, mergeInput(caseModel, layers)) as Record<string, unknown>;
  const dists = defaultDistributions('case', caseModel, base);
  const draws = 500;
  const sim = new Simulation('case', layers, dists, { draws, seed: 11 });
  sim.step(draws);
  const r = sim.result();
  // The same draws by hand: one generator, each distribution in order, then the model.
  const rng = new Rng(11);
  const p: Record<string, unknown> = { ...sim.params };
  for (let i = 0; i < draws; i++) {
    for (const d of dists) p[d.key] = d.sample(rng);
    const want = viaModel(p as CaseParams);
    ACTORS_AND_TOTAL.forEach((a, k) => expect(Object.is(r.samples[`${a}.presentValue`][i], want.pv[k])).toBe(true));
  }
});

describe('selectInPlace (the percentiles\' order statistics without a full sort)', () => {
  test('every requested rank holds the value a sort puts there, ties and small arrays included', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 400 }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
      (values, picks) => {
        const a = Float64Array.from(values);
        const sorted = Float64Array.from(values).sort();
        const ks = [...new Set(picks.map((k) => k % a.length))].sort((x, y) => x - y);
        selectInPlace(a, ks);
        for (const k of ks) expect(a[k] === sorted[k]).toBe(true);
      }), { numRuns: 300 });
  });
  test('summarise\'s percentiles equal PERCENTILE.INC on the sorted values, at sizes where the ranks round differently', () => {
    const rng = new Rng(5);
    for (const n of [24, 25, 26, 31, 37, 41, 60, 99, 101, 257, 1000, 1001, 2500]) {
      const xs = new Float64Array(n);
      for (let i = 0; i < n; i++) xs[i] = rng.uniform() * 100 - 50;
      const sorted = Float64Array.from(xs).sort();
      const s = summarise(xs);
      expect([s.p5, s.p10, s.p50, s.p90, s.p95, s.min, s.max]).toEqual([...[0.05, 0.1, 0.5, 0.9, 0.95].map((q) => percentileSorted(sorted, q)), sorted[0], sorted[n - 1]]);
    }
  });
  test('summarise\'s percentiles equal PERCENTILE.INC on the sorted values (10,001 values)', () => {
    const xs = new Float64Array(10001);
    const rng = new Rng(3);
    for (let i = 0; i < xs.length; i++) xs[i] = Math.floor(rng.uniform() * 50) - 20 + rng.uniform();
    const s = summarise(xs);
    const sorted = Float64Array.from(xs).sort();
    expect([s.p5, s.p10, s.p50, s.p90, s.p95]).toEqual([0.05, 0.1, 0.5, 0.9, 0.95].map((q) => percentileSorted(sorted, q)));
    expect([s.min, s.max]).toEqual([sorted[0], sorted[10000]]);
  });
});
