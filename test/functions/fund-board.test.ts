/**
 * DSI.REINVEST and DSI.OUTCOMEFUND with the board's keys (MODEL.md section 7), through the BUILT
 * bundle as Excel calls them: the spec's hand check as a parameter range, the new figures and
 * table columns, an empty maxInvestmentPerYear cell for "no limit", and the #N/A of no shortfall.
 */
import { loadAddIn, single, errorOf, matrixOf } from './harness';

const A = loadAddIn();
const M = 1e6;

/** MODEL.md section 7's check by hand as the range a user would type. */
const HAND: unknown[][] = [
  ['initialCapital', 10 * M], ['horizon', 3], ['repaymentMultiple', 1.2], ['repaymentYears', 2], ['repaymentLag', 1],
  ['reinvestShare', 1], ['costPerParticipant', 0.1 * M], ['successRate', 0.5],
  ['operatingCost', 0.5 * M], ['maxInvestmentPerYear', 8 * M], ['lossRate', 0.25], ['guaranteeShare', 0.4],
];

describe('DSI.REINVEST with section 7 keys', () => {
  test('the hand check: fundValue 8.885016m, capitalIn 10m, lost 0.72 + 1.1772m, guarantee 0.48 + 0.7848m, B_H 0', () => {
    const fig = (name: string) => single(A.xl('REINVEST', [HAND, name]));
    expect(Math.abs(fig('fundValue') - 8.885016 * M)).toBeLessThan(1e-6);
    expect(fig('capitalIn')).toBe(10 * M);
    expect(Math.abs(fig('lost') - 1.8972 * M)).toBeLessThan(1e-6);
    expect(Math.abs(fig('guaranteePaid') - 1.2648 * M)).toBeLessThan(1e-6);
    expect(fig('uninvested')).toBe(0);
    expect(fig('shortfall')).toBe(0);
    const none = errorOf(A.xl('REINVEST', [HAND, 'firstShortfallYear']));
    expect(none.code).toBe('#N/A');
    expect(none.message).toMatch(/no shortfall/);
  });

  test('the table has the board columns: year 1 leaves 1.5m uninvested', () => {
    const t = matrixOf(A.xl('REINVEST', [HAND]));
    expect(t[0].slice(5)).toEqual(['Uninvested', 'Lost', 'Guarantee paid', 'Shortfall']);
    expect(t[1][1]).toBe(8 * M);
    expect(Math.abs((t[1][5] as number) - 1.5 * M)).toBeLessThan(1e-6);
  });

  test('an empty maxInvestmentPerYear cell means no limit; running costs above the cash give the shortfall year', () => {
    const noLimit = HAND.map((r) => (r[0] === 'maxInvestmentPerYear' ? ['maxInvestmentPerYear', null] : r));
    // Without the limit year 1 invests A = 10 - 0.5 = 9.5m.
    const t = matrixOf(A.xl('REINVEST', [noLimit]));
    expect(Math.abs((t[1][1] as number) - 9.5 * M)).toBeLessThan(1e-6);
    // Running costs of 12m a year: year 1 is already 2m short.
    expect(single(A.xl('REINVEST', [HAND, 'firstShortfallYear'], ['operatingCost', 12 * M]))).toBe(1);
  });

  test('a bad loss rate is #VALUE! naming the key and the rule', () => {
    const e = errorOf(A.xl('REINVEST', ['dsi-fund-25m', 'fundValue'], ['lossRate', 2]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/lossRate must be between 0 and 1 \(got 2\)/);
  });
});

describe('DSI.OUTCOMEFUND with section 7 keys', () => {
  test('with a loss rate every figure follows: received = (1 - 0.3) x due, fundValue = B_H + 0.7 x outstanding', () => {
    const fund = [['preset', 'dsi-fund-25m'], ['lossRate', 0.3]];
    const fig = (name: string) => single(A.xl('OUTCOMEFUND', [fund, 'holbaek-ips-contract', name]));
    expect(Math.abs(fig('fundValue') - (fig('uninvested') + 0.7 * fig('outstanding')))).toBeLessThan(1e-6);
    // Nothing guaranteed: lost = 0.3 / 0.7 of what is received, over the horizon.
    const t = matrixOf(A.xl('OUTCOMEFUND', [fund, 'holbaek-ips-contract']));
    const received = t.slice(1).reduce((a, r) => a + (r[2] as number), 0);
    expect(Math.abs(fig('lost') - (0.3 / 0.7) * received)).toBeLessThan(1e-6);
    expect(fig('guaranteePaid')).toBe(0);
  });
});
