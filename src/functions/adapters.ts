/**
 * Dispatch between Excel arguments and the model: the first argument (preset name or parameter
 * range), override pairs, sweeps, the parse cache, and the mapping of domain errors to Excel
 * errors. Pure: the Excel error type is passed in, so these run under jest without Office, and
 * every number comes from the model.
 */
import {
  run,
  mergeInput,
  validate,
  assertFiniteResult,
  parseParameterTable,
  lookupKey,
  NotAvailableError,
  isDomainError,
  DomainError,
  showValue,
  isEmptyCell,
  ModelDef,
  InputLayer,
  percentCell,
  localMessage,
  invalid,
  notAvailable,
} from '../model';
import type { Lang } from '../model';
import { Matrix, asMatrix, isOmitted, shapeOf, shapeText, flatten, dims, fingerprint } from './coerce';
import './messages';

/** The largest sweep: a whole-column reference would otherwise mean a million model runs. */
export const MAX_SWEEP = 100_000;

// ---------------------------------------------------------------------------------------------
// Caches. Keys are exact fingerprints of the cell contents, so a changed cell is a different key.

class Lru<V> {
  private map = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(k: string): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: string, v: V): void {
    this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
  }
  clear(): void {
    this.map.clear();
  }
}

const baseCache = new Lru<InputLayer>(64);
const runCache = new Lru<{ params: unknown; result: unknown }>(256);

export function clearCaches(): void {
  baseCache.clear();
  runCache.clear();
}

// ---------------------------------------------------------------------------------------------
// The first argument: a preset name or a parameter range.

export interface Base {
  layer: InputLayer;
  /** Fingerprint of the argument, undefined when it is not cacheable. */
  key?: string;
}

export function resolveBase(model: ModelDef<any, any>, arg: unknown): Base {
  if (isOmitted(arg)) {
    throw invalid('paramsEmpty', {}, 'params');
  }
  const m = asMatrix(arg);
  if (shapeOf(m) === 'cell') {
    const v = m[0][0];
    if (typeof v !== 'string') {
      throw invalid('paramsNotText', { value: v }, 'params', v);
    }
    return { layer: { preset: v.trim() }, key: model.kind + '\u0001' + fingerprint(m) };
  }
  const fp = fingerprint(m);
  const key = fp === undefined ? undefined : model.kind + '\u0001' + fp;
  if (key !== undefined) {
    const hit = baseCache.get(key);
    if (hit) return { layer: hit, key };
  }
  const layer = parseParameterTable(model, m);
  if (key !== undefined) baseCache.set(key, layer);
  return { layer, key };
}

// ---------------------------------------------------------------------------------------------
// Override pairs: key, value, key, value, ... (one repeating argument).

export interface Sweep {
  key: string;
  values: unknown[];
  rows: number;
  cols: number;
}

export interface Overrides {
  values: Record<string, unknown>;
  sweep?: Sweep;
}

/** An argument Excel left out: null, or a matrix holding only null (never "", which is an empty cell). */
function isAbsent(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  return Array.isArray(v) && flatten(asMatrix(v)).every((c) => c === null || c === undefined);
}

function overrideItems(arg: unknown): unknown[] {
  if (arg === null || arg === undefined) return [];
  if (!Array.isArray(arg)) return [arg];
  return arg;
}

/** Values of a vector parameter given as a row or column range; trailing empty cells end it. */
function vectorValue(key: string, m: Matrix): unknown {
  if (shapeOf(m) === 'grid') throw invalid('vectorShape', { key, shape: shapeText(m) }, key);
  const cells = flatten(m);
  let end = cells.length;
  while (end > 0 && isEmptyCell(cells[end - 1])) end--;
  return cells.slice(0, end);
}

