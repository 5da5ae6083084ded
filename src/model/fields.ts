/**
 * Builders for parameter fields. Each field is a zod schema with its metadata (key, kind, unit,
 * range, default, English and Danish text) registered in `paramRegistry`; the model schemas are
 * plain `z.object`s of these fields, so the schema is the single source that validation, CLI help,
 * task-pane forms and function docs all read.
 */
// zod/mini: the same core as zod with a quarter of the bundle weight (the functions bundle aims at
// <= 100 KB). jitless: zod otherwise probes `new Function`, which the task pane's CSP forbids.
import { z } from 'zod/mini';

z.config({ jitless: true });
import { showValue } from './errors';

export interface Text {
  en: string;
  da: string;
}

/** number: a finite number; integer: a whole number; vector: one or more numbers in a row;
 *  rates: a single rate or a vector of yearly rates. */
export type ParamKind = 'number' | 'integer' | 'vector' | 'rates';

export interface ParamMeta {
  key: string;
  kind: ParamKind;
  label: Text;
  description: Text;
  unit: Text;
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** Present when the model fills the value in; absent for required parameters. */
  default?: number | readonly number[];
  /** Required parameters must be given (or come from a preset). */
  required: boolean;
  /** Extra sentence about cross-field rules (e.g. "sum = 1"), shown in help. */
  note?: Text;
}

export const paramRegistry = z.registry<ParamMeta>();

type FieldSpec = Omit<ParamMeta, 'required'> & { required?: boolean };

/** Numbers in rule sentences: thousands separators only for large amounts, so years read as years. */
export function fmt(n: number): string {
  return Number.isInteger(n) && Math.abs(n) >= 10000 ? n.toLocaleString('en-US') : String(n);
}

/** The rule a value must satisfy, as a phrase that follows the key: "successRate must be ...". */
export function ruleText(m: Pick<ParamMeta, 'kind' | 'min' | 'max' | 'minExclusive' | 'maxExclusive'>, lang: 'en' | 'da' = 'en'): string {
  const integer = m.kind === 'integer';
  const { min, max, minExclusive, maxExclusive } = m;
  const da = lang === 'da';
  if (min !== undefined && max !== undefined) {
    if (integer) return da ? `skal være et helt tal fra ${fmt(min)} til ${fmt(max)}` : `must be a whole number from ${fmt(min)} to ${fmt(max)}`;
    if (!minExclusive && !maxExclusive) return da ? `skal være mellem ${fmt(min)} og ${fmt(max)}` : `must be between ${fmt(min)} and ${fmt(max)}`;
    if (!minExclusive && maxExclusive) return da ? `skal være mindst ${fmt(min)} og under ${fmt(max)}` : `must be at least ${fmt(min)} and below ${fmt(max)}`;
    return da ? `skal være over ${fmt(min)} og højst ${fmt(max)}` : `must be above ${fmt(min)} and at most ${fmt(max)}`;
  }
  if (min !== undefined) {
    if (integer) return da ? `skal være et helt tal på mindst ${fmt(min)}` : `must be a whole number of at least ${fmt(min)}`;
    if (minExclusive) return da ? `skal være større end ${fmt(min)}` : `must be greater than ${fmt(min)}`;
    return da ? `skal være ${fmt(min)} eller mere` : `must be ${fmt(min)} or more`;
  }
  if (integer) return da ? 'skal være et helt tal' : 'must be a whole number';
  return da ? 'skal være et endeligt tal' : 'must be a finite number';
}

/** What `violation` reads of a field: its key and rule. */
export type RuleMeta = Pick<ParamMeta, 'key' | 'kind' | 'min' | 'max' | 'minExclusive' | 'maxExclusive'>;

function inRange(m: RuleMeta, v: number): boolean {
  if (m.min !== undefined && (m.minExclusive ? !(v > m.min) : !(v >= m.min))) return false;
  if (m.max !== undefined && (m.maxExclusive ? !(v < m.max) : !(v <= m.max))) return false;
  if (m.kind === 'integer' && !Number.isInteger(v)) return false;
  return true;
}

