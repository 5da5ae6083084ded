/**
 * The field registry: the single source of every parameter rule. Each field is a zod schema built
 * here with its metadata (key, kind, unit, range, default, English and Danish text) and its rule
 * registered in `paramRegistry` (our own map); model schemas are `z.object`s of these fields, with
 * cross-field rules added by `withRules`. zod's parse, the fast path (fastValidate.ts), the per-field
 * checks of forms and functions (`fieldViolations`, `fieldValue`), CLI help and function docs all read
 * the rules from here.
 */
// zod/mini: the same core as zod with a quarter of the bundle weight (the functions bundle aims at
// <= 100 KB). jitless: zod otherwise probes `new Function`, which the task pane's CSP forbids.
import { z } from 'zod/mini';
import { ParameterError } from './errors';
import type { MessageParts } from './errors';
import { defineMessages, render, showValueIn } from './messages';
import type { Lang } from './messages';

z.config({ jitless: true });

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

type FieldSpec = Omit<ParamMeta, 'required'> & { required?: boolean };

/** Numbers in rule sentences: thousands separators only for large amounts, so years read as years. */
export function fmt(n: number): string {
  return fmtEn(n);
}
function fmtEn(n: number): string {
  return Number.isInteger(n) && Math.abs(n) >= 10000 ? n.toLocaleString('en-US') : String(n);
}

/** The rule a value must satisfy, as a phrase that follows the key: "successRate must be ...". */
export function ruleText(m: Pick<ParamMeta, 'kind' | 'min' | 'max' | 'minExclusive' | 'maxExclusive'>, lang: 'en' | 'da' = 'en'): string {
  const integer = m.kind === 'integer';
  const { min, max, minExclusive, maxExclusive } = m;
  const da = lang === 'da';
  // Danish numbers swap the marks: 0,5 and 10.000.
  const fmt = da ? (n: number) => fmtEn(n).replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')) : fmtEn;
  if (min !== undefined && max !== undefined) {
    if (integer) return da ? `skal være et helt tal fra ${fmt(min)} til ${fmt(max)}` : `must be a whole number from ${fmt(min)} to ${fmt(max)}`;
    if (!minExclusive && !maxExclusive) return da ? `skal være mellem ${fmt(min)} og ${fmt(max)}` : `must be between ${fmt(min)} and ${fmt(max)}`;
    if (!minExclusive) return da ? `skal være mindst ${fmt(min)} og under ${fmt(max)}` : `must be at least ${fmt(min)} and below ${fmt(max)}`;
    if (!maxExclusive) return da ? `skal være over ${fmt(min)} og højst ${fmt(max)}` : `must be above ${fmt(min)} and at most ${fmt(max)}`;
    return da ? `skal være over ${fmt(min)} og under ${fmt(max)}` : `must be above ${fmt(min)} and below ${fmt(max)}`;
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

/** `key` or, for a vector's element, `key value i` (Danish `key værdi i`). */
const what = (p: Record<string, any>, l: Lang) => (p.index === undefined ? p.key : `${p.key} ${l === 'da' ? 'værdi' : 'value'} ${p.index}`);
const shown = (x: unknown, l: Lang) => showValueIn(x, l);

defineMessages({
  fieldRequired: { en: (p) => `${p.key} is required (${ruleText(p.rule)})`, da: (p) => `${p.key} skal angives (${ruleText(p.rule, 'da')})` },
  fieldNull: {
    en: (p) => `${p.key} has no value; give a value or leave the key out (${ruleText(p.rule)})`,
    da: (p) => `${p.key} har ingen værdi; giv en værdi, eller udelad nøglen (${ruleText(p.rule, 'da')})`,
  },
  fieldNotList: { en: (p, l) => `${p.key} must be a list of numbers (got ${shown(p.value, l)})`, da: (p, l) => `${p.key} skal være en liste af tal (fik ${shown(p.value, l)})` },
  fieldEmptyList: { en: (p) => `${p.key} must have at least one value`, da: (p) => `${p.key} skal have mindst én værdi` },
  fieldNotFinite: { en: (p, l) => `${what(p, l)} must be a finite number (got ${shown(p.value, l)})`, da: (p, l) => `${what(p, l)} skal være et endeligt tal (fik ${shown(p.value, l)})` },
  fieldText: { en: (p, l) => `${what(p, l)} must be a number, not text (got ${shown(p.value, l)})`, da: (p, l) => `${what(p, l)} skal være et tal, ikke tekst (fik ${shown(p.value, l)})` },
  fieldNotNumber: { en: (p, l) => `${what(p, l)} must be a number (got ${shown(p.value, l)})`, da: (p, l) => `${what(p, l)} skal være et tal (fik ${shown(p.value, l)})` },
  fieldValuesRange: {
    en: (p, l) => `${p.key} values ${ruleText(p.rule)} (value ${p.index} is ${shown(p.value, l)})`,
    da: (p, l) => `værdierne i ${p.key} ${ruleText(p.rule, 'da')} (værdi ${p.index} er ${shown(p.value, l)})`,
  },
  fieldRange: { en: (p, l) => `${p.key} ${ruleText(p.rule)} (got ${shown(p.value, l)})`, da: (p, l) => `${p.key} ${ruleText(p.rule, 'da')} (fik ${shown(p.value, l)})` },
});

function parts(code: string, params: Record<string, unknown>): MessageParts {
  return { code, params };
}

function notANumber(m: RuleMeta, v: unknown, index?: number): MessageParts {
  const code = typeof v === 'number' ? 'fieldNotFinite' : typeof v === 'string' ? 'fieldText' : 'fieldNotNumber';
  return parts(code, { key: m.key, index, value: v });
}

/** The parts of the message for a value that breaks the field's rule, or undefined when it is valid. */
export function violationParts(m: RuleMeta, v: unknown): MessageParts | undefined {
  if (v === undefined) return parts('fieldRequired', { key: m.key, rule: m });
  if (v === null) return parts('fieldNull', { key: m.key, rule: m });
  if (m.kind === 'vector' || (m.kind === 'rates' && Array.isArray(v))) {
    if (!Array.isArray(v)) return parts('fieldNotList', { key: m.key, value: v });
    if (v.length === 0) return parts('fieldEmptyList', { key: m.key });
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x !== 'number' || !Number.isFinite(x)) return notANumber(m, x, i + 1);
      if (!inRange(m, x)) return parts('fieldValuesRange', { key: m.key, rule: m, index: i + 1, value: x });
    }
    return undefined;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) return notANumber(m, v);
  if (!inRange(m, v)) return parts('fieldRange', { key: m.key, rule: m, value: v });
  return undefined;
}

