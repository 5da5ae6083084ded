/**
 * The models by kind, and the one path every caller takes from user input to a result:
 * sources (preset, parameter table, JSON object, overrides) -> merged input -> validated
 * parameters -> result.
 */
import { z } from 'zod/mini';
import { caseSchema, caseParamMeta, evaluateCase, CaseParams, CaseResult } from './case';
import { fundSchema, fundObject, fundFields, fundRules, fundParamMeta, evaluateFund, FundParams, FundResult } from './fund';
import { contractSchema, contractParamMeta, evaluateContract, ContractParams, ContractResult } from './contract';
import { resolveDiscountRate } from './discountSchedules';
import type { ParamMeta } from './fields';
import { withRules } from './fields';
import { ParameterError, showValue } from './errors';
import { closest } from './suggest';
import { fastParse } from './fastValidate';
import { findPreset, PRESETS } from './presets';

export type ModelKind = 'case' | 'fund' | 'contract';

export interface ModelDef<P, R> {
  kind: ModelKind;
  label: string;
  schema: z.ZodMiniType<P>;
  params: readonly ParamMeta[];
  /** Keys of which at most one may be given; a later source setting one replaces the others. */
  exclusive: readonly (readonly string[])[];
  evaluate: (p: P) => R;
}

export const caseModel: ModelDef<CaseParams, CaseResult> = {
  kind: 'case',
  label: 'case',
  schema: caseSchema as unknown as z.ZodMiniType<CaseParams>,
  params: caseParamMeta,
  exclusive: [['costTotal', 'costPerParticipant']],
  evaluate: evaluateCase,
};

export const fundModel: ModelDef<FundParams, FundResult> = {
  kind: 'fund',
  label: 'fund',
  schema: fundSchema as unknown as z.ZodMiniType<FundParams>,
  params: fundParamMeta,
  exclusive: [],
  evaluate: evaluateFund,
};

/**
 * The fund's inputs when a reference contract pays the repayments (docs/model.md section 5): the same keys
 * and rules, but repaymentMultiple may be left out, since the contract replaces it (given, it is still
 * checked). Evaluates to the validated parameters; evaluateOutcomeFund does the rest.
 */
export const outcomeFundInputModel: ModelDef<FundParams, FundParams> = {
  ...fundModel,
  schema: withRules(z.extend(fundObject, { repaymentMultiple: z.optional(fundFields.repaymentMultiple) }), fundRules) as unknown as z.ZodMiniType<FundParams>,
  evaluate: (p) => p,
};

/** The outcome contract (docs/model.md section 4): the case keys plus the contract keys. */
export const contractModel: ModelDef<ContractParams, ContractResult> = {
  kind: 'contract',
  label: 'contract',
  schema: contractSchema as unknown as z.ZodMiniType<ContractParams>,
  params: contractParamMeta,
  exclusive: [['costTotal', 'costPerParticipant']],
  evaluate: evaluateContract,
};

export const MODELS = { case: caseModel, fund: fundModel, contract: contractModel } as const;

const keyIndexCache = new WeakMap<ModelDef<any, any>, Map<string, ParamMeta>>();
function keyIndex(model: ModelDef<any, any>): Map<string, ParamMeta> {
  let idx = keyIndexCache.get(model);
  if (!idx) {
    idx = new Map(model.params.map((m) => [m.key.toLowerCase(), m]));
    keyIndexCache.set(model, idx);
  }
  return idx;
}

/** A parameter of a model and its position in `model.params`. */
export interface KeyEntry {
  meta: ParamMeta;
  position: number;
}

const keyEntryCache = new WeakMap<ModelDef<any, any>, Map<string, KeyEntry>>();
/** The model's parameters by their key spelt exactly as the model spells it: the fast path for keys
 *  that are already right (no trimming or lower-casing); any other spelling goes through lookupKey. */
