/**
 * dsi fund --contract (MODEL.md section 5) and --set discountRate=SCHEDULE, against hand
 * calculations and the fixed-multiple fund.
 */
import { dsi, dsiJson } from './helpers';
import { run, contractModel, caseModel, findDiscountSchedule } from '../../src/model';

const FUND_KEYS = ['years', 'invested', 'repayments', 'peopleHelped', 'cumulativePeople', 'totalInvested', 'employed', 'partnerships', 'keptCash', 'outstanding', 'vintageIrr',
  'uninvested', 'lost', 'guaranteePaid', 'shortfall', 'firstShortfallYear', 'capitalIn', 'fundValue'];

/**
 * A contract whose payments are equal instalments by hand: S = 100 x (0.5 - 0) x (1 - 0) = 50 net
 * successes, effect 1 every year (ramp [1], persistence 1), cost 1,000,000 in year 1, price 4,600
 * from year 2 for 5 years: Pay_t = 4,600 x 50 x 1 = 230,000 = 1.15 x 1,000,000 / 5 in years 2..6,
 * i.e. multiple m = 1.15 in n = 5 instalments after a lag L = 1 - the dsi-fund-25m preset's terms.
 */
const EQUAL = {
  preset: 'holbaek-ips',
  participants: 100, successRate: 0.5, baselineRate: 0, dropoutRate: 0, effectRamp: [1], persistence: 1,
  costTotal: 1_000_000, costProfile: [1], horizon: 6,
  outcomePrice: 4600, paymentStart: 2, paymentYears: 5,
};
const files = { 'equal.json': JSON.stringify(EQUAL) };

/** Relative closeness, with the tolerance stated: the shares differ from m / n in the last bits
 *  (230000 / 1e6 vs 1.15 / 5), which the fund's sums carry through. */
function close(a: number, b: number, rel = 1e-12): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));
}

describe('dsi fund --contract', () => {
  test('a fund file without repaymentMultiple works with --contract (the contract replaces it)', () => {
    const fund = { initialCapital: 25_000_000, costPerParticipant: 6_900_000 / 180, successRate: 0.4 };
    const viaFile = dsiJson(['fund', '--params', 'fund.json', '--contract', 'holbaek-ips-contract', '--json'], { 'fund.json': JSON.stringify(fund) });
    const viaPreset = dsiJson(['fund', '--preset', 'dsi-fund-25m', '--contract', 'holbaek-ips-contract', '--json']);
    expect(viaFile.totalInvested).toBe(viaPreset.totalInvested);
    expect(viaFile.cumulativePeople).toEqual(viaPreset.cumulativePeople);
    // Without --contract the same file is the fixed-multiple fund, which needs the multiple.
    const plain = dsi(['fund', '--params', 'fund.json'], { 'fund.json': JSON.stringify(fund) });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/repaymentMultiple is required/);
  });

  test('equal instalments m/n from year L+1 reproduce dsi fund with that multiple (dsi-fund-25m: m 1.15, n 5, L 1)', () => {
    const fixed = dsiJson(['fund', '--preset', 'dsi-fund-25m', '--json']);
    const viaContract = dsiJson(['fund', '--preset', 'dsi-fund-25m', '--contract', 'equal.json', '--json'], files);
    expect(Object.keys(viaContract)).toEqual([...FUND_KEYS, 'contract']);
    for (const k of ['invested', 'repayments', 'peopleHelped', 'cumulativePeople']) {
      expect(viaContract[k]).toHaveLength(6);
      (viaContract[k] as number[]).forEach((x, t) => close(x, fixed[k][t]));
    }
    expect(viaContract.years).toEqual(fixed.years);
    for (const k of ['totalInvested', 'employed', 'partnerships', 'keptCash', 'outstanding', 'vintageIrr']) close(viaContract[k], fixed[k]);
    // The hand figures of MODEL.md section 2 (also in fund.test.ts): total 70.38m, I2 = 0.23 x 25m.
    close(viaContract.invested[1], 5_750_000);
    expect(viaContract.totalInvested / 1e6).toBeCloseTo(70.38, 2);
    // The extra field: the contract's shares by hand, 0 then 0.23 five times, and its multiple.
    const c = viaContract.contract;
    expect(c.source).toBe('contract from equal.json');
    expect(c.repaymentShares).toHaveLength(6);
    expect(c.repaymentShares[0]).toBe(0);
    for (let k = 1; k < 6; k++) close(c.repaymentShares[k], 0.23);
    close(c.multiple, 1.15);
    expect(c.paymentsTotal).toBe(1_150_000);
    expect(c.costTotal).toBe(1_000_000);
  });

  test('a lag of 2 (payments from year 3) reproduces --set repaymentLag=2 for the part inside the horizon', () => {
    const lag2 = { ...EQUAL, horizon: 7, paymentStart: 3 };
    const fixed = dsiJson(['fund', '--preset', 'dsi-fund-25m', '--set', 'repaymentLag=2', '--json']);
    const viaContract = dsiJson(['fund', '--preset', 'dsi-fund-25m', '--contract', 'lag2.json', '--json'], { 'lag2.json': JSON.stringify(lag2) });
    (viaContract.invested as number[]).forEach((x, t) => close(x, fixed.invested[t]));
    close(viaContract.outstanding, fixed.outstanding);
    close(viaContract.vintageIrr, fixed.vintageIrr);
  });

  test('the Holbæk contract preset: shares are its payments / 6.9m, and year 2 reinvests 25m x q_2 (by hand)', () => {
    const ref = run(contractModel, [{ preset: 'holbaek-ips-contract' }]).result;
    const j = dsiJson(['fund', '--preset', 'dsi-fund-25m', '--contract', 'holbaek-ips-contract', '--json']);
    expect(j.contract.source).toBe('preset holbaek-ips-contract');
    j.contract.repaymentShares.forEach((q: number, k: number) => close(q, ref.payments[k] / 6_900_000));
    expect(j.invested[0]).toBe(25_000_000);
    expect(j.repayments[0]).toBe(0); // no payment in the contract's first year
    close(j.invested[1], 25_000_000 * (ref.payments[1] / 6_900_000));
    close(j.invested[2], (25_000_000 * ref.payments[2] + j.invested[1] * ref.payments[1]) / 6_900_000);
    // Not the fixed-multiple fund: the Holbæk payments decline after year 2.
    const fixed = dsiJson(['fund', '--preset', 'dsi-fund-25m', '--json']);
    expect(Math.abs(j.totalInvested - fixed.totalInvested)).toBeGreaterThan(1e6);
  });

  test('text output says where the repayments come from; batch input gives one result per scenario', () => {
    const r = dsi(['fund', '--preset', 'dsi-fund-25m', '--contract', 'equal.json'], files);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Repayments from the contract (contract from equal.json)');
    expect(r.stdout).toContain('repaymentMultiple, repaymentYears and repaymentLag are not used');
    const batch = dsiJson(['fund', '--params', 'b.json', '--contract', 'equal.json', '--json'], {
      ...files,
      'b.json': JSON.stringify([{ preset: 'dsi-fund-25m' }, { preset: 'dsi-fund-25m', reinvestShare: 0 }]),
    });
    expect(batch).toHaveLength(2);
    close(batch[0].totalInvested, 70_382_642.1075, 1e-12);
    expect(batch[1].totalInvested).toBe(25_000_000); // nothing reinvested
  });

  test('errors name the option, the value and the rule', () => {
    const bad = (argv: string[], f: Record<string, string> = {}) => {
      const r = dsi(argv, f);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      return r.stderr;
    };
    expect(bad(['fund', '--contract', 'nope'])).toContain("--contract must be a contract preset (holbaek-ips-contract) or a JSON file of contract parameters; 'nope' is neither (no such file)");
    expect(bad(['fund', '--contract', 'dsi-fund-25m'])).toContain("preset 'dsi-fund-25m' is a fund preset");
    expect(bad(['fund', '--contract', 'x.json'], { 'x.json': '{"preset": "holbaek-ips"}' })).toMatch(/--contract x\.json: .*outcomePrice/);
    expect(bad(['fund', '--contract', 'x.json'], { 'x.json': '[1]' })).toContain("the --contract file 'x.json' must hold one JSON object");
    expect(bad(['fund', '--contract', 'x.json'], { 'x.json': '{' })).toContain("the --contract file 'x.json' is not valid JSON");
    expect(bad(['fund', '--contract', 'holbaek-ips-contract', '--set', 'repaymentMultiple=1.2'])).toContain('repaymentMultiple is not used');
    const zeroCost = { ...EQUAL, costTotal: 0 };
    expect(bad(['fund', '--contract', 'z.json'], { 'z.json': JSON.stringify(zeroCost) })).toContain('the reference contract must have a cost above 0');
  });
});

