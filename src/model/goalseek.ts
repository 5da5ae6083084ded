/**
 * Goal seek: the value of one input at which one output of the model equals a target, every other
 * input as given. Works on any model (case, contract, fund): the output is a path into the model's
 * result, with the names of the CLI's JSON and the export's Results sheet (`actors.kommune.presentValue`,
 * `cumulativePeople.6` with 1-based years, `investor.irr`).
 *
 * The search: sample points over the key's range (a bounded range in 64 equal steps; an unbounded end
 * grows outward from the current value by doubling; an open end is approached by halving, never
 * used), the first sign change of output - target from the low end, then bisection (bisect.ts) to
 * neighbouring doubles, well inside the 1e-10 of the range the specification asks for. Several
 * crossings: the one nearest min (of those the samples separate).
 */
import { isDomainError } from './errors';
import type { ParamMeta } from './fields';
import { ruleText, violation } from './fields';
import type { InputLayer, ModelDef } from './models';
import { assertFiniteResult, lookupKey, mergeInput, validate } from './models';
import { closest } from './suggest';
import { signChange } from './bisect';
import { invalid, notAvailable, defineMessages, interval, numberIn, showValueIn } from './messages';
import type { Lang } from './messages';

const v = (x: unknown, lang: Lang) => showValueIn(x, lang);
const n = (x: number, lang: Lang) => numberIn(x, lang);

defineMessages({
  goalSeekNoCrossing: {
    en: (p, l) => `no value of ${p.key} in ${interval(p.min, p.max, l)} gives ${p.output} = ${n(p.target, l)}`,
    da: (p, l) => `ingen værdi af ${p.key} i ${interval(p.min, p.max, l)} giver ${p.output} = ${n(p.target, l)}`,
  },
  goalSeekNotAtPoint: {
    en: (p, l) => `${p.output} does not exist at ${p.key} = ${n(p.at, l)}, inside the search; narrow min and max`,
    da: (p, l) => `${p.output} findes ikke ved ${p.key} = ${n(p.at, l)} inden for søgningen; indsnævr min og max`,
  },
  goalSeekKeyKind: {
    en: (p) => `goal seek needs a key that takes one number; ${p.key} is ${p.kind === 'integer' ? 'a whole number' : 'a list of values'}`,
    da: (p) => `målsøgning kræver en nøgle med ét tal; ${p.key} er ${p.kind === 'integer' ? 'et helt tal' : 'en liste af værdier'}`,
  },
  goalSeekBound: {
    en: (p, l) => `${p.which} of the search must be a number in ${p.key}'s range (${ruleText(p.rule, l)}) (got ${v(p.value, l)})`,
    da: (p, l) => `søgningens ${p.which} skal være et tal i ${p.key}s interval (${ruleText(p.rule, l)}) (fik ${v(p.value, l)})`,
  },
  goalSeekOrder: {
    en: (p, l) => `min must be below max (got min ${n(p.min, l)} and max ${n(p.max, l)})`,
    da: (p, l) => `min skal være under max (fik min ${n(p.min, l)} og max ${n(p.max, l)})`,
  },
  goalSeekTarget: {
    en: (p, l) => `target must be a finite number (got ${v(p.value, l)})`,
    da: (p, l) => `target skal være et endeligt tal (fik ${v(p.value, l)})`,
  },
  outputUnknown: {
    en: (p) => `output '${p.output}' is not a figure of the ${p.model} model${p.guess ? ` - did you mean '${p.guess}'?` : ''} (${p.at ? `'${p.at}' holds: ` : 'figures: '}${p.names})`,
    da: (p) => `output '${p.output}' er ikke et tal i ${p.model}-modellen${p.guess ? ` - mente du '${p.guess}'?` : ''} (${p.at ? `'${p.at}' indeholder: ` : 'tal: '}${p.names})`,
  },
  outputIndex: {
    en: (p) => `output '${p.output}': ${p.at} has ${p.length} values, so the number after it must be 1 to ${p.length} (1 = the first year)`,
    da: (p) => `output '${p.output}': ${p.at} har ${p.length} værdier, så tallet efter det skal være 1 til ${p.length} (1 = første år)`,
  },
  outputNotFigure: {
    en: (p) => `output '${p.output}' names ${p.length !== undefined ? `a list, not one figure; add a year 1..${p.length}, e.g. '${p.output}.1'` : `a group, not one figure; add one of ${p.names}`}`,
    da: (p) => `output '${p.output}' er ${p.length !== undefined ? `en liste, ikke ét tal; tilføj et år 1..${p.length}, fx '${p.output}.1'` : `en gruppe, ikke ét tal; tilføj en af ${p.names}`}`,
  },
});