export function keyEntries(model: ModelDef<any, any>): Map<string, KeyEntry> {
  let entries = keyEntryCache.get(model);
  if (!entries) {
    entries = new Map(model.params.map((meta, position) => [meta.key, { meta, position }]));
    keyEntryCache.set(model, entries);
  }
  return entries;
}

/** The parameter's metadata for a key typed in any letter case; a clear error for unknown keys. */
export function lookupKey(model: ModelDef<any, any>, rawKey: unknown): ParamMeta {
  if (typeof rawKey === 'string') {
    const exact = keyEntries(model).get(rawKey);
    if (exact) return exact.meta;
  }
  if (typeof rawKey !== 'string' || rawKey.trim() === '') {
    throw new ParameterError(`A parameter name must be text (got ${showValue(rawKey)})`, undefined, rawKey);
  }
  const key = rawKey.trim();
  const meta = keyIndex(model).get(key.toLowerCase());
  if (meta) return meta;
  const all = model.params.map((m) => m.key);
  const guess = closest(key, all);
  const other = Object.values(MODELS).find((m) => m !== model && keyIndex(m).has(key.toLowerCase()));
  const where = other ? ` in the ${model.label} model ('${key}' belongs to the ${other.label} model)` : '';
  const hint = guess ? ` - did you mean '${guess}'?` : ` - valid parameters: ${all.join(', ')}`;
  throw new ParameterError(`Unknown parameter '${key}'${where}${hint}`, key, key);
}

/** Values of a preset for a model, checking the preset exists and is of that model's kind. */
export function presetValues(model: ModelDef<any, any>, name: unknown): Record<string, unknown> {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new ParameterError(`preset must be a preset name (got ${showValue(name)})`, 'preset', name);
  }
  const p = findPreset(name);
  if (!p) {
    const names = PRESETS.map((x) => x.name);
    const guess = closest(name.trim(), names);
    throw new ParameterError(
      `Unknown preset '${name.trim()}'${guess ? ` - did you mean '${guess}'?` : ''} (presets: ${names.join(', ')})`,
      'preset',
      name,
    );
  }
  // A contract may start from a case preset: the case keys are its keys too.
  const fitsKind = (k: ModelKind) => k === model.kind || (model.kind === 'contract' && k === 'case');
  if (!fitsKind(p.kind)) {
    const fits = PRESETS.filter((x) => fitsKind(x.kind)).map((x) => x.name);
    throw new ParameterError(
      `preset '${p.name}' is a ${p.kind} preset, but this needs a ${model.kind} preset (${fits.join(', ')})`,
      'preset',
      name,
    );
  }
  // Copy the vectors too: callers may edit what they get, and the presets must not change.
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p.values as Record<string, unknown>)) values[k] = Array.isArray(v) ? [...v] : v;
  return values;
}

/** An object whose for-in keys are exactly its own enumerable keys: its prototype is Object.prototype
 *  (with no enumerable properties, as always unless something has polluted it) or null. */
function isPlainObject(o: object): boolean {
  const proto = Object.getPrototypeOf(o);
  if (proto === null) return true;
  if (proto !== Object.prototype) return false;
  for (const _ in Object.prototype) return false;
  return true;
}

/** One layer of input: an optional preset, then key/value pairs (keys in any letter case). */
export interface InputLayer {
  preset?: string;
  values?: Record<string, unknown>;
}

/**
 * Merges layers in order. Each layer's preset replaces everything before it; its values override.
 * Setting one key of an exclusive pair (costTotal / costPerParticipant) in a later layer removes
 * the other one inherited from an earlier layer; both in the same layer is an error at validation.
 */
