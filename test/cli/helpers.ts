import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { Command } from '../../src/cli/types';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  /** Number of separate writes to stdout (the CLI writes its output once). */
  stdoutWrites: number;
}

/** Runs the CLI in-process. `files` maps paths to contents; other paths are read from disk. */
export function dsi(argv: string[], files: Record<string, string> = {}, commands?: Command[]): Outcome {
  let stdout = '';
  let stderr = '';
  let stdoutWrites = 0;
  const io = {
    stdout: (t: string) => {
      stdout += t;
      stdoutWrites++;
    },
    stderr: (t: string) => {
      stderr += t;
    },
    readFile: (p: string) => (p in files ? files[p] : fs.readFileSync(p, 'utf8')),
  };
  const code = commands ? main(argv, io, commands) : main(argv, io);
  // Only `dsi export` works asynchronously; the commands tested through this helper must not.
  if (typeof code !== 'number') throw new Error(`dsi ${argv.join(' ')} returned a Promise; use an async helper`);
  return { code, stdout, stderr, stdoutWrites };
}

/** Runs and parses --json output, failing loudly when the run did not succeed. */
export function dsiJson(argv: string[], files: Record<string, string> = {}): any {
  const r = dsi(argv, files);
  if (r.code !== 0) throw new Error(`dsi ${argv.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Expects bad input: exit 2, nothing on stdout, one line on stderr matching `message`. */
export function expectBadInput(r: Outcome, message: string | RegExp): void {
  expect(r.stdout).toBe('');
  expect(r.code).toBe(2);
  if (typeof message === 'string') expect(r.stderr).toContain(message);
  else expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
}

export function tempFile(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsi-cli-test-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Holbæk IPS by hand (MODEL.md section 1): S = 180 x 0.9 x (p1 - 0.24); effects 0.5, 1, 0.85^k. */
export const HOLBAEK_EFFECT = [0.5, 1, 0.85, 0.85 ** 2, 0.85 ** 3, 0.85 ** 4];
export const holbaekS = (p1: number) => 180 * 0.9 * (p1 - 0.24);
/** Municipality cumulative net by year (costs 6.9m x [0.6, 0.4], gain 92,000, no discounting). */
export function kommuneCumulative(p1: number): number[] {
  const costs = [4_140_000, 2_760_000, 0, 0, 0, 0];
  let cn = 0;
  return HOLBAEK_EFFECT.map((e, t) => (cn += holbaekS(p1) * e * 92_000 - costs[t]));
}
