/**
 * A fast path for `validate` on input that is valid, which is nearly all input: the zod object parse
 * costs ~100 ns per field (about 2 us for the case model), the fields' own tests ~10 ns.
 *
 * The zod schema stays the single source of keys, rules, defaults and messages: the plan below is read
 * from the schema itself (its shape, each field's own test function, its defaults and its object-level
 * refinements), and it follows zod's object semantics (absent optional keys stay absent, defaults are
 * fresh copies, refinements run once every field is valid). Whatever the fast path does not accept,
 * and any schema it does not understand, goes through zod's safeParse, so every error (and its
 * message) is zod's. test/model/fastValidate.test.ts checks both paths give the same on random input.
 */
type Payload = { value: unknown; issues: unknown[] };

interface PlanField {
  key: string;
  /** The field's own test (the z.custom function of fields.ts). */
  test: (v: unknown) => unknown;
  /** absent or undefined: 'required' fails, 'optional' leaves it as it is, 'default' fills it in. */
  mode: 'required' | 'optional' | 'default';
  /** The zod default's definition (its `defaultValue` getter returns a fresh copy). */
  defaultDef?: { defaultValue: unknown };
}

interface Plan {
  fields: PlanField[];
  /** Object-level refinements (superRefine), run on the parsed object as zod runs them. */
  checks: { _zod: { check: (payload: Payload) => unknown } }[];
}

const plans = new WeakMap<object, Plan | null>();

/** The test function of a z.custom field without further checks, or undefined if `s` is not one. */
function customTest(s: any): ((v: unknown) => unknown) | undefined {
  const def = s?._zod?.def;
  return def?.type === 'custom' && typeof def.fn === 'function' && !def.checks?.length ? def.fn : undefined;
}

function buildPlan(schema: any): Plan | null {
  const def = schema?._zod?.def;
  // Only plain z.object schemas (unknown keys stripped, no catchall) of z.custom fields.
  if (!def || def.type !== 'object' || !def.shape || def.catchall !== undefined) return null;
  const fields: PlanField[] = [];
  for (const key of Object.keys(def.shape)) {
    const f = def.shape[key];
    const type = f?._zod?.def?.type;
    const inner = f?._zod?.def?.innerType;
    let test: ((v: unknown) => unknown) | undefined;
    let mode: PlanField['mode'];
    if (type === 'custom') {
      test = customTest(f);
      mode = 'required';
    } else if (type === 'optional' && inner?._zod?.def?.type === 'custom') {
      test = customTest(inner);
      mode = 'optional';
    } else if (type === 'default' && inner?._zod?.def?.type === 'custom') {
      test = customTest(inner);
      mode = 'default';
    } else {
      return null;
    }
    if (!test || f._zod.def.checks?.length) return null;
    fields.push({ key, test, mode, defaultDef: mode === 'default' ? f._zod.def : undefined });
  }
  const checks: Plan['checks'] = [];
  for (const ch of def.checks ?? []) {
    if (typeof ch?._zod?.check !== 'function' || ch._zod.def?.when) return null;
    checks.push(ch);
  }
  return { fields, checks };
}

/**
 * The parsed value when `input` is valid for `schema` and the fast path can tell; undefined when the
 * caller must ask zod (invalid input, or a schema this does not understand). With `onlyKnownKeys`,
 * also undefined when `input` has any key (or an undefined value) besides the schema's defined keys,
 * where zod would drop the key but `validate` must reject it.
 */
export function fastParse(schema: unknown, input: Record<string, unknown>, onlyKnownKeys = false): Record<string, unknown> | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  let plan = plans.get(schema as object);
  if (plan === undefined) {
    plan = buildPlan(schema);
    plans.set(schema as object, plan);
  }
  if (plan === null) return undefined;
  const out: Record<string, unknown> = {};
  const fields = plan.fields;
  let defined = 0;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    const v = input[f.key];
    if (v !== undefined) defined++;
    if (v === undefined) {
      if (f.mode === 'default') out[f.key] = f.defaultDef!.defaultValue;
      else if (f.mode === 'optional') {
        if (f.key in input) out[f.key] = undefined;
      } else return undefined;
    } else {
      // false, or anything unexpected (e.g. a Promise): ask zod
      if (f.test(v) !== true) return undefined;
      out[f.key] = v;
    }
  }
  if (onlyKnownKeys) {
    // Every key of `input` is one of the `defined` fields iff there are no more keys than those.
    let keys = 0;
    for (const _ in input) keys++;
    if (keys !== defined) return undefined;
  }
  if (plan.checks.length > 0) {
    const payload: Payload = { value: out, issues: [] };
    for (const ch of plan.checks) {
      const r = ch._zod.check(payload);
      if (r instanceof Promise || payload.issues.length > 0) return undefined;
    }
  }
  return out;
}
