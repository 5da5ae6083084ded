/**
 * The built task pane in headless Chromium, standalone (office.js stubbed: host null). Figures are
 * compared with the model called here directly (exact, through data-value) and with MODEL.md's
 * published figures (to their printed precision).
 */
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { startHarness, openPane, cspViolations, paneErrors, Harness } from './harness';
import { run, caseModel, fundModel, ACTORS_AND_TOTAL, CALIBRATION_CAVEAT, caseParamMeta, ruleText, isDomainError, findPreset, PRESETS } from '../src/model';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const dataValue = (page: Page, sel: string) => page.getAttribute(sel, 'data-value');
const text = async (page: Page, sel: string) => ((await page.textContent(sel)) ?? '').trim();
/** Waits (up to 5 s) for an element's text to become `expected`, then returns the text found. */
async function settled(page: Page, sel: string, expected: string): Promise<string> {
  await page.waitForFunction(([s, e]) => document.querySelector(s)?.textContent?.trim() === e, [sel, expected] as const, { timeout: 5000 }).catch(() => undefined);
  return text(page, sel);
}

async function loadPreset(page: Page, value: string): Promise<void> {
  await page.click('#tab-model');
  await page.selectOption('#start-select', value);
  await page.click('#start-load');
}

/** The displayed number in a KPI/table cell ("8.15", "8,15", "1,836.3", "1.836,3") as a JS number. */
function shownNumber(s: string, lang: 'en' | 'da'): number {
  const t = lang === 'en' ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  return Number(t.replace(/[^\d.\-−]/g, '').replace('−', '-'));
}

async function caseFigures(page: Page) {
  const out: Record<string, { be: string | null; pv: string | null; bcr: string | null; pvText: string }> = {};
  for (const a of ACTORS_AND_TOTAL) {
    out[a] = {
      be: await dataValue(page, `#actor-table tr[data-actor="${a}"] [data-kpi="breakEven"]`),
      pv: await dataValue(page, `#actor-table tr[data-actor="${a}"] [data-kpi="netValue"]`),
      bcr: await dataValue(page, `#actor-table tr[data-actor="${a}"] [data-kpi="bcr"]`),
      pvText: await text(page, `#actor-table tr[data-actor="${a}"] [data-kpi="netValue"]`),
    };
  }
  return out;
}