export interface GoalSeekRequest {
  /** Path of the output in the model's result. */
  output: string;
  target: number;
  /** The input to vary. */
  key: string;
  min?: number;
  max?: number;
}

export interface GoalSeekResult {
  key: string;
  value: number;
  output: string;
  target: number;
  /** The output at the value found. */
  achieved: number;
}

const GRID_STEPS = 64;
const GROWTH_STEPS = 60;

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** Names of the figures below a node, for the error message. */
function childNames(node: unknown): string {
  if (Array.isArray(node)) return `1..${node.length}`;
  return isRecord(node) ? Object.keys(node).join(', ') : '';
}

/**
 * The figure at `path` in a model result: segments separated by '.', names in any letter case, a
 * number after a list is its 1-based position. Null when the model says the figure does not exist
 * at this input (a break-even year never reached, an IRR that does not exist).
 */
export function outputAt(result: unknown, path: string, modelLabel: string): number | null {
  const segments = path.split('.').map((s) => s.trim());
  let node: unknown = result;
  const done: string[] = [];
  for (const [index, seg] of segments.entries()) {
    if (Array.isArray(node)) {
      const i = Number(seg);
      if (!/^\d+$/.test(seg) || i < 1 || i > node.length) throw invalid('outputIndex', { output: path, at: done.join('.'), length: node.length }, 'output', path);
      node = node[i - 1];
    } else if (isRecord(node)) {
      const name = Object.keys(node).find((k) => k.toLowerCase() === seg.toLowerCase());
      if (name === undefined) {
        const guess = closest(seg, Object.keys(node));
        const suggestion = guess !== undefined ? [...done, guess, ...segments.slice(index + 1)].join('.') : undefined;
        throw invalid('outputUnknown', { output: path, model: modelLabel, guess: suggestion, at: done.join('.'), names: childNames(node) }, 'output', path);
      }
      node = node[name];
    } else {
      throw invalid('outputUnknown', { output: path, model: modelLabel, at: done.join('.'), names: 'one figure' }, 'output', path);
    }
    done.push(seg);
  }
  if (node === null || typeof node === 'number') return node;
  if (Array.isArray(node)) throw invalid('outputNotFigure', { output: path, length: node.length }, 'output', path);
  throw invalid('outputNotFigure', { output: path, names: childNames(node) }, 'output', path);
}

function boundArg(meta: ParamMeta, which: 'min' | 'max', x: number | undefined): number | undefined {
  if (x === undefined) return undefined;
  if (!Number.isFinite(x) || violation(meta, x) !== undefined) {
    throw invalid('goalSeekBound', { which, key: meta.key, rule: meta, value: x }, which, x);
  }
  return x;
}

/** Sample points, ascending: the grid of a bounded range, or growth outward from `start`. */
function samplePoints(meta: ParamMeta, lo: number | undefined, hi: number | undefined, start: number): number[] {
  const loOpen = lo === undefined || (lo === meta.min && meta.minExclusive === true);
  const hiOpen = hi === undefined || (hi === meta.max && meta.maxExclusive === true);
  if (lo !== undefined && hi !== undefined) {
    // A hair inside an open end: the end itself breaks the key's rule.
    const hair = (hi - lo) * 1e-12;
    const a = loOpen ? lo + hair : lo;
    const b = hiOpen ? hi - hair : hi;
    return Array.from({ length: GRID_STEPS + 1 }, (_, i) => (i === GRID_STEPS ? b : a + ((b - a) * i) / GRID_STEPS));
  }
  const s = Math.min(Math.max(start, lo ?? -Infinity), hi ?? Infinity);
  const points = [s];
  const step = Math.max(Math.abs(s), 1);
  for (let k = 0; k < GROWTH_STEPS; k++) {
    const d = 2 ** k;
    // Unbounded: double outward. Bounded: halve the distance to the end (reaching a closed end).
    points.push(hi === undefined ? s + step * d : hi - (hi - s) / (2 * d));
    points.push(lo === undefined ? s - step * d : lo + (s - lo) / (2 * d));
  }
  if (lo !== undefined && !loOpen) points.push(lo);
  if (hi !== undefined && !hiOpen) points.push(hi);
  return Array.from(new Set(points)).sort((x, y) => x - y);
}