export function parseOverrides(model: ModelDef<any, any>, arg: unknown, allowSweep: boolean, fnName: string): Overrides {
  const items = overrideItems(arg);
  // Trailing omitted arguments (a final comma) carry nothing; an empty cell ("") is not omitted.
  let n = items.length;
  while (n > 0 && isAbsent(items[n - 1])) n--;
  const values: Record<string, unknown> = {};
  let sweep: Sweep | undefined;
  for (let i = 0; i < n; i += 2) {
    const keyArg = asMatrix(items[i]);
    const pair = i / 2 + 1;
    if (shapeOf(keyArg) !== 'cell') {
      throw invalid('overrideKeyCells', { pair, shape: shapeText(keyArg) });
    }
    const rawKey = keyArg.length && keyArg[0].length ? keyArg[0][0] : null;
    if (isEmptyCell(rawKey)) throw invalid('overrideKeyEmpty', { pair });
    const meta = lookupKey(model, rawKey);
    if (i + 1 >= n) throw invalid('overrideNoValue', { key: meta.key, example: meta.default ?? 1 }, meta.key);
    const v = asMatrix(items[i + 1]);
    if (Object.prototype.hasOwnProperty.call(values, meta.key) || sweep?.key === meta.key) {
      throw invalid('overriddenTwice', { key: meta.key }, meta.key);
    }
    const shape = shapeOf(v);
    if (shape === 'cell') {
      const x = v.length && v[0].length ? v[0][0] : null;
      if (isEmptyCell(x)) throw invalid('overrideEmptyCell', { key: meta.key }, meta.key);
      const value = percentCell(x, meta); // a typed '40 %' for a share or a rate
      values[meta.key] = meta.kind === 'vector' ? [value] : value;
      continue;
    }
    if (meta.kind === 'vector' || meta.kind === 'rates') {
      values[meta.key] = (vectorValue(meta.key, v) as unknown[]).map((c) => percentCell(c, meta));
      continue;
    }
    if (shape === 'grid') {
      throw invalid('sweepShape', { key: meta.key, shape: shapeText(v) }, meta.key);
    }
    if (!allowSweep) {
      throw invalid('sweepInTable', { fn: fnName, key: meta.key, shape: shapeText(v) }, meta.key);
    }
    if (sweep) {
      throw invalid('oneSweep', { first: sweep.key, key: meta.key }, meta.key);
    }
    const { rows, cols } = dims(v);
    if (rows * cols > MAX_SWEEP) {
      throw invalid('sweepTooLarge', { max: MAX_SWEEP, count: rows * cols, key: meta.key }, meta.key);
    }
    sweep = { key: meta.key, values: flatten(v), rows, cols };
  }
  return sweep ? { values, sweep } : { values };
}

// ---------------------------------------------------------------------------------------------
// Evaluation.

/** Fingerprint of override values for the run cache; undefined when not cacheable. */
function valuesKey(values: Record<string, unknown>): string | undefined {
  const keys = Object.keys(values);
  if (keys.length === 0) return '';
  const rows: unknown[][] = keys.map((k) => {
    const v = values[k];
    return [k, ...(Array.isArray(v) ? v : [v])];
  });
  return fingerprint(rows, 1000);
}

export function evaluate<P, R>(model: ModelDef<P, R>, base: Base, values: Record<string, unknown>): { params: P; result: R } {
  const vk = base.key === undefined ? undefined : valuesKey(values);
  const key = vk === undefined ? undefined : base.key + '\u0002' + vk;
  if (key !== undefined) {
    const hit = runCache.get(key);
    if (hit) return hit as { params: P; result: R };
  }
  const layers: InputLayer[] = Object.keys(values).length ? [base.layer, { values }] : [base.layer];
  const out = run(model, layers);
  if (key !== undefined) runCache.set(key, out);
  return out;
}

/** A result cell: a value, or the domain error to show in its place. */
export type Cell = number | string | DomainError;