test('holbaek-ips on load: KPIs equal the model and MODEL.md, caveat and chart shown, no network, no CSP breach', async () => {
  const { page, log } = await openPane(h);
  const model = run(caseModel, [{ preset: 'holbaek-ips' }]).result;
  expect(await dataValue(page, '[data-kpi="netSuccesses"]')).toBe(String(model.netSuccesses));
  expect(await text(page, '[data-kpi="netSuccesses"]')).toBe('25.92'); // MODEL.md: S = 25.92
  const f = await caseFigures(page);
  for (const a of ACTORS_AND_TOTAL) {
    const m = model.actors[a];
    expect(f[a].be).toBe(String(m.breakEvenYear));
    expect(f[a].pv).toBe(String(m.presentValue));
    expect(f[a].bcr).toBe(String(m.benefitCostRatio));
    expect(Math.abs(shownNumber(f[a].pvText, 'en') - m.presentValue / 1e6)).toBeLessThanOrEqual(0.005);
  }
  // MODEL.md section 1: break-even year 4; 8.15m total; 3.14m / 1.09m / 3.93m by actor.
  expect(f.kommune.be).toBe('4');
  expect(await text(page, 'tr[data-actor="kommune"] [data-kpi="breakEven"]')).toBe('4 (2027)');
  const published: Record<string, string> = { total: '8.15', kommune: '3.14', region: '1.09', stat: '3.93' };
  for (const [a, v] of Object.entries(published)) expect(f[a].pvText).toBe(v);
  expect(await text(page, '#caveat')).toContain(CALIBRATION_CAVEAT.en);
  // Chart: one line per actor and total, one point per year; the yearly table has H rows.
  expect(await page.locator('#chart-cumulative polyline').count()).toBe(4);
  expect(await page.locator('#chart-cumulative circle').count()).toBe(4 * 6);
  const cumTotal = await page.locator('#yearly-table tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[8].getAttribute('data-value')));
  expect(cumTotal).toEqual(model.actors.total.cumulative.map(String));
  // Sheet actions are there but disabled, with the reason.
  await page.click('#tab-excel');
  expect(await page.isDisabled('#insert-live')).toBe(true);
  expect(await page.isDisabled('#insert-chart')).toBe(true);
  expect(await text(page, '#excel-only')).toMatch(/need Excel/);
  expect(await text(page, '#host-note')).toMatch(/browser/);
  expect(log.external).toEqual([]);
  // Both bundles on the page (functions.js and taskpane.js): no CSP violation, no uncaught error.
  expect(await cspViolations(page)).toEqual([]);
  expect(paneErrors(log)).toEqual([]);
  await page.context().close();
});

test('low and high scenarios and the fund preset give the model\'s and the report\'s figures', async () => {
  const { page, log } = await openPane(h);
  await loadPreset(page, 'preset:holbaek-ips-low');
  expect(await dataValue(page, 'tr[data-actor="kommune"] [data-kpi="breakEven"]')).toBe('null');
  expect(await text(page, 'tr[data-actor="kommune"] [data-kpi="breakEven"]')).toBe('not within 6 years');
  await loadPreset(page, 'preset:holbaek-ips-high');
  expect(await dataValue(page, 'tr[data-actor="kommune"] [data-kpi="breakEven"]')).toBe('3');

  await loadPreset(page, 'preset:dsi-fund-25m');
  const m = run(fundModel, [{ preset: 'dsi-fund-25m' }]).result;
  const kpis: Record<string, number | null> = {
    totalInvested: m.totalInvested, peopleInitial: m.peopleHelped[0], cumulativePeople: m.cumulativePeople[5],
    employed: m.employed, partnerships: m.partnerships, outstanding: m.outstanding, keptCash: m.keptCash, vintageIrr: m.vintageIrr,
  };
  for (const [k, v] of Object.entries(kpis)) expect(await dataValue(page, `[data-kpi="${k}"]`)).toBe(String(v));
  // MODEL.md section 2, to the precision printed there.
  expect(await text(page, '[data-kpi="peopleInitial"]')).toBe('652.2');
  expect(await text(page, '[data-kpi="totalInvested"]')).toBe('70.38');
  expect(await text(page, '[data-kpi="employed"]')).toBe('734.4');
  expect(await text(page, '[data-kpi="partnerships"]')).toBe('17.6');
  expect(await text(page, '[data-kpi="vintageIrr"]')).toBe('4.85 %');
  const bars = await page.locator('#chart-people rect').evaluateAll((rs) => rs.map((r) => Math.round(Number(r.getAttribute('data-value')))));
  expect(bars).toEqual([652, 802, 987, 1214, 1493, 1836]);
  const invested = await page.locator('#chart-invested rect').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-value')).toFixed(2)));
  expect(invested).toEqual(['25.00', '5.75', '7.07', '8.70', '10.70', '13.16']);
  expect(await page.locator('#yearly-table tbody tr').count()).toBe(6);
  expect(await text(page, '#caveat')).toContain(findPreset('dsi-fund-25m')!.caveat!.en);
  expect(paneErrors(log)).toEqual([]);
  await page.context().close();
});

function modelMessage(values: Record<string, unknown>): string {
  try {
    run(caseModel, [{ preset: 'holbaek-ips' }, { values }]);
  } catch (e) {
    if (isDomainError(e)) return e.message;
  }
  throw new Error('expected the model to reject the values');
}

test('an invalid value shows the model\'s message at the field and keeps the last valid results', async () => {
  const { page } = await openPane(h);
  const before = await caseFigures(page);
  const nsBefore = await dataValue(page, '[data-kpi="netSuccesses"]');
  await page.fill('#field-successRate', '1.4');
  const msg = modelMessage({ successRate: 1.4 });
  expect(msg).toMatch(/successRate/);
  await expect(text(page, '#field-successRate-error')).resolves.toBe(msg);
  expect(await page.getAttribute('#field-successRate', 'aria-invalid')).toBe('true');
  expect(await page.getAttribute('#field-successRate', 'aria-describedby')).toContain('field-successRate-error');
  expect(await page.isVisible('#stale-notice')).toBe(true);
  expect(await caseFigures(page)).toEqual(before);
  expect(await dataValue(page, '[data-kpi="netSuccesses"]')).toBe(nsBefore);

  // Text in a number field: the model's own "not text" message.
  await page.fill('#field-successRate', 'abc');
  await expect(text(page, '#field-successRate-error')).resolves.toBe(modelMessage({ successRate: 'abc' }));

  // A cross-field rule (profile sums to 0.9) is reported at the vector.
  await page.fill('#field-successRate', '0.5');
  const valid = await caseFigures(page);
  expect(valid).not.toEqual(before);
  await page.fill('#field-costProfile-2', '0.3');
  await expect(text(page, '#field-costProfile-error')).resolves.toBe(modelMessage({ successRate: 0.5, costProfile: [0.6, 0.3] }));
  expect(await page.getAttribute('#field-costProfile-2', 'aria-invalid')).toBe('true');
  expect(await caseFigures(page)).toEqual(valid);

  // Fixing it recomputes: the figures now equal the model at successRate 0.5.
  // The English pane reads English notation: a decimal comma is refused with a hint at the field.
  await page.fill('#field-costProfile-2', '0,4');
  await expect(text(page, '#field-costProfile-error')).resolves.toBe("costProfile value 2 must be a number, not text (got '0,4'); in English notation the decimal mark is a point: write 0.4");
  expect(await caseFigures(page)).toEqual(valid);
  await page.fill('#field-costProfile-2', '0.4');
  const m = run(caseModel, [{ preset: 'holbaek-ips' }, { values: { successRate: 0.5 } }]).result;
  expect(await page.isHidden('#field-costProfile-error')).toBe(true);
  expect(await page.isHidden('#stale-notice')).toBe(true);
  expect(await dataValue(page, '[data-kpi="netSuccesses"]')).toBe(String(m.netSuccesses));
  expect(await dataValue(page, 'tr[data-actor="total"] [data-kpi="netValue"]')).toBe(String(m.actors.total.presentValue));
  await page.context().close();
});

test('scenarios: save, reload, rename, duplicate, delete; a hostile name is shown as text', async () => {
  const { page, log } = await openPane(h);
  const context = page.context();
  await page.fill('#field-successRate', '0.45');
  await page.click('#tab-scenarios');
  await page.fill('#scenario-name', 'Holbæk 45 %');
  await page.click('#scenario-save');
  await expect(text(page, '#scenario-status')).resolves.toBe('Saved "Holbæk 45 %".');

  const evil = '<img src=x onerror="window.__xss=1">';
  await page.click('#tab-model');
  await page.fill('#field-successRate', '0.3');
  await page.click('#tab-scenarios');
  await page.fill('#scenario-name', evil);
  await page.click('#scenario-save-new');

  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]');
  await page.click('#tab-scenarios');
  const names = () => page.locator('.scenario-label').allTextContents();
  expect(await names()).toEqual(['Holbæk 45 %', evil]);
  expect(await page.locator('#saved-list img').count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();

  // Open the first: its value comes back into the editor and the results.
  await page.check('#saved-0');
  await page.click('#scenario-open');
  await page.click('#tab-model');
  expect(await page.inputValue('#field-successRate')).toBe('0.45');
  const m = run(caseModel, [{ preset: 'holbaek-ips' }, { values: { successRate: 0.45 } }]).result;
  expect(await dataValue(page, '[data-kpi="netSuccesses"]')).toBe(String(m.netSuccesses));

  // Compare the two saved scenarios side by side; the hostile name is a column header, as text.
  await page.click('#tab-compare');
  await page.uncheck('#compare-pick-0');
  await page.check('#compare-pick-1');
  await page.check('#compare-pick-2');
  const heads = await page.locator('#compare-table thead th').allTextContents();
  expect(heads.slice(1)).toEqual(['Holbæk 45 %', evil]);
  const m30 = run(caseModel, [{ preset: 'holbaek-ips' }, { values: { successRate: 0.3 } }]).result;
  const nsRow = await page.locator('#compare-table tbody tr').first().locator('td').allTextContents();
  expect(nsRow).toEqual([m.netSuccesses.toFixed(2), m30.netSuccesses.toFixed(2)]);

  await page.click('#tab-scenarios');
  await page.check('#saved-1');
  await page.fill('#rename-input', 'Low uptake');
  await page.click('#scenario-rename');
  await page.check('#saved-0');
  await page.click('#scenario-duplicate');
  expect(await names()).toEqual(['Holbæk 45 %', 'Low uptake', 'Holbæk 45 % (copy)']);
  await page.check('#saved-0');
  await page.click('#scenario-delete');
  expect(await names()).toHaveLength(3); // first press only asks
  await page.click('#scenario-delete');
  expect(await names()).toEqual(['Low uptake', 'Holbæk 45 % (copy)']);

  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]');
  await page.click('#tab-scenarios');
  expect(await names()).toEqual(['Low uptake', 'Holbæk 45 % (copy)']);
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('dsi.taskpane.scenarios')))!);
  expect(stored.format).toBe('dsi-taskpane-scenarios');
  expect(stored.version).toBe(1);
  expect(stored.scenarios.map((s: any) => s.values.successRate)).toEqual([0.3, 0.45]);
  expect(paneErrors(log)).toEqual([]);
  await context.close();
});

