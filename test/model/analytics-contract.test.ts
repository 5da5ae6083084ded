/**
 * Outcome contract (MODEL.md section 4) against hand calculations, an independent IRR, and the
 * closed forms against the root finder.
 */
import * as formulajs from '@formulajs/formulajs';
import {
  run,
  contractModel,
  caseModel,
  validate,
  mergeInput,
  ParameterError,
  maxAffordablePrice,
  investorBreakEvenPrice,
  switchingRate,
  switchingRateByRoot,
  switchingRateClosed,
  CONTRACT_ACTORS,
  ACTORS_AND_TOTAL,
  ContractParams,
  CaseParams,
  MODELS,
  analyseContract,
  render,
} from '../../src/model';

/**
 * A contract small enough to work by hand: N = 100, no dropout, p1 = 0.5, p0 = 0, so S = 50;
 * effect 1 every year (ramp [1], persistence 1); cost 1000 in year 1; horizon 4; price 10, so
 * the amount due is 10 x 50 = 500 in each year of the window.
 */
const SMALL = {
  participants: 100,
  costTotal: 1000,
  successRate: 0.5,
  gainKommune: 20,
  gainRegion: 4,
  gainStat: 6,
  horizon: 4,
  outcomePrice: 10,
  paymentStart: 2,
  paymentYears: 2,
};

function contract(values: Record<string, unknown>) {
  return run(contractModel, [{ values: { ...SMALL, ...values } }]);
}