/** The message for a value that breaks the field's rule (in a language, default English), or
 *  undefined when the value is valid. */
export function violation(m: RuleMeta, v: unknown, lang: Lang = 'en'): string | undefined {
  const p = violationParts(m, v);
  return p === undefined ? undefined : render(p, lang);
}

type Spec = Omit<FieldSpec, 'kind'>;
/** A field with a default fills it in when the key is not given (docs/model.md, "default" column). */
type Field<T, S> = S extends { default: number | readonly number[] } ? z.ZodMiniDefault<z.ZodMiniCustom<T, T>> : z.ZodMiniCustom<T, T>;

/** How an object schema treats the field's key when it is absent (or undefined). */
export type FieldMode = 'required' | 'optional' | 'default';

/** What the registry holds for every field schema the builders return: the one rule that zod's
 *  parse, the fast path (fastValidate.ts) and the per-field checks below all run. */
export interface FieldEntry {
  meta: ParamMeta;
  mode: FieldMode;
  /** True when the value satisfies the field's rule (the z.custom test of the field). */
  test: (v: unknown) => boolean;
  /** A fresh copy of the default, so no caller can change the default by editing a result. */
  makeDefault?: () => unknown;
}

/** Every parameter field by its schema object. Our own map, filled by the builders, so nothing has
 *  to read zod's internals to find a field's metadata or rule. */
export const paramRegistry = new WeakMap<object, FieldEntry>();

function build<T, S extends Spec>(spec: S, kind: ParamKind): Field<T, S> {
  const meta: ParamMeta = { ...spec, kind, required: spec.required ?? spec.default === undefined };
  // The same six properties in the same order for every field, so the check that runs on every value
  // sees one object shape (monomorphic property reads; the metadata objects all differ in shape).
  const rule: RuleMeta = { key: meta.key, kind, min: meta.min, max: meta.max, minExclusive: meta.minExclusive, maxExclusive: meta.maxExclusive };
  const test = (v: unknown) => violationParts(rule, v) === undefined;
  const schema = z.custom<T>(test, {
    error: (iss) => violation(rule, iss.input) ?? `${meta.key} is not valid`,
  });
  paramRegistry.set(schema, { meta, mode: 'required', test });
  const dflt = meta.default;
  if (dflt === undefined) return schema as Field<T, S>;
  const makeDefault = () => (Array.isArray(dflt) ? [...dflt] : dflt);
  // `as`: T never includes undefined here, which zod's NoUndefined<T> cannot see through a generic.
  const withDefault = z._default(schema, makeDefault as () => never);
  paramRegistry.set(withDefault, { meta, mode: 'default', test, makeDefault });
  return withDefault as unknown as Field<T, S>;
}

