/**
 * DSI.REINVEST and DSI.OUTCOMEFUND with the board's keys (MODEL.md section 7), through the BUILT
 * bundle as Excel calls them: the spec's hand check as a parameter range, the new figures and
 * table columns, an empty maxInvestmentPerYear cell for "no limit", and the #N/A of no shortfall.
 */
import { loadAddIn, single, errorOf, matrixOf, valueOf, Outcome } from './harness';
import { main } from '../../src/cli/main';

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

async function settle(o: Outcome): Promise<Outcome> {
  if ('error' in o) return o;
  try {
    return { value: await (o.value as Promise<unknown>) };
  } catch (e) {
    if (A.isError(e)) return { error: { code: e.code, message: e.message } };
    throw e;
  }
}

function cliJson(args: string[]): any {
  let out = '';
  const code = main(args, { stdout: (t) => (out += t), stderr: () => undefined, readFile: () => { throw new Error('no files'); } });
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe('DSI.SIMULATE of the fund with a reference contract', () => {
  const fund = [['preset', 'dsi-fund-25m'], ['lossRate', 0.1], ['operatingCost', 1e6]];
  const dists = [['successRate', 'beta', 0.4, 0.0625, null], ['guaranteeShare', 'uniform', 0, 1, null]];
  const args = (output: string) => [fund, dists, output, 3000, 5, 'holbaek-ips-contract'];

  test('the same probabilities and fundValue percentiles as `dsi simulate --model fund --contract` for the same seed', async () => {
    const json = cliJson(['simulate', '--model', 'fund', '--preset', 'dsi-fund-25m', '--set', 'lossRate=0.1', '--set', 'operatingCost=1000000', '--contract', 'holbaek-ips-contract', '--draws', '3000', '--seed', '5', '--json']);
    // The CLI ran with its default distributions (successRate beta 0.4 / 0.0625 only); the cell with
    // the same single row must agree exactly.
    const same = await settle(A.xl('SIMULATE', [fund, [['successRate', 'beta', 0.4, 0.0625, null]], 'pcapital', 3000, 5, 'holbaek-ips-contract']));
    expect(single(same)).toBe(json.probabilities.capitalPreserved);
    const p50 = await settle(A.xl('SIMULATE', [fund, [['successRate', 'beta', 0.4, 0.0625, null]], 'fundvalue.p50', 3000, 5, 'holbaek-ips-contract']));
    expect(single(p50)).toBe(json.stats.fundValue.p50);
    expect(json.perVintage).toBe(true);
  });

  test('the table ends with the two probabilities; both lie in [0, 1]', async () => {
    const t = valueOf(await settle(A.xl('SIMULATE', args('table')))) as unknown[][];
    expect(t.map((r) => r[0])).toEqual(['Figure', 'cumulativePeople', 'employed', 'totalInvested', 'fundValue', 'P(shortfall)', 'P(fundValue >= capitalIn)']);
    for (const row of t.slice(-2)) {
      expect(row[1] as number).toBeGreaterThanOrEqual(0);
      expect(row[1] as number).toBeLessThanOrEqual(1);
    }
  });

  test('a contract for a case is refused, naming the argument', async () => {
    const e = errorOf(await settle(A.xl('SIMULATE', ['holbaek-ips', null, 'table', 100, 1, 'holbaek-ips-contract'])));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/contract is for a fund/);
  });
});
