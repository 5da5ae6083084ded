/**
 * Shared set-up for the browser tests: the built add-in (DSI_DIST or dist/) in Debian's Chromium
 * through playwright-core, with the real office.js (@microsoft/office-js, answered by path for
 * its CDN URL, since office.js loads more files of itself). Outside Office it does what it does on
 * any page: Office.onReady gives host null, and about 3 s after load it frames Microsoft's telemetry
 * proxy (answered here by a blank stand-in page: the tests never reach the network).
 *
 * Two ways to serve the add-in: a local http server (default), or, with `base`, any made-up https
 * origin and path answered from the build folder by path (a production build for that base).
 *
 * Every page is watched for CSP violations, console errors, uncaught errors, failed requests and
 * error responses; requests to anywhere else are aborted and recorded. close() first waits until
 * the harness's own watch page has been open LATE_LOADS_MS (once per suite: office.js's late loads
 * happen seconds after load), then throws if any page showed any of these problems.
 */
import path from 'path';
import fs from 'fs';
import type { AddressInfo } from 'net';
import type { Server } from 'http';
import { chromium, Browser, Page, Route } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- serve.js is CommonJS without types
const { startServer, TYPES } = require('../scripts/serve.js');

export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const OFFICE_JS_URL = `${OFFICE_CDN}office.js`;
export const OFFICE_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
/** office.js's telemetry proxy: framed hidden about 3 s after load (Logger.ulsEndpoint). */
export const TELEMETRY_ORIGIN = 'https://telemetryservice.firstpartyapps.oaspapps.com';
export const LATE_LOADS_MS = 8000;

/**
 * A stand-in for office.js inside Excel, for the wiring test only: host 'Excel', document settings in
 * memory, and an Excel.run whose worksheets record what is written (window.__xl).
 */
export function excelStub(opts: { readyAfterMs?: number; excelApi18?: boolean } = {}): string {
  return `(function () {
  var settings = {}; var saves = 0; var created = [];
  var readyAfterMs = ${opts.readyAfterMs ?? 0}; var api18 = ${opts.excelApi18 ?? true};
  window.__xl = { sheets: [], saves: function () { return saves; }, settings: settings, created: created };
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
  window.Excel = { createWorkbook: function (base64) { created.push(base64); return Promise.resolve(); }, run: function (batch) {
    var ctx = { workbook: { worksheets: { items: items, load: function () {}, add: function (n) { items.push({ name: n }); return sheet(n); } } }, sync: function () { return Promise.resolve(); } };
    return Promise.resolve().then(function () { return batch(ctx); });
  } };
  window.Office = {
    HostType: { Excel: 'Excel' },
    context: { displayLanguage: 'da-DK', requirements: { isSetSupported: function (name, v) { return name === 'ExcelApi' && (api18 || Number(v) < 1.8); } }, document: { settings: {
      get: function (k) { return settings[k]; }, set: function (k, v) { settings[k] = v; },
      saveAsync: function (cb) { saves++; setTimeout(function () { cb({ status: 'succeeded' }); }, 0); }
    } } },
    onReady: function () { return new Promise(function (resolve) { setTimeout(function () { resolve({ host: 'Excel', platform: 'PC' }); }, readyAfterMs); }); }
  };
})();`;
}
export const EXCEL_STUB = excelStub();

