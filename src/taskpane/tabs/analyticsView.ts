/**
 * Pure view-model code of the contract and risk tabs (no DOM), so it can be unit-tested against the
 * model's numbers: histogram bars, tornado bar geometry, "does not exist" figures, the
 * distribution editor's rows turned into the model's distributions, figure units, and the two-way
 * grid's default values, typed values and cell shades.
 */
import {
  histogram, makeDistribution, isDomainError, violation, localMessage, render, ModelDef, Derived, Tornado, DistKind, DistSpec, Distribution, ParamMeta, SimKind, DIST_NAMES, DIST_ARG_NAMES, DIST_ARG_KEYS,
} from '../../model';
import { parseInput, inputText } from '../format';
import { tr } from '../i18n';
import type { Lang } from '../i18n';

export interface HistBar {
  lo: number;
  hi: number;
  count: number;
  /** count / draws in which the figure exists. */
  share: number;
}

/** Equal-width bars over the values that exist (NaN = the figure does not exist in that draw). */
export function histogramBars(values: Float64Array, bins = 30): HistBar[] {
  const { edges, counts } = histogram(values, bins);
  let n = 0;
  for (const c of counts) n += c;
  return counts.map((c, i) => ({ lo: edges[i], hi: edges[i + 1], count: c, share: n > 0 ? c / n : 0 }));
}

export interface TornadoBar {
  key: string;
  low: number;
  high: number;
  outputLow: number | null;
  outputHigh: number | null;
  swing: number | null;
  /** Pixel positions of the bar's two ends and of the base output (x0 <= x1). */
  x0: number;
  x1: number;
  /** Pixel position of the output at the parameter's low / high value; null where it does not exist. */
  xLow: number | null;
  xHigh: number | null;
}

/**
 * Lays out a tornado in [left, right] pixels, rows in the model's order (largest swing first);
 * the scale spans the base output and every row's outputs. Rows whose output does not exist at
 * one end are drawn as a point at the end that exists (or at the base).
 */
export function tornadoLayout(t: Tornado, left: number, right: number): { bars: TornadoBar[]; baseX: number; lo: number; hi: number } {
  const all: number[] = [];
  if (t.baseOutput !== null) all.push(t.baseOutput);
  for (const r of t.rows) for (const v of [r.outputLow, r.outputHigh]) if (v !== null) all.push(v);
  let lo = all.length ? Math.min(...all) : 0;
  let hi = all.length ? Math.max(...all) : 1;
  if (hi === lo) {
    lo -= 1;
    hi += 1;
  }
  const x = (v: number) => left + ((v - lo) * (right - left)) / (hi - lo);
  const base = t.baseOutput ?? lo;
  const bars = t.rows.map((r) => {
    const a = r.outputLow ?? r.outputHigh ?? base;
    const b = r.outputHigh ?? r.outputLow ?? base;
    return {
      key: r.key, low: r.low, high: r.high, outputLow: r.outputLow, outputHigh: r.outputHigh, swing: r.swing,
      x0: x(Math.min(a, b)), x1: x(Math.max(a, b)),
      xLow: r.outputLow === null ? null : x(r.outputLow), xHigh: r.outputHigh === null ? null : x(r.outputHigh),
    };
  });
  return { bars, baseX: x(base), lo, hi };
}

/** A derived figure for display: its value as text, or "does not exist" with the model's reason (in `lang`). */
export function derivedShown(d: Derived, fmt: (x: number) => string, notExist: string, lang: Lang = 'en'): { text: string; value: string; exists: boolean } {
  const reason = d.reasonParts ? render(d.reasonParts, lang) : d.reason;
  if (d.value === null) return { text: reason ? `${notExist}: ${reason}` : notExist, value: 'null', exists: false };
  return { text: fmt(d.value), value: String(d.value), exists: true };
}

/** The values each distribution takes, in the model's order, with their names for users. */
export const DIST_ARGS = Object.fromEntries(
  (Object.keys(DIST_ARG_KEYS) as DistKind[]).map((k) => [k, DIST_ARG_KEYS[k].map((n) => DIST_ARG_NAMES[n])]),
) as Record<DistKind, { en: string; da: string }[]>;
export const DIST_KINDS = Object.keys(DIST_ARGS) as DistKind[];
export { DIST_NAMES };

/** One row of the distribution editor as typed. */
export interface DistRow {
  key: string;
  kind: DistKind;
  args: string[];
  /** The default's exact numbers and the (rounded) text shown for them: an argument whose text
   *  is unchanged keeps its exact number, so an unedited default run equals the model's own. */
  exact?: { text: string; value: number }[];
}

export function rowsFromSpecs(specs: readonly DistSpec[], lang: Lang): DistRow[] {
  return specs.map((s) => {
    const exact = s.args.map((a) => ({ text: inputText(lang, Number(a.toPrecision(12))), value: a }));
    return { key: s.key, kind: s.kind, args: exact.map((e) => e.text), exact };
  });
}

/**
 * The editor's rows as the model's distributions. Each row is checked by the model's own
 * makeDistribution, so its message (naming key, value and rule) is what the user sees at the row;
 * a key given twice is an error at the second row. Messages are in `lang`.
 */
