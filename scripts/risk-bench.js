/*
 * Risk tab figures in headless Chromium (issue 12), printed, never asserted: the time from pressing
 * Run to a million case draws' results on screen (the Monte Carlo runs in a Web Worker), and how
 * long a key press waits for the page during such a run (event time stamp to handler).
 * Called by scripts/taskpane-bench.js with its browser and server.
 */
async function runMillion(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const status = document.querySelector('#risk-status');
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      if (document.querySelector('#risk-histogram') && !document.querySelector('#panel-risk').dataset.running) {
        obs.disconnect();
        resolve(performance.now() - t0);
      }
    });
    obs.observe(document.querySelector('#panel-risk'), { childList: true, subtree: true, characterData: true, attributes: true });
    void status;
    document.querySelector('#risk-run').click();
  }));
}

async function riskBench(browser, base, route) {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
  await context.route('**/*', route);
  const page = await context.newPage();
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector('#app[data-ready="true"]');
  await page.click('#tab-risk');
  await page.fill('#risk-draws', '1000000');
  await page.fill('#risk-seed', '1');
  const times = [];
  for (let i = 0; i < 3; i++) times.push(await runMillion(page));
  console.log(`Risk tab, 1,000,000 case draws, Run -> results on screen (Web Worker): best ${Math.min(...times).toFixed(0)} ms of 3 (${times.map((t) => t.toFixed(0)).join(', ')} ms)`);

  // Key presses during a run: the page's own measure (handler time - event time stamp).
  await page.evaluate(() => {
    window.__lat = [];
    document.querySelector('#risk-seed').addEventListener('keydown', (e) => window.__lat.push(performance.now() - e.timeStamp));
  });
  await page.evaluate(() => document.querySelector('#risk-run').click());
  await page.focus('#risk-seed');
  const wall = [];
  for (let i = 0; i < 40; i++) {
    const running = await page.evaluate(() => !!document.querySelector('#panel-risk').dataset.running);
    if (!running && i > 0) break;
    const t = Date.now();
    await page.keyboard.press('End');
    wall.push(Date.now() - t);
    await page.waitForTimeout(25);
  }
  const lat = await page.evaluate(() => window.__lat);
  await page.waitForFunction(() => !document.querySelector('#panel-risk').dataset.running, undefined, { timeout: 60000 });
  const max = (xs) => (xs.length ? Math.max(...xs) : NaN);
  console.log(`key presses during a 1,000,000-draw run: ${lat.length}, event -> handler max ${max(lat).toFixed(1)} ms; round trip from the test driver max ${max(wall)} ms`);
  await context.close();
}

module.exports = { riskBench };
