#!/usr/bin/env node
/*
 * Task pane figures: the size of taskpane.js (raw and gzipped) and the time from navigation to the
 * first results on screen in headless Chromium (the page's 'dsi-first-results' performance mark),
 * median of several cold page loads in fresh browser contexts, with the real office.js
 * (@microsoft/office-js, answered by path for its CDN URL). Prints figures; asserts nothing.
 * Usage: node scripts/taskpane-bench.js [runs]   (reads the build in DSI_DIST or dist/)
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { chromium } = require('playwright-core');
const { startServer } = require('./serve');

const DIST = path.resolve(process.env.DSI_DIST || 'dist');
const RUNS = Number(process.argv[2] || 9);
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main() {
  const js = fs.readFileSync(path.join(DIST, 'taskpane.js'));
  const fnFile = path.join(DIST, 'functions.js');
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`taskpane.js: ${kib(js.length)} (${kib(zlib.gzipSync(js, { level: 9 }).length)} gzipped)`);
  if (fs.existsSync(fnFile)) {
    const fn = fs.readFileSync(fnFile);
    console.log(`functions.js (also loaded by the page, shared runtime): ${kib(fn.length)} (${kib(zlib.gzipSync(fn, { level: 9 }).length)} gzipped)`);
  }
  for (const [file, what] of [['mcworker.js', 'the Risk tab\'s Monte Carlo worker, loaded on the first run'], ['taskpane.css', 'stylesheet with the Fluent tokens']]) {
    const f = path.join(DIST, file);
    if (fs.existsSync(f)) {
      const b = fs.readFileSync(f);
      console.log(`${file} (${what}): ${kib(b.length)} (${kib(zlib.gzipSync(b, { level: 9 }).length)} gzipped)`);
    }
  }
  const server = await startServer({ port: 0, secure: false, host: '127.0.0.1', root: DIST });
  const base = `http://127.0.0.1:${server.address().port}`;
  /** office.js answered by path from @microsoft/office-js for its CDN URL; the pane from the server; nothing else. */
  const officeRoute = (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_DIST, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (file.startsWith(OFFICE_DIST + path.sep) && fs.existsSync(file)) return route.fulfill({ status: 200, contentType: 'text/javascript', body: fs.readFileSync(file) });
      return route.fulfill({ status: 404, body: '' });
    }
    if (url.startsWith(base)) return route.continue();
    return route.abort();
  };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext();
      await context.route('**/*', officeRoute);
      const page = await context.newPage();
      await page.goto(`${base}/taskpane.html`);
      await page.waitForSelector('[data-kpi="netSuccesses"]');
      const t = await page.evaluate(() => performance.getEntriesByName('dsi-first-results')[0].startTime);
      if (i > 0) times.push(t); // the first load warms the browser process and the OS file cache
      await context.close();
    }
    await require('./risk-bench').riskBench(browser, base, officeRoute);
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`time to first results (navigation start -> results on screen), ${times.length} runs: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