export const DIST = path.resolve(process.env.DSI_DIST || 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export type OfficeJs = 'real' | 'unreachable' | 'excel';

export interface Harness {
  browser: Browser;
  server?: Server;
  /** The add-in's base, without the trailing slash: http://127.0.0.1:PORT or e.g. https://addins.example.dk/tools/dsi. */
  base: string;
  dist: string;
  /** Problems seen on any page so far (see PageLog). */
  problems: string[];
  close(): Promise<void>;
}

export interface PageLog {
  /** Requests to anywhere but the add-in, office.js's CDN and office.js's telemetry frame. */
  external: string[];
  /** Requests office.js made for itself (its other files, the telemetry frame). */
  office: string[];
  /** Uncaught errors, with the script they came from when known. */
  errors: { message: string; stack: string }[];
  /** Content-Security-Policy violations reported by the page. */
  csp: string[];
  /** Console errors, failed requests and error responses. */
  problems: string[];
}

function contentType(file: string): string {
  return TYPES[path.extname(file)] || 'application/octet-stream';
}

/** Answers a URL under `prefix` with the file at the same relative path in `dir` (404 if none). */
function fulfillFrom(route: Route, url: string, prefix: string, dir: string) {
  const rel = decodeURIComponent(new URL(url).pathname).slice(new URL(prefix).pathname.length) || 'taskpane.html';
  const file = path.normalize(path.join(dir, rel));
  if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  }
  return route.fulfill({ status: 200, contentType: contentType(file), body: fs.readFileSync(file), headers: { 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' } });
}

export async function startHarness(opts: { base?: string; dist?: string } = {}): Promise<Harness> {
  const dist = path.resolve(opts.dist ?? DIST);
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) {
    throw new Error(`No built task pane in ${dist}: run "npx webpack --mode production" (or set DSI_DIST to a build folder) first`);
  }
  let server: Server | undefined;
  let base: string;
  if (opts.base) {
    base = opts.base.replace(/\/$/, '');
  } else {
    server = await startServer({ port: 0, secure: false, host: '127.0.0.1', root: dist });
    base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const h: Harness = {
    browser,
    server,
    base,
    dist,
    problems: [],
    async close() {
      try {
        const waited = Date.now() - watchOpened;
        // At least 2.5 s more in any case: aborted requests are judged 2 s after they fail.
        await watch.page.waitForTimeout(Math.max(LATE_LOADS_MS - waited, 2500));
        const found = [...h.problems];
        if (!watch.log.office.some((u) => u.startsWith(TELEMETRY_ORIGIN))) {
          found.push(`the watch page saw no office.js telemetry frame within ${LATE_LOADS_MS} ms: is the real office.js loaded?`);
        }
        if (found.length) throw new Error(`problems on the pages of this suite:\n- ${found.join('\n- ')}`);
      } finally {
        await browser.close();
        if (server) await new Promise((r) => server!.close(r));
      }
    },
  };
  // Opened first and kept open to the end: it sees whatever office.js loads seconds after load.
  const watch = await openPane(h);
  const watchOpened = Date.now();
  return h;
}

/** Records uncaught errors, console errors, failed requests and error responses of a page as problems. */
function watchPage(page: Page, log: PageLog, officeJs: OfficeJs, problem: (p: string) => void): void {
  const unreachableOffice = (url: string) => officeJs === 'unreachable' && url.startsWith(OFFICE_CDN);
  page.on('pageerror', (e) => {
    log.errors.push({ message: e.message, stack: e.stack ?? '' });
    problem(`uncaught error: ${e.message}`);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Chromium's own line for the deliberately unreachable office.js.
    if (officeJs === 'unreachable' && /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(m.text())) return;
    problem(`console error: ${m.text()} (${m.location().url})`);
  });
  // A request cut off because the test closed its page (ERR_ABORTED just before 'close') is no failure.
  let closedAt: number | undefined;
  page.on('close', () => (closedAt = Date.now()));
  page.on('requestfailed', (r) => {
    if (unreachableOffice(r.url()) || log.external.includes(r.url())) return;
    const at = Date.now();
    const error = r.failure()?.errorText ?? '';
    const report = () => {
      if (error === 'net::ERR_ABORTED' && closedAt !== undefined && closedAt - at < 2000) return;
      problem(`request failed: ${r.url()} (${error})`);
    };
    if (error === 'net::ERR_ABORTED') setTimeout(report, 2000);
    else report();
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problem(`HTTP ${r.status()}: ${r.url()}`);
  });
}

/** A new page (own context, so own localStorage) with the office.js route and the problem watch. */
export async function openPane(
  h: Harness,
  opts: { locale?: string; officeJs?: OfficeJs; excel?: { readyAfterMs?: number; excelApi18?: boolean }; storage?: Record<string, string>; waitReady?: boolean } = {},
): Promise<{ page: Page; log: PageLog }> {
  const officeJs = opts.officeJs ?? 'real';
  const context = await h.browser.newContext({ locale: opts.locale ?? 'en-GB', viewport: { width: 420, height: 900 } });
  const log: PageLog = { external: [], office: [], errors: [], csp: [], problems: [] };
  const problem = (p: string) => {
    log.problems.push(p);
    h.problems.push(`[${officeJs}] ${p}`);
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      if (officeJs === 'unreachable') return route.abort('internetdisconnected');
      if (officeJs === 'excel') return route.fulfill({ status: 200, contentType: 'text/javascript', body: excelStub(opts.excel) });
      log.office.push(url);
      return fulfillFrom(route, url, OFFICE_CDN, OFFICE_DIST);
    }
    if (url.startsWith(`${TELEMETRY_ORIGIN}/`)) {
      log.office.push(url);
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>telemetry stand-in</title>' });
    }
    if (url.startsWith(h.base + '/')) return h.server ? route.continue() : fulfillFrom(route, url, h.base + '/', h.dist);
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    log.external.push(url);
    problem(`request outside the add-in and office.js (blocked): ${url}`);
    return route.abort('blockedbyclient');
  });
  if (opts.storage) {
    await context.addInitScript((entries: Record<string, string>) => {
      if (sessionStorage.getItem('__seeded')) return;
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
      sessionStorage.setItem('__seeded', '1');
    }, opts.storage);
  }
  await context.exposeBinding('__reportCsp', (_source, v: string) => problem(`CSP violation: ${v}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`;
      (window as any).__csp = (window as any).__csp || [];
      (window as any).__csp.push(v);
      (window as any).__reportCsp(v);
    });
  });
  const page = await context.newPage();
  watchPage(page, log, officeJs, problem);
  await page.goto(`${h.base}/taskpane.html`);
  if (opts.waitReady !== false) await page.waitForSelector('#app[data-ready="true"]');
  return { page, log };
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => ((window as any).__csp as string[] | undefined) ?? []);
}

/** Errors thrown on the page, by either bundle (the task pane's or the functions' chunk). */
export function paneErrors(log: PageLog): { message: string; stack: string }[] {
  return log.errors;
}