describe('contract payments worked by hand', () => {
  test('no cap: 500 in each year of the window 2..3, multiple 1, IRR 0', () => {
    const r = contract({}).result;
    expect(r.payments).toEqual([0, 500, 500, 0]);
    expect(r.paymentsTotal).toBe(1000);
    expect(r.capReached).toBe(false);
    expect(r.investor.flows).toEqual([-1000, 500, 500, 0]);
    expect(r.investor.multiple).toBe(1);
    expect(r.investor.irr).toBeCloseTo(0, 10);
  });

  test('cap 700 binds in year 3: 500 then 200', () => {
    const r = contract({ paymentCap: 700 }).result;
    expect(r.payments).toEqual([0, 500, 200, 0]);
    expect(r.capReached).toBe(true);
    expect(r.investor.multiple).toBeCloseTo(0.7, 12);
  });

  test('a cap above the payments does not bind', () => {
    const r = contract({ paymentCap: 1000 }).result;
    expect(r.payments).toEqual([0, 500, 500, 0]);
    expect(r.capReached).toBe(false);
  });

  test('window 3..7 is cut by the 4-year horizon', () => {
    const r = contract({ paymentStart: 3, paymentYears: 5 }).result;
    expect(r.payments).toEqual([0, 0, 500, 500]);
  });

  test('a negative effect (p1 < p0) pays nothing', () => {
    const r = contract({ successRate: 0.1, baselineRate: 0.2 }).result;
    expect(r.payments).toEqual([0, 0, 0, 0]);
    expect(r.investor.irr).toBeNull();
  });

  test('public actors: gains as in the case, costs = payer share of the payments, discounted at 10 %', () => {
    const r = contract({ payerShareKommune: 0.5, payerShareStat: 0.5, payerShareRegion: 0, discountRate: 0.1 }).result;
    // kommune: gains 50 x 20 = 1000 a year; costs 0, 250, 250, 0.
    expect(r.actors.kommune.gains).toEqual([1000, 1000, 1000, 1000]);
    expect(r.actors.kommune.costs).toEqual([0, 250, 250, 0]);
    const pvK = 1000 + 750 / 1.1 + 750 / 1.21 + 1000 / 1.331;
    expect(r.actors.kommune.presentValue).toBeCloseTo(pvK, 9);
    // stat: gains 300 a year, costs 0, 250, 250, 0.
    expect(r.actors.stat.presentValue).toBeCloseTo(300 + 50 / 1.1 + 50 / 1.21 + 300 / 1.331, 9);
    // region pays nothing: no cost, no ratio.
    expect(r.actors.region.costs).toEqual([0, 0, 0, 0]);
    expect(r.actors.region.benefitCostRatio).toBeNull();
    // investor: -1000 + 500/1.1 + 500/1.21.
    expect(r.investor.presentValue).toBeCloseTo(-1000 + 500 / 1.1 + 500 / 1.21, 9);
    expect(r.investor.breakEvenYear).toBeNull();
    // Without the contract the kommune bears the 1000 in year 1.
    expect(r.withoutContract.kommune.costs).toEqual([1000, 0, 0, 0]);
  });

  test('a cost given per participant: the investor pre-finances 10 x 100 = 1000', () => {
    const r = run(contractModel, [{ values: { ...SMALL, costTotal: undefined, costPerParticipant: 10 } }]).result;
    expect(r.investor.flows).toEqual([-1000, 500, 500, 0]);
    expect(r.investor.multiple).toBe(1);
  });

  test('payments may start in the last year of the horizon, not after it', () => {
    expect(contract({ paymentStart: 4 }).result.payments).toEqual([0, 0, 0, 500]);
    expect(() => contract({ paymentStart: 5 })).toThrow('paymentStart must be within the horizon (got 5, horizon 4)');
  });

  test('benefit-cost ratios under the contract, discounted at 10 %, and the total of the actors', () => {
    const r = contract({ payerShareKommune: 0.5, payerShareStat: 0.5, payerShareRegion: 0, discountRate: 0.1 }).result;
    const df = [1, 1 / 1.1, 1 / 1.21, 1 / 1.331];
    const pv = (xs: number[]) => xs.reduce((a, x, t) => a + x * df[t], 0);
    // kommune: gains 1000 a year against costs 250 in years 2 and 3.
    expect(r.actors.kommune.benefitCostRatio).toBeCloseTo(pv([1000, 1000, 1000, 1000]) / pv([0, 250, 250, 0]), 12);
    // total: gains 50 x 30 = 1500 a year against the payments 500 in years 2 and 3.
    expect(r.actors.total.gains).toEqual([1500, 1500, 1500, 1500]);
    expect(r.actors.total.costs).toEqual([0, 500, 500, 0]);
    expect(r.actors.total.benefitCostRatio).toBeCloseTo(pv([1500, 1500, 1500, 1500]) / pv([0, 500, 500, 0]), 12);
    expect(r.actors.total.presentValue).toBeCloseTo(pv([1500, 1000, 1000, 1500]), 9);
  });

  test('a contract without cost has no investor multiple', () => {
    const r = contract({ costTotal: 0 }).result.investor;
    expect(r.multiple).toBeNull();
    expect(r.flows).toEqual([0, 500, 500, 0]);
  });

  test('the investor cost follows the cost profile', () => {
    const r = contract({ costProfile: [0.6, 0.4] }).result;
    expect(r.investor.flows).toEqual([-600, 100, 500, 0]);
  });
});

