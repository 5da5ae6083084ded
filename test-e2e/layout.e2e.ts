/**
 * The pane at Excel's task-pane widths (320 and 350 px), English and Danish, every tab: the page
 * never scrolls sideways, nothing ends outside the pane unless it sits in a scroll container, axe
 * finds no serious or critical violation, and a keyboard-only pass reaches and runs the controls.
 * A screenshot of every tab goes to artifacts/ (look at them). One browser, one page per language.
 */
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { startHarness, openPane, Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  fs.mkdirSync('artifacts', { recursive: true });
});
afterAll(async () => {
  await h?.close();
});

const WIDTHS = [320, 350];
const LOCALES = [['en', 'en-GB'], ['da', 'da-DK']] as const;

async function tabIds(page: Page): Promise<string[]> {
  return page.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.id.replace(/^tab-/, '')));
}

/**
 * Visible elements whose right edge passes the pane's width, leaving out those inside an element
 * that scrolls sideways (overflow-x auto/scroll) and is itself within the pane.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const W = document.documentElement.clientWidth;
    const out: string[] = [];
    const inScroller = (el: Element): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if ((ox === 'auto' || ox === 'scroll' || ox === 'hidden') && p.getBoundingClientRect().right <= W + 0.5) return true;
      }
      return false;
    };
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.closest('[hidden], .sr-only')) continue;
      if (r.right > W + 0.5 && !inScroller(el)) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} right=${Math.round(r.right)} > ${W}`);
      }
    }
    return out.slice(0, 12);
  });
}

/** Chart labels drawn smaller than 11 px on screen (font size times the SVG's scale). */
async function smallChartText(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll<SVGSVGElement>('svg.chart')).flatMap((svg) => {
    const r = svg.getBoundingClientRect();
    if (r.width === 0) return [];
    const scale = r.width / svg.viewBox.baseVal.width;
    return Array.from(svg.querySelectorAll('text'))
      .map((t) => ({ t: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale }))
      .filter((x) => x.px < 11 - 1e-6)
      .slice(0, 3)
      .map((x) => `${svg.id || svg.getAttribute('class')}: "${x.t}" ${x.px.toFixed(1)} px`);
  }));
}

async function axe(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const src = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(src); // by the test driver, not a <script>: the page's CSP stays as it is
  return page.evaluate(async () => (await (window as any).axe.run(document)).violations
    .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')) })));
}

/** A small run on the Risk tab so its results (tables, histogram) are part of the check. */
async function runRisk(page: Page): Promise<void> {
  await page.fill('#risk-draws', '2000');
  await page.click('#risk-run');
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('#panel-risk')!.dataset.running && document.querySelector('#risk-histogram'), undefined, { timeout: 60000 });
}

for (const [lang, locale] of LOCALES) {
  test(`${lang}: every tab fits 320 and 350 px (no sideways scroll, nothing outside the pane), axe clean; screenshots`, async () => {
    const { page } = await openPane(h, { locale });
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await page.setViewportSize({ width: 350, height: 800 });
    const tabs = await tabIds(page);
    expect(tabs.length).toBeGreaterThanOrEqual(7);
    const problems: Record<string, unknown> = {};
    // Two saved scenarios (one with a long name), so the Compare tab shows its table.
    const save = async (name: string, asNew: boolean) => {
      await page.click('#tab-scenarios');
      await page.fill('#scenario-name', name);
      await page.click(asNew ? '#scenario-save-new' : '#scenario-save');
      await page.waitForSelector(`#saved-list >> text=${name}`);
    };
    await save('Holbæk A', false);
    await page.click('#tab-model');
    await page.fill('#field-participants', '240');
    await save('Holbæk B, 240 deltagere og et langt navn', true);
    for (const fund of [false, true]) {
      if (fund) {
        await page.click('#tab-model');
        await page.selectOption('#start-select', 'preset:dsi-fund-25m');
        await page.click('#start-load');
      }
      for (const tab of fund ? ['model', 'risk'] : tabs) {
        await page.click(`#tab-${tab}`);
        if (tab === 'risk') await runRisk(page);
        if (tab === 'compare') for (const box of await page.locator('#compare-picks input[type="checkbox"]').all()) await box.check();
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          // The charts redraw at the new width after a short pause (charts.ts).
          await page.waitForTimeout(250);
          const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          const out = await overflowing(page);
          const name = `${tab}${fund ? '-fund' : ''}-${width}-${lang}`;
          const small = await smallChartText(page);
          if (sideways > 0 || out.length || small.length) problems[name] = { sideways, out, small };
          await page.screenshot({ path: path.join('artifacts', `pane-${name}.png`), fullPage: true });
        }
        const bad = await axe(page);
        if (bad.length) problems[`${tab}${fund ? '-fund' : ''}-axe`] = bad;
      }
    }
    expect(problems).toEqual({});
    await page.context().close();
  });
}

