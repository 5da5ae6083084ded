/**
 * The base a build is made for (scripts/public-url.js) and the development manifest it starts from.
 * The production build itself (every file, the zip, the pages in a browser) is checked in
 * test-e2e/production.e2e.ts.
 */
import fs from 'fs';
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS without types
const { publicBase, manifestVersion, manifestFor, rewriteHelpUrls, DEV_BASE } = require('../../scripts/public-url.js');

const ROOT = path.join(__dirname, '../..');
const devManifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('DSI_PUBLIC_URL', () => {
  test('unset or empty: the development base', () => {
    expect(publicBase(undefined)).toEqual({ base: 'https://localhost:3000/', origin: 'https://localhost:3000', dev: true });
    expect(publicBase('')).toEqual(publicBase(undefined));
  });

  test('a folder gets its trailing slash; the origin is scheme, host and port', () => {
    expect(publicBase('https://addins.example.dk/tools/dsi')).toEqual({ base: 'https://addins.example.dk/tools/dsi/', origin: 'https://addins.example.dk', dev: false });
    expect(publicBase('https://h.example:8443/')).toEqual({ base: 'https://h.example:8443/', origin: 'https://h.example:8443', dev: false });
  });

  test.each([
    ['http://addins.example.dk/', /must start with https/],
    ['addins.example.dk/tools', /not a URL/],
    ['https://addins.example.dk/?v=2', /without a query/],
    ['https://addins.example.dk/#x', /fragment/],
  ])('%s is refused with a message saying why', (value, message) => {
    expect(() => publicBase(value)).toThrow(message);
    expect(() => publicBase(value)).toThrow(value);
  });
});

describe('manifest <Version>', () => {
  test('three parts become four', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('12.3.45')).toBe('12.3.45.0');
  });

  test.each(['1.0', '1.0.0-beta.1', '123456.0.0', 'x'])('%s cannot be a manifest version', (v) => {
    expect(() => manifestVersion(v)).toThrow(/MAJOR\.MINOR\.PATCH/);
  });

  test('the development manifest carries package.json\'s version (bump both together)', () => {
    expect(devManifest).toContain(`<Version>${pkg.version}.0</Version>`);
  });
});

describe('the manifest for a base', () => {
  const base = { base: 'https://addins.example.dk/tools/dsi/', origin: 'https://addins.example.dk' };
  const out = manifestFor(devManifest, base, '2.3.4');

  test('every URL of the development manifest now starts with the base, and no localhost is left', () => {
    const devUrls = [...devManifest.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    const urls = [...out.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(devUrls.length).toBeGreaterThanOrEqual(10);
    expect(urls).toEqual(devUrls.map((u) => 'https://addins.example.dk/tools/dsi/' + u.slice(DEV_BASE.length)));
    expect(out).not.toMatch(/localhost/);
  });

  test('AppDomains holds the origin, Version the given version', () => {
    expect(out).toMatch(/<AppDomains>\s*<AppDomain>https:\/\/addins\.example\.dk<\/AppDomain>\s*<\/AppDomains>/);
    expect(out).toContain('<Version>2.3.4.0</Version>');
    expect(out.match(/<Version>/g)).toHaveLength(1);
  });

  test('the Danish get-started text names the Danish function', () => {
    expect(out).toMatch(/Locale="da-DK" Value="Skriv =DSI\.BALANCEÅR\(&quot;holbaek-ips&quot;\)/);
  });
});

describe('helpUrls', () => {
  const meta = (urls: [string, string | undefined][]) => ({ functions: urls.map(([id, helpUrl]) => ({ id, name: id, helpUrl })) });

  test('each points at the base\'s help page, at the function\'s own anchor', () => {
    const out = rewriteHelpUrls(meta([['BREAKEVEN', 'https://localhost:3000/help.html#BREAKEVEN'], ['GRID', 'https://localhost:3000/help.html#GRID']]), 'https://h.example/x/');
    expect(out.functions.map((f: { helpUrl: string }) => f.helpUrl)).toEqual(['https://h.example/x/help.html#BREAKEVEN', 'https://h.example/x/help.html#GRID']);
  });

  test('a tag pointing elsewhere (or at another anchor, or missing) fails the build with its id', () => {
    expect(() => rewriteHelpUrls(meta([['BCR', 'https://localhost:3000/help.html#NETVALUE']]), 'https://h.example/')).toThrow(/BCR has 'https:\/\/localhost:3000\/help.html#NETVALUE'/);
    expect(() => rewriteHelpUrls(meta([['BCR', undefined]]), 'https://h.example/')).toThrow(/BCR has 'none'/);
  });
});
