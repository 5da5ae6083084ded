#!/usr/bin/env node
/*
 * `npm start`: builds the add-in, serves it on https://localhost:3000 and sideloads it into desktop
 * Excel where the platform has it (Windows, macOS); elsewhere prints how to upload manifest.xml to
 * Excel on the web and how to open the task pane as a standalone calculator in a browser.
 */
const { spawnSync, spawn } = require('child_process');
const path = require('path');
const fs = require('fs');
const { startServer, certificate } = require('./serve');

const ROOT = path.resolve(__dirname, '..');
const PORT = 3000;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function build() {
  if (process.argv.includes('--no-build') && fs.existsSync(path.join(ROOT, 'dist', 'functions.json'))) return;
  const r = spawnSync(npx, ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('Build failed; see the messages above.');
    process.exit(r.status || 1);
  }
}

async function main() {
  build();
  const cert = await certificate();
  await startServer({ port: PORT, host: 'localhost' });
  console.log(`\nDSI add-in served on https://localhost:${PORT}/ (certificate from ${cert.source}).`);
  console.log(`Standalone calculator in any browser: https://localhost:${PORT}/taskpane.html`);
  const manifest = path.join(ROOT, 'manifest.xml');
  if (process.platform === 'win32' || process.platform === 'darwin') {
    console.log('Sideloading into desktop Excel ...');
    // office-addin-dev-settings exits 0 even when it fails, so its output is what tells.
    const child = spawn(npx, ['office-addin-dev-settings', 'sideload', manifest, 'desktop', '--app', 'excel'], { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', () => console.log('If Excel did not open with the add-in, upload manifest.xml by hand as described below.'));
  }
  console.log(`
Excel on the web (or any Excel without sideloading):
  1. Trust the certificate: open https://localhost:${PORT}/taskpane.html in the same browser and accept it
     (or install the Office dev certificate with: npx office-addin-dev-certs install).
  2. In Excel: Home > Add-ins > More add-ins > My Add-ins > Upload My Add-in, choose
     ${manifest}
  3. Type =DSI.BREAKEVEN("holbaek-ips") in a cell (it gives 4), or open "DSI workbench" on the Home tab.
Press Ctrl+C to stop the server.`);
}

main().catch((e) => {
  console.error(e && e.message ? e.message : e);
  process.exit(1);
});
