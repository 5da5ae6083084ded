/**
 * Sensitivity (docs/model.md section 6): the one-way tornado and the two-way grid, for the case, the
 * contract and the fund. Every point goes through the model's validation. A default move (+-10 %)
 * that would leave a key's range stops at the range's end and the row carries a note saying so;
 * a given bound or grid value that breaks a rule is an error naming the key.
 */
import type { MessageParts } from './errors';
import { ParameterError } from './errors';
import type { Lang } from './messages';
import { defineMessages, invalid, render, showValueIn, withPrefix } from './messages';
import type { CaseResult } from './case';
import type { ContractResult } from './contract';
import type { FundResult } from './fund';
import { InputLayer, mergeInput, validate, lookupKey } from './models';
import { SIM_MODELS, SimKind } from './montecarlo';
import type { ParamMeta, Text } from './fields';
import { violation, ruleText } from './fields';
import { unitsKeys, unitsMeta, unitsOf, withUnits } from './consequenceUnits';

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
    // The board's figures (docs/fund.md)
    { name: 'fundValue', label: { en: 'fund value at the horizon', da: 'fondens værdi ved horisonten' }, get: (r) => (r as FundResult).fundValue },
    { name: 'shortfall', label: { en: 'shortfall over the horizon', da: 'underskud over horisonten' }, get: (r) => (r as FundResult).shortfall.reduce((a, b) => a + b, 0) },
    { name: 'lost', label: { en: 'lost instalments', da: 'tabte afdrag' }, get: (r) => (r as FundResult).lost.reduce((a, b) => a + b, 0) },
  ],
};

const num = (x: number, l: Lang) => fmt(x, l);
const shown = (x: unknown, l: Lang) => showValueIn(x, l);
const SIDE_DA: Record<string, string> = { low: 'lav', high: 'høj' };

defineMessages({
  sensOutput: {
    en: (p, l) => `output must be one of ${p.names.join(', ')} (got ${shown(p.value, l)})`,
    da: (p, l) => `output skal være en af ${p.names.join(', ')} (fik ${shown(p.value, l)})`,
  },
  sensFraction: {
    en: (p, l) => `fraction must be above 0 and below 1 (got ${shown(p.value, l)})`,
    da: (p, l) => `fraction skal være over 0 og under 1 (fik ${shown(p.value, l)})`,
  },
  sensBounds: {
    en: (p, l) => `bounds of ${p.key} must be two numbers, low and high (got ${shown(p.value, l)})`,
    da: (p, l) => `grænserne for ${p.key} skal være to tal, lav og høj (fik ${shown(p.value, l)})`,
  },
  gridSameKey: {
    en: (p) => `the two grid parameters must differ (got ${p.key} twice)`,
    da: (p) => `gitterets to parametre skal være forskellige (fik ${p.key} to gange)`,
  },
  gridNoValues: { en: (p) => `${p.key} needs at least one value for the grid`, da: (p) => `${p.key} skal have mindst én værdi til gitteret` },
  gridNotNumber: {
    en: (p, l) => `grid values of ${p.key} must be numbers (got ${shown(p.value, l)})`,
    da: (p, l) => `gitterværdierne for ${p.key} skal være tal (fik ${shown(p.value, l)})`,
  },
  tornadoSkipInteger: { en: () => 'a whole number (give bounds to include it)', da: () => 'et helt tal (giv grænser for at tage den med)' },
  tornadoSkipVector: { en: () => 'a row of values', da: () => 'en række af værdier' },
  tornadoSkipSum: { en: () => 'takes part in a sum rule', da: () => 'indgår i en sumregel' },
  tornadoLimited: {
    en: (p, l) => p.limits.map((x: any) => `${x.side} limited to ${num(x.to, l)} (${x.meta.key} ${ruleText(x.meta)})`).join('; '),
    da: (p, l) => p.limits.map((x: any) => `${SIDE_DA[x.side]} begrænset til ${num(x.to, l)} (${x.meta.key} ${ruleText(x.meta, 'da')})`).join('; '),
  },
});

/** Where a tornado point broke a rule, in both languages (the front of its message). */
function tornadoPoint(key: string, side: 'low' | 'high', pt: number, given: boolean, f: number): { en: string; da: string } {
  const en = given ? `${key} at its ${side} bound ${fmt(pt)}` : `${key} moved ${side === 'low' ? 'down' : 'up'} ${fmt(f * 100)} % to ${fmt(pt)}`;
  const da = given
    ? `${key} ved sin ${side === 'low' ? 'nedre' : 'øvre'} grænse ${fmt(pt, 'da')}`
    : `${key} flyttet ${side === 'low' ? 'ned' : 'op'} ${fmt(f * 100, 'da')} % til ${fmt(pt, 'da')}`;
  return { en: `${en} breaks a rule; give bounds for it`, da: `${da} bryder en regel; giv grænser for den` };
}

const skip = (key: string, code: string) => {
  const reasonParts: MessageParts = { code, params: {} };
  return { key, reason: render(reasonParts), reasonParts };
};

const ALIASES: Record<string, string> = { municipality: 'kommune', state: 'stat', people: 'cumulativePeople' };

export function outputOf(kind: SimKind, name: unknown): OutputDef {
  const list = OUTPUTS[kind];
  if (name === undefined || name === null || name === '') return list[0];
  const n = typeof name === 'string' ? name.trim().toLowerCase() : '';
  const canon = ALIASES[n] ?? n;
  const o = list.find((x) => x.name.toLowerCase() === canon.toLowerCase());
  if (!o) throw invalid('sensOutput', { names: list.map((x) => x.name), value: name }, 'output', name);
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
  /** Present when a default move stopped at the end of the key's range (English; noteParts for hosts). */
  note?: string;
  noteParts?: MessageParts;
}

