/** The offline manifest check (scripts/check-manifest.js) on the development manifest and on broken copies. */
import fs from 'fs';
import os from 'os';
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS without types
const { checkManifest } = require('../../scripts/check-manifest.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS without types
const { manifestFor } = require('../../scripts/public-url.js');

const dev = fs.readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8');
const prod = manifestFor(dev, { base: 'https://addins.example.dk/tools/dsi/', origin: 'https://addins.example.dk' }, '0.1.0');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsi-manifest-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function check(xml: string, dist?: string): Promise<string[]> {
  const file = path.join(dir, `m${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, xml);
  return checkManifest(file, dist);
}

test('the development manifest and its sub-path rewrite pass', async () => {
  expect(await check(dev)).toEqual([]);
  expect(await check(prod)).toEqual([]);
});

test('files are looked up relative to the task pane\'s folder', async () => {
  const site = path.join(dir, 'site');
  fs.mkdirSync(path.join(site, 'assets'), { recursive: true });
  for (const f of ['taskpane.html', 'functions.js', 'functions.json', 'functions-da.json', 'help.html', ...[16, 32, 64, 80].map((n) => `assets/icon-${n}.png`)]) {
    fs.writeFileSync(path.join(site, f), '');
  }
  expect(await check(prod, site)).toEqual([]);
  fs.rmSync(path.join(site, 'functions-da.json'));
  expect(await check(prod, site)).toEqual([expect.stringMatching(/^URL names a file the build does not produce: https:\/\/addins\.example\.dk\/tools\/dsi\/functions-da\.json/)]);
});

test('a URL outside the folder, a second origin and a missing AppDomain are each reported', async () => {
  expect(await check(prod.replace('tools/dsi/help.html"/>', 'tools/help.html"/>'))).toEqual(
    expect.arrayContaining([expect.stringMatching(/outside the add-in's folder \/tools\/dsi\/: https:\/\/addins\.example\.dk\/tools\/help\.html/)]),
  );
  const twoOrigins = await check(prod.replace('https://addins.example.dk/tools/dsi/functions.js', 'https://cdn.example.dk/tools/dsi/functions.js'));
  expect(twoOrigins).toEqual(expect.arrayContaining([expect.stringMatching(/URLs use 2 origins/), "<AppDomains> does not hold the add-in's origin https://cdn.example.dk"]));
  expect(await check(prod.replace('<AppDomain>https://addins.example.dk</AppDomain>', '<AppDomain>https://other.example</AppDomain>'))).toEqual(
    expect.arrayContaining(["<AppDomains> does not hold the add-in's origin https://addins.example.dk"]),
  );
});