/** A model result must be a finite number; overflow from huge (but valid) inputs is an error. */
export function finite(x: number | null, what: string, ifNull?: () => string | NotAvailableError): number {
  if (x === null) {
    const why = ifNull ? ifNull() : notAvailable('figureMissing', { what });
    throw typeof why === 'string' ? new NotAvailableError(why) : why;
  }
  if (!Number.isFinite(x)) throw invalid('figureOverflow', { what, value: x });
  return x;
}

/**
 * A single figure, or one per value of a sweep in the sweep range's shape. Errors of one sweep
 * value stay in that value's cell; errors of the arguments themselves are thrown.
 */
export function figure<P, R>(
  model: ModelDef<P, R>,
  paramsArg: unknown,
  overridesArg: unknown,
  fnName: string,
  pick: (out: { params: P; result: R }) => number,
): number | Cell[][] {
  const base = resolveBase(model, paramsArg);
  const ov = parseOverrides(model, overridesArg, true, fnName);
  if (!ov.sweep) return pick(evaluate(model, base, ov.values));
  const { key, values, rows, cols } = ov.sweep;
  // The same path as run() for each value, merged once: every value sets the same keys, so the
  // merge (preset, table, overrides, exclusive pairs) differs only in the swept key's value.
  // Sweep values are not cached: a sweep would only flush the cache of single-cell calls.
  const merged = mergeInput(model, [base.layer, { values: { ...ov.values, [key]: 0 } }]);
  const cells: Cell[] = values.map((v, i) => {
    if (isEmptyCell(v)) return invalid('sweepCellEmpty', { key, cell: i + 1 }, key);
    try {
      merged[key] = v;
      const params = validate(model, merged);
      return pick({ params, result: assertFiniteResult(model.evaluate(params)) });
    } catch (e) {
      if (isDomainError(e)) return e;
      throw e;
    }
  });
  const out: Cell[][] = [];
  for (let r = 0; r < rows; r++) out.push(cells.slice(r * cols, r * cols + cols));
  return out;
}

/** A spilled table: the same arguments, no sweep. */
export function table<P, R>(
  model: ModelDef<P, R>,
  paramsArg: unknown,
  overridesArg: unknown,
  fnName: string,
  build: (out: { params: P; result: R }) => Cell[][],
): Cell[][] {
  const base = resolveBase(model, paramsArg);
  const ov = parseOverrides(model, overridesArg, false, fnName);
  return build(evaluate(model, base, ov.values));
}

// ---------------------------------------------------------------------------------------------
// Excel errors.

export interface ExcelErrorFactory<E> {
  invalidValue: (message: string) => E;
  notAvailable: (message: string) => E;
  /** The language of the messages (Excel's display language); English when absent. */
  lang?: () => Lang;
}

/** Any thrown value as the Excel error to show: #VALUE! for bad input, #N/A for a missing result. */
export function toExcelError<E>(e: unknown, make: ExcelErrorFactory<E>, lang: Lang = make.lang?.() ?? 'en'): E {
  if (isDomainError(e)) {
    const message = localMessage(e, lang);
    return e.kind === 'notAvailable' ? make.notAvailable(message) : make.invalidValue(message);
  }
  // Not a domain error: a bug. Still an Excel error with a message, never an uncaught exception.
  const msg = e instanceof Error ? e.message : showValue(e);
  return make.invalidValue(`${lang === 'da' ? 'Uventet fejl' : 'Unexpected error'}: ${msg}`);
}

/** Replaces domain errors inside a result matrix by Excel errors. */
export function mapCells<E>(m: Cell[][], make: ExcelErrorFactory<E>): (number | string | E)[][] {
  // Cells with the same message share one Excel error object: a sweep often has thousands of
  // identical "does not break even" cells, and each new Error costs a stack capture.
  const made = new Map<string, E>();
  const lang = make.lang?.() ?? 'en';
  return m.map((row) =>
    row.map((c) => {
      if (!isDomainError(c)) return c;
      const k = c.kind + '\u0000' + c.message;
      let e = made.get(k);
      if (e === undefined) made.set(k, (e = toExcelError(c, make, lang)));
      return e;
    }),
  );
}
