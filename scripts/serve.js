#!/usr/bin/env node
/*
 * Serves dist/ over https on localhost (default port 3000) with the Office dev certificate when one is
 * installed (~/.office-addin-dev-certs), otherwise a self-signed localhost certificate generated into
 * .certs/. Exported for tests (startServer) and runnable on its own: `node scripts/serve.js [port]`.
 */
const https = require('https');
const http = require('http');
const fs = require('fs');
const path = require('path');
const os = require('os');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.png': 'image/png', '.css': 'text/css; charset=utf-8', '.map': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.svg': 'image/svg+xml',
};

async function certificate() {
  const officeDir = path.join(os.homedir(), '.office-addin-dev-certs');
  const officeCert = path.join(officeDir, 'localhost.crt');
  const officeKey = path.join(officeDir, 'localhost.key');
  if (fs.existsSync(officeCert) && fs.existsSync(officeKey)) {
    return { cert: fs.readFileSync(officeCert), key: fs.readFileSync(officeKey), source: officeDir };
  }
  const dir = path.join(ROOT, '.certs');
  const certFile = path.join(dir, 'localhost.crt');
  const keyFile = path.join(dir, 'localhost.key');
  if (!fs.existsSync(certFile) || !fs.existsSync(keyFile)) {
    const selfsigned = require('selfsigned');
    const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
      days: 365, keySize: 2048, algorithm: 'sha256',
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
    });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(certFile, pems.cert);
    fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
  }
  return { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile), source: dir };
}

function makeHandler(root) {
  return (req, res) => handler(root, req, res);
}

function handler(root, req, res) {
  const url = new URL(req.url, 'https://localhost');
  let rel = decodeURIComponent(url.pathname);
  if (rel === '/') rel = '/taskpane.html';
  const file = path.normalize(path.join(root, rel));
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Access-Control-Allow-Origin': '*',
  });
  fs.createReadStream(file).pipe(res);
}

/** Starts the server; `secure: false` serves plain http (used by the browser tests); `root` is the
 *  folder served (default dist/; tests pass a private build). */
async function startServer({ port = 3000, secure = true, host = '127.0.0.1', root = DIST } = {}) {
  const handle = makeHandler(path.resolve(root));
  const server = secure ? https.createServer(await certificate(), handle) : http.createServer(handle);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return server;
}

module.exports = { startServer, certificate, DIST, TYPES };

if (require.main === module) {
  const port = Number(process.argv[2] || process.env.PORT || 3000);
  startServer({ port, host: 'localhost' }).then(
    () => console.log(`Serving ${DIST} on https://localhost:${port}/ (Ctrl+C to stop)`),
    (e) => {
      console.error(`Could not start the server on port ${port}: ${e.message}`);
      process.exit(1);
    },
  );
}
