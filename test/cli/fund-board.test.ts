/**
 * dsi fund with the board's keys (MODEL.md section 7): the spec's hand check through the command
 * line, in both languages, in batch mode and with a reference contract.
 */
import { dsi, dsiJson, expectBadInput } from './helpers';

/** MODEL.md section 7's check by hand, as --set arguments. */
const HAND = [
  '--set', 'initialCapital=10000000', '--set', 'horizon=3', '--set', 'repaymentMultiple=1.2', '--set', 'repaymentYears=2',
  '--set', 'repaymentLag=1', '--set', 'operatingCost=500000', '--set', 'maxInvestmentPerYear=8000000',
  '--set', 'lossRate=0.25', '--set', 'guaranteeShare=0.4',
];
const close = (a: number, b: number, tol = 1e-6) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

describe('dsi fund --json with section 7 keys', () => {
  const j = dsiJson(['fund', '--preset', 'dsi-fund-25m', ...HAND, '--json']);

  test('the hand check: I = 8, 5.08, 6.1708m; B = 1.5, 0, 0m; R = 0, 4.08, 6.6708m', () => {
    [8e6, 5.08e6, 6.1708e6].forEach((x, t) => close(j.invested[t], x));
    [1.5e6, 0, 0].forEach((x, t) => close(j.uninvested[t], x));
    [0, 4.08e6, 6.6708e6].forEach((x, t) => close(j.repayments[t], x));
    expect(j.firstShortfallYear).toBeNull();
    expect(j.capitalIn).toBe(10_000_000);
    close(j.fundValue, 8_885_016);
  });

  test('running costs beyond the fund\'s cash: a shortfall year in calendar years, and the text says so in Danish', () => {
    const args = ['fund', '--preset', 'dsi-fund-25m', '--set', 'operatingCost=6000000', '--set', 'maxInvestmentPerYear=1000000'];
    // (DKK m) year 1: A = 25 - 6 = 19, I = 1, B = 18; year 2: R = 0.23, A = 18 + 0.23 - 6 = 12.23,
    // I = 1, B = 11.23; year 3: R = 0.46, A = 11.23 + 0.46 - 6 = 5.69, B = 4.69; year 4: R = 0.69,
    // A = 4.69 + 0.69 - 6 = -0.62: short by 0.62m in year 4 (2027).
    const r = dsiJson([...args, '--json']);
    expect(r.firstShortfallYear).toBe(4);
    close(r.shortfall[3], 0.62e6);
    close(r.uninvested[1], 18e6 + 0.23e6 - 6e6 - 1e6);
    const da = dsi(['--lang', 'da', ...args]);
    expect(da.code).toBe(0);
    expect(da.stdout).toMatch(/Første år med underskud til drift\s+2027/);
    expect(da.stdout).toMatch(/Uinvesteret kasse \(kr\.\)/);
  });

  test('batch mode: one result per element, the new keys at the end', () => {
    const r = dsiJson(['fund', '--preset', 'dsi-fund-25m', '--params', 'b.json', '--json'], { 'b.json': JSON.stringify([{}, { lossRate: 1 }]) });
    expect(r).toHaveLength(2);
    expect(Object.keys(r[1]).slice(-7)).toEqual(['uninvested', 'lost', 'guaranteePaid', 'shortfall', 'firstShortfallYear', 'capitalIn', 'fundValue']);
    // Every instalment lost: only the 25m of year 1 is invested, and the fund is worth nothing.
    expect(r[1].totalInvested).toBe(25_000_000);
    expect(r[1].fundValue).toBe(0);
    close(r[1].lost.reduce((a: number, b: number) => a + b, 0), 0.23 * 25e6 * 5, 1e-6);
  });

  test('bad values name the key and the rule', () => {
    expectBadInput(dsi(['fund', '--preset', 'dsi-fund-25m', '--set', 'lossRate=1.5']), /lossRate must be between 0 and 1 \(got 1.5\)/);
    expectBadInput(dsi(['fund', '--preset', 'dsi-fund-25m', '--set', 'capitalInjections=1,2,3,4,5,6,7']), /capitalInjections must not be longer than the horizon \(7 years given, horizon 6\)/);
    expectBadInput(dsi(['fund', '--preset', 'dsi-fund-25m', '--set', 'maxInvestmentPerYear=0']), /maxInvestmentPerYear must be greater than 0/);
  });
});

describe('dsi fund --contract with section 7 keys', () => {
  // A contract paying 1.15 in five equal instalments from year 2 (as in outcome-fund.test.ts):
  // S = 100 x 0.5 = 50, Pay_t = 4,600 x 50 = 230,000 = 0.23 x the cost of 1,000,000.
  const EQUAL = {
    preset: 'holbaek-ips', participants: 100, successRate: 0.5, baselineRate: 0, dropoutRate: 0, effectRamp: [1], persistence: 1,
    costTotal: 1_000_000, costProfile: [1], horizon: 6, outcomePrice: 4600, paymentStart: 2, paymentYears: 5,
  };
  const files = { 'equal.json': JSON.stringify(EQUAL) };
  const board = ['--set', 'operatingCost=2000000,3000000', '--set', 'capitalInjections=0,0,10000000', '--set', 'maxInvestmentPerYear=12000000', '--set', 'lossRate=0.2', '--set', 'guaranteeShare=0.5'];

  test('equal instalments reproduce the fixed-multiple fund with the same board keys (rel 1e-12)', () => {
    const fixed = dsiJson(['fund', '--preset', 'dsi-fund-25m', ...board, '--json']);
    const via = dsiJson(['fund', '--preset', 'dsi-fund-25m', ...board, '--contract', 'equal.json', '--json'], files);
    for (const k of ['invested', 'repayments', 'uninvested', 'lost', 'guaranteePaid', 'shortfall']) {
      (via[k] as number[]).forEach((x, t) => expect(Math.abs(x - fixed[k][t])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(fixed[k][t])) + 1e-6));
    }
    for (const k of ['fundValue', 'capitalIn', 'totalInvested']) expect(Math.abs(via[k] - fixed[k])).toBeLessThanOrEqual(1e-12 * fixed[k] + 1e-6);
    // The fund did hit its pipeline limit and did lose money, so this compares the new parts.
    expect(Math.max(...fixed.invested)).toBe(12_000_000);
    expect(fixed.lost[1]).toBeGreaterThan(0);
    expect(fixed.capitalIn).toBe(35_000_000);
  });

  test('with the Holbæk contract: received = 0.9 of the instalments due each year, fundValue = B_H + 0.9 x outstanding', () => {
    const r = dsiJson(['fund', '--preset', 'dsi-fund-25m', ...board, '--contract', 'holbaek-ips-contract', '--json']);
    // lambda (1 - gamma) = 0.2 x 0.5 = 0.1 lost; 0.1 guaranteed.
    r.repayments.forEach((x: number, t: number) => {
      close(r.lost[t], (x / 0.9) * 0.1, 1e-6);
      close(r.guaranteePaid[t], (x / 0.9) * 0.1, 1e-6);
    });
    close(r.fundValue, r.uninvested[5] + 0.9 * r.outstanding, 1e-6);
  });
});
