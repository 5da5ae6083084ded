/**
 * The outcome contract and the fund with a reference contract, exported and recalculated by
 * HyperFormula, agree with the engine on every Results metric (the tolerances of helpers.ts): the
 * payments with the cap (MIN), the cap flag, the investor's IRR (Excel's IRR) and every actor, with
 * and without the contract. The LibreOffice side is in export.libreoffice.test.ts.
 */
import { run, contractModel, fundModel, outcomeFundInputModel, repaymentShares, evaluateContract } from '../../src/model';
import type { ContractParams, FundParams } from '../../src/model';
import { exportXlsx, outcomeFundPlan, planToXlsx } from '../../src/export';
import { readWorkbook, hyperFormulaOf, hfResults, compareMetrics, expectedContract, expectedOutcomeFund, rng, randomContract, randomFund } from './helpers';

jest.setTimeout(120_000);

async function contractCheck(p: ContractParams) {
  const hf = hyperFormulaOf(await readWorkbook(await exportXlsx('contract', p)));
  const results = hfResults(hf);
  return { results, bad: compareMetrics(expectedContract(p), results) };
}

async function outcomeFundCheck(p: FundParams, shares: number[]) {
  const hf = hyperFormulaOf(await readWorkbook(await planToXlsx(outcomeFundPlan(p, { shares, label: 'test' }))));
  const results = hfResults(hf);
  return { results, bad: compareMetrics(expectedOutcomeFund(p, shares), results) };
}

describe('the outcome contract in HyperFormula', () => {
  const preset = run(contractModel, [{ preset: 'holbaek-ips-contract' }]).params;

  test('holbaek-ips-contract: every metric agrees; payments 82,500 x S x e_t in years 2-6, multiple 1.149', async () => {
    const { results, bad } = await contractCheck(preset);
    expect(bad).toEqual([]);
    // By hand: S = 25.92, e = 0.5, 1, 0.85, 0.7225, 0.614125, 0.52200625; paid in years 2..6.
    const e = [0.5, 1, 0.85, 0.7225, 0.614125, 0.52200625];
    for (let t = 2; t <= 6; t++) expect(results.get(`payments.${t}`)).toBeCloseTo(82_500 * 25.92 * e[t - 1], 6);
    expect(results.get('payments.1')).toBe(0);
    expect(results.get('investor.multiple') as number).toBeCloseTo((82_500 * 25.92 * (1 + 0.85 + 0.7225 + 0.614125 + 0.52200625)) / 6.9e6, 10);
    expect(results.get('capReached')).toBe(false);
  });

  test('a cap of DKK 7m cuts the payments: they sum to the cap and the flag is set', async () => {
    const p = run(contractModel, [{ preset: 'holbaek-ips-contract' }, { values: { paymentCap: 7_000_000 } }]).params;
    const { results, bad } = await contractCheck(p);
    expect(bad).toEqual([]);
    expect(results.get('paymentsTotal') as number).toBeCloseTo(7_000_000, 6);
    expect(results.get('capReached')).toBe(true);
  });

  test('no payment at all: the investor has no IRR (#N/A) and multiple 0', async () => {
    const p = run(contractModel, [{ preset: 'holbaek-ips-contract' }, { values: { outcomePrice: 0 } }]).params;
    const { results, bad } = await contractCheck(p);
    expect(bad).toEqual([]);
    expect(results.get('investor.irr')).toEqual({ error: '#N/A' });
    expect(results.get('investor.multiple')).toBe(0);
  });

  test('60 random contracts (seeded): every metric agrees', async () => {
    const r = rng(9090);
    const failures: string[] = [];
    let capped = 0;
    let noIrr = 0;
    for (let i = 0; i < 60; i++) {
      const p = randomContract(r);
      const res = evaluateContract(p);
      if (res.capReached) capped++;
      if (res.investor.irr === null) noIrr++;
      const { bad } = await contractCheck(p);
      if (bad.length) failures.push(`contract ${i} ${JSON.stringify(p)}: ${bad.slice(0, 4).join('; ')}`);
    }
    expect(failures).toEqual([]);
    // The sample covers capped payments and flows without an IRR.
    expect(capped).toBeGreaterThan(5);
    expect(noIrr).toBeGreaterThan(0);
  });
});

describe('the fund with repayments from a reference contract in HyperFormula', () => {
  const fund = run(outcomeFundInputModel, [{ preset: 'dsi-fund-25m' }]).params;
  const shares = repaymentShares(run(contractModel, [{ preset: 'holbaek-ips-contract' }]).result);

  test('dsi-fund-25m with holbaek-ips-contract: every metric agrees', async () => {
    const { bad, results } = await outcomeFundCheck(fund, shares);
    expect(bad).toEqual([]);
    // Year 2 receives q_2 of the 25m (nothing is repaid in a vintage's own year here).
    expect(shares[0]).toBe(0);
    expect(results.get('repayments.2') as number).toBeCloseTo(25e6 * shares[1], 4);
  });

  test("shares m / n from year L + 1 reproduce the fixed-multiple fund's figures", async () => {
    const fixed = run(fundModel, [{ preset: 'dsi-fund-25m' }]).params;
    const q = [0, 0.23, 0.23, 0.23, 0.23, 0.23];
    const { results, bad } = await outcomeFundCheck(fixed, q);
    expect(bad).toEqual([]);
    expect((results.get('totalInvested') as number) / 1e6).toBeCloseTo(70.38, 2);
  });

  test('40 random funds with random shares (some in the vintage\'s own year): every metric agrees', async () => {
    const r = rng(5151);
    const failures: string[] = [];
    for (let i = 0; i < 40; i++) {
      const p = randomFund(r);
      const q = Array.from({ length: 1 + Math.floor(r() * 8) }, () => (r() < 0.3 ? 0 : r() * 0.5));
      const { bad } = await outcomeFundCheck(p, q);
      if (bad.length) failures.push(`fund ${i} ${JSON.stringify({ p, q })}: ${bad.slice(0, 4).join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});
