/**
 * The fund's board view in the built task pane (headless Chromium at 350 px, the narrowest Excel
 * task pane): the summary equals the model for examples/fund-board.json's values, typed into the
 * editor; the capital-flow chart fits the pane; the Risk tab adds the two probabilities. Screenshots
 * in both languages go to artifacts/ for a person to look at.
 */
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { startHarness, openPane, paneErrors, Harness } from './harness';
import { run, fundModel, simulateFund, defaultFundDistributions } from '../src/model';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const EXAMPLE = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'examples', 'fund-board.json'), 'utf8'));
const { preset: BASE, ...BOARD } = EXAMPLE;
const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

/** The example's values typed as a user would, in the pane's language. */
async function enterExample(page: Page, lang: 'en' | 'da'): Promise<void> {
  await page.click('#tab-model');
  await page.selectOption('#start-select', 'preset:dsi-fund-25m');
  await page.click('#start-load');
  const n = (x: number) => (lang === 'da' ? String(x).replace('.', ',') : String(x));
  await page.fill('#field-operatingCost', n(EXAMPLE.operatingCost));
  await page.fill('#field-maxInvestmentPerYear', n(EXAMPLE.maxInvestmentPerYear));
  await page.fill('#field-lossRate', n(EXAMPLE.lossRate));
  await page.fill('#field-guaranteeShare', n(EXAMPLE.guaranteeShare));
  // capitalInjections [0, 0, 10m]: two more years, then the third value.
  const add = page.locator('fieldset:has(#field-capitalInjections) button').first();
  await add.click();
  await add.click();
  await page.fill('#field-capitalInjections-2', n(EXAMPLE.capitalInjections[1]));
  await page.fill('#field-capitalInjections-3', n(EXAMPLE.capitalInjections[2]));
  await page.waitForSelector('#board-summary [data-kpi="boardValue"]');
}

const value = (page: Page, kpi: string) => page.getAttribute(`#board-summary [data-kpi="${kpi}"]`, 'data-value');

for (const lang of ['en', 'da'] as const) {
  test(`board summary and capital-flow chart (${lang}) at 350 px: the model's figures, nothing wider than the pane`, async () => {
    const { page, log } = await openPane(h, { locale: lang === 'da' ? 'da-DK' : 'en-GB' });
    // Tall, so the pane's sticky summary bar stays below the board in the screenshot.
    await page.setViewportSize({ width: 350, height: 4000 });
    await enterExample(page, lang);
    const m = run(fundModel, [{ preset: BASE, values: BOARD }]).result;
    await page.waitForFunction((v) => document.querySelector('#board-summary [data-kpi="boardValue"]')?.getAttribute('data-value') === v, String(m.fundValue), { timeout: 5000 });
    expect(await value(page, 'boardValue')).toBe(String(m.fundValue));
    expect(await value(page, 'boardPeople')).toBe(String(m.cumulativePeople[5]));
    expect(await value(page, 'boardShortfall')).toBe('none');
    // One bar segment per non-zero flow: 6 investments, 1 capital in 2024 and 1 in 2026.
    expect(await page.locator('#chart-flows rect[data-part="invested"]').count()).toBe(6);
    expect(await page.locator('#chart-flows rect[data-part="capital"]').count()).toBe(2);
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth, chart: document.querySelector('#chart-flows')!.getBoundingClientRect().right }));
    expect(widths.doc).toBeLessThanOrEqual(widths.view);
    expect(widths.chart).toBeLessThanOrEqual(widths.view);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    // The board and its chart, in page coordinates (boundingBox is relative to the viewport).
    const clip = await page.evaluate(() => {
      const a = document.querySelector('#board-summary')!.getBoundingClientRect();
      const b = document.querySelector('#chart-flows-box')!.getBoundingClientRect();
      return { x: 0, y: a.top + window.scrollY - 4, width: 350, height: b.bottom - a.top + 12 };
    });
    await page.screenshot({ path: path.join(ARTIFACTS, `fund-board-350-${lang}.png`), fullPage: true, clip });
    expect(paneErrors(log)).toEqual([]);
    await page.context().close();
  });
}

test('Risk tab at 350 px: the simulated board gives the model\'s probabilities for the example (2,000 draws, seed 3)', async () => {
  const { page, log } = await openPane(h, { locale: 'da-DK' });
  await page.setViewportSize({ width: 350, height: 4000 });
  await enterExample(page, 'da');
  await page.click('#tab-risk');
  await page.fill('#risk-draws', '2000');
  await page.fill('#risk-seed', '3');
  await page.click('#risk-run');
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('#panel-risk')!.dataset.running, undefined, { timeout: 60000 });
  await page.waitForSelector('#board-simulated');
  const layers = [{ preset: BASE, values: BOARD }];
  const params = run(fundModel, layers).params as unknown as Record<string, unknown>;
  const sim = simulateFund(layers, defaultFundDistributions(params, false), { draws: 2000, seed: 3 });
  const shown = (k: string) => page.getAttribute(`#board-simulated [data-kpi="${k}"]`, 'data-value');
  expect(Number(await shown('boardPShortfall'))).toBe(sim.probabilities.shortfall);
  expect(Number(await shown('boardPCapital'))).toBe(sim.probabilities.capitalPreserved);
  const clip = await page.evaluate(() => {
    const a = document.querySelector('#board-simulated')!.getBoundingClientRect();
    return { x: 0, y: a.top + window.scrollY - 4, width: 350, height: a.height + 8 };
  });
  await page.screenshot({ path: path.join(ARTIFACTS, 'fund-board-risk-350-da.png'), fullPage: true, clip });
  expect(paneErrors(log)).toEqual([]);
  await page.context().close();
});
