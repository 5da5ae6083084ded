#!/usr/bin/env node
/*
 * `npm run package`: builds the add-in for DSI_PUBLIC_URL and writes dsi-addin-<version>.zip, the
 * static site with its manifest.xml, ready to unpack into that folder of any static HTTPS host
 * (docs/deploy.md). Options: --dist DIR zips an existing build instead of building (it must have been
 * built for the same base); --out FILE names the zip. Exit 2 with a message on bad input.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const JSZip = require('jszip');
const { publicBase } = require('./public-url');

const ROOT = path.resolve(__dirname, '..');

function fail(message) {
  console.error(`npm run package: ${message}`);
  process.exit(2);
}

function option(args, name) {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  if (!args[i + 1] || args[i + 1].startsWith('--')) fail(`${name} needs a value`);
  return args[i + 1];
}

function filesUnder(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? filesUnder(dir, r) : [r];
  });
}

/** The zip of a build folder: every file at its path, the site's root at the zip's root. */
async function zipSite(dist) {
  const zip = new JSZip();
  // A fixed date, so the same build gives the same zip.
  const date = new Date('2000-01-01T00:00:00Z');
  for (const rel of filesUnder(dist).sort()) zip.file(rel, fs.readFileSync(path.join(dist, rel)), { date, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

function build(outDir) {
  const webpack = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'webpack.cmd' : 'webpack');
  const r = spawnSync(webpack, ['--mode', 'production', '--output-path', outDir], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (r.status !== 0) fail('the build failed; see the messages above');
}

async function main() {
  const args = process.argv.slice(2);
  if (!process.env.DSI_PUBLIC_URL) {
    fail('set DSI_PUBLIC_URL to the https address the site will be served from, e.g. DSI_PUBLIC_URL=https://addins.example.dk/tools/dsi/ npm run package');
  }
  let pub;
  try {
    pub = publicBase(process.env.DSI_PUBLIC_URL);
  } catch (e) {
    fail(e.message);
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const out = path.resolve(option(args, '--out') || path.join(ROOT, `dsi-addin-${version}.zip`));
  let dist = option(args, '--dist');
  let temp;
  if (dist) {
    dist = path.resolve(dist);
    const manifest = path.join(dist, 'manifest.xml');
    if (!fs.existsSync(manifest)) fail(`${dist} holds no manifest.xml: build first or leave out --dist`);
    if (!fs.readFileSync(manifest, 'utf8').includes(`"${pub.base}taskpane.html"`)) {
      fail(`${dist} was not built for ${pub.base} (its manifest names another base): build again with the same DSI_PUBLIC_URL`);
    }
  } else {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'dsi-package-'));
    dist = temp;
    build(dist);
  }
  try {
    const bytes = await zipSite(dist);
    fs.writeFileSync(out, bytes);
    console.log(`Wrote ${out} (${(bytes.length / 1024).toFixed(0)} KiB) for ${pub.base}: unpack it into that folder of the host and give the admin its manifest.xml.`);
  } finally {
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  }
}

module.exports = { zipSite };

if (require.main === module) {
  main().catch((e) => fail(e.message));
}