test.each([
  ['corrupt', '{"format": "dsi-taskpane-scenarios", "version": 1, "scenarios": [', /could not be read: not valid JSON/],
  ['newer', JSON.stringify({ format: 'dsi-taskpane-scenarios', version: 99, scenarios: [{ future: true }] }), /newer version.*format version 99/],
  ['foreign', JSON.stringify([1, 2, 3]), /not written by this add-in/],
])('%s saved data: a clear message, saving refused, the data left exactly as it was', async (_kind, raw, message) => {
  const { page } = await openPane(h, { storage: { 'dsi.taskpane.scenarios': raw } });
  await page.click('#tab-scenarios');
  expect(await text(page, '#store-problem')).toMatch(message);
  expect(await page.inputValue('#store-raw')).toBe(raw);
  expect(await page.isDisabled('#scenario-save')).toBe(true);
  await page.fill('#scenario-name', 'Anything');
  await page.evaluate(() => (document.getElementById('scenario-save-new') as HTMLButtonElement).click()); // even if forced
  expect(await page.evaluate(() => localStorage.getItem('dsi.taskpane.scenarios'))).toBe(raw);
  // The calculator still works.
  await loadPreset(page, 'preset:holbaek-ips-high');
  expect(await dataValue(page, 'tr[data-actor="kommune"] [data-kpi="breakEven"]')).toBe('3');
  await page.context().close();
});

