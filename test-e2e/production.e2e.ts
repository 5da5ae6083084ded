/**
 * A production build for a made-up sub-path base, https://addins.example.dk/tools/dsi/, served from
 * that very origin and path (answered from the build folder) in headless Chromium with the real
 * office.js: its files, its zip, the pane's results, the export from the sub-path, and (with the
 * Excel stand-in) the createWorkbook path and the start-up while Excel is slow. The harness fails
 * the suite on any CSP violation, console error or failed request.
 * Builds once here, or uses DSI_PROD_DIST (a build made for the same base).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { startHarness, openPane, cspViolations, Harness, OFFICE_JS_URL, TELEMETRY_ORIGIN } from './harness';
import { run, caseModel, ACTORS_AND_TOTAL } from '../src/model';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS without types
const { checkManifest } = require('../scripts/check-manifest.js');

const BASE = 'https://addins.example.dk/tools/dsi/';
const ROOT = path.join(__dirname, '..');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

let temp: string;
let site: string;
let h: Harness;

beforeAll(async () => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'dsi-prod-'));
  site = process.env.DSI_PROD_DIST ? path.resolve(process.env.DSI_PROD_DIST) : path.join(temp, 'site');
  if (!process.env.DSI_PROD_DIST) {
    const r = spawnSync(path.join(ROOT, 'node_modules/.bin/webpack'), ['--mode', 'production', '--output-path', site], {
      cwd: ROOT, env: { ...process.env, DSI_PUBLIC_URL: BASE }, encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`the production build failed:\n${r.stdout}\n${r.stderr}`);
  }
  h = await startHarness({ base: BASE, dist: site });
}, 400_000);

afterAll(async () => {
  await h?.close();
  fs.rmSync(temp, { recursive: true, force: true });
});

function filesUnder(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? filesUnder(dir, r) : [r];
  });
}
const read = (rel: string) => fs.readFileSync(path.join(site, rel), 'utf8');
const text = async (page: Page, sel: string) => ((await page.textContent(sel)) ?? '').trim();
/** Values of an attribute in (possibly minified, unquoted) HTML. */
const attrs = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'g'))].map((m) => m[1] ?? m[2] ?? m[3]);

describe('the files of the build', () => {
  test('no file names localhost', () => {
    const files = filesUnder(site);
    expect(files).toEqual(expect.arrayContaining(['manifest.xml', 'functions.json', 'functions-da.json', 'help.html', 'taskpane.html', 'taskpane.js', 'functions.js', 'startup-check.js']));
    for (const f of files) expect([f, /localhost/i.test(fs.readFileSync(path.join(site, f)).toString('latin1'))]).toEqual([f, false]);
  });

  test('manifest: every URL under the base, AppDomains the origin, Version from package.json, and our offline check passes', async () => {
    const xml = read('manifest.xml');
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) expect(u.startsWith(BASE)).toBe(true);
    expect([...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual(['https://addins.example.dk']);
    expect(xml).toContain(`<Version>${version}.0</Version>`);
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(await checkManifest(path.join(site, 'manifest.xml'), site)).toEqual([]);
  });

  test('functions.json and functions-da.json: each helpUrl is the base\'s help page at an anchor the page has', () => {
    const anchors = new Set(attrs(read('help.html'), 'id'));
    for (const file of ['functions.json', 'functions-da.json']) {
      const fns = JSON.parse(read(file)).functions as { id: string; helpUrl: string }[];
      expect(fns.length).toBeGreaterThanOrEqual(16);
      for (const f of fns) {
        expect(f.helpUrl).toBe(`${BASE}help.html#${f.id}`);
        expect(anchors.has(f.id)).toBe(true);
      }
    }
  });

  test('the pages link only relatively (so any folder works), except office.js from its CDN', () => {
    for (const page of ['taskpane.html', 'help.html']) {
      const links = [...attrs(read(page), 'src'), ...attrs(read(page), 'href')];
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) {
        if (l === OFFICE_JS_URL) continue;
        expect([page, l, /^([a-z]+:|\/)/i.test(l)]).toEqual([page, l, false]);
      }
    }
  });
});

