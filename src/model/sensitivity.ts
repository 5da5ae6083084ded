/**
 * Sensitivity (docs/model.md section 6): the one-way tornado and the two-way grid, for the case, the
 * contract and the fund. Every point goes through the model's validation. A default move (+-10 %)
 * that would leave a key's range stops at the range's end and the row carries a note saying so;
 * a given bound or grid value that breaks a rule is an error naming the key.
 */
import { ParameterError, showValue } from './errors';
import type { CaseResult } from './case';
import type { ContractResult } from './contract';
import type { FundResult } from './fund';
import { InputLayer, mergeInput, validate, lookupKey } from './models';
import { SIM_MODELS, SimKind } from './montecarlo';
import type { ParamMeta, Text } from './fields';
import { violation, ruleText } from './fields';

export interface OutputDef {
  name: string;
  label: Text;
  get(result: unknown): number | null;
}

const pv = (a: 'kommune' | 'region' | 'stat' | 'total'): OutputDef => ({
  name: a,
  label: { en: `present value, ${a}`, da: `nutidsværdi, ${a}` },
  get: (r) => (r as CaseResult).actors[a].presentValue,
});

export const OUTPUTS: Record<SimKind, OutputDef[]> = {
  case: [pv('kommune'), pv('region'), pv('stat'), pv('total')],
  contract: [
    pv('kommune'), pv('region'), pv('stat'), pv('total'),
    { name: 'investor', label: { en: 'present value, investor', da: 'nutidsværdi, investor' }, get: (r) => (r as ContractResult).investor.presentValue },
    { name: 'multiple', label: { en: 'investor multiple', da: 'investorfaktor' }, get: (r) => (r as ContractResult).investor.multiple },
    { name: 'irr', label: { en: 'investor IRR', da: 'investors interne rente' }, get: (r) => (r as ContractResult).investor.irr },
  ],
  fund: [
    { name: 'totalInvested', label: { en: 'total invested', da: 'samlet investeret' }, get: (r) => (r as FundResult).totalInvested },
    { name: 'employed', label: { en: 'employed', da: 'i job' }, get: (r) => (r as FundResult).employed },
    { name: 'cumulativePeople', label: { en: 'people helped', da: 'hjulpne personer' }, get: (r) => { const c = (r as FundResult).cumulativePeople; return c[c.length - 1]; } },
    { name: 'partnerships', label: { en: 'partnerships', da: 'partnerskaber' }, get: (r) => (r as FundResult).partnerships },
    { name: 'outstanding', label: { en: 'outstanding claims', da: 'udestående krav' }, get: (r) => (r as FundResult).outstanding },
  ],
};

const ALIASES: Record<string, string> = { municipality: 'kommune', state: 'stat', people: 'cumulativePeople' };

export function outputOf(kind: SimKind, name: unknown): OutputDef {
  const list = OUTPUTS[kind];
  if (name === undefined || name === null || name === '') return list[0];
  const n = typeof name === 'string' ? name.trim().toLowerCase() : '';
  const canon = ALIASES[n] ?? n;
  const o = list.find((x) => x.name.toLowerCase() === canon.toLowerCase());
  if (!o) throw new ParameterError(`output must be one of ${list.map((x) => x.name).join(', ')} (got ${showValue(name)})`, 'output', name);
  return o;
}

const SUM_KEYS = new Set(['costShareKommune', 'costShareRegion', 'costShareStat', 'payerShareKommune', 'payerShareRegion', 'payerShareStat']);

export interface TornadoRow {
  key: string;
  base: number;
  low: number;
  high: number;
  outputLow: number | null;
  outputHigh: number | null;
  /** |outputHigh - outputLow|; null when the output does not exist at either end. */
  swing: number | null;
  /** Present when a default move stopped at the end of the key's range. */
  note?: string;
}

export interface Tornado {
  output: string;
  baseOutput: number | null;
  rows: TornadoRow[];
  /** Parameters left out and why (sum rules, vectors, whole numbers). */
  skipped: { key: string; reason: string }[];
}

function evaluateAt(kind: SimKind, base: Record<string, unknown>, changes: Record<string, number>, out: OutputDef, why: string): number | null {
  const model = SIM_MODELS[kind];
  const input: Record<string, unknown> = { ...base, ...changes };
  // Moving one of an exclusive pair (costTotal / costPerParticipant) replaces the other.
  for (const group of model.exclusive) {
    if (group.some((k) => k in changes)) for (const k of group) if (!(k in changes)) delete input[k];
  }
  let p: unknown;
  try {
    p = validate(model, input);
  } catch (e) {
    if (e instanceof ParameterError) throw new ParameterError(`${why}: ${e.message}`, e.key, e.value);
    throw e;
  }
  return out.get(model.evaluate(p));
}

function baseParams(kind: SimKind, layers: readonly InputLayer[]): Record<string, unknown> {
  const model = SIM_MODELS[kind];
  return validate(model, mergeInput(model, layers)) as Record<string, unknown>;
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(10)));
}

/**
 * One-way sensitivity: each numeric parameter moved to value x (1 - fraction) and x (1 + fraction),
 * or between given bounds, all else fixed; rows sorted by swing, largest first.
 */
