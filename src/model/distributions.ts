/**
 * Distributions of parameters for the Monte Carlo (docs/model.md section 6), given as rows
 * `key | distribution | a | b | c`. Every draw satisfies the key's rule by construction: bounded
 * distributions must lie inside the key's valid range, the normal is sampled by inverse CDF on the
 * range (a truncated normal, not a clamped one) and the beta lives on (0, 1), so it is only offered
 * for keys whose range contains [0, 1].
 */
import type { MessageParts } from './errors';
import { ParameterError } from './errors';
import type { ParamMeta } from './fields';
import { violation, violationParts } from './fields';
import { invalid, render } from './messages';
import { range } from './distributionMessages';
import type { ModelDef } from './models';
import { lookupKey } from './models';
import { unitsMeta } from './consequenceUnits';
import { isEmptyCell } from './table';
import type { Rng } from './random';

export type DistKind = 'fixed' | 'uniform' | 'triangular' | 'pert' | 'normal' | 'beta';

/** Names accepted in the distribution column (case-insensitive), with Danish spellings. */
const NAMES: Record<string, DistKind> = {
  fixed: 'fixed', fast: 'fixed', konstant: 'fixed',
  uniform: 'uniform', ligefordelt: 'uniform', ligefordeling: 'uniform',
  triangular: 'triangular', trekant: 'triangular', trekantet: 'triangular',
  pert: 'pert',
  normal: 'normal', normalfordelt: 'normal', normalfordeling: 'normal',
  beta: 'beta', betafordelt: 'beta', betafordeling: 'beta',
};

/** The values each distribution takes, in order (their names for users: DIST_ARG_NAMES). */
export const DIST_ARG_KEYS: Record<DistKind, string[]> = {
  fixed: ['value'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  pert: ['min', 'mode', 'max'],
  normal: ['mean', 'sd'],
  beta: ['mean', 'sd'],
};

export interface DistSpec {
  key: string;
  kind: DistKind;
  args: number[];
}

/** A checked distribution with its sampler. */
export interface Distribution extends DistSpec {
  meta: ParamMeta;
  /** A representative valid value (fixed value, mode, or mean), used to validate the other rules. */
  center: number;
  sample(rng: Rng): number;
}

/** Keys whose value takes part in a sum rule: a random draw of one would break the sum. */
const SUM_KEYS = new Set([
  'costShareKommune', 'costShareRegion', 'costShareStat',
  'payerShareKommune', 'payerShareRegion', 'payerShareStat',
]);

// ---------------------------------------------------------------------------------------------
// Normal distribution

/** Standard normal CDF (Marsaglia 2004, "Evaluating the normal distribution"): a Taylor series
 *  accurate to about 1e-15 absolute; outside +-9 the tail is below 1e-18 and returned as 0 or 1. */
export function normalCdf(x: number): number {
  if (x < -9) return 0;
  if (x > 9) return 1;
  let s = x;
  let t = 0;
  let b = x;
  const q = x * x;
  let i = 1;
  while (s !== t) {
    t = s;
    i += 2;
    b *= q / i;
    s = t + b;
  }
  return 0.5 + s * Math.exp(-0.5 * q - 0.9189385332046728); // ln(sqrt(2 pi))
}

/** Inverse standard normal CDF for p in (0, 1): Acklam's rational approximation (relative error
 *  below 1.2e-9), refined by one Halley step on normalCdf inside |x| < 5 unless `refine` is false.
 *  Beyond 5 the step would make it worse: normalCdf is accurate to about 1e-16 absolute, which is
 *  no longer small beside the tail probability (Phi(-5) = 2.9e-7). Measured against Python's
 *  statistics.NormalDist (AS241): refining everywhere erred by 5e-7 at p = 1e-10 and by 0.23 at
 *  p = 1e-18; Acklam alone errs by at most 1e-8 out there, and the step brings the middle to 1e-12. */
// Acklam's coefficients, once (not rebuilt on every call of the Monte Carlo's hot path).
const QA = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const QB = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const QC = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const QD = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

export function normalQuantile(p: number, refine = true): number {
  const a = QA, b = QB, c = QC, d = QD;
  let x: number;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  }
  if (refine && x > -5 && x < 5) {
    const e = normalCdf(x) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    x = x - u / (1 + (x * u) / 2);
  }
  return x;
}