test('npm run package: the zip holds exactly the site, byte for byte', async () => {
  const out = path.join(temp, `dsi-addin-${version}.zip`);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/package.js'), '--dist', site, '--out', out], { env: { ...process.env, DSI_PUBLIC_URL: BASE }, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const entries = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
  expect(entries).toEqual(filesUnder(site).sort());
  for (const name of ['manifest.xml', 'taskpane.html', 'functions.json']) {
    expect(Buffer.from(await zip.file(name)!.async('uint8array')).equals(fs.readFileSync(path.join(site, name)))).toBe(true);
  }
  // A measurement for the report, not a limit.
  console.log(`dsi-addin-${version}.zip: ${fs.statSync(out).size} bytes (${entries.length} files, ${filesUnder(site).reduce((a, f) => a + fs.statSync(path.join(site, f)).size, 0)} bytes unpacked)`);

  const wrongBase = spawnSync(process.execPath, [path.join(ROOT, 'scripts/package.js'), '--dist', site, '--out', out], { env: { ...process.env, DSI_PUBLIC_URL: 'https://other.example/' }, encoding: 'utf8' });
  expect(wrongBase.status).toBe(2);
  expect(wrongBase.stderr).toMatch(/was not built for https:\/\/other\.example\//);
});

test('served from the sub-path with the real office.js: the Holbæk results, office.js\'s own loads only, no CSP violation', async () => {
  const { page, log } = await openPane(h);
  expect(page.url()).toBe(`${BASE}taskpane.html`);
  const model = run(caseModel, [{ preset: 'holbaek-ips' }]).result;
  // MODEL.md section 1: the municipality breaks even in year 4 (2027); 8.15m in total.
  expect(await text(page, 'tr[data-actor="kommune"] [data-kpi="breakEven"]')).toBe('4 (2027)');
  expect(await text(page, 'tr[data-actor="total"] [data-kpi="netValue"]')).toBe('8.15');
  for (const a of ACTORS_AND_TOTAL) {
    expect(await page.getAttribute(`#actor-table tr[data-actor="${a}"] [data-kpi="netValue"]`, 'data-value')).toBe(String(model.actors[a].presentValue));
  }
  expect(await text(page, '#host-note')).toMatch(/browser/);
  // office.js fetched its second file from the CDN path; its telemetry frame comes about 3 s later.
  expect(log.office).toEqual(expect.arrayContaining([OFFICE_JS_URL]));
  expect(log.office.some((u) => u.endsWith('/o15apptofilemappingtable.js'))).toBe(true);
  await page.waitForTimeout(5000);
  expect(log.office.some((u) => u.startsWith(TELEMETRY_ORIGIN))).toBe(true);
  expect(log.external).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  expect(log.problems).toEqual([]);
  await page.context().close();
});

test('the export from the sub-path loads its lazy chunk there and downloads the workbook; the help page has its stylesheet', async () => {
  const { page, log } = await openPane(h);
  await page.click('#tab-export');
  const download = page.waitForEvent('download');
  await page.click('#export-download');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = fs.readFileSync((await file.path())!);
  const zip = await JSZip.loadAsync(bytes);
  expect(zip.file('xl/workbook.xml')).not.toBeNull();
  expect(await text(page, '#export-status')).toBe(`Downloaded ${file.suggestedFilename()}.`);

  await page.goto(`${BASE}help.html#BREAKEVEN`);
  const color = await page.evaluate(() => getComputedStyle(document.querySelector('th')!).backgroundColor);
  expect(color).toBe('rgb(240, 240, 240)'); // help.css: th{background:#f0f0f0}
  expect(log.problems).toEqual([]);
  await page.context().close();
});

describe('in Excel (office.js stand-in) from the production base', () => {
  test('ExcelApi 1.8: the workbook opens as a new workbook (createWorkbook with the .xlsx as base64), no download', async () => {
    const { page } = await openPane(h, { officeJs: 'excel' });
    await page.click('#tab-export');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.click('#export-download');
    await page.waitForFunction(() => (window as any).__xl.created.length === 1);
    const base64 = await page.evaluate(() => (window as any).__xl.created[0] as string);
    const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
    expect(zip.file('xl/workbook.xml')).not.toBeNull();
    await page.waitForFunction(() => document.querySelector('#export-status')?.textContent !== '');
    expect(await text(page, '#export-status')).toMatch(/^Åbnede den almindelige projektmappe for ".+" som en ny, ikke gemt projektmappe i Excel/);
    expect(downloads).toBe(0);
    await page.context().close();
  });

  test('without ExcelApi 1.8: the download, and a message saying why and what to do if no file appears', async () => {
    const { page } = await openPane(h, { officeJs: 'excel', excel: { excelApi18: false } });
    await page.click('#tab-export');
    const download = page.waitForEvent('download');
    await page.click('#export-download');
    const file = await download;
    await page.waitForFunction(() => document.querySelector('#export-status')?.textContent !== '');
    const status = await text(page, '#export-status');
    expect(status).toContain(`ExcelApi 1.8), så ${file.suggestedFilename()} blev tilbudt som download`);
    expect(status).toContain('Excel til Mac');
    expect(await page.evaluate(() => (window as any).__xl.created.length)).toBe(0);
    await page.context().close();
  });

  test('a slow Excel: "Waiting for Excel…" after 3 s, then the pane in Excel, scenarios in the workbook', async () => {
    const { page } = await openPane(h, { officeJs: 'excel', excel: { readyAfterMs: 5000 }, waitReady: false });
    await page.waitForSelector('#startup-waiting', { timeout: 4500 });
    expect(await text(page, '#startup-waiting')).toMatch(/^Venter på Excel… \(\d+ s\)/);
    await page.waitForSelector('#app[data-ready="true"]');
    expect(await text(page, '#host-note')).toMatch(/Excel/);
    await page.click('#tab-scenarios');
    await page.fill('#scenario-name', 'Efter ventetid');
    await page.click('#scenario-save');
    await page.waitForFunction(() => (window as any).__xl.saves() === 1);
    const st = await page.evaluate(() => ({ doc: (window as any).__xl.settings['dsi.taskpane.scenarios'], ls: localStorage.getItem('dsi.taskpane.scenarios') }));
    expect(JSON.parse(st.doc).scenarios[0].name).toBe('Efter ventetid');
    expect(st.ls).toBeNull();
    await page.context().close();
  });

  test('going on without Excel, then Excel answers: the pane switches to the workbook and says so', async () => {
    const { page } = await openPane(h, { officeJs: 'excel', excel: { readyAfterMs: 7000 }, waitReady: false });
    await page.click('#startup-go-on', { timeout: 5000 });
    await page.waitForSelector('#app[data-ready="true"]');
    expect(await text(page, '#host-note')).toMatch(/browser/);
    await page.waitForFunction(() => /Excel er klar nu/.test(document.querySelector('#host-note')?.textContent ?? ''), undefined, { timeout: 8000 });
    await page.click('#tab-scenarios');
    await page.fill('#scenario-name', 'I projektmappen');
    await page.click('#scenario-save');
    await page.waitForFunction(() => (window as any).__xl.saves() === 1);
    expect(await page.evaluate(() => localStorage.getItem('dsi.taskpane.scenarios'))).toBeNull();
    await page.context().close();
  });
});

/** A context answering only the page, its stylesheet and startup-check.js; every other script is empty (not run). */
async function pageWithoutBundles(): Promise<Page> {
  const context = await h.browser.newContext({ locale: 'en-GB' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${BASE}taskpane.html` || url === `${BASE}startup-check.js` || url === `${BASE}taskpane.css`) {
      return route.fulfill({ status: 200, contentType: url.endsWith('.js') ? 'text/javascript' : url.endsWith('.css') ? 'text/css' : 'text/html', body: fs.readFileSync(path.join(site, url.slice(BASE.length))) });
    }
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
  });
  return context.newPage();
}

test('an old webview (no ES2020) gets a clear message instead of a blank pane', async () => {
  const page = await pageWithoutBundles();
  // What an engine that cannot parse the bundles lacks; the bundles themselves are not run.
  await page.addInitScript(() => {
    delete (Promise as any).allSettled;
  });
  await page.goto(`${BASE}taskpane.html`);
  await page.waitForSelector('#startup-problem');
  expect(await text(page, '#startup-problem')).toMatch(/^The DSI workbench cannot run in this version of Office: it shows add-ins in an old browser engine/);
  await page.context().close();
});

test('a modern webview whose bundles never run says so after 20 s instead of "Loading…" for ever', async () => {
  const page = await pageWithoutBundles();
  await page.clock.install();
  await page.goto(`${BASE}taskpane.html`);
  expect(await text(page, '#app')).toBe('Loading the DSI workbench…');
  await page.clock.fastForward(19_000);
  expect(await page.$('#startup-problem')).toBeNull();
  await page.clock.fastForward(1_500);
  await page.waitForSelector('#startup-problem');
  expect(await text(page, '#startup-problem')).toMatch(/^The DSI workbench has not started\. Close and reopen the task pane/);
  await page.context().close();
});