test('Danish: follows the browser language, switchable, labels and rules from the zod metadata', async () => {
  const { page } = await openPane(h, { locale: 'da-DK' });
  const meta = caseParamMeta.find((m) => m.key === 'successRate')!;
  expect(await page.getAttribute('html', 'lang')).toBe('da');
  expect(await text(page, 'label[for="field-successRate"]')).toBe(`${meta.label.da} (${meta.unit.da})`);
  expect(await text(page, '#field-successRate-help')).toContain(ruleText(meta, 'da'));
  expect(await text(page, '#caveat')).toContain(CALIBRATION_CAVEAT.da);
  expect(await text(page, 'tr[data-actor="total"] [data-kpi="netValue"]')).toBe('8,15');
  expect(await text(page, 'tr[data-actor="kommune"] [data-kpi="breakEven"]')).toBe('4 (2027)');
  await page.selectOption('#lang-select', 'en');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await text(page, 'label[for="field-successRate"]')).toBe(`${meta.label.en} (${meta.unit.en})`);
  expect(await text(page, '#field-successRate-help')).toContain(ruleText(meta, 'en'));
  expect(await text(page, 'tr[data-actor="total"] [data-kpi="netValue"]')).toBe('8.15');
  // Focus stays on the language control after the switch.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang-select');
  await page.selectOption('#lang-select', 'da');
  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]');
  expect(await page.getAttribute('html', 'lang')).toBe('da');
  expect(await text(page, '#tab-scenarios')).toBe('Scenarier');
  await page.context().close();
});

test('keyboard only: choose the fund preset and run it; tabs by arrow keys; focus is visible', async () => {
  const { page } = await openPane(h);
  const active = () => page.evaluate(() => document.activeElement?.id ?? '');
  let guard = 0;
  while ((await active()) !== 'start-select' && guard++ < 30) await page.keyboard.press('Tab');
  expect(await active()).toBe('start-select');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  // From holbaek-ips, the first option: the other case presets, blank case, then dsi-fund-25m.
  const casePresets = PRESETS.filter((p) => p.kind === 'case').length;
  for (let i = 0; i < casePresets + 1; i++) await page.keyboard.press('ArrowDown');
  expect(await page.inputValue('#start-select')).toBe('preset:dsi-fund-25m');
  await page.keyboard.press('Tab');
  expect(await active()).toBe('start-load');
  await page.keyboard.press('Enter');
  const m = run(fundModel, [{ preset: 'dsi-fund-25m' }]).result;
  expect(await dataValue(page, '[data-kpi="totalInvested"]')).toBe(String(m.totalInvested));
  // Tab list: arrow keys move between tabs.
  await page.focus('#tab-model');
  await page.keyboard.press('ArrowRight');
  expect(await active()).toBe('tab-scenarios');
  expect(await page.isVisible('#panel-scenarios')).toBe(true);
  await page.keyboard.press('End');
  const lastTab = await page.locator('[role="tab"]').last().getAttribute('id');
  expect(await active()).toBe(lastTab);
  await page.keyboard.press('Home');
  expect(await active()).toBe('tab-model');
  await page.context().close();
});