export function mergeInput(model: ModelDef<any, any>, layers: readonly InputLayer[]): Record<string, unknown> {
  let merged: Record<string, unknown> = {};
  for (const layer of layers) {
    if (layer.preset !== undefined) merged = presetValues(model, layer.preset);
    const values = layer.values;
    if (!values) continue;
    // Which parameters this layer sets, by position in the model (cheaper than a Set of names).
    const entries = keyEntries(model);
    const inLayer = new Array<boolean | undefined>(model.params.length);
    const setHere = (k: string) => inLayer[entries.get(k)?.position ?? -1] === true;
    // Values go straight into `merged`: if a key is bad the whole merge throws and `merged` (always
    // a fresh object here) is dropped, so this is the same as collecting the layer first.
    const take = (raw: string, v: unknown) => {
      const entry = entries.get(raw) ?? (entries.get(lookupKey(model, raw).key) as KeyEntry);
      const key = entry.meta.key;
      if (inLayer[entry.position]) throw new ParameterError(`${key} is given twice`, key, v);
      inLayer[entry.position] = true;
      // A discount schedule's name (e.g. 'dk-fm-2021') stands for its yearly rates.
      merged[key] = key === 'discountRate' ? resolveDiscountRate(v) : v;
    };
    // On a plain object for-in visits the keys Object.keys lists, in the same order, and reads each
    // value through the object's key cache: several times faster than reading by a list of keys.
    if (isPlainObject(values)) {
      for (const raw in values) take(raw, values[raw]);
    } else {
      for (const raw of Object.keys(values)) take(raw, values[raw]);
    }
    for (const group of model.exclusive) {
      if (group.some(setHere)) {
        for (const k of group) if (!setHere(k)) delete merged[k];
      }
    }
  }
  return merged;
}

/** Validates merged input against the model's schema; throws a ParameterError naming key, value and rule.
 *  Keys must be spelled exactly as the model's keys (mergeInput does that); any other key is an error,
 *  never silently dropped (docs/model.md section 3). */
export function validate<P>(model: ModelDef<P, any>, input: Record<string, unknown>): P {
  // Valid input with nothing but the model's keys, nearly all input, takes the fast path.
  const fast = fastParse(model.schema, input, true);
  if (fast !== undefined) return fast as P;
  const known = keyEntries(model);
  for (const k in input) {
    if (known.has(k)) continue;
    const meta = lookupKey(model, k); // throws the unknown-key error with the closest valid key
    throw new ParameterError(`Unknown parameter '${k}' - did you mean '${meta.key}'?`, k, k);
  }
  const r = model.schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const key = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  throw new ParameterError(issue.message, key, key !== undefined ? input[key] : undefined);
}

/**
 * Finite inputs can still overflow (gainKommune = 1e308 makes gains Infinity); such a result is an
 * input error, never a number. Returns the first non-finite number and its path, or undefined.
 */
export function firstNonFinite(value: unknown, path = ''): { path: string; value: number } | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { path: path || 'result', value };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = firstNonFinite(value[i], `${path}[${i}]`);
      if (p) return p;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const k in value as Record<string, unknown>) {
      const p = firstNonFinite((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (p) return p;
    }
  }
  return undefined;
}

/** The common case of assertFiniteResult without building a path string per number (hot in sweeps). */
function allFinite(value: unknown): boolean {
  // x - x is 0 for every finite number and NaN for NaN and +-Infinity.
  if (typeof value === 'number') return value - value === 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const x = value[i];
      if (typeof x === 'number' ? x - x !== 0 : !allFinite(x)) return false;
    }
    return true;
  }
  if (value && typeof value === 'object') {
    for (const k in value as Record<string, unknown>) if (!allFinite((value as Record<string, unknown>)[k])) return false;
  }
  return true;
}

export function assertFiniteResult<R>(result: R): R {
  if (allFinite(result)) return result;
  const bad = firstNonFinite(result);
  if (bad) {
    const why = Number.isNaN(bad.value) ? 'is undefined' : 'is too large a number';
    throw new ParameterError(`the result cannot be computed with these parameters: ${bad.path} ${why}`);
  }
  return result;
}

export function run<P, R>(model: ModelDef<P, R>, layers: readonly InputLayer[]): { params: P; result: R } {
  const params = validate(model, mergeInput(model, layers));
  return { params, result: assertFiniteResult(model.evaluate(params)) };
}
