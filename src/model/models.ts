/**
 * The models by kind, and the one path every caller takes from user input to a result:
 * sources (preset, parameter table, JSON object, overrides) -> merged input -> validated
 * parameters -> result.
 */
import type { z } from 'zod';
import { caseSchema, caseParamMeta, evaluateCase, CaseParams, CaseResult } from './case';
import { fundSchema, fundParamMeta, evaluateFund, FundParams, FundResult } from './fund';
import type { ParamMeta } from './fields';
import { ParameterError, showValue } from './errors';
import { closest } from './suggest';
import { findPreset, PRESETS } from './presets';

export type ModelKind = 'case' | 'fund';

export interface ModelDef<P, R> {
  kind: ModelKind;
  label: string;
  schema: z.ZodType<P>;
  params: readonly ParamMeta[];
  /** Keys of which at most one may be given; a later source setting one replaces the others. */
  exclusive: readonly (readonly string[])[];
  evaluate: (p: P) => R;
}

export const caseModel: ModelDef<CaseParams, CaseResult> = {
  kind: 'case',
  label: 'case',
  schema: caseSchema as unknown as z.ZodType<CaseParams>,
  params: caseParamMeta,
  exclusive: [['costTotal', 'costPerParticipant']],
  evaluate: evaluateCase,
};

export const fundModel: ModelDef<FundParams, FundResult> = {
  kind: 'fund',
  label: 'fund',
  schema: fundSchema as unknown as z.ZodType<FundParams>,
  params: fundParamMeta,
  exclusive: [],
  evaluate: evaluateFund,
};

export const MODELS = { case: caseModel, fund: fundModel } as const;

const keyIndexCache = new WeakMap<ModelDef<any, any>, Map<string, ParamMeta>>();
function keyIndex(model: ModelDef<any, any>): Map<string, ParamMeta> {
  let idx = keyIndexCache.get(model);
  if (!idx) {
    idx = new Map(model.params.map((m) => [m.key.toLowerCase(), m]));
    keyIndexCache.set(model, idx);
  }
  return idx;
}

/** The parameter's metadata for a key typed in any letter case; a clear error for unknown keys. */
export function lookupKey(model: ModelDef<any, any>, rawKey: unknown): ParamMeta {
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
  if (p.kind !== model.kind) {
    const fits = PRESETS.filter((x) => x.kind === model.kind).map((x) => x.name);
    throw new ParameterError(
      `preset '${p.name}' is a ${p.kind} preset, but this needs a ${model.kind} preset (${fits.join(', ')})`,
      'preset',
      name,
    );
  }
  return { ...(p.values as Record<string, unknown>) };
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
    if (!layer.values) continue;
    const layerKeys = new Set<string>();
    const canon: Record<string, unknown> = {};
    for (const [raw, v] of Object.entries(layer.values)) {
      const meta = lookupKey(model, raw);
      if (layerKeys.has(meta.key)) throw new ParameterError(`${meta.key} is given twice`, meta.key, v);
      layerKeys.add(meta.key);
      canon[meta.key] = v;
    }
    for (const group of model.exclusive) {
      if (group.some((k) => layerKeys.has(k))) {
        for (const k of group) if (!layerKeys.has(k)) delete merged[k];
      }
    }
    Object.assign(merged, canon);
  }
  return merged;
}

/** Validates merged input against the model's schema; throws a ParameterError naming key, value and rule. */
export function validate<P>(model: ModelDef<P, any>, input: Record<string, unknown>): P {
  const r = model.schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const key = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  throw new ParameterError(issue.message, key, key !== undefined ? input[key] : undefined);
}

export function run<P, R>(model: ModelDef<P, R>, layers: readonly InputLayer[]): { params: P; result: R } {
  const params = validate(model, mergeInput(model, layers));
  return { params, result: model.evaluate(params) };
}