describe('contract parameters', () => {
  test('contract keys extend the case keys; the case rules still apply', () => {
    const caseKeys = caseModel.params.map((m) => m.key);
    const keys = contractModel.params.map((m) => m.key);
    expect(keys.slice(0, caseKeys.length)).toEqual(caseKeys);
    expect(keys.slice(caseKeys.length)).toEqual(['outcomePrice', 'paymentStart', 'paymentYears', 'paymentCap', 'payerShareKommune', 'payerShareRegion', 'payerShareStat']);
    expect(() => contract({ costPerParticipant: 10 })).toThrow(/give costTotal or costPerParticipant, not both/);
    expect(() => contract({ costProfile: [0.5, 0.4] })).toThrow(/costProfile must sum to 1 \(sums to 0.9\)/);
    expect(MODELS.contract).toBe(contractModel);
  });

  test('contract rules name the key, the value and the rule', () => {
    expect(() => contract({ payerShareKommune: 0.5 })).toThrow('payerShareKommune + payerShareRegion + payerShareStat must sum to 1 (sums to 0.5)');
    expect(() => contract({ paymentStart: 5 })).toThrow('paymentStart must be within the horizon (got 5, horizon 4)');
    expect(() => contract({ paymentCap: -1 })).toThrow('paymentCap must be 0 or more (got -1)');
    expect(() => contract({ outcomePrice: 'ten' })).toThrow(/outcomePrice must be a number, not text/);
    expect(() => run(contractModel, [{ values: { ...SMALL, outcomePrice: undefined } }])).toThrow(/outcomePrice is required/);
    expect(() => contract({ paymentYear: 2 })).toThrow(/did you mean 'paymentYears'/);
  });

  test('a contract may start from a case preset; the case model still refuses contract presets', () => {
    const r = run(contractModel, [{ preset: 'holbaek-ips', values: { outcomePrice: 82_500 } }]);
    const p = run(contractModel, [{ preset: 'holbaek-ips-contract' }]);
    expect(r.result.payments).toEqual(p.result.payments);
    expect(() => run(caseModel, [{ preset: 'holbaek-ips-contract' }])).toThrow(/is a contract preset, but this needs a case preset/);
  });

  test('a discount schedule name stands for its rates', () => {
    const p = validate(contractModel, mergeInput(contractModel, [{ preset: 'holbaek-ips-contract', values: { discountRate: 'dk-fm-2021' } }]));
    expect(Array.isArray(p.discountRate)).toBe(true);
    expect((p.discountRate as number[])[1]).toBe(0.035);
    expect(() => run(caseModel, [{ preset: 'holbaek-ips', values: { discountRate: 'dk-fm-2020' } }])).toThrow(/discountRate must be a number, not text/);
  });
});

describe('the holbaek-ips-contract preset', () => {
  const contractRun = () => run(contractModel, [{ preset: 'holbaek-ips-contract' }]).result;

  test('investor multiple near 1.15: 82,500 x 25.92 x 3.70863125 / 6.9m', () => {
    const r = contractRun();
    // Effect in years 2..6: 1, 0.85, 0.85^2, 0.85^3, 0.85^4 = 3.70863125.
    const expected = (82_500 * 25.92 * (1 + 0.85 + 0.7225 + 0.614125 + 0.52200625)) / 6_900_000;
    expect(r.investor.multiple).toBeCloseTo(expected, 12);
    expect(Math.abs((r.investor.multiple as number) - 1.15)).toBeLessThan(0.005);
  });

  test('investor IRR equals formulajs IRR on the same flows', () => {
    const r = contractRun();
    const ours = r.investor.irr as number;
    const theirs = formulajs.IRR(r.investor.flows) as number;
    expect(typeof theirs).toBe('number');
    expect(Math.abs(ours - theirs)).toBeLessThan(1e-8);
  });

  test.each([
    [{ successRate: 0.48 }],
    [{ successRate: 0.34, paymentYears: 3 }],
    [{ outcomePrice: 120_000, costProfile: [1] }],
    [{ paymentCap: 7_000_000, costProfile: [0.3, 0.3, 0.4] }],
  ])('IRR against formulajs for variant %j', (values) => {
    const x = run(contractModel, [{ preset: 'holbaek-ips-contract', values }]).result.investor;
    expect(Math.abs((x.irr as number) - (formulajs.IRR(x.flows) as number))).toBeLessThan(1e-8);
  });
});