export function tornado(
  kind: SimKind,
  layers: readonly InputLayer[],
  output?: string,
  opts: { fraction?: number; bounds?: Record<string, [number, number]>; keys?: string[] } = {},
): Tornado {
  const model = SIM_MODELS[kind];
  const out = outputOf(kind, output);
  const f = opts.fraction ?? 0.1;
  if (typeof f !== 'number' || !Number.isFinite(f) || !(f > 0) || f >= 1) {
    throw new ParameterError(`fraction must be above 0 and below 1 (got ${showValue(f)})`, 'fraction', f);
  }
  const base = baseParams(kind, layers);
  const baseOutput = out.get(model.evaluate(base));
  const bounds: Record<string, [number, number]> = {};
  for (const [k, v] of Object.entries(opts.bounds ?? {})) {
    const meta = lookupKey(model, k);
    if (!Array.isArray(v) || v.length !== 2 || v.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
      throw new ParameterError(`bounds of ${meta.key} must be two numbers, low and high (got ${showValue(v)})`, meta.key, v);
    }
    bounds[meta.key] = [v[0], v[1]];
  }
  const wanted = opts.keys ? new Set(opts.keys.map((k) => lookupKey(model, k).key)) : undefined;
  const rows: TornadoRow[] = [];
  const skipped: { key: string; reason: string }[] = [];
  for (const meta of model.params as readonly ParamMeta[]) {
    const key = meta.key;
    if (wanted && !wanted.has(key)) continue;
    const v = base[key];
    if (v === undefined) continue;
    const given = bounds[key];
    if (!given) {
      if (wanted === undefined && (meta.kind === 'integer' || meta.kind === 'vector')) {
        skipped.push({ key, reason: meta.kind === 'integer' ? 'a whole number (give bounds to include it)' : 'a row of values' });
        continue;
      }
      if (SUM_KEYS.has(key)) {
        skipped.push({ key, reason: 'takes part in a sum rule' });
        continue;
      }
      if (typeof v !== 'number') {
        skipped.push({ key, reason: 'a row of values' });
        continue;
      }
    }
    const x = v as number;
    let low = given ? given[0] : x * (1 - f);
    let high = given ? given[1] : x * (1 + f);
    // A default move past the key's range stops at the range's end, and the row says so; given
    // bounds are the user's and are checked as they are.
    const notes: string[] = [];
    if (!given) {
      const limit = (pt: number, side: 'low' | 'high'): number => {
        if (violation(meta, pt) === undefined) return pt;
        const end = pt < x ? meta.min : meta.max;
        const exclusive = pt < x ? meta.minExclusive : meta.maxExclusive;
        const to = end === undefined || exclusive ? x : end;
        notes.push(`${side} limited to ${fmt(to)} (${meta.key} ${ruleText(meta)})`);
        return to;
      };
      [low, high] = [limit(Math.min(low, high), 'low'), limit(Math.max(low, high), 'high')];
    }
    const what = (pt: number, side: string) => (given ? `${key} at its ${side} bound ${fmt(pt)}` : `${key} moved ${side === 'low' ? 'down' : 'up'} ${fmt(f * 100)} % to ${fmt(pt)}`);
    const outputLow = evaluateAt(kind, base, { [key]: low }, out, what(low, 'low') + ' breaks a rule; give bounds for it');
    const outputHigh = evaluateAt(kind, base, { [key]: high }, out, what(high, 'high') + ' breaks a rule; give bounds for it');
    const swing = outputLow === null || outputHigh === null ? null : Math.abs(outputHigh - outputLow);
    rows.push({ key, base: x, low, high, outputLow, outputHigh, swing, ...(notes.length ? { note: notes.join('; ') } : {}) });
  }
  rows.sort((a, b) => (b.swing ?? -1) - (a.swing ?? -1));
  return { output: out.name, baseOutput, rows, skipped };
}

export interface Grid {
  output: string;
  keyX: string;
  keyY: string;
  xs: number[];
  ys: number[];
  /** values[i][j]: the output at xs[i], ys[j]; null where it does not exist. */
  values: (number | null)[][];
}

/** Two-way grid: the output over every pair of values of two parameters. */
export function grid(kind: SimKind, layers: readonly InputLayer[], output: string | undefined, keyX: string, xs: number[], keyY: string, ys: number[]): Grid {
  const model = SIM_MODELS[kind];
  const out = outputOf(kind, output);
  const kx = lookupKey(model, keyX).key;
  const ky = lookupKey(model, keyY).key;
  if (kx === ky) throw new ParameterError(`the two grid parameters must differ (got ${kx} twice)`, kx);
  for (const [k, vs] of [[kx, xs], [ky, ys]] as const) {
    if (!Array.isArray(vs) || vs.length === 0) throw new ParameterError(`${k} needs at least one value for the grid`, k, vs);
    vs.forEach((v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new ParameterError(`grid values of ${k} must be numbers (got ${showValue(v)})`, k, v);
    });
  }
  const base = baseParams(kind, layers);
  const values = xs.map((x) => ys.map((y) => evaluateAt(kind, base, { [kx]: x, [ky]: y }, out, `grid point ${kx} = ${fmt(x)}, ${ky} = ${fmt(y)}`)));
  return { output: out.name, keyX: kx, keyY: ky, xs: [...xs], ys: [...ys], values };
}
