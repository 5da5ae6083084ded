/**
 * The analytics functions through the BUILT bundle ($DSI_DIST, default dist/), called as Excel
 * calls them, against the model and the CLI on the same input.
 */
import { loadAddIn, single, errorOf, matrixOf, valueOf, Outcome } from './harness';
import { run, contractModel, simulate, defaultDistributions, caseModel, DEFAULT_DRAWS, DEFAULT_SEED } from '../../src/model';
import { main } from '../../src/cli/main';

const A = loadAddIn();

function cli(args: string[]): unknown {
  let out = '';
  let err = '';
  const code = main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: () => { throw new Error('no files'); } });
  if (code !== 0) throw new Error(`dsi ${args.join(' ')} failed (${code}): ${err}`);
  return JSON.parse(out);
}

async function settle(o: Outcome): Promise<Outcome> {
  if ('error' in o) return o;
  try {
    return { value: await (o.value as Promise<unknown>) };
  } catch (e) {
    if (A.isError(e)) return { error: { code: e.code, message: e.message } };
    throw e;
  }
}

const contract = run(contractModel, [{ preset: 'holbaek-ips-contract' }]).result;

test('the analytics functions are registered with Danish names', () => {
  const ids = ['CONTRACT', 'INVESTORIRR', 'MAXPRICE', 'SWITCHRATE', 'SIMULATE', 'TORNADO', 'GRID'];
  for (const id of ids) expect(A.registered.has(id)).toBe(true);
  const da = Object.fromEntries(A.da.functions.map((f) => [f.id, f.name]));
  expect(ids.map((id) => da[id])).toEqual(['KONTRAKT', 'INVESTORRENTE', 'MAKSPRIS', 'SKIFTERATE', 'SIMULER', 'TORNADODIAGRAM', 'GITTER']);
});

test('DSI.CONTRACT and DSI.INVESTORIRR give the model\'s and the CLI\'s numbers', () => {
  const json = cli(['contract', '--preset', 'holbaek-ips-contract', '--json']) as { investor: { multiple: number; irr: number }; maxAffordablePrice: number };
  expect(single(A.xl('CONTRACT', ['holbaek-ips-contract', 'multiple']))).toBe(contract.investor.multiple);
  expect(single(A.xl('CONTRACT', ['holbaek-ips-contract', 'multiple']))).toBe(json.investor.multiple);
  expect(single(A.xl('INVESTORIRR', ['holbaek-ips-contract']))).toBe(json.investor.irr);
  expect(single(A.xl('MAXPRICE', ['holbaek-ips-contract']))).toBe(json.maxAffordablePrice);
  const t = matrixOf(A.xl('CONTRACT', ['holbaek-ips-contract']));
  expect(t[0]).toEqual(['Year', 'Payment', 'Investor', 'Kommune', 'Region', 'Stat']);
  expect(t[2][1]).toBe(contract.payments[1]);
  // Override pairs and a sweep, as in the other functions.
  const sweep = matrixOf(A.xl('INVESTORIRR', ['holbaek-ips-contract'], ['outcomePrice', [[70000], [82500]]]));
  expect(sweep[1][0]).toBe(contract.investor.irr);
});