describe('--set discountRate=SCHEDULE', () => {
  test('dk-fm-2021 gives the same result as the schedule\'s rates given as numbers', () => {
    const named = dsiJson(['case', '--preset', 'holbaek-ips', '--set', 'discountRate=dk-fm-2021', '--json']);
    const rates = findDiscountSchedule('dk-fm-2021')!.rates.join(',');
    const numbers = dsiJson(['case', '--preset', 'holbaek-ips', '--set', `discountRate=${rates}`, '--json']);
    expect(named).toEqual(numbers);
    // By hand: 3.5 % in the first years, so year 2's factor is 1 / 1.035 and the municipality's
    // present value is the sum of net_t / 1.035^(t-1) over the 6 years.
    const m = run(caseModel, [{ preset: 'holbaek-ips' }]).result;
    const pv = m.actors.kommune.net.reduce((acc: number, x: number, t: number) => acc + x / Math.pow(1.035, t), 0);
    close(named.actors.kommune.presentValue, pv, 1e-12);
    // Any letter case, as in a parameter table; also for the contract and through dsi fund's case-free keys.
    expect(dsiJson(['case', '--preset', 'holbaek-ips', '--set', 'discountRate=DK-FM-2021', '--json'])).toEqual(named);
    expect(dsi(['contract', '--preset', 'holbaek-ips-contract', '--set', 'discountRate=dk-fm-2021', '--json']).code).toBe(0);
  });

  test('an unknown name: the message names the key, the value and what is accepted; numbers still work', () => {
    const r = dsi(['case', '--preset', 'holbaek-ips', '--set', 'discountRate=dk-fm-2099']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("discountRate must be a rate, yearly rates separated by commas, or a discount schedule (dk-fm-2021) (got 'dk-fm-2099')");
    expect(dsiJson(['case', '--preset', 'holbaek-ips', '--set', 'discountRate=4e-2', '--json']).actors).toEqual(
      dsiJson(['case', '--preset', 'holbaek-ips', '--set', 'discountRate=0.04', '--json']).actors,
    );
    expect(dsi(['case', '--preset', 'holbaek-ips', '--set', 'discountRate=0.03,abc']).stderr).toContain('discountRate value 2 must be a number');
  });
});