describe('derived figures', () => {
  const params = (values: Record<string, unknown> = {}) => validate(contractModel, mergeInput(contractModel, [{ values: { ...SMALL, ...values } }])) as ContractParams;

  test('maximum affordable price by hand: kommune gains 50 x 20 x 4 = 4000 = P x 50 x 2 -> P = 40', () => {
    expect(maxAffordablePrice(params()).value).toBeCloseTo(40, 10);
    // A cap above 4000 does not bind at P = 40 (payments 4000): the root finder gives 40 too.
    expect(maxAffordablePrice(params({ paymentCap: 5000 })).value).toBeCloseTo(40, 8);
    // A cap below the gains keeps the kommune positive at any price.
    const capped = maxAffordablePrice(params({ paymentCap: 3000 }));
    expect(capped.value).toBeNull();
    expect(capped.reason).toMatch(/cap of 3,000 DKK keeps kommune's result positive at any price/);
    // With half the payments: 4000 = 0.5 x P x 100 -> P = 80.
    expect(maxAffordablePrice(params({ payerShareKommune: 0.5, payerShareStat: 0.5 })).value).toBeCloseTo(80, 10);
    expect(maxAffordablePrice(params({ payerShareKommune: 0, payerShareStat: 1 })).value).toBeNull();
  });

  test('maximum affordable price with a binding cap, by hand', () => {
    // Price above the uncapped P* where the cap is partly used: gains 4000 (discount 0), cap 3500
    // reached before... use discounting so that the timing matters: r = 0 keeps it by hand.
    // Window 2..3, amount due 50P a year. For cap 3500 and P in [35, 70], payments 50P, 3500-50P:
    // discounted (r = 0) total = 3500 < 4000 -> positive at any price.
    expect(maxAffordablePrice(params({ paymentCap: 3500 })).value).toBeNull();
    // Gains lowered to 3000 (g = 15): payments reach 3000 at P = 30 < cap 3500 -> P = 30.
    expect(maxAffordablePrice(params({ paymentCap: 3500, gainKommune: 15 })).value).toBeCloseTo(30, 8);
  });

  test('maximum affordable price for the region and in total, by hand', () => {
    // Payer shares 0.5 / 0.3 / 0.2; payments P x 50 in years 2 and 3 (r = 0).
    const shared = { payerShareKommune: 0.5, payerShareRegion: 0.3, payerShareStat: 0.2 };
    // Region gains 50 x 4 x 4 = 800 = 0.3 x P x 100 -> P = 26.67; stat 50 x 6 x 4 = 1200 = 0.2 x P x 100
    // -> P = 60; all gains 50 x 30 x 4 = 6000 = P x 100 -> P = 60.
    expect(maxAffordablePrice(params(shared), 'region').value).toBeCloseTo(800 / 30, 10);
    expect(maxAffordablePrice(params(shared), 'stat').value).toBeCloseTo(60, 10);
    expect(maxAffordablePrice(params(shared), 'total').value).toBeCloseTo(60, 10);
    expect(maxAffordablePrice(params(shared)).value).toBeCloseTo(4000 / 50, 10);
  });

  test('maximum affordable price: negative gains already at price 0 give none, naming the gains', () => {
    const d = maxAffordablePrice(params({ gainKommune: -1 }));
    expect(d.value).toBeNull();
    expect(d.reason).toBe("kommune's result is negative even at price 0 (discounted gains -200 DKK)");
  });

  test('maximum affordable price when the cap binds at the uncapped price, by hand (r = 10 %)', () => {
    // DF = 1, 1/1.1, 1/1.21, 1/1.331. Kommune gains 1000 a year: G = 1000 x sum DF. Uncapped the
    // price is G / (50 (DF2 + DF3)), about 40.2, where 100 P is above the cap 3900: the cap binds.
    // For 39 <= P <= 78 the payments are 50 P in year 2 and 3900 - 50 P in year 3, so
    // G = 50 P DF2 + (3900 - 50 P) DF3 -> P = (G - 3900 DF3) / (50 (DF2 - DF3)), about 63.8.
    const df2 = 1 / 1.1;
    const df3 = 1 / 1.21;
    const G = 1000 * (1 + df2 + df3 + 1 / 1.331);
    const want = (G - 3900 * df3) / (50 * (df2 - df3));
    expect(want).toBeGreaterThan(39);
    expect(want).toBeLessThan(78);
    const d = maxAffordablePrice(params({ discountRate: 0.1, paymentCap: 3900 }));
    expect(Math.abs((d.value as number) - want)).toBeLessThan(1e-9);
  });

  test('analyseContract gathers the three derived figures', () => {
    const p = params({ outcomePrice: 100, paymentCap: 800 });
    const a = analyseContract(p);
    expect(a.maxAffordablePrice).toEqual(maxAffordablePrice(p));
    expect(a.investorBreakEvenPrice).toEqual(investorBreakEvenPrice(p));
    expect(Object.keys(a.switchingRate).sort()).toEqual([...CONTRACT_ACTORS].sort());
    for (const actor of CONTRACT_ACTORS) expect(a.switchingRate[actor]).toEqual(switchingRate('contract', p, actor));
    expect(a.switchingRate.kommune.value).toBeCloseTo(0.1, 10);
  });

  test('a present value that is 0 at every success rate never switches, and the reason says zero', () => {
    const zero = params({ costTotal: 0, gainKommune: 0, gainRegion: 0, gainStat: 0 }) as unknown as CaseParams;
    for (const d of [switchingRateByRoot('case', zero, 'kommune'), switchingRateByRoot('case', zero, 'total')]) {
      expect(d.value).toBeNull();
      expect(d.reason).toMatch(/present value is zero at every success rate from 0 to 1/);
    }
    // No cost and p0 = 0: 0 at p1 = 0 and positive above; no kommune gain: -1000 at every rate.
    expect(switchingRateByRoot('case', params({ costTotal: 0 }) as unknown as CaseParams, 'kommune').reason).toMatch(/zero or positive at every/);
    expect(switchingRateByRoot('case', params({ gainKommune: 0 }) as unknown as CaseParams, 'kommune').reason).toMatch(/zero or negative at every/);
  });

  test('the reasons in Danish', () => {
    const da = (d: { reasonParts?: Parameters<typeof render>[0] }) => render(d.reasonParts!, 'da');
    expect(da(maxAffordablePrice(params({ gainKommune: -1 })))).toBe('kommunes resultat er negativt selv ved pris 0 (diskonterede gevinster -200 kr.)');
    expect(da(switchingRateByRoot('case', params({ costTotal: 0 }) as unknown as CaseParams, 'kommune'))).toBe('kommunes nutidsværdi er nul eller positiv ved enhver succesrate fra 0 til 1, så den skifter aldrig fortegn');
    expect(da(switchingRateByRoot('case', params({ gainKommune: 0 }) as unknown as CaseParams, 'kommune'))).toBe('kommunes nutidsværdi er nul eller negativ ved enhver succesrate fra 0 til 1, så den skifter aldrig fortegn');
    expect(da(switchingRateByRoot('case', params({ costTotal: 0, gainKommune: 0 }) as unknown as CaseParams, 'kommune'))).toBe('kommunes nutidsværdi er nul ved enhver succesrate fra 0 til 1, så den skifter aldrig fortegn');
  });

  test('investor break-even price: C / (S x window effect) = 1000 / 100 = 10; none when the cap is below C', () => {
    expect(investorBreakEvenPrice(params()).value).toBeCloseTo(10, 12);
    expect(investorBreakEvenPrice(params({ paymentCap: 1000 })).value).toBeCloseTo(10, 12);
    const d = investorBreakEvenPrice(params({ paymentCap: 700 }));
    expect(d.value).toBeNull();
    expect(d.reason).toMatch(/cap of 700 DKK is below the cost of 1,000 DKK/);
    expect(investorBreakEvenPrice(params({ successRate: 0 })).value).toBeNull();
  });

  test('switching rate with a binding cap, by hand: kommune PV = 80 S - min(200 S, 800) = 0 at S = 10, p1 = 0.1', () => {
    const p = params({ outcomePrice: 100, paymentCap: 800 });
    const d = switchingRate('contract', p, 'kommune');
    expect(d.value).toBeCloseTo(0.1, 10);
    // investor: -1000 + min(200 S, 800) < 0 always.
    expect(switchingRate('contract', p, 'investor').value).toBeNull();
  });

  test('switching rate of the investor without a cap, by hand: 10 x S x 2 = 1000 -> S = 50, p1 = 0.5', () => {
    expect(switchingRate('contract', params(), 'investor').value).toBeCloseTo(0.5, 12);
  });

  const caseVariants: Record<string, unknown>[] = [
    {},
    { discountRate: 0.04, costShareKommune: 0.7, costShareStat: 0.3, baselineRate: 0.1 },
    { dropoutRate: 0.2, costProfile: [0.5, 0.5], effectRamp: [0.3, 0.8, 1], persistence: 0.7 },
    { gainRegion: -5, baselineRate: 0.3 },
  ];

  test.each(caseVariants)('case: closed form = root finder for every actor (%j)', (values) => {
    const { outcomePrice, paymentStart, paymentYears, ...caseValues } = SMALL;
    void [outcomePrice, paymentStart, paymentYears];
    const p = validate(caseModel, mergeInput(caseModel, [{ values: { ...caseValues, ...values } }])) as CaseParams;
    for (const a of ACTORS_AND_TOTAL) {
      const c = switchingRateClosed('case', p, a);
      const r = switchingRateByRoot('case', p, a);
      if (c.value === null) expect(r.value).toBeNull();
      else expect(Math.abs((r.value as number) - c.value)).toBeLessThan(1e-12);
    }
  });

  test('case: the closed form makes the present value 0 (holbaek-ips kommune)', () => {
    const p = run(caseModel, [{ preset: 'holbaek-ips' }]).params;
    const s = switchingRateClosed('case', p, 'kommune').value as number;
    // kommune PV = 180 x 0.9 x (s - 0.24) x 92000 x sum(e) - 6.9m = 0.
    const sumE = 0.5 + 1 + 0.85 + 0.7225 + 0.614125 + 0.52200625;
    expect(s).toBeCloseTo(0.24 + 6_900_000 / (162 * 92_000 * sumE), 12);
    expect(Math.abs(run(caseModel, [{ preset: 'holbaek-ips', values: { successRate: s } }]).result.actors.kommune.presentValue)).toBeLessThan(1e-6);
  });

  const contractVariants: Record<string, unknown>[] = [
    {},
    { discountRate: 0.05, outcomePrice: 30 },
    { outcomePrice: 25, payerShareKommune: 0.4, payerShareRegion: 0.1, payerShareStat: 0.5, baselineRate: 0.2 },
    { costProfile: [0.2, 0.8], paymentStart: 1, paymentYears: 4, effectRamp: [0.5, 1], persistence: 0.8 },
  ];

  test.each(contractVariants)('contract without a cap: closed form = root finder for every actor (%j)', (values) => {
    const p = params(values);
    for (const a of CONTRACT_ACTORS) {
      const c = switchingRateClosed('contract', p, a);
      const r = switchingRateByRoot('contract', p, a);
      if (c.value === null) expect(r.value).toBeNull();
      else expect(Math.abs((r.value as number) - c.value)).toBeLessThan(1e-12);
    }
  });

  test('a cap that never binds gives the closed-form rate through the root finder', () => {
    const p = params({ outcomePrice: 30 });
    const capped = params({ outcomePrice: 30, paymentCap: 1e12 });
    expect(Math.abs((switchingRate('contract', capped, 'investor').value as number) - (switchingRate('contract', p, 'investor').value as number))).toBeLessThan(1e-12);
  });

  test('the closed form refuses a capped contract rather than ignore the cap', () => {
    expect(() => switchingRateClosed('contract', params({ paymentCap: 800 }), 'kommune')).toThrow(/no closed form/);
  });

  test('a missing figure is null with a reason, never a number', () => {
    // No cost and p0 = 0: the kommune's PV is 0 at p1 = 0 and positive above, so it never switches.
    const d = switchingRate('case', params({ costTotal: 0 }) as unknown as CaseParams, 'kommune');
    expect(d.value).toBeNull();
    expect(d.reason).toMatch(/zero or positive at every success rate/);
  });
});

test('ParameterError is what bad contract input throws', () => {
  expect(() => contract({ outcomePrice: -1 })).toThrow(ParameterError);
});