test('errors: #VALUE! for bad input, #N/A for a figure that does not exist', () => {
  expect(errorOf(A.xl('CONTRACT', ['holbaek-ips-contract', 'multiple'], ['payerShareKommune', 0.5]))).toEqual({
    code: '#VALUE!',
    message: 'payerShareKommune + payerShareRegion + payerShareStat must sum to 1 (sums to 0.5)',
  });
  const na = errorOf(A.xl('MAXPRICE', ['holbaek-ips-contract'], ['paymentCap', 5_000_000]));
  expect(na.code).toBe('#N/A');
  expect(na.message).toMatch(/cap of 5,000,000 DKK keeps kommune's result positive at any price/);
  expect(errorOf(A.xl('INVESTORIRR', ['holbaek-ips-contract'], ['successRate', 0.2])).code).toBe('#N/A');
  expect(errorOf(A.xl('CONTRACT', ['holbaek-ips-contract', 'profit'])).message).toMatch(/output must be "table" or one of multiple, irr/);
});

test('DSI.SWITCHRATE: the case without a contract, the investor with one', () => {
  const k = single(A.xl('SWITCHRATE', ['holbaek-ips']));
  expect(run(caseModel, [{ preset: 'holbaek-ips', values: { successRate: k } }]).result.actors.kommune.presentValue).toBeCloseTo(0, 4);
  expect(single(A.xl('SWITCHRATE', ['holbaek-ips-contract', 'investor']))).toBeCloseTo(0.3792087, 6);
});

test('DSI.SIMULATE: the same numbers as the model and the CLI for the same seed', async () => {
  const cell = await settle(A.xl('SIMULATE', ['holbaek-ips', null, 'kommune.breakeven', 2000, 7]));
  const d = defaultDistributions('case', caseModel, run(caseModel, [{ preset: 'holbaek-ips' }]).params as Record<string, unknown>);
  const model = simulate('case', [{ preset: 'holbaek-ips' }], d, { draws: 2000, seed: 7 });
  expect(single(cell)).toBe(model.breakEven.kommune.probability);
  const json = cli(['simulate', '--preset', 'holbaek-ips', '--draws', '2000', '--seed', '7', '--json']) as { breakEven: { kommune: { probability: number } } };
  expect(json.breakEven.kommune.probability).toBe(model.breakEven.kommune.probability);
  const table = valueOf(await settle(A.xl('SIMULATE', ['holbaek-ips', [['successRate', 'fixed', 0.4, null]], 'table', 50, 1]))) as unknown[][];
  expect(table[0]).toEqual(['Figure', 'Mean', 'SD', 'P5', 'P10', 'P50', 'P90', 'P95', 'P(break-even)']);
  const det = run(caseModel, [{ preset: 'holbaek-ips' }]).result.actors.kommune.presentValue;
  expect(table[1].slice(0, 8)).toEqual(['kommune', det, 0, det, det, det, det, det]);
  expect(DEFAULT_DRAWS).toBe(10000);
  expect(DEFAULT_SEED).toBe(1);
});

test('DSI.SIMULATE errors name the argument', async () => {
  expect(errorOf(await settle(A.xl('SIMULATE', ['holbaek-ips', [['successRate', 'beta', 0.4, 0.6]]])))).toEqual({
    code: '#VALUE!',
    message: 'Row 1 (successRate): beta with mean 0.4 needs sd below sqrt(mean x (1 - mean)) = 0.4898979486 (got 0.6)',
  });
  expect(errorOf(await settle(A.xl('SIMULATE', ['holbaek-ips', null, 'table', 0]))).message).toBe('draws must be a whole number from 1 to 1,000,000 (got 0)');
  expect(errorOf(await settle(A.xl('SIMULATE', ['holbaek-ips', null, 'kommune.p42']))).message).toMatch(/output must be "table", "breakeven" or figure.statistic/);
});

test('DSI.SIMULATE stops when Excel cancels it', async () => {
  const invocation: { onCanceled?: () => void } = {};
  const p = A.raw('SIMULATE', [[['holbaek-ips']], null, null, 200000, 1, null, invocation]);
  invocation.onCanceled!();
  const e = errorOf(await settle(p));
  expect(e.message).toMatch(/cancelled/);
});

test('DSI.TORNADO and DSI.GRID', () => {
  const t = matrixOf(A.xl('TORNADO', ['holbaek-ips', 'kommune']));
  expect(t[0]).toEqual(['Parameter', 'Low', 'High', 'Output at low', 'Output at high', 'Swing']);
  expect(t[1][0]).toBe('successRate');
  const g = matrixOf(A.xl('GRID', ['holbaek-ips-contract', 'irr', 'successRate', [[0.4]], 'outcomePrice', [[82500, 90000]]]));
  expect(g[0]).toEqual(['successRate \\ outcomePrice', 82500, 90000]);
  expect(g[1][1]).toBe(contract.investor.irr);
});

describe('DSI.OUTCOMEFUND (MODEL.md section 5)', () => {
  const xl = (...args: unknown[]) => A.xl('OUTCOMEFUND', args);

  test('a fund range without repaymentMultiple works (the contract replaces it) and equals the preset-based run', () => {
    // dsi-fund-25m's keys without the three replaced ones, as a parameter range a user would type.
    const rows = [
      ['initialCapital', 25_000_000], ['horizon', 6], ['startYear', 2024], ['reinvestShare', 1],
      ['costPerParticipant', 6_900_000 / 180], ['successRate', 0.4], ['averageInvestment', 4_000_000],
    ];
    const fromRange = single(xl(rows, 'holbaek-ips-contract', 'totalInvested'));
    expect(fromRange).toBe(single(xl('dsi-fund-25m', 'holbaek-ips-contract', 'totalInvested')));
    // Given, it is still checked: a negative multiple is the fund model's error.
    const bad = xl([...rows, ['repaymentMultiple', -1]], 'holbaek-ips-contract', 'totalInvested');
    expect('error' in bad && bad.error.code).toBe('#VALUE!');
    expect('error' in bad && bad.error.message).toMatch(/repaymentMultiple must be 0 or more \(got -1\)/);
  });

  test('registered with the Danish name RESULTATFOND, which no Excel built-in has', () => {
    expect(A.registered.has('OUTCOMEFUND')).toBe(true);
    expect(A.da.functions.find((f) => f.id === 'OUTCOMEFUND')?.name).toBe('RESULTATFOND');
  });

  test('dsi-fund-25m repaid by holbaek-ips-contract, against the section-5 recurrence worked here', () => {
    // q_k = Pay_k / C of the contract; its window starts in year 2, so q_1 = 0 and
    // I_1 = K0, I_t = reinvestShare x sum over s < t of I_s q_(t-s+1) (reinvestShare 1 in the preset).
    const q = contract.payments.map((x) => x / contract.costTotal);
    expect(q[0]).toBe(0);
    const I = [25_000_000];
    for (let t = 1; t < 6; t++) I.push(I.reduce((acc, Is, s) => acc + Is * (q[t - s] ?? 0), 0));
    const total = I.reduce((a, b) => a + b, 0);
    // To 1e-9 relative: the same sums in another order.
    expect(Math.abs(single(xl('dsi-fund-25m', 'holbaek-ips-contract', 'totalInvested')) - total)).toBeLessThanOrEqual(1e-9 * total);
    const people = total / (6_900_000 / 180); // costPerParticipant of dsi-fund-25m: the Holbæk cost per participant
    expect(Math.abs(single(xl('dsi-fund-25m', 'holbaek-ips-contract', 'people')) - people)).toBeLessThanOrEqual(1e-6 * people);
    expect(Math.abs(single(xl('dsi-fund-25m', 'holbaek-ips-contract', 'employed')) - 0.4 * people)).toBeLessThanOrEqual(1e-6 * people);
    const t = matrixOf(xl('dsi-fund-25m', 'holbaek-ips-contract'));
    expect(t[0]).toEqual(['Year', 'Invested', 'Repayments', 'People', 'Cumulative people', 'Uninvested', 'Lost', 'Guarantee paid', 'Shortfall']);
    expect(t).toHaveLength(7);
    t.slice(1).forEach((row, i) => expect(Math.abs((row[1] as number) - I[i])).toBeLessThanOrEqual(1e-9 * I[i]));
    // Not the fixed-multiple fund (1.15 in equal fifths over years 2..6): the contract's payments are
    // front-loaded (q_2 = 0.31 > 0.23), so the money is reinvested sooner.
    expect(single(xl('dsi-fund-25m', 'holbaek-ips-contract', 'totalInvested'))).not.toBe(single(A.xl('REINVEST', ['dsi-fund-25m', 'totalInvested'])));
  });

  test('the same numbers as `dsi fund --contract`', () => {
    const json = cli(['fund', '--preset', 'dsi-fund-25m', '--contract', 'holbaek-ips-contract', '--json']) as { totalInvested: number; outstanding: number; vintageIrr: number };
    expect(single(xl('dsi-fund-25m', 'holbaek-ips-contract', 'totalInvested'))).toBe(json.totalInvested);
    expect(single(xl('dsi-fund-25m', 'holbaek-ips-contract', 'outstanding'))).toBe(json.outstanding);
    expect(single(xl('dsi-fund-25m', 'holbaek-ips-contract', 'irr'))).toBe(json.vintageIrr);
  });

  test('a contract parameter range works like the preset it names, with a changed price', () => {
    const range = [['preset', 'holbaek-ips-contract'], ['outcomePrice', 100_000]];
    const lower = single(xl('dsi-fund-25m', 'holbaek-ips-contract', 'totalInvested'));
    // A higher price pays each vintage back more, so more is reinvested.
    expect(single(xl('dsi-fund-25m', range, 'totalInvested'))).toBeGreaterThan(lower);
  });

  test('errors name the argument: empty or wrong-kind contract, bad output', () => {
    expect(errorOf(xl('dsi-fund-25m', null, 'people'))).toEqual({
      code: '#VALUE!',
      message: 'contract is empty: give a contract preset (e.g. "holbaek-ips-contract") or a contract parameter range',
    });
    const wrong = errorOf(xl('dsi-fund-25m', 'dsi-fund-25m', 'people'));
    expect(wrong.code).toBe('#VALUE!');
    expect(wrong.message).toMatch(/^contract: .*dsi-fund-25m/);
    expect(errorOf(xl('dsi-fund-25m', [['preset', 'holbaek-ips-contract'], ['outcomePrice', -1]], 'people')).message).toMatch(/^contract: outcomePrice/);
    expect(errorOf(xl('dsi-fund-25m', 'holbaek-ips-contract', 'profit')).message).toBe(
      'output must be "table" or one of totalInvested, people, employed, partnerships, outstanding, keptCash, irr, uninvested, lost, guaranteePaid, shortfall, firstShortfallYear, capitalIn, fundValue (got \'profit\')',
    );
  });
});
