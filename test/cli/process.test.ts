/**
 * The real executable: `node bin/dsi.js ...` in a child process, reading the compiled lib/ (run
 * `npx tsc -p tsconfig.node.json` first; `npm test` does).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempFile } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/dsi.js');
const LIB_MAIN = path.join(ROOT, 'lib/src/cli/main.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every compiled CLI file must be newer than its source, or these tests would test old code. */
function staleFiles(dir: string): string[] {
  const stale: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const src = path.join(dir, entry.name);
    if (entry.isDirectory()) stale.push(...staleFiles(src));
    else if (entry.name.endsWith('.ts')) {
      const out = path.join(ROOT, 'lib', path.relative(ROOT, src)).replace(/\.ts$/, '.js');
      if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(src).mtimeMs) stale.push(path.relative(ROOT, src));
    }
  }
  return stale;
}

beforeAll(() => {
  if (!fs.existsSync(LIB_MAIN)) throw new Error('lib/ is not built: run `npx tsc -p tsconfig.node.json` (npm test does it)');
  const stale = staleFiles(path.join(ROOT, 'src/cli'));
  if (stale.length > 0) throw new Error(`lib/ is older than ${stale.join(', ')}: run \`npx tsc -p tsconfig.node.json\``);
});

describe('bin/dsi.js', () => {
  it('is an executable node script', () => {
    expect(fs.readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(BIN).mode & 0o111).not.toBe(0);
  });

  it('case --preset holbaek-ips prints the tables: municipality break-even year 4, total 8.15m', () => {
    const r = run(['case', '--preset', 'holbaek-ips']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^kommune\s+year 4 \(2027\)\s+3,136,070/m);
    expect(r.stdout).toMatch(/^total\s+year 3 \(2026\)\s+8,154,106/m);
    expect(r.stdout).toMatch(/total net over 6 years\s+about DKK 8m\s+8\.15m/);
  });

  it('fund --preset dsi-fund-25m --json gives total invested 70,382,642.1075', () => {
    const r = run(['fund', '--preset', 'dsi-fund-25m', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Math.abs(j.totalInvested - 70_382_642.1075)).toBeLessThan(1e-6);
    expect(j.cumulativePeople[5]).toBeCloseTo(1836.07, 2);
  });

  it('bad input: exit status 2, the message on stderr, nothing on stdout', () => {
    const r = run(['case', '--preset', 'holbaek-ips', '--set', 'successRate=1.4']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('dsi: successRate must be between 0 and 1 (got 1.4)\n');
    const u = run(['frobnicate']);
    expect(u.code).toBe(2);
    expect(u.stdout).toBe('');
    expect(u.stderr).toContain("Unknown command 'frobnicate'");
  });

  it('reads a batch from a file and from standard input (--params -)', () => {
    const batch = JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ successRate: 0.25 + i / 4000 })));
    const viaStdin = run(['case', '--preset', 'holbaek-ips', '--params', '-'], batch);
    expect(viaStdin.code).toBe(0);
    const out = JSON.parse(viaStdin.stdout);
    expect(out).toHaveLength(1000);
    // S = 180 x 0.9 x (p1 - 0.24)
    expect(out[999].netSuccesses).toBeCloseTo(162 * (0.25 + 999 / 4000 - 0.24), 9);
    const viaFile = run(['case', '--preset', 'holbaek-ips', '--params', tempFile('b.json', batch)]);
    expect(viaFile.stdout).toBe(viaStdin.stdout);
  });

  it('help exits 0', () => {
    const r = run(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Parameters of the case model');
  });

  if (process.platform !== 'win32') {
    it('runs through its shebang', () => {
      const r = spawnSync(BIN, ['presets'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^dsi-fund-25m\s+fund/m);
    });
  }
});
