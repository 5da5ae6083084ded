/**
 * Goal seek on the board's fund (docs/fund.md with docs/goalseek.md): the loss rate at
 * which the fund keeps its capital, worked by hand.
 */
import { goalSeek, fundModel } from '../../src/model';

describe('goal seek: the loss rate at which fundValue = capitalIn', () => {
  // K0 = 1, m = 1.25 in one instalment a year later, H = 1: I_1 = 1, nothing comes back within the
  // horizon, fundValue = (1 - lambda) x 1.25. It equals the capital put in, 1, at lambda = 0.2.
  const layers = [{ values: { initialCapital: 1, horizon: 1, repaymentMultiple: 1.25, repaymentYears: 1, repaymentLag: 1, costPerParticipant: 0.01, successRate: 0.5 } }];

  test('lossRate 0.2 (1e-9); with 50 % of the losses guaranteed, 0.4', () => {
    const r = goalSeek(fundModel, layers, { output: 'fundValue', target: 1, key: 'lossRate' });
    expect(Math.abs(r.value - 0.2)).toBeLessThan(1e-9);
    expect(Math.abs(r.achieved - 1)).toBeLessThan(1e-8);
    // (1 - lambda x 0.5) x 1.25 = 1 at lambda = 0.4.
    const g = goalSeek(fundModel, [...layers, { values: { guaranteeShare: 0.5 } }], { output: 'fundValue', target: 1, key: 'lossRate' });
    expect(Math.abs(g.value - 0.4)).toBeLessThan(1e-9);
  });

  test('the running cost at which the fund of dsi-fund-25m still keeps 25m at the horizon lies where fundValue crosses 25m', () => {
    const r = goalSeek(fundModel, [{ preset: 'dsi-fund-25m' }], { output: 'fundValue', target: 25e6, key: 'operatingCost', min: 0, max: 5e6 });
    expect(Math.abs(r.achieved - 25e6)).toBeLessThan(1);
    expect(r.value).toBeGreaterThan(0);
    expect(r.value).toBeLessThan(5e6);
  });
});