async function axe(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  const src = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(src); // evaluated by the test driver, not a <script>: the page's CSP stays as it is
  const r = await page.evaluate(async () => (await (window as any).axe.run(document)).violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })));
  return r;
}

test('axe: no serious or critical violations on any tab, in both languages', async () => {
  for (const locale of ['en-GB', 'da-DK']) {
    const { page } = await openPane(h, { locale });
    for (const tab of ['model', 'scenarios', 'compare', 'excel']) {
      await page.click(`#tab-${tab}`);
      const bad = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect({ locale, tab, bad }).toEqual({ locale, tab, bad: [] });
    }
    // Also with a field in error.
    await page.click('#tab-model');
    await page.fill('#field-participants', '-1');
    const bad = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad).toEqual([]);
    await page.context().close();
  }
});

test('without office.js (offline) the page still works as a calculator; screenshot', async () => {
  const { page, log } = await openPane(h, { officeJs: 'unreachable' });
  const model = run(caseModel, [{ preset: 'holbaek-ips' }]).result;
  expect(await dataValue(page, 'tr[data-actor="total"] [data-kpi="netValue"]')).toBe(String(model.actors.total.presentValue));
  expect(paneErrors(log)).toEqual([]);
  await page.context().close();

  const shot = await openPane(h);
  fs.mkdirSync('artifacts', { recursive: true });
  await shot.page.screenshot({ path: path.join('artifacts', 'taskpane.png'), fullPage: true });
  await loadPreset(shot.page, 'preset:dsi-fund-25m');
  await shot.page.screenshot({ path: path.join('artifacts', 'taskpane-fund.png'), fullPage: true });
  expect(fs.statSync(path.join('artifacts', 'taskpane.png')).size).toBeGreaterThan(10000);
  await shot.page.context().close();
});

test('inside Excel (office.js stand-in): Danish from Office, scenarios in the workbook settings, sheet actions write', async () => {
  const { page, log } = await openPane(h, { officeJs: 'excel', locale: 'en-GB' });
  // Office's display language (da-DK) wins over the browser's (en-GB).
  expect(await page.getAttribute('html', 'lang')).toBe('da');
  expect(await text(page, '#host-note')).toMatch(/Excel/);
  await page.click('#tab-scenarios');
  expect(await text(page, '#store-note')).toMatch(/projektmappe/);
  await page.fill('#scenario-name', 'I projektmappen');
  await page.click('#scenario-save');
  expect(await settled(page, '#scenario-status', 'Gemt "I projektmappen".')).toBe('Gemt "I projektmappen".');
  const st = await page.evaluate(() => ({ saves: (window as any).__xl.saves(), doc: (window as any).__xl.settings['dsi.taskpane.scenarios'], ls: localStorage.getItem('dsi.taskpane.scenarios') }));
  expect(st.saves).toBe(1);
  expect(JSON.parse(st.doc).scenarios[0].name).toBe('I projektmappen');
  expect(st.ls).toBeNull(); // in Excel, the workbook, not the browser, holds them

  await page.click('#tab-excel');
  expect(await page.isEnabled('#insert-live')).toBe(true);
  await page.click('#insert-live');
  expect(await settled(page, '#excel-status', 'Skrevet til arket "DSI I projektmappen".')).toBe('Skrevet til arket "DSI I projektmappen".');
  await page.click('#insert-chart');
  expect(await settled(page, '#excel-status', 'Skrevet til arket "DSI I projektmappen (2)".')).toBe('Skrevet til arket "DSI I projektmappen (2)".');
  const sheets = await page.evaluate(() => (window as any).__xl.sheets.map((s: any) => ({ name: s.name, ranges: s.ranges, charts: s.charts.map((c: any) => ({ type: c.type, source: c.source })), activated: s.activated })));
  expect(sheets.map((s: any) => s.name)).toEqual(['DSI I projektmappen', 'DSI I projektmappen (2)']);
  const live = sheets[0];
  expect(live.ranges.find((r: any) => r.address === 'B24:D27').formulas[0]).toEqual(['=DSI.BREAKEVEN($A$1:$E$19,"kommune")', '=DSI.NETVALUE($A$1:$E$19,"kommune")', '=DSI.BCR($A$1:$E$19,"kommune")']);
  expect(live.ranges.find((r: any) => r.address === 'A1:E19').values[10]).toEqual(['baselineRate', 0.24, '', '', '']);
  expect(sheets[1].charts).toEqual([{ type: 'Line', source: 'A12:E18' }]);
  expect(paneErrors(log)).toEqual([]);
  await page.context().close();
});
