#!/usr/bin/env node
/*
 * Custom-functions benchmark (`npm run bench:functions`, after a build): the BUILT bundle
 * ($DSI_DIST/functions.js, default dist/) in a Node vm with a minimal CustomFunctions runtime, as the
 * tests load it. Prints, as the median of several timed runs after a warm-up:
 *   - one DSI.BREAKEVEN call sweeping successRate over 10,000 values (a spilled column) on a
 *     parameter range (the DSI.PARAMS spill of holbaek-ips);
 *   - 10,000 separate cell calls (BREAKEVEN / NETVALUE / BCR over the actors) sharing one parameter
 *     range, each call getting its own copy of the range as Excel would pass it: the cache path;
 *   - the same 10,000 calls where every range differs (participants varies), so nothing is cached:
 *     the cost the cache saves;
 *   - the minified and gzipped size of functions.js.
 * It asserts nothing.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dist = path.resolve(process.env.DSI_DIST || 'dist');
const bundle = path.join(dist, 'functions.js');
if (!fs.existsSync(bundle)) {
  console.error(`No built add-in at ${bundle}: run npm run build first (or set DSI_DIST).`);
  process.exit(1);
}
const registered = new Map();
// The bundle runs in this Node context, not a vm context: global lookups (Math, Number, Array) are
// many times slower through a vm context's global proxy, which Excel's JavaScript engine does not have.
class ExcelError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}
globalThis.CustomFunctions = {
  associate: (id, f) => registered.set(id, f),
  Error: ExcelError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
};
new Function(fs.readFileSync(bundle, 'utf8'))();
const F = Object.fromEntries(registered);

const spill = F.PARAMS('holbaek-ips');
const copy = (m) => m.map((r) => [...r]);
const N = 10_000;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function time(fn, runs = 7) {
  fn(); // warm-up
  fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(ms);
}

const sweepValues = Array.from({ length: N }, (_, i) => [0.25 + (0.35 * i) / N]);
const sweep = time(() => {
  const out = F.BREAKEVEN(copy(spill), null, [[['successRate']], sweepValues]);
  if (out.length !== N) throw new Error('sweep did not spill 10,000 results');
});

const actors = ['kommune', 'region', 'stat', 'total'];
const shared = Array.from({ length: N }, () => copy(spill));
const participantsRow = spill.findIndex((r) => r[0] === 'participants');
let distinctSeed = 0;
const makeDistinct = () =>
  Array.from({ length: N }, (_, i) => {
    const m = copy(spill);
    m[participantsRow][1] = 180 + (distinctSeed * N + i + 1) * 1e-6;
    return m;
  });
function cells(ranges) {
  for (let i = 0; i < N; i++) {
    const a = [[actors[i % 4]]];
    const k = i % 3;
    const r = ranges[i];
    if (k === 0) F.BREAKEVEN(r, 'kommune', null);
    else if (k === 1) F.NETVALUE(r, actors[i % 4], (i % 6) + 1, null);
    else F.BCR(r, i % 2 ? 'total' : 'kommune', null);
    void a;
  }
}
const cached = time(() => cells(shared));
// Fresh distinct ranges per run, built outside the timing.
const distinctRuns = [];
for (let i = 0; i < 9; i++) {
  distinctSeed = i;
  distinctRuns.push(makeDistinct());
}
let run = 0;
const uncached = time(() => cells(distinctRuns[run++]));

const src = fs.readFileSync(bundle);
const gz = zlib.gzipSync(src, { level: 9 }).length;
const fmt = (x) => x.toFixed(1).padStart(8);
console.log(`DSI custom functions bench (bundle ${bundle}, Node ${process.version})`);
console.log(`${fmt(sweep)} ms  BREAKEVEN sweep of 10,000 successRate values on a parameter range (aim < 50 ms)`);
console.log(`${fmt(cached)} ms  10,000 cell calls sharing one parameter range (cache hits)`);
console.log(`${fmt(uncached)} ms  10,000 cell calls with 10,000 different ranges (no cache hits: parse + validate + evaluate each)`);
console.log(`${fmt(uncached / cached)} x   cache speed-up on the cell path`);
console.log(`${(src.length / 1000).toFixed(1).padStart(8)} KB  functions.js minified (${src.length} bytes; ${(gz / 1000).toFixed(1)} KB gzipped; aim <= 100 KB)`);
