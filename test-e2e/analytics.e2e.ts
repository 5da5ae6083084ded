/**
 * The contract and risk tabs of the built task pane in headless Chromium (standalone, office.js
 * stubbed). Every figure is compared exactly (through data-value) with the model called here on
 * the same inputs, and the investor IRR also with an independent IRR (formulajs) on the flows shown.
 */
import fs from 'fs';
import type { Page } from 'playwright-core';
import * as formulajs from '@formulajs/formulajs';
import { startHarness, openPane, cspViolations, paneErrors, Harness } from './harness';
import {
  run, contractModel, caseModel, simulate, defaultDistributions, validate, mergeInput, ACTORS_AND_TOTAL, tornado, contractParamMeta, violation,
  fundModel, caseParamMeta, presetValues,
} from '../src/model';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const dataValue = (page: Page, sel: string) => page.getAttribute(sel, 'data-value');
const text = async (page: Page, sel: string) => ((await page.textContent(sel)) ?? '').trim();
const kpi = (name: string) => `#contract-investor [data-kpi="${name}"]`;

async function axe(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  const src = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(src);
  return page.evaluate(async () => (await (window as any).axe.run(document)).violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })));
}

async function runDone(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('#panel-risk')!.dataset.running, undefined, { timeout: 60000 });
}

