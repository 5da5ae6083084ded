/**
 * Names follow the scenario (issue 11): the exported workbook is named after the scenario saved as
 * new (not after the preset of the last run), the saved list selects it, and the workbook's About
 * sheet names it; before saving, the name says what the scenario is based on. The built pane in
 * headless Chromium, standalone.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';
import { startHarness, openPane, Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function download(page: Page): Promise<{ name: string; about: string[]; sheets: string[] }> {
  await page.click('#tab-export');
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('#export-download')]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await d.path())!) as unknown as ExcelJS.Buffer);
  const about: string[] = [];
  wb.worksheets[0].eachRow((row) => about.push(String(row.getCell(1).value ?? '')));
  return { name: d.suggestedFilename(), about, sheets: wb.worksheets.map((w) => w.name) };
}

test('export before and after "save as new": file name, About sheet and the selected saved scenario follow the scenario', async () => {
  const { page } = await openPane(h);
  const before = await download(page);
  expect(before.name).toBe('unsaved, based on holbaek-ips.xlsx');
  expect(before.about).toContain('Scenario: unsaved, based on holbaek-ips');
  expect(before.sheets).toEqual(['About', 'Inputs', 'Model', 'Results']);

  await page.click('#tab-model');
  await page.fill('#field-successRate', '0.35');
  await page.click('#tab-scenarios');
  await page.fill('#scenario-name', 'Low success 35');
  await page.click('#scenario-save-new');
  const checked = await page.locator('#saved-list input[name="saved-scenario"]:checked').getAttribute('id');
  expect(await page.textContent(`label[for="${checked}"]`)).toBe('Low success 35');

  const after = await download(page);
  expect(after.name).toBe('Low success 35.xlsx');
  expect(after.about).toContain('Scenario: Low success 35');
  await page.context().close();
});

test('the Danish pane exports a Danish workbook', async () => {
  const { page } = await openPane(h, { locale: 'da-DK' });
  await page.selectOption('#lang-select', 'da').catch(() => undefined);
  await page.waitForSelector('#app[data-ready="true"]');
  const d = await download(page);
  expect(d.name).toBe('ikke gemt, baseret på holbaek-ips.xlsx');
  expect(d.sheets).toEqual(['Om', 'Input', 'Model', 'Resultater']);
  await page.context().close();
});