function notANumber(key: string, v: unknown): string {
  if (typeof v === 'number') return `${key} must be a finite number (got ${showValue(v)})`;
  if (typeof v === 'string') return `${key} must be a number, not text (got ${showValue(v)})`;
  return `${key} must be a number (got ${showValue(v)})`;
}

/** The message for a value that breaks the field's rule, or undefined when the value is valid. */
export function violation(m: RuleMeta, v: unknown): string | undefined {
  if (v === undefined) return `${m.key} is required (${ruleText(m)})`;
  if (v === null) return `${m.key} has no value; give a value or leave the key out (${ruleText(m)})`;
  if (m.kind === 'vector' || (m.kind === 'rates' && Array.isArray(v))) {
    if (!Array.isArray(v)) return `${m.key} must be a list of numbers (got ${showValue(v)})`;
    if (v.length === 0) return `${m.key} must have at least one value`;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x !== 'number' || !Number.isFinite(x)) return notANumber(`${m.key} value ${i + 1}`, x);
      if (!inRange(m, x)) return `${m.key} values ${ruleText(m)} (value ${i + 1} is ${showValue(x)})`;
    }
    return undefined;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) return notANumber(m.key, v);
  if (!inRange(m, v)) return `${m.key} ${ruleText(m)} (got ${showValue(v)})`;
  return undefined;
}

type Spec = Omit<FieldSpec, 'kind'>;
/** A field with a default fills it in when the key is not given (MODEL.md, "default" column). */
type Field<T, S> = S extends { default: number | readonly number[] } ? z.ZodMiniDefault<z.ZodMiniCustom<T, T>> : z.ZodMiniCustom<T, T>;

function build<T, S extends Spec>(spec: S, kind: ParamKind): Field<T, S> {
  const meta: ParamMeta = { ...spec, kind, required: spec.required ?? spec.default === undefined };
  // The same six properties in the same order for every field, so the check that runs on every value
  // sees one object shape (monomorphic property reads; the metadata objects all differ in shape).
  const rule: RuleMeta = { key: meta.key, kind, min: meta.min, max: meta.max, minExclusive: meta.minExclusive, maxExclusive: meta.maxExclusive };
  const schema = z.custom<T>((v) => violation(rule, v) === undefined, {
    error: (iss) => violation(rule, iss.input) ?? `${meta.key} is not valid`,
  });
  paramRegistry.add(schema, meta);
  const dflt = meta.default;
  if (dflt === undefined) return schema as Field<T, S>;
  // A fresh copy each time, so no caller can change the default by editing a result.
  return z._default(schema, (() => (Array.isArray(dflt) ? [...dflt] : dflt)) as any) as unknown as Field<T, S>;
}

export const numberField = <S extends Spec>(spec: S) => build<number, S>(spec, 'number');
export const integerField = <S extends Spec>(spec: S) => build<number, S>(spec, 'integer');
export const vectorField = <S extends Spec>(spec: S) => build<number[], S>(spec, 'vector');
export const ratesField = <S extends Spec>(spec: S) => build<number | number[], S>(spec, 'rates');

/** Reads the metadata of a field, looking through .optional() wrappers. */
export function metaOf(schema: z.ZodMiniType): ParamMeta {
  let s: any = schema;
  for (let i = 0; i < 5 && s; i++) {
    const m = paramRegistry.get(s);
    if (m) return m;
    s = s._zod?.def?.innerType;
  }
  throw new Error('parameter field without metadata');
}

/** The metadata of every field of a model schema, in declaration order. */
export function fieldsOf(schema: z.ZodMiniObject<any>): ParamMeta[] {
  return Object.values(schema.shape as Record<string, z.ZodMiniType>).map(metaOf);
}