export interface Tornado {
  output: string;
  baseOutput: number | null;
  rows: TornadoRow[];
  /** Parameters left out and why (sum rules, vectors, whole numbers). */
  skipped: TornadoSkip[];
}

/** A parameter the tornado left out, with the reason in English and as parts for other languages. */
export interface TornadoSkip {
  key: string;
  reason: string;
  reasonParts: MessageParts;
}

function evaluateAt(kind: SimKind, base: Record<string, unknown>, changes: Record<string, number>, out: OutputDef, why: { en: string; da: string }): number | null {
  const model = SIM_MODELS[kind];
  // units:ID changes set a consequence's units (docs/budget-lines.md).
  const input: Record<string, unknown> = withUnits(base, changes);
  // Moving one of an exclusive pair (costTotal / costPerParticipant) replaces the other.
  for (const group of model.exclusive) {
    if (group.some((k) => k in changes)) for (const k of group) if (!(k in changes)) delete input[k];
  }
  let p: unknown;
  try {
    p = validate(model, input);
  } catch (e) {
    if (e instanceof ParameterError) throw withPrefix(why, e);
    throw e;
  }
  return out.get(model.evaluate(p));
}

function baseParams(kind: SimKind, layers: readonly InputLayer[]): Record<string, unknown> {
  const model = SIM_MODELS[kind];
  return validate(model, mergeInput(model, layers)) as Record<string, unknown>;
}

function fmt(x: number, l: Lang = 'en'): string {
  const s = String(Number(x.toPrecision(10)));
  return l === 'da' ? s.replace('.', ',') : s;
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
    throw invalid('sensFraction', { value: f }, 'fraction', f);
  }
  const base = baseParams(kind, layers);
  const baseOutput = out.get(model.evaluate(base));
  const bounds: Record<string, [number, number]> = {};
  const metaOf = (k: string) => unitsMeta(k, base) ?? lookupKey(model, k);
  for (const [k, v] of Object.entries(opts.bounds ?? {})) {
    const meta = metaOf(k);
    if (!Array.isArray(v) || v.length !== 2 || v.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
      throw invalid('sensBounds', { key: meta.key, value: v }, meta.key, v);
    }
    bounds[meta.key] = [v[0], v[1]];
  }
  const wanted = opts.keys ? new Set(opts.keys.map((k) => metaOf(k).key)) : undefined;
  const rows: TornadoRow[] = [];
  const skipped: TornadoSkip[] = [];
  const metas = [...(model.params as readonly ParamMeta[]), ...unitsKeys(base).map((k) => unitsMeta(k, base) as ParamMeta)];
  for (const meta of metas) {
    const key = meta.key;
    if (wanted && !wanted.has(key)) continue;
    const v = unitsOf(base, key) ?? base[key];
    if (v === undefined) continue;
    const given = bounds[key];
    if (!given) {
      if (wanted === undefined && (meta.kind === 'integer' || meta.kind === 'vector')) {
        skipped.push(skip(key, meta.kind === 'integer' ? 'tornadoSkipInteger' : 'tornadoSkipVector'));
        continue;
      }
      if (SUM_KEYS.has(key)) {
        skipped.push(skip(key, 'tornadoSkipSum'));
        continue;
      }
      if (typeof v !== 'number') {
        skipped.push(skip(key, 'tornadoSkipVector'));
        continue;
      }
    }
    const x = v as number;
    let low = given ? given[0] : x * (1 - f);
    let high = given ? given[1] : x * (1 + f);
    // A default move past the key's range stops at the range's end, and the row says so; given
    // bounds are the user's and are checked as they are.
    const limits: { side: 'low' | 'high'; to: number; meta: ParamMeta }[] = [];
    if (!given) {
      const limit = (pt: number, side: 'low' | 'high'): number => {
        if (violation(meta, pt) === undefined) return pt;
        const end = pt < x ? meta.min : meta.max;
        const exclusive = pt < x ? meta.minExclusive : meta.maxExclusive;
        const to = end === undefined || exclusive ? x : end;
        limits.push({ side, to, meta });
        return to;
      };
      [low, high] = [limit(Math.min(low, high), 'low'), limit(Math.max(low, high), 'high')];
    }
    const outputLow = evaluateAt(kind, base, { [key]: low }, out, tornadoPoint(key, 'low', low, !!given, f));
    const outputHigh = evaluateAt(kind, base, { [key]: high }, out, tornadoPoint(key, 'high', high, !!given, f));
    const swing = outputLow === null || outputHigh === null ? null : Math.abs(outputHigh - outputLow);
    const noteParts: MessageParts | undefined = limits.length ? { code: 'tornadoLimited', params: { limits } } : undefined;
    rows.push({ key, base: x, low, high, outputLow, outputHigh, swing, ...(noteParts ? { note: render(noteParts), noteParts } : {}) });
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
  if (kx === ky) throw invalid('gridSameKey', { key: kx }, kx);
  for (const [k, vs] of [[kx, xs], [ky, ys]] as const) {
    if (!Array.isArray(vs) || vs.length === 0) throw invalid('gridNoValues', { key: k }, k, vs);
    vs.forEach((v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw invalid('gridNotNumber', { key: k, value: v }, k, v);
    });
  }
  const base = baseParams(kind, layers);
  const values = xs.map((x) => ys.map((y) => evaluateAt(kind, base, { [kx]: x, [ky]: y }, out, { en: `grid point ${kx} = ${fmt(x)}, ${ky} = ${fmt(y)}`, da: `gitterpunkt ${kx} = ${fmt(x, 'da')}; ${ky} = ${fmt(y, 'da')}` })));
  return { output: out.name, keyX: kx, keyY: ky, xs: [...xs], ys: [...ys], values };
}
