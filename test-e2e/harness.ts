/**
 * Shared set-up for the browser tests: serves the built add-in (DSI_DIST or dist/) over http on a
 * free port, starts Debian's Chromium through playwright-core, and answers office.js's CDN URL with
 * a stub. No office.js exists in node_modules (@types/office-js ships only types, and the real
 * library is only on Microsoft's CDN), so the stub does what office.js does on a page opened outside
 * Office: Office.onReady resolves with { host: null, platform: null }. Every other request that
 * leaves the local server is aborted and recorded, so a test can assert the page makes none.
 */
import path from 'path';
import fs from 'fs';
import type { AddressInfo } from 'net';
import type { Server } from 'http';
import { chromium, Browser, Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- serve.js is CommonJS without types
const { startServer } = require('../scripts/serve.js');

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const OFFICE_STUB = `window.Office = {
  HostType: { Excel: 'Excel' },
  context: {},
  onReady: function (cb) {
    var info = { host: null, platform: null };
    if (cb) setTimeout(function () { cb(info); }, 0);
    return Promise.resolve(info);
  }
};`;

/**
 * A stand-in for office.js inside Excel, for the wiring test only: host 'Excel', document settings in
 * memory, and an Excel.run whose worksheets record what is written (window.__xl).
 */
export const EXCEL_STUB = `(function () {
  var settings = {}; var saves = 0;
  window.__xl = { sheets: [], saves: function () { return saves; }, settings: settings };
  function sheet(name) {
    var rec = { name: name, ranges: [], charts: [], activated: false };
    window.__xl.sheets.push(rec);
    return {
      getRange: function (a) { var r = { address: a }; rec.ranges.push(r); return r; },
      charts: { add: function (type, src, by) { var c = { type: type, source: src.address, title: {}, setPosition: function (a, b) { c.at = [a, b]; } }; rec.charts.push(c); return c; } },
      activate: function () { rec.activated = true; }
    };
  }
  var items = [{ name: 'Sheet1' }];
  window.Excel = { run: function (batch) {
    var ctx = { workbook: { worksheets: { items: items, load: function () {}, add: function (n) { items.push({ name: n }); return sheet(n); } } }, sync: function () { return Promise.resolve(); } };
    return Promise.resolve().then(function () { return batch(ctx); });
  } };
  window.Office = {
    HostType: { Excel: 'Excel' },
    context: { displayLanguage: 'da-DK', document: { settings: {
      get: function (k) { return settings[k]; }, set: function (k, v) { settings[k] = v; },
      saveAsync: function (cb) { saves++; setTimeout(function () { cb({ status: 'succeeded' }); }, 0); }
    } } },
    onReady: function () { return Promise.resolve({ host: 'Excel', platform: 'PC' }); }
  };
})();`;

export const DIST = path.resolve(process.env.DSI_DIST || 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Harness {
  browser: Browser;
  server: Server;
  base: string;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    throw new Error(`No built task pane in ${DIST}: run "npx webpack --mode production" (or set DSI_DIST to a build folder) first`);
  }
  const server: Server = await startServer({ port: 0, secure: false, host: '127.0.0.1', root: DIST });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    browser,
    server,
    base: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

export interface PageLog {
  /** Requests to anywhere but the local server and office.js's URL. */
  external: string[];
  /** Uncaught errors, with the script they came from when known. */
  errors: { message: string; stack: string }[];
  /** Content-Security-Policy violations reported by the page. */
  csp: string[];
}

/** A new page (own context, so own localStorage) with the office.js route and a request log. */
export async function openPane(h: Harness, opts: { locale?: string; officeJs?: 'stub' | 'unreachable' | 'excel'; storage?: Record<string, string> } = {}): Promise<{ page: Page; log: PageLog }> {
  const context = await h.browser.newContext({ locale: opts.locale ?? 'en-GB', viewport: { width: 420, height: 900 } });
  const log: PageLog = { external: [], errors: [], csp: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      if (opts.officeJs === 'unreachable') return route.abort('internetdisconnected');
      if (opts.officeJs === 'excel') return route.fulfill({ status: 200, contentType: 'text/javascript', body: EXCEL_STUB });
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB });
    }
    if (url.startsWith(h.base + '/') || url.startsWith('data:')) return route.continue();
    log.external.push(url);
    return route.abort('blockedbyclient');
  });
  if (opts.storage) {
    await context.addInitScript((entries: Record<string, string>) => {
      if (sessionStorage.getItem('__seeded')) return;
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
      sessionStorage.setItem('__seeded', '1');
    }, opts.storage);
  }
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__csp = (window as any).__csp || [];
      (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => log.errors.push({ message: e.message, stack: e.stack ?? '' }));
  await page.goto(`${h.base}/taskpane.html`);
  await page.waitForSelector('#app[data-ready="true"]');
  return { page, log };
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => ((window as any).__csp as string[] | undefined) ?? []);
}

/** Errors thrown on the page, by either bundle (the task pane's or the functions' chunk). */
export function paneErrors(log: PageLog): { message: string; stack: string }[] {
  return log.errors;
}