test('contract tab: investor multiple, IRR and per-actor results equal the model on holbaek-ips-contract', async () => {
  const { page, log } = await openPane(h);
  await page.click('#tab-contract');
  expect(await page.isVisible('#panel-contract')).toBe(true);
  const m = run(contractModel, [{ preset: 'holbaek-ips-contract' }]).result;
  expect(await dataValue(page, kpi('investorMultiple'))).toBe(String(m.investor.multiple));
  expect(await dataValue(page, kpi('investorIrr'))).toBe(String(m.investor.irr));
  expect(await text(page, kpi('investorMultiple'))).toBe('1.149'); // the preset's stated multiple
  // The IRR shown against formulajs's IRR of the flows shown in the table (both to 1e-9).
  const flows = await page.locator('#contract-flows tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.querySelectorAll('td')[2].getAttribute('data-value'))));
  expect(flows).toEqual(m.investor.flows);
  const independent = formulajs.IRR(flows) as number;
  expect(Math.abs(Number(await dataValue(page, kpi('investorIrr'))) - independent)).toBeLessThan(1e-9);
  expect(await text(page, kpi('investorIrr'))).toBe(`${(independent * 100).toFixed(2)} %`);
  expect(await dataValue(page, kpi('investorNet'))).toBe(String(m.investor.presentValue));
  for (const a of ACTORS_AND_TOTAL) {
    expect(await dataValue(page, `#contract-actor-table tr[data-actor="${a}"] [data-kpi="contractNetValue"]`)).toBe(String(m.actors[a].presentValue));
    expect(await dataValue(page, `#contract-actor-table tr[data-actor="${a}"] [data-kpi="withoutContract"]`)).toBe(String(m.withoutContract[a].presentValue));
  }
  // Uncapped: the investor break-even price is C / sum of S e_t over the window, by hand here.
  const S = m.netSuccesses;
  const U = [2, 3, 4, 5, 6].reduce((acc, t) => acc + S * m.effect[t - 1], 0);
  expect(Number(await dataValue(page, '#contract-derived [data-kpi="breakEvenPrice"]'))).toBeCloseTo(6_900_000 / U, 6);
  expect(await text(page, kpi('capReached'))).toBe('no');
  expect(paneErrors(log)).toEqual([]);
  expect(log.external).toEqual([]);
  // functions.js (the custom functions' chunk, not this pane's) is checked in taskpane.e2e.ts.
  expect((await cspViolations(page)).filter((v) => !/\/functions\.js:/.test(v))).toEqual([]);
  await page.context().close();
});

test('contract tab: a cap below the cost binds, and a figure that does not exist is text, never a number', async () => {
  const { page } = await openPane(h);
  await page.click('#tab-contract');
  await page.fill('#contract-field-paymentCap', '5000000');
  const m = run(contractModel, [{ preset: 'holbaek-ips-contract', values: { paymentCap: 5_000_000 } }]).result;
  await page.waitForFunction(() => document.querySelector('#contract-investor [data-kpi="capReached"]')?.textContent === 'yes');
  expect(Number(await dataValue(page, kpi('paymentsTotal')))).toBe(5_000_000); // the cap, by hand
  expect(await dataValue(page, kpi('investorMultiple'))).toBe(String(m.investor.multiple));
  expect(m.investor.multiple).toBeCloseTo(5 / 6.9, 12);
  const be = '#contract-derived [data-kpi="breakEvenPrice"]';
  expect(await dataValue(page, be)).toBe('null');
  const shown = await text(page, be);
  expect(shown).toMatch(/^does not exist: the cap of 5,000,000 DKK is below the cost of 6,900,000 DKK/);
  expect(shown).not.toMatch(/^\d/);
  await page.context().close();
});

test('contract tab: invalid terms get the model\'s message at the field; the last valid results stay, marked stale', async () => {
  const { page } = await openPane(h);
  await page.click('#tab-contract');
  const before = await dataValue(page, kpi('investorMultiple'));
  await page.fill('#contract-field-outcomePrice', 'abc');
  const meta = contractParamMeta.find((x) => x.key === 'outcomePrice')!;
  expect(await text(page, '#contract-field-outcomePrice-error')).toBe(violation(meta, 'abc'));
  expect(await page.getAttribute('#contract-field-outcomePrice', 'aria-invalid')).toBe('true');
  expect(await page.isVisible('#contract-stale')).toBe(true);
  expect(await dataValue(page, kpi('investorMultiple'))).toBe(before);
  await page.fill('#contract-field-outcomePrice', '82500');
  // A cross-field rule: the window must start within the horizon (6 years).
  await page.fill('#contract-field-paymentStart', '7');
  expect(await text(page, '#contract-field-paymentStart-error')).toBe('paymentStart must be within the horizon (got 7, horizon 6)');
  await page.fill('#contract-field-paymentStart', '2');
  expect(await page.isVisible('#contract-field-paymentStart-error')).toBe(false);
  expect(await page.isVisible('#contract-stale')).toBe(false);
  // Keyboard: the fields are reachable by Tab, in order.
  await page.focus('#contract-field-outcomePrice');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('contract-field-paymentStart');
  await page.context().close();
});

test('risk tab: 2,000 draws with seed 7 give the model\'s P(municipality breaks even) and percentiles; the same seed twice is identical', async () => {
  const { page, log } = await openPane(h);
  await page.click('#tab-risk');
  await page.fill('#risk-draws', '2000');
  await page.fill('#risk-seed', '7');
  await page.click('#risk-run');
  await runDone(page);
  expect(await text(page, '#risk-status')).toBe('Done: 2,000 draws, seed 7.');
  const layers = [{ preset: 'holbaek-ips' }];
  const params = validate(caseModel, mergeInput(caseModel, layers)) as Record<string, unknown>;
  const sim = simulate('case', layers, defaultDistributions('case', caseModel, params), { draws: 2000, seed: 7 });
  const p = await dataValue(page, '#risk-breakeven tr[data-actor="kommune"] [data-kpi="pBreakEven"]');
  expect(p).toBe(String(sim.breakEven.kommune.probability));
  // A share of 2,000 draws, and not a degenerate 0 or 1 (the test could not tell seeds apart then).
  expect(Number.isInteger(Number(p) * 2000)).toBe(true);
  expect(Number(p)).toBeGreaterThan(0.05);
  expect(Number(p)).toBeLessThan(0.95);
  for (const a of ACTORS_AND_TOTAL) {
    expect(await dataValue(page, `#risk-breakeven tr[data-actor="${a}"] [data-kpi="pBreakEven"]`)).toBe(String(sim.breakEven[a].probability));
    // The same draws, but Chromium's V8 (Math.exp/log/pow inside the beta sampler and the
    // discounting) may differ from Node's in the last bit, so the sums agree to 1e-12 relative,
    // not bit for bit; the probabilities above are counts and agree exactly.
    for (const st of ['mean', 'p5', 'p50', 'p95'] as const) {
      const shown = Number(await dataValue(page, `#risk-percentiles tr[data-metric="${a}.presentValue"] [data-stat="${st}"]`));
      const want = sim.stats[`${a}.presentValue`][st];
      expect(Math.abs(shown - want)).toBeLessThanOrEqual(1e-12 * Math.abs(want));
    }
  }
  // Histogram: one bar per bin, counts adding up to the draws.
  const counts = await page.locator('#risk-histogram-svg rect').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-count'))));
  expect(counts.length).toBe(30);
  expect(counts.reduce((x, y) => x + y, 0)).toBe(2000);
  // Again with the same seed: identical.
  await page.click('#risk-run');
  await runDone(page);
  expect(await dataValue(page, '#risk-breakeven tr[data-actor="kommune"] [data-kpi="pBreakEven"]')).toBe(p);
  // Another seed gives another sample (so the comparison above is not vacuous).
  await page.fill('#risk-seed', '8');
  await page.click('#risk-run');
  await runDone(page);
  const sim8 = simulate('case', layers, defaultDistributions('case', caseModel, params), { draws: 2000, seed: 8 });
  const mean8 = Number(await dataValue(page, '#risk-percentiles tr[data-metric="kommune.presentValue"] [data-stat="mean"]'));
  expect(Math.abs(mean8 - sim8.stats['kommune.presentValue'].mean)).toBeLessThanOrEqual(1e-12 * Math.abs(mean8));
  expect(await dataValue(page, '#risk-breakeven tr[data-actor="kommune"] [data-kpi="pBreakEven"]')).toBe(String(sim8.breakEven.kommune.probability));
  expect(sim8.stats['kommune.presentValue'].mean).not.toBe(sim.stats['kommune.presentValue'].mean);
  expect(paneErrors(log)).toEqual([]);
  await page.context().close();
});

test('risk tab: cancel stops a long run cleanly; bad draws, seed and distribution get the model\'s messages', async () => {
  const { page, log } = await openPane(h);
  await page.click('#tab-risk');
  await page.fill('#risk-draws', '1000000');
  await page.click('#risk-run');
  await page.waitForFunction(() => Number((document.querySelector('#risk-progress') as HTMLProgressElement).value) > 0, undefined, { timeout: 30000 });
  expect(await page.isEnabled('#risk-cancel')).toBe(true);
  await page.click('#risk-cancel');
  await runDone(page);
  expect(await text(page, '#risk-status')).toBe('Cancelled: no results from this run.');
  expect(Number(await page.getAttribute('#risk-progress', 'value'))).toBeLessThan(1);
  expect(await page.isEnabled('#risk-run')).toBe(true);
  expect(await page.isDisabled('#risk-cancel')).toBe(true);
  expect(await page.locator('#risk-breakeven').count()).toBe(0);
  // Invalid inputs: nothing runs, each message is at its field.
  await page.fill('#risk-draws', '0');
  await page.fill('#risk-seed', '-1');
  await page.fill('#risk-dist-0-arg-1', '0.9'); // beta sd 0.9 with mean 0.4
  await page.click('#risk-run');
  expect(await text(page, '#risk-draws-error')).toBe('draws must be a whole number from 1 to 1,000,000 (got 0)');
  expect(await text(page, '#risk-seed-error')).toBe('seed must be a whole number from 0 to 4294967295 (got -1)');
  expect(await text(page, '#risk-dist-0-error')).toContain('beta with mean 0.4 needs sd below');
  expect(await page.getAttribute('#risk-dist-0-arg-1', 'aria-invalid')).toBe('true');
  expect(await text(page, '#risk-status')).toBe('Fix the marked inputs first.');
  expect(paneErrors(log)).toEqual([]);
  await page.context().close();
});

test('tornado: rows sorted by swing and equal to the model\'s tornado of the current case', async () => {
  const { page } = await openPane(h);
  await page.click('#tab-risk');
  const t = tornado('case', [{ preset: 'holbaek-ips' }], 'kommune');
  const keys = await page.locator('#tornado-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
  expect(keys).toEqual(t.rows.map((r) => r.key));
  const swings = await page.locator('#tornado-table tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.querySelectorAll('td')[4].getAttribute('data-value'))));
  expect(swings).toEqual(t.rows.map((r) => r.swing));
  for (let i = 1; i < swings.length; i++) expect(swings[i - 1]).toBeGreaterThanOrEqual(swings[i]);
  // Two bars (low, high) per row in the chart.
  expect(await page.locator('#tornado-svg rect').count()).toBe(2 * t.rows.length);
  await page.context().close();
});

test('contract and risk tabs in Danish, and no serious accessibility violations', async () => {
  const { page } = await openPane(h, { locale: 'da-DK' });
  await page.click('#tab-contract');
  expect(await text(page, '#tab-contract')).toBe('Kontrakt');
  expect(await text(page, kpi('investorMultiple'))).toBe('1,149');
  let bad = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad).toEqual([]);
  await page.click('#tab-risk');
  await page.fill('#risk-draws', '500');
  await page.click('#risk-run');
  await runDone(page);
  expect(await text(page, '#risk-status')).toBe('Færdig: 500 trækninger, startværdi 1.');
  // Danish names of the distributions, and each value box labelled by its role.
  expect(await page.locator('#risk-dist-1-kind option:checked').textContent()).toBe('trekant');
  expect(await page.locator('#risk-dist-1-arg-1').evaluate((el) => el.closest('label')?.textContent)).toBe('typetal');
  expect(await text(page, 'label[for="risk-seed"]')).toBe('Startværdi');
  bad = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad).toEqual([]);
  await page.context().close();
});

test('risk tab: the fund, 1,000 draws with seed 5, gives the model\'s mean cumulative people helped, its percentile table and histogram', async () => {
  const { page, log } = await openPane(h);
  // The Risk tab simulates what the Model tab holds: here the case, under or without the contract.
  await page.click('#tab-risk');
  expect(await page.locator('#risk-kind option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['case', 'contract']);
  expect(await text(page, '#risk-source')).toBe('Simulates the case on the Model tab: unsaved, based on holbaek-ips.');
  await page.selectOption('#risk-kind', 'contract');
  expect(await text(page, '#risk-source')).toBe('Simulates the contract of the Contract tab on the case on the Model tab: unsaved, based on holbaek-ips.');
  // A fund on the Model tab: the fund is simulated, and nothing else can be chosen.
  await page.click('#tab-model');
  await page.selectOption('#start-select', 'preset:dsi-fund-25m');
  await page.click('#start-load');
  await page.click('#tab-risk');
  expect(await page.inputValue('#risk-kind')).toBe('fund');
  expect(await page.isDisabled('#risk-kind')).toBe(true);
  expect(await text(page, '#risk-source')).toBe('Simulates the fund on the Model tab: unsaved, based on dsi-fund-25m.');
  const keys = await page.locator('#risk-dist-table .dist-row').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-key')));
  expect(keys).toEqual(['successRate', 'repaymentMultiple']);
  await page.fill('#risk-draws', '1000');
  await page.fill('#risk-seed', '5');
  await page.click('#risk-run');
  await runDone(page);
  expect(await text(page, '#risk-status')).toBe('Done: 1,000 draws, seed 5.');
  const layers = [{ preset: 'dsi-fund-25m' }];
  const params = validate(fundModel, mergeInput(fundModel, layers)) as Record<string, unknown>;
  const sim = simulate('fund', layers, defaultDistributions('fund', fundModel, params), { draws: 1000, seed: 5 });
  // The mean of the model's own samples, summed here (not the model's summary).
  const people = sim.samples.cumulativePeople;
  const byHand = people.reduce((a, b) => a + b, 0) / people.length;
  const shownMean = Number(await dataValue(page, '#risk-percentiles tr[data-metric="cumulativePeople"] [data-stat="mean"]'));
  // Chromium's and Node's Math.pow may differ in the last bit (see the case test above): 1e-12 relative.
  expect(Math.abs(shownMean - byHand)).toBeLessThanOrEqual(1e-12 * byHand);
  expect(Math.abs(shownMean - sim.stats.cumulativePeople.mean)).toBeLessThanOrEqual(1e-12 * byHand);
  // Not degenerate: the draws vary and the mean is not simply the deterministic fund's figure.
  const det = run(fundModel, layers).result;
  expect(sim.stats.cumulativePeople.sd).toBeGreaterThan(10);
  expect(Math.abs(shownMean - det.cumulativePeople[det.cumulativePeople.length - 1])).toBeGreaterThan(1e-6);
  for (const m of ['cumulativePeople', 'employed', 'totalInvested'] as const) {
    for (const st of ['mean', 'sd', 'p5', 'p50', 'p95'] as const) {
      const shown = Number(await dataValue(page, `#risk-percentiles tr[data-metric="${m}"] [data-stat="${st}"]`));
      expect(Math.abs(shown - sim.stats[m][st])).toBeLessThanOrEqual(1e-12 * Math.abs(sim.stats[m][st]));
    }
  }
  const rows = await page.locator('#risk-percentiles tbody tr').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-metric')));
  expect(rows).toEqual(['cumulativePeople', 'employed', 'totalInvested']);
  // The fund has no break-even tables.
  expect(await page.locator('#risk-breakeven, #risk-breakeven-years').count()).toBe(0);
  // Histogram of cumulative people helped: 30 bins, counts adding up to the draws, the lowest bin
  // starting at the smallest draw.
  expect(await page.inputValue('#risk-hist-metric')).toBe('cumulativePeople');
  expect(await text(page, '#risk-histogram figcaption')).toBe('Cumulative people helped: share of draws');
  const counts = await page.locator('#risk-histogram-svg rect').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-count'))));
  expect(counts.length).toBe(30);
  expect(counts.reduce((x, y) => x + y, 0)).toBe(1000);
  const bad = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad).toEqual([]);
  // Back to a case on the Model tab: the case is simulated again.
  await page.click('#tab-model');
  await page.selectOption('#start-select', 'preset:holbaek-ips');
  await page.click('#start-load');
  await page.click('#tab-risk');
  expect(await page.inputValue('#risk-kind')).toBe('case');
  expect(await text(page, '#risk-source')).toBe('Simulates the case on the Model tab: unsaved, based on holbaek-ips.');
  expect(paneErrors(log)).toEqual([]);
  await page.context().close();
});

test('two-way grid: default values +-10 % and +-20 %, a cell equal to the model\'s value, shades by class only', async () => {
  const { page, log } = await openPane(h);
  await page.click('#tab-risk');
  expect(await page.inputValue('#grid-key-x')).toBe('successRate');
  expect(await page.inputValue('#grid-key-y')).toBe('gainKommune');
  // holbaek-ips has successRate 0.4: the defaults by hand.
  expect(await page.inputValue('#grid-values-x')).toBe('0.32; 0.36; 0.4; 0.44; 0.48');
  const xs = await page.locator('#grid-table tbody tr').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-x'))));
  expect(xs).toEqual([0.32, 0.36, 0.4, 0.44, 0.48]);
  // Exactly one framed cell: the current inputs.
  expect(await page.locator('#grid-table td.grid-base').count()).toBe(1);
  expect(await page.getAttribute('#grid-table td.grid-base', 'data-x')).toBe('0.4');
  // Own values and another output: the total at successRate 0.48, gainKommune 150,000 against a
  // plain run of the case model with those two values.
  await page.selectOption('#grid-output', 'total');
  await page.fill('#grid-values-y', '50000; 150000');
  const cell = '#grid-table td[data-x="0.48"][data-y="150000"]';
  const want = run(caseModel, [{ preset: 'holbaek-ips', values: { successRate: 0.48, gainKommune: 150_000 } }]).result.actors.total.presentValue;
  expect(await dataValue(page, cell)).toBe(String(want));
  expect(await page.getAttribute(cell, 'class')).toMatch(want > 0 ? /^grid-pos-[123]$/ : /^grid-neg-[123]$/);
  expect(await page.locator('#grid-table tbody td').count()).toBe(10);
  // The CSP forbids inline styles: the shades are classes, and nothing in the grid has a style.
  expect(await page.locator('#grid [style]').count()).toBe(0);
  expect((await cspViolations(page)).filter((v) => !/\/functions\.js:/.test(v))).toEqual([]);
  // A value outside the key's range gets the model's message at the box; the table goes.
  await page.fill('#grid-values-x', '0.3; 1.5');
  const sr = caseParamMeta.find((m) => m.key === 'successRate')!;
  expect(await text(page, '#grid-values-x-error')).toBe(violation(sr, 1.5));
  expect(await page.getAttribute('#grid-values-x', 'aria-invalid')).toBe('true');
  expect(await page.locator('#grid-table').count()).toBe(0);
  await page.click('#grid-reset');
  // Reset: back to the current value and +-10 %, +-20 % on both axes.
  const g = presetValues(caseModel, 'holbaek-ips').gainKommune as number;
  const ys = await page.locator('#grid-table thead th[data-value]').evaluateAll((ths) => ths.map((t) => Number(t.getAttribute('data-value'))));
  expect(ys.length).toBe(5);
  [0.8, 0.9, 1, 1.1, 1.2].forEach((f, i) => expect(Math.abs(ys[i] - f * g)).toBeLessThanOrEqual(1e-9 * g));
  expect(await page.locator('#grid-table tbody td').count()).toBe(25);
  expect(paneErrors(log)).toEqual([]);
  await page.context().close();
});