// ---------------------------------------------------------------------------------------------
// Gamma and beta variates

/** Gamma(shape, 1) by Marsaglia and Tsang (2000); shape < 1 via Gamma(shape + 1) x U^(1/shape).
 *  Normal variates come from the inverse CDF so every uniform used is the generator's. */
function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(rng.uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    // Acklam's approximation alone (1.2e-9) is ample inside an accept-reject step, and fast.
    const z = normalQuantile(rng.uniform(), false);
    const v0 = 1 + c * z;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = rng.uniform();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

function betaVariate(rng: Rng, alpha: number, beta: number): number {
  const x = gamma(rng, alpha);
  const y = gamma(rng, beta);
  return x / (x + y);
}

// ---------------------------------------------------------------------------------------------
// Checking and building

function inRule(meta: ParamMeta, v: number): boolean {
  return violation(meta, v) === undefined;
}


/** Rejects a draw that breaks the key's rule (only possible at an exclusive end through rounding). */
function guarded(meta: ParamMeta, draw: (rng: Rng) => number): (rng: Rng) => number {
  return (rng) => {
    for (let i = 0; i < 1000; i++) {
      const x = draw(rng);
      if (inRule(meta, x)) return x;
    }
    throw invalid('distKeepsOutside', { key: meta.key, meta }, meta.key);
  };
}

/** What a shape's builder may use: the key's metadata and range, and the failure with the key's prefix. */
interface ShapeContext {
  meta: ParamMeta;
  lo: number;
  hi: number;
  fail: (code: string, params?: Record<string, unknown>) => never;
  /** Fails unless x lies within the key's range; `what` names the argument (e.g. "min"). */
  within: (x: number, what: string) => void;
}

/** A checked random shape: a representative valid value and the draw. */
interface Shape {
  center: number;
  draw: (rng: Rng) => number;
}

function uniformShape([a, b]: number[], c: ShapeContext): Shape {
  if (!(a < b)) c.fail('distUniformOrder', { args: [a, b] });
  c.within(a, 'min');
  c.within(b, 'max');
  return { center: (a + b) / 2, draw: (rng) => a + (b - a) * rng.uniform() };
}

/** Checks min <= mode <= max, min < max and the ends against the key's range (triangular, pert). */
function checkModeRange(kind: DistKind, [a, m, b]: number[], c: ShapeContext): void {
  if (!(a <= m && m <= b && a < b)) c.fail('distModeOrder', { kind, args: [a, m, b] });
  c.within(a, 'min');
  c.within(b, 'max');
}

function triangularShape(args: number[], c: ShapeContext): Shape {
  checkModeRange('triangular', args, c);
  const [a, m, b] = args;
  const f = (m - a) / (b - a);
  return {
    center: m,
    draw: (rng) => {
      const u = rng.uniform();
      return u < f ? a + Math.sqrt(u * (b - a) * (m - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - m));
    },
  };
}

function pertShape(args: number[], c: ShapeContext): Shape {
  checkModeRange('pert', args, c);
  const [a, m, b] = args;
  // The usual PERT shape (lambda 4): Beta(1 + 4(m-a)/(b-a), 1 + 4(b-m)/(b-a)) on [a, b].
  const al = 1 + (4 * (m - a)) / (b - a);
  const be = 1 + (4 * (b - m)) / (b - a);
  return { center: m, draw: (rng) => a + (b - a) * betaVariate(rng, al, be) };
}

function normalShape([mu, sd]: number[], c: ShapeContext): Shape {
  const { lo, hi, meta } = c;
  if (!(sd > 0)) c.fail('distSdPositive', { kind: 'normal', sd });
  // Truncation to the key's range by inverse CDF on [Phi(lo), Phi(hi)]: every draw is valid
  // and the shape inside the range is the normal's.
  const pLo = lo === -Infinity ? 0 : normalCdf((lo - mu) / sd);
  const pHi = hi === Infinity ? 1 : normalCdf((hi - mu) / sd);
  if (!(pHi - pLo > 1e-9)) {
    c.fail('distNormalMass', { mu, sd, key: meta.key, meta });
  }
  let center = Math.min(Math.max(mu, lo), hi);
  if (!inRule(meta, center)) center = lo !== -Infinity && hi !== Infinity ? (lo + hi) / 2 : lo !== -Infinity ? lo + sd : hi - sd;
  return {
    center,
    draw: (rng) => {
      const p = pLo + (pHi - pLo) * rng.uniform();
      return mu + sd * normalQuantile(Math.min(Math.max(p, 1e-300), 1 - 1e-16));
    },
  };
}

function betaShape([mean, sd]: number[], c: ShapeContext): Shape {
  if (c.lo > 0 || c.hi < 1) c.fail('distBetaRange', { key: c.meta.key, meta: c.meta });
  if (!(mean > 0 && mean < 1)) c.fail('distBetaMean', { mean });
  if (!(sd > 0)) c.fail('distSdPositive', { kind: 'beta', sd });
  const maxSd = Math.sqrt(mean * (1 - mean));
  if (!(sd < maxSd)) c.fail('distBetaMaxSd', { mean, maxSd, sd });
  const k = (mean * (1 - mean)) / (sd * sd) - 1;
  const al = mean * k;
  const be = (1 - mean) * k;
  return { center: mean, draw: (rng) => betaVariate(rng, al, be) };
}

const SHAPES: Record<Exclude<DistKind, 'fixed'>, (args: number[], c: ShapeContext) => Shape> = {
  uniform: uniformShape,
  triangular: triangularShape,
  pert: pertShape,
  normal: normalShape,
  beta: betaShape,
};

/** Where a distribution comes from, for the front of its messages: a table row, or the defaults. */
export type DistWhere = number | 'default';

/** The error of a distribution: the inner message, with the row (or "default distribution") and key in front. */
function distError(inner: MessageParts, key: string, value: unknown, where?: DistWhere): ParameterError {
  const parts = where === undefined ? { code: 'distKeyed', params: { key, inner } } : { code: 'distAt', params: { row: where, key, inner } };
  return new ParameterError(render(parts), key, value, parts);
}

/** Checks a distribution against its key and builds its sampler. `where` goes in front of messages. */
export function makeDistribution(model: ModelDef<any, any>, spec: DistSpec, where?: DistWhere): Distribution {
  // units:ID draws a consequence's units (docs/budget-lines.md); the Simulation checks ID against the case.
  const meta = (model.structured ? unitsMeta(spec.key) : undefined) ?? lookupKey(model, spec.key);
  const key = meta.key;
  const failWith = (inner: MessageParts): never => {
    throw distError(inner, key, spec.args, where);
  };
  const fail = (code: string, params: Record<string, unknown> = {}): never => failWith({ code, params });
  const { kind, args } = spec;
  const names = DIST_ARG_KEYS[kind];
  if (args.length !== names.length) fail('distArgCount', { kind, names, got: args.length });
  args.forEach((x, i) => {
    if (typeof x !== 'number' || !Number.isFinite(x)) fail('distArgFinite', { kind, name: names[i], value: x });
  });
  if (meta.kind === 'vector') fail('distVector', { key });
  if (kind === 'fixed') {
    const bad = violationParts(meta, args[0]);
    if (bad) failWith(bad);
    const v = args[0];
    return { key, kind, args, meta, center: v, sample: () => v };
  }
  if (meta.kind === 'integer') fail('distInteger', { key });
  if (SUM_KEYS.has(key)) fail('distSumRule', { key, note: meta.note });
  const [lo, hi] = range(meta);
  const within = (x: number, what: string) => {
    if (x < lo || x > hi) fail('distEndOutside', { kind, what, x, key, meta });
  };
  const build = SHAPES[kind];
  if (!build) throw new Error(`unhandled distribution ${kind as string}`);
  const { center, draw } = build(args, { meta, lo, hi, fail, within });
  return { key, kind, args, meta, center, sample: guarded(meta, draw) };
}

/** The distribution named in a cell (English or Danish, any case); `row` (when from a table) and
 *  `key` go in front of the message for an unknown name. */
export function distKind(raw: unknown, key: string, row?: number): DistKind {
  const name = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  const k = NAMES[name];
  if (!k) throw invalid('distUnknownKind', { row, key, value: raw }, undefined, raw);
  return k;
}

const HEADER_KEYS = new Set(['parameter', 'parameters', 'key', 'nøgle', 'parameternavn']);

/**
 * Parses a distribution table as Excel passes ranges: rows `key | distribution | a | b | c`.
 * Keys are case-insensitive; blank rows and a header row are skipped; a key given twice is an error.
 */
export function parseDistributionTable(model: ModelDef<any, any>, rows: readonly (readonly unknown[])[]): Distribution[] {
  if (!Array.isArray(rows)) throw invalid('distTableNotRows', { value: rows });
  const out: Distribution[] = [];
  const seenAt = new Map<string, number>();
  let sawContent = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) throw invalid('distRowNotCells', { row: r + 1 });
    if (row.every(isEmptyCell)) continue;
    const rawKey = row[0];
    if (isEmptyCell(rawKey)) throw invalid('distRowNoKey', { row: r + 1 });
    if (typeof rawKey !== 'string') throw invalid('distRowKeyText', { row: r + 1, value: rawKey }, undefined, rawKey);
    if (!sawContent && HEADER_KEYS.has(rawKey.trim().toLowerCase())) {
      sawContent = true;
      continue;
    }
    sawContent = true;
    const meta = (model.structured ? unitsMeta(rawKey) : undefined) ?? lookupKey(model, rawKey);
    if (seenAt.has(meta.key)) throw invalid('distTwice', { key: meta.key, first: seenAt.get(meta.key), second: r + 1 }, meta.key);
    seenAt.set(meta.key, r + 1);
    const where = r + 1;
    const kind = distKind(row[1], meta.key, where);
    let end = 2;
    while (end < row.length && !isEmptyCell(row[end])) end++;
    for (let c = end; c < row.length; c++) {
      if (!isEmptyCell(row[c])) {
        throw invalid('distGap', { row: where, key: meta.key, column: end + 1, value: row[c] }, meta.key);
      }
    }
    const args = row.slice(2, end).map((v, i) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        // A value past the kind's names (one too many) is named by its place.
        throw distError({ code: 'distArgNumber', params: { kind, name: DIST_ARG_KEYS[kind][i], place: i + 1, value: v } }, meta.key, v, where);
      }
      return v;
    });
    out.push(makeDistribution(model, { key: meta.key, kind, args }, where));
  }
  return out;
}

/**
 * Distributions from JSON: either rows like the table (`[["successRate", "beta", 0.4, 0.06], ...]`)
 * or an object `{"successRate": ["beta", 0.4, 0.06], ...}`.
 */
export function parseDistributionJson(model: ModelDef<any, any>, json: unknown): Distribution[] {
  if (Array.isArray(json)) return parseDistributionTable(model, json as unknown[][]);
  if (json !== null && typeof json === 'object') {
    const rows = Object.entries(json as Record<string, unknown>).map(([k, v]) => {
      if (!Array.isArray(v)) throw invalid('distJsonEntry', { key: k, value: v }, k, v);
      return [k, ...v];
    });
    return parseDistributionTable(model, rows);
  }
  throw invalid('distJson', { value: json });
}