test('keyboard only: reach the tabs, move with the arrow keys, run a simulation, focus always visible', async () => {
  const { page } = await openPane(h, { locale: 'en-GB' });
  await page.setViewportSize({ width: 350, height: 800 });
  const active = () => page.evaluate(() => document.activeElement?.id ?? '');
  // Tab from the top of the page reaches the tab list within a few stops (language, then tabs).
  const stops: string[] = [];
  for (let i = 0; i < 6 && !stops.includes('tab-model'); i++) {
    await page.keyboard.press('Tab');
    stops.push(await active());
  }
  expect(stops).toContain('tab-model');
  // Every stop shows a focus ring (outline not 'none').
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(ring).not.toBe('none');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  expect(await active()).toBe('tab-risk');
  expect(await page.isVisible('#panel-risk')).toBe(true);
  // Into the panel, to the draws box, type, then on to the Run button and press Enter.
  for (let i = 0; i < 80 && (await active()) !== 'risk-draws'; i++) await page.keyboard.press('Tab');
  expect(await active()).toBe('risk-draws');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1000');
  for (let i = 0; i < 5 && (await active()) !== 'risk-run'; i++) await page.keyboard.press('Tab');
  expect(await active()).toBe('risk-run');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /1,000/.test(document.querySelector('#risk-status')?.textContent ?? ''), undefined, { timeout: 60000 });
  expect(await page.locator('#risk-histogram').count()).toBe(1);
  await page.context().close();
});

test('unsaved edits survive a reload, marked as unsaved, until saved', async () => {
  const { page } = await openPane(h, { locale: 'en-GB' });
  expect(await page.isHidden('#summary-state')).toBe(true);
  await page.fill('#field-participants', '200');
  expect(await page.textContent('#summary-state')).toBe('Unsaved edits (kept as a draft)');
  const net = await page.getAttribute('[data-summary="netSuccesses"]', 'data-value');
  // 200 x (1 - 0.1) x (0.4 - 0.24) = 28.8 (holbaek-ips: dropout 0.1, success 0.4, baseline 0.24).
  expect(Number(net)).toBeCloseTo(28.8, 10);
  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]');
  expect(await page.inputValue('#field-participants')).toBe('200');
  expect(await page.textContent('#summary-state')).toBe('Unsaved edits (kept as a draft)');
  expect(await page.getAttribute('[data-summary="netSuccesses"]', 'data-value')).toBe(net);
  // Saved: no longer a draft, and a reload shows the saved values without the mark.
  await page.click('#tab-scenarios');
  await page.fill('#scenario-name', 'Two hundred');
  await page.click('#scenario-save');
  await page.waitForFunction(() => document.querySelector('#summary-state')?.hasAttribute('hidden'));
  await page.reload();
  await page.waitForSelector('#app[data-ready="true"]');
  expect(await page.isHidden('#summary-state')).toBe(true);
  await page.context().close();
});

test('the Monte Carlo runs in the Web Worker (mcworker.js), and the summary stays in view while scrolling the inputs', async () => {
  const { page, log } = await openPane(h, { locale: 'en-GB' });
  await page.setViewportSize({ width: 350, height: 700 });
  await page.focus('#field-gainStat');
  const top = await page.evaluate(() => document.querySelector('#summary')!.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(5);
  await page.click('#tab-risk');
  await page.fill('#risk-draws', '3000');
  await page.click('#risk-run');
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('#panel-risk')!.dataset.running && document.querySelector('#risk-histogram'), undefined, { timeout: 60000 });
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));
  expect(loaded).toContain('mcworker.js');
  expect(log.errors).toEqual([]);
  await page.context().close();
});

test('dark theme (system) and Windows high contrast (forced colors): the Model and Risk tabs stay readable; screenshots', async () => {
  const { page } = await openPane(h, { locale: 'da-DK' });
  await page.setViewportSize({ width: 350, height: 800 });
  const problems: Record<string, unknown> = {};
  for (const mode of ['dark', 'forced'] as const) {
    await page.emulateMedia(mode === 'dark' ? { colorScheme: 'dark', forcedColors: 'none' } : { colorScheme: 'light', forcedColors: 'active' });
    for (const tab of ['model', 'risk']) {
      await page.click(`#tab-${tab}`);
      if (tab === 'risk' && mode === 'dark') await runRisk(page);
      await page.screenshot({ path: path.join('artifacts', `pane-${tab}-350-da-${mode}.png`), fullPage: true });
      const bad = await axe(page);
      if (bad.length) problems[`${tab}-${mode}`] = bad;
    }
  }
  // The dark theme is Fluent's: its neutral background behind the page.
  await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'none' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(41, 41, 41)');
  expect(problems).toEqual({});
  await page.context().close();
});

test('the same seed gives identical results in the worker and, with the worker\'s script blocked, on the page', async () => {
  const figures = async (blockWorker: boolean) => {
    const { page, log } = await openPane(h, { locale: 'en-GB' });
    if (blockWorker) await page.route('**/mcworker.js', (r) => r.abort('blockedbyclient'));
    await page.click('#tab-risk');
    await page.fill('#risk-draws', '4000');
    await page.fill('#risk-seed', '42');
    await page.click('#risk-run');
    await page.waitForFunction(() => /4,000/.test(document.querySelector('#risk-status')?.textContent ?? ''), undefined, { timeout: 60000 });
    const values = await page.locator('#risk-results [data-value]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
    const counts = await page.locator('#risk-histogram-svg rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-count')));
    const workerLoaded = await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/mcworker.js') && (e as PerformanceResourceTiming).responseEnd > 0 && (e as PerformanceResourceTiming).transferSize > 0));
    expect(log.errors).toEqual([]);
    await page.context().close();
    return { values, counts, workerLoaded };
  };
  const inWorker = await figures(false);
  const onPage = await figures(true);
  expect(inWorker.workerLoaded).toBe(true);
  expect(onPage.workerLoaded).toBe(false);
  expect(inWorker.values.length).toBeGreaterThan(40);
  expect(onPage.values).toEqual(inWorker.values);
  expect(onPage.counts).toEqual(inWorker.counts);
});
