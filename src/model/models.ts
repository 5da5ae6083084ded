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
import { ParameterError } from './errors';
import { defineMessages, invalid, render, showValueIn } from './messages';
import type { MessageParts } from './errors';
import { violationParts } from './fields';
import { withRules } from './fields';
import { closest } from './suggest';
import { fastParse } from './fastValidate';
import { findPreset, PRESETS } from './presets';
import { BUDGET_LINE_INPUTS } from './budgetLineMerge';
import { lineViolationParts } from './budgetLineInput';

export type ModelKind = 'case' | 'fund' | 'contract';

const MODEL_DA: Record<string, string> = { case: 'case-modellen', fund: 'fondsmodellen', contract: 'kontraktmodellen' };

defineMessages({
  keyNotText: {
    en: (p, l) => `A parameter name must be text (got ${showValueIn(p.value, l)})`,
    da: (p, l) => `Et parameternavn skal være tekst (fik ${showValueIn(p.value, l)})`,
  },
  unknownKey: {
    en: (p) => `Unknown parameter '${p.key}'${p.other ? ` in the ${p.model} model ('${p.key}' belongs to the ${p.other} model)` : ''}${p.guess ? ` - did you mean '${p.guess}'?` : ` - valid parameters: ${p.all}`}`,
    da: (p) => `Ukendt parameter '${p.key}'${p.other ? ` i ${MODEL_DA[p.model] ?? p.model} ('${p.key}' hører til ${MODEL_DA[p.other] ?? p.other})` : ''}${p.guess ? ` - mente du '${p.guess}'?` : ` - gyldige parametre: ${p.all}`}`,
  },
  presetName: {
    en: (p, l) => `preset must be a preset name (got ${showValueIn(p.value, l)})`,
    da: (p, l) => `preset skal være navnet på en forudindstilling (fik ${showValueIn(p.value, l)})`,
  },
  unknownPreset: {
    en: (p) => `Unknown preset '${p.name}'${p.guess ? ` - did you mean '${p.guess}'?` : ''} (presets: ${p.names})`,
    da: (p) => `Ukendt forudindstilling '${p.name}'${p.guess ? ` - mente du '${p.guess}'?` : ''} (forudindstillinger: ${p.names})`,
  },
  presetKind: {
    en: (p) => `preset '${p.name}' is a ${p.kind} preset, but this needs a ${p.need} preset (${p.fits})`,
    da: (p) => `forudindstillingen '${p.name}' er til ${MODEL_DA[p.kind] ?? p.kind}, men her skal bruges en til ${MODEL_DA[p.need] ?? p.need} (${p.fits})`,
  },
  givenTwice: { en: (p) => `${p.key} is given twice`, da: (p) => `${p.key} er angivet to gange` },
  notComputable: {
    en: (p) => `the result cannot be computed with these parameters: ${p.path} ${p.nan ? 'is undefined' : 'is too large a number'}`,
    da: (p) => `resultatet kan ikke beregnes med disse parametre: ${p.path} ${p.nan ? 'er udefineret' : 'er et for stort tal'}`,
  },
});

export interface ModelDef<P, R> {
  kind: ModelKind;
  label: string;
  schema: z.ZodMiniType<P>;
  params: readonly ParamMeta[];
  /** Keys of which at most one may be given; a later source setting one replaces the others. */
  exclusive: readonly (readonly string[])[];
  /** The same for alternatives that are sets of keys: the three gains are one alternative to consequences. */
  exclusiveSets?: readonly (readonly (readonly string[])[])[];
  /** Inputs that are not single fields (lists, maps), with how a later layer combines with earlier ones. */
  structured?: readonly StructuredInput[];
  evaluate: (p: P) => R;
}

export interface StructuredInput {
  key: string;
  /** The merged value when a later layer gives `next` on top of `previous` (undefined when not given before). */
  merge: (previous: unknown, next: unknown) => unknown;
}

const GAINS_OR_CONSEQUENCES = [[['gainKommune', 'gainRegion', 'gainStat'], ['consequences']]] as const;

export const caseModel: ModelDef<CaseParams, CaseResult> = {
  kind: 'case',
  label: 'case',
  schema: caseSchema as unknown as z.ZodMiniType<CaseParams>,
  params: caseParamMeta,
  exclusive: [['costTotal', 'costPerParticipant']],
  exclusiveSets: GAINS_OR_CONSEQUENCES,
  structured: BUDGET_LINE_INPUTS,
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
  exclusiveSets: GAINS_OR_CONSEQUENCES,
  structured: BUDGET_LINE_INPUTS,
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

/** The structured input a key names (any letter case), or undefined. */
export function structuredInput(model: ModelDef<any, any>, rawKey: string): StructuredInput | undefined {
  const k = rawKey.trim().toLowerCase();
  return model.structured?.find((x) => x.key.toLowerCase() === k);
}

/** The parameter's metadata for a key typed in any letter case; a clear error for unknown keys. */
export function lookupKey(model: ModelDef<any, any>, rawKey: unknown): ParamMeta {
  if (typeof rawKey === 'string') {
    const exact = keyEntries(model).get(rawKey);
    if (exact) return exact.meta;
  }
  if (typeof rawKey !== 'string' || rawKey.trim() === '') {
    throw invalid('keyNotText', { value: rawKey }, undefined, rawKey);
  }
  const key = rawKey.trim();
  const meta = keyIndex(model).get(key.toLowerCase());
  if (meta) return meta;
  const all = [...model.params.map((m) => m.key), ...(model.structured ?? []).map((x) => x.key)];
  const guess = closest(key, all);
  const other = Object.values(MODELS).find((m) => m !== model && keyIndex(m).has(key.toLowerCase()));
  throw invalid('unknownKey', { key, model: model.label, other: other?.label, guess, all: all.join(', ') }, key, key);
}

/** A copy deep enough that editing it cannot change a preset: rows, lists of lines, maps. */
function copyValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (x !== null && typeof x === 'object' ? { ...x } : x));
  return v !== null && typeof v === 'object' ? { ...v } : v;
}