/** Merged input with the key set (and the other key of an exclusive pair removed). */
function baseInput(model: ModelDef<any, any>, layers: readonly InputLayer[], meta: ParamMeta): Record<string, unknown> {
  const merged = mergeInput(model, layers);
  for (const group of model.exclusive) {
    if (group.includes(meta.key)) for (const k of group) if (k !== meta.key && merged[meta.key] === undefined) delete merged[k];
  }
  return merged;
}

function startValue(meta: ParamMeta, current: unknown): number {
  if (typeof current === 'number') return current;
  if (typeof meta.default === 'number') return meta.default;
  return meta.min !== undefined ? Math.max(meta.min, 0) + 1 : 1;
}

export function goalSeek(model: ModelDef<any, any>, layers: readonly InputLayer[], req: GoalSeekRequest): GoalSeekResult {
  const meta = lookupKey(model, req.key);
  if (meta.kind === 'integer' || meta.kind === 'vector') throw invalid('goalSeekKeyKind', { key: meta.key, kind: meta.kind }, 'key', req.key);
  if (!Number.isFinite(req.target)) throw invalid('goalSeekTarget', { value: req.target }, 'target', req.target);
  const lo = boundArg(meta, 'min', req.min) ?? meta.min;
  const hi = boundArg(meta, 'max', req.max) ?? meta.max;
  if (lo !== undefined && hi !== undefined && !(lo < hi)) throw invalid('goalSeekOrder', { min: lo, max: hi }, 'min', lo);
  const input = baseInput(model, layers, meta);
  const start = startValue(meta, input[meta.key]);
  const outputOf = (x: number): number | null => {
    input[meta.key] = x;
    return outputAt(assertFiniteResult(model.evaluate(validate(model, input))), req.output, model.label);
  };
  // The input as given must be valid and must have the output (a misspelt path fails here).
  outputOf(start);
  const points = samplePoints(meta, lo, hi, start);
  const bounded = lo !== undefined && hi !== undefined;
  const values = points.map((x) => {
    try {
      return outputOf(x);
    } catch (e) {
      // Growing outward may overflow the model; that ends the growth. In a given range it is an error.
      if (!bounded && isDomainError(e)) return undefined;
      throw e;
    }
  });
  const g = (x: number): number => {
    const y = outputOf(x);
    if (y === null) throw notAvailable('goalSeekNotAtPoint', { output: req.output, key: meta.key, at: x }, 'output');
    return y - req.target;
  };
  let prev = -1;
  for (let i = 0; i < points.length; i++) {
    const y = values[i];
    if (y === null || y === undefined) continue;
    if (y === req.target) return finish(req, meta.key, points[i], y);
    const before = prev >= 0 ? (values[prev] as number) : undefined;
    if (before !== undefined && Math.sign(before - req.target) !== Math.sign(y - req.target)) {
      // The model's one bisection, to neighbouring doubles: well inside 1e-10 of the range.
      const x = signChange(g, points[prev], points[i]);
      return finish(req, meta.key, x, g(x) + req.target);
    }
    prev = i;
  }
  throw notAvailable('goalSeekNoCrossing', { key: meta.key, min: lo ?? -Infinity, max: hi ?? Infinity, output: req.output, target: req.target }, 'output');
}

function finish(req: GoalSeekRequest, key: string, value: number, achieved: number): GoalSeekResult {
  return { key, value, output: req.output, target: req.target, achieved };
}