export function buildDistributions(model: ModelDef<any, any>, rows: readonly DistRow[], lang: Lang = 'en'): { dists: Distribution[]; errors: Map<number, string> } {
  const dists: Distribution[] = [];
  const errors = new Map<number, string>();
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    if (seen.has(r.key)) {
      errors.set(i, tr(lang, 'distTwice', { key: r.key, first: (seen.get(r.key) as number) + 1, second: i + 1 }));
      return;
    }
    seen.set(r.key, i);
    const args = r.args.slice(0, DIST_ARGS[r.kind].length).map((a, j) => (r.exact?.[j]?.text === a ? r.exact[j].value : parseInput(a)));
    try {
      dists.push(makeDistribution(model, { key: r.key, kind: r.kind, args: args as number[] }));
    } catch (e) {
      if (!isDomainError(e)) throw e;
      errors.set(i, localMessage(e, lang));
    }
  });
  return { dists, errors };
}

// ---------------------------------------------------------------------------------------------
// Units of the figures the risk tab shows (Monte Carlo metrics and sensitivity outputs)

export type FigureUnit = 'dkk' | 'count' | 'multiple' | 'rate';

/**
 * How a figure is shown: a Monte Carlo metric ('kommune.presentValue', 'investor.irr',
 * 'cumulativePeople') or a sensitivity output of sensitivity.ts's OUTPUTS ('kommune', 'irr',
 * 'employed'). People and partnerships are counts; everything else that is not a multiple or a
 * rate is money.
 */
export function figureUnit(name: string): FigureUnit {
  const last = name.split('.').pop() as string;
  if (last === 'multiple') return 'multiple';
  if (last === 'irr') return 'rate';
  if (last === 'cumulativePeople' || last === 'employed' || last === 'partnerships') return 'count';
  return 'dkk';
}

// ---------------------------------------------------------------------------------------------
// Two-way grid (sensitivity.ts grid)

/** The default moves of each grid axis: the current value and +-10 %, +-20 %. */
export const GRID_STEPS = [-0.2, -0.1, 0, 0.1, 0.2] as const;
/** More values than this make a table the pane cannot show legibly. */
export const GRID_MAX_VALUES = 12;

/**
 * Default values of a grid axis: base x (1 + step) for each step, rounded to 12 significant digits
 * (so 0.4 x 0.8 shows as 0.32, not 0.32000000000000006), in increasing order, without repeats.
 * A value outside the key's range is left out rather than moved to the range's end, so every
 * default point is one the model accepts (a success rate of 0.9 gives 0.72, 0.81, 0.9, 0.99).
 */
export function gridDefaultValues(meta: ParamMeta, base: number): number[] {
  const out: number[] = [];
  for (const f of GRID_STEPS) {
    const v = f === 0 ? base : Number((base * (1 + f)).toPrecision(12));
    if (violation(meta, v) === undefined && !out.includes(v)) out.push(v);
  }
  return out.sort((a, b) => a - b);
}

/**
 * The values typed for a grid axis, separated by ';' (the Danish decimal mark is ','), in either
 * language. Each value is checked against the key's own rule, so the message is the model's (in `lang`).
 */
export function parseGridValues(text: string, meta: ParamMeta, lang: Lang = 'en'): { values: number[]; error?: string } {
  const parts = text.split(';').map((x) => x.trim()).filter((x) => x !== '');
  if (parts.length === 0) return { values: [], error: tr(lang, 'gridNoValues', { key: meta.key }) };
  if (parts.length > GRID_MAX_VALUES) return { values: [], error: tr(lang, 'gridTooMany', { key: meta.key, max: GRID_MAX_VALUES, n: parts.length }) };
  const values: number[] = [];
  for (const p of parts) {
    const v = parseInput(p);
    const msg = violation(meta, v, lang);
    if (msg) return { values: [], error: msg };
    values.push(v as number);
  }
  return { values };
}

export function gridValuesText(values: readonly number[], lang: Lang): string {
  return values.map((v) => inputText(lang, v)).join('; ');
}

/**
 * The value a grid cell's shade is measured from: break-even (0) for money and rates, 1 for the
 * investor multiple (the money back), and for the fund (all of whose figures are positive) the
 * figure at the current inputs.
 */
export function gridReference(kind: SimKind, output: string, baseOutput: number | null): number {
  if (kind === 'fund') return baseOutput ?? 0;
  return figureUnit(output) === 'multiple' ? 1 : 0;
}

export const GRID_LEVELS = 3;

/**
 * CSS classes of the grid cells (the pane's CSP forbids inline styles): 'grid-pos-N' above the
 * reference and 'grid-neg-N' below it, N = 1..3 by the distance from the reference as a share of
 * the largest distance in the grid (ceil(3 x share)); 'grid-ref' at the reference; 'grid-na'
 * where the output does not exist.
 */
export function gridCellClasses(values: readonly (readonly (number | null)[])[], reference: number): string[][] {
  let maxDev = 0;
  for (const row of values) for (const v of row) if (v !== null) maxDev = Math.max(maxDev, Math.abs(v - reference));
  return values.map((row) => row.map((v) => {
    if (v === null) return 'grid-na';
    const d = v - reference;
    if (d === 0 || maxDev === 0) return 'grid-ref';
    const level = Math.min(GRID_LEVELS, Math.max(1, Math.ceil((GRID_LEVELS * Math.abs(d)) / maxDev)));
    return `${d > 0 ? 'grid-pos' : 'grid-neg'}-${level}`;
  }));
}