/** Values of a preset for a model, checking the preset exists and is of that model's kind. */
export function presetValues(model: ModelDef<any, any>, name: unknown): Record<string, unknown> {
  if (typeof name !== 'string' || name.trim() === '') {
    throw invalid('presetName', { value: name }, 'preset', name);
  }
  const p = findPreset(name);
  if (!p) {
    const names = PRESETS.map((x) => x.name);
    const guess = closest(name.trim(), names);
    throw invalid('unknownPreset', { name: name.trim(), guess, names: names.join(', ') }, 'preset', name);
  }
  // A contract may start from a case preset: the case keys are its keys too.
  const fitsKind = (k: ModelKind) => k === model.kind || (model.kind === 'contract' && k === 'case');
  if (!fitsKind(p.kind)) {
    const fits = PRESETS.filter((x) => fitsKind(x.kind)).map((x) => x.name);
    throw invalid('presetKind', { name: p.name, kind: p.kind, need: model.kind, fits: fits.join(', ') }, 'preset', name);
  }
  // Copy the vectors too: callers may edit what they get, and the presets must not change.
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p.values as Record<string, unknown>)) values[k] = copyValue(v);
  return values;
}

const alternativesCache = new WeakMap<ModelDef<any, any>, (readonly (readonly string[])[])[]>();
/** Every exclusive group as alternatives that are sets of keys (a single key is a set of one). */
function alternativesOf(model: ModelDef<any, any>): (readonly (readonly string[])[])[] {
  let groups = alternativesCache.get(model);
  if (!groups) {
    groups = [...model.exclusive.map((g) => g.map((k) => [k])), ...(model.exclusiveSets ?? [])];
    alternativesCache.set(model, groups);
  }
  return groups;
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
    // Values go straight into `merged`: if a key is bad the whole merge throws and `merged` (always
    // a fresh object here) is dropped, so this is the same as collecting the layer first.
    const structuredHere = new Set<string>();
    const setHere = (k: string) => structuredHere.has(k) || inLayer[entries.get(k)?.position ?? -1] === true;
    const take = (raw: string, v: unknown) => {
      const structured = entries.has(raw) ? undefined : structuredInput(model, raw);
      if (structured) {
        if (structuredHere.has(structured.key)) throw invalid('givenTwice', { key: structured.key }, structured.key, v);
        structuredHere.add(structured.key);
        merged[structured.key] = structured.merge(merged[structured.key], v);
        return;
      }
      const entry = entries.get(raw) ?? (entries.get(lookupKey(model, raw).key) as KeyEntry);
      const key = entry.meta.key;
      if (inLayer[entry.position]) throw invalid('givenTwice', { key }, key, v);
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
    for (const alternatives of alternativesOf(model)) {
      const chosen = alternatives.find((keys) => keys.some(setHere));
      if (!chosen) continue;
      for (const keys of alternatives) {
        if (keys !== chosen) for (const k of keys) if (!setHere(k)) delete merged[k];
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
    if (known.has(k) || model.structured?.some((x) => x.key === k)) continue;
    const meta = lookupKey(model, k); // throws the unknown-key error with the closest valid key
    throw invalid('unknownKey', { key: k, guess: meta.key }, k, k);
  }
  const r = model.schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const key = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  const value = key !== undefined ? input[key] : undefined;
  // The parts: a cross-field rule's from the issue, a field's own rule recomputed from the field.
  const meta = key !== undefined ? keyEntries(model).get(key)?.meta : undefined;
  const parts =
    (issue as { params?: { parts?: MessageParts } }).params?.parts ??
    (meta !== undefined ? violationParts(meta, value) : key !== undefined ? lineViolationParts(key, value) : undefined);
  throw new ParameterError(issue.message, key, value, parts !== undefined && render(parts) === issue.message ? parts : undefined);
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
    throw invalid('notComputable', { path: bad.path, nan: Number.isNaN(bad.value) });
  }
  return result;
}

export function run<P, R>(model: ModelDef<P, R>, layers: readonly InputLayer[]): { params: P; result: R } {
  const params = validate(model, mergeInput(model, layers));
  return { params, result: assertFiniteResult(model.evaluate(params)) };
}
