/** dsi fund: the DSI fund preset against MODEL.md section 2 and hand calculation. */
import { dsi, dsiJson } from './helpers';

describe('dsi fund --preset dsi-fund-25m --json', () => {
  const j = dsiJson(['fund', '--preset', 'dsi-fund-25m', '--json']);

  it('has exactly the keys of FUNCTIONS.md, in order', () => {
    expect(Object.keys(j)).toEqual([
      'years', 'invested', 'repayments', 'peopleHelped', 'cumulativePeople', 'totalInvested',
      'employed', 'partnerships', 'keptCash', 'outstanding', 'vintageIrr',
      // MODEL.md section 7, appended
      'uninvested', 'lost', 'guaranteePaid', 'shortfall', 'firstShortfallYear', 'capitalIn', 'fundValue',
    ]);
  });

  it('reinvests by hand: I2 = 0.23 x 25m, I3 = 0.23 x (25m + 5.75m), I4 = 0.23 x (25m + 5.75m + 7.0725m)', () => {
    expect(j.invested[0]).toBe(25_000_000);
    expect(j.invested[1]).toBeCloseTo(5_750_000, 6);
    expect(j.invested[2]).toBeCloseTo(7_072_500, 6);
    expect(j.invested[3]).toBeCloseTo(8_699_175, 6);
    expect(j.repayments[0]).toBe(0);
  });

  it('total invested 70,382,642.1075 (MODEL.md: 70.38m), cumulative people 1,836.07, employed 734.4, partnerships 17.6', () => {
    expect(Math.abs(j.totalInvested - 70_382_642.1075)).toBeLessThan(1e-6);
    expect(j.cumulativePeople[0]).toBeCloseTo(25_000_000 / (6_900_000 / 180), 9);
    expect(j.cumulativePeople.map(Math.round)).toEqual([652, 802, 987, 1214, 1493, 1836]);
    expect(j.cumulativePeople[5]).toBeCloseTo(1836.07, 2);
    expect(j.employed).toBeCloseTo(0.4 * j.cumulativePeople[5], 9);
    expect(j.employed).toBeCloseTo(734.4, 1);
    expect(j.partnerships).toBeCloseTo(70_382_642.1075 / 4_000_000, 9);
    expect(j.vintageIrr).toBeCloseTo(0.0485, 4);
  });
});

describe('dsi fund --preset dsi-fund-25m (text)', () => {
  const r = dsi(['fund', '--preset', 'dsi-fund-25m']);

  it('prints the yearly table and the totals with thousands separators', () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Year\s+Invested \(DKK\)\s+Repayments \(DKK\)\s+People\s+Cumulative people$/m);
    expect(r.stdout).toMatch(/^2024\s+25,000,000\s+0\s+652\.2\s+652\.2$/m);
    expect(r.stdout).toMatch(/^2026\s+7,072,500\s+7,072,500\s+184\.5\s+986\.7$/m);
    expect(r.stdout).toMatch(/^2029\s+13,160,982\s+13,160,982\s+343\.3\s+1,836\.1$/m);
    expect(r.stdout).toMatch(/^Total invested\s+DKK 70,382,642$/m);
    expect(r.stdout).toMatch(/^Employed .*\s734\.4$/m);
    expect(r.stdout).toMatch(/^Vintage IRR .*\s4\.85 %$/m);
  });

  it('prints the report check and the preset caveat', () => {
    expect(r.stdout).toMatch(/total invested over 6 years\s+DKK 71m\s+70\.38m/);
    expect(r.stdout).toMatch(/cumulative people helped\s+rising to over 1,800\s+652, 802, 987, 1,214, 1,493, 1,836/);
    expect(r.stdout).toMatch(/Note: The report gives no return rate; a repayment multiple of 1\.15/);
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
  });
});

describe('dsi fund with --set', () => {
  it('reinvestShare=0 invests only the initial capital and keeps the five instalments of 5.75m', () => {
    const j = dsiJson(['fund', '--preset', 'dsi-fund-25m', '--set', 'reinvestShare=0', '--json']);
    expect(j.invested).toEqual([25_000_000, 0, 0, 0, 0, 0]);
    expect(j.totalInvested).toBe(25_000_000);
    expect(j.keptCash).toBeCloseTo(5 * 5_750_000, 6);
    expect(j.outstanding).toBeCloseTo(0, 6);
  });

  it('repaymentMultiple=0 has no IRR: null in JSON, "does not exist" in text', () => {
    expect(dsiJson(['fund', '--preset', 'dsi-fund-25m', '--set', 'repaymentMultiple=0', '--json']).vintageIrr).toBeNull();
    const text = dsi(['fund', '--preset', 'dsi-fund-25m', '--set', 'repaymentMultiple=0']).stdout;
    expect(text).toMatch(/^Vintage IRR .*\sdoes not exist$/m);
  });
});