export const numberField = <S extends Spec>(spec: S) => build<number, S>(spec, 'number');
export const integerField = <S extends Spec>(spec: S) => build<number, S>(spec, 'integer');
export const vectorField = <S extends Spec>(spec: S) => build<number[], S>(spec, 'vector');
export const ratesField = <S extends Spec>(spec: S) => build<number | number[], S>(spec, 'rates');

function entryOf(schema: object): FieldEntry {
  const entry = fieldEntry(schema);
  if (!entry) throw new Error('parameter field without metadata: declare fields with numberField, integerField, vectorField or ratesField (optionally wrapped in z.optional)');
  return entry;
}

/** The registry's entry for a field schema (also for a field wrapped in z.optional, which may then be
 *  left out and stays absent), or undefined for any other schema. */
export function fieldEntry(schema: unknown): FieldEntry | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const entry = paramRegistry.get(schema);
  if (entry || !(schema instanceof z.ZodMiniOptional)) return entry;
  // z.optional(field): the wrapper's public definition names the field it wraps.
  const inner = paramRegistry.get(schema.def.innerType);
  if (!inner || inner.mode === 'default') return undefined;
  const optional: FieldEntry = { ...inner, mode: 'optional' };
  paramRegistry.set(schema, optional);
  return optional;
}

/** Reads the metadata of a field (also of a field wrapped in z.optional). */
export function metaOf(schema: z.ZodMiniType): ParamMeta {
  return entryOf(schema).meta;
}

/** The metadata of every field of a model schema, in declaration order. */
export function fieldsOf(schema: z.ZodMiniObject<any>): ParamMeta[] {
  return Object.values(schema.shape as Record<string, z.ZodMiniType>).map(metaOf);
}

/** Reports a broken cross-field rule: the key it is shown at and the message, as English text or as
 *  the parts of a catalogue message (messages.ts), which zod carries as the issue's params. */
export type Report = (key: string, message: string | MessageParts) => void;
/** Rules across fields (sums, alternatives), run once every field is valid. */
export type CrossRules<P> = (p: P, report: Report) => void;

/** An object schema with its cross-field rules, as the registry knows it. */
export interface RuledSchema {
  object: z.ZodMiniObject<any>;
  rules: readonly CrossRules<any>[];
}

const ruledSchemas = new WeakMap<object, RuledSchema>();

/**
 * The object schema with cross-field rules: zod runs them as a refinement, and the fast path
 * (fastValidate.ts) runs the very same functions, found in this registry rather than inside zod.
 */
export function withRules<O extends z.ZodMiniObject<any>>(object: O, ...rules: CrossRules<z.output<O>>[]): O {
  const schema = object.check(
    z.superRefine((p, ctx) => {
      const report: Report = (key, message) =>
        typeof message === 'string'
          ? ctx.addIssue({ code: 'custom', path: [key], message })
          : ctx.addIssue({ code: 'custom', path: [key], message: render(message), params: { parts: message } });
      for (const r of rules) r(p as z.output<O>, report);
    }),
  );
  ruledSchemas.set(schema, { object, rules });
  return schema;
}

/** The object schema and cross-field rules of a schema: from withRules, or a plain object with none;
 *  undefined for any other schema. */
export function ruledSchemaOf(schema: unknown): RuledSchema | undefined {
  // A WeakMap answers undefined for a key that is not an object, and no such key is a ZodMiniObject.
  const ruled = ruledSchemas.get(schema as object);
  if (ruled) return ruled;
  return schema instanceof z.ZodMiniObject ? { object: schema, rules: [] } : undefined;
}

/** A field's value as validation takes it: the value when it keeps the field's rule, a fresh copy of
 *  the default when it is not given; otherwise a ParameterError naming key, value and rule. */
export function fieldValue(m: ParamMeta, v: unknown): unknown {
  if (v === undefined && m.default !== undefined) return Array.isArray(m.default) ? [...m.default] : m.default;
  const bad = violationParts(m, v);
  if (bad) throw new ParameterError(render(bad), m.key, v, bad);
  return v;
}

/** Every given value that breaks its own field's rule, by key (validate stops at the first error;
 *  a form marks them all at once). Keys not given are not checked. */
export function fieldViolations(params: readonly ParamMeta[], values: Record<string, unknown>, lang: Lang = 'en'): Map<string, string> {
  const errors = new Map<string, string>();
  for (const m of params) {
    const v = values[m.key];
    if (v === undefined) continue;
    const bad = violation(m, v, lang);
    if (bad) errors.set(m.key, bad);
  }
  return errors;
}
