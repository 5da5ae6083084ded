/**
 * A fast path for `validate` on input that is valid, which is nearly all input: the zod object parse
 * costs ~100 ns per field (about 2 us for the case model), the fields' own tests ~10 ns.
 *
 * The plan below comes from the field registry (fields.ts), not from zod: the object's shape (public
 * zod API), each field's registered rule, mode and default, and the cross-field rules given to
 * `withRules`; zod's parse runs the very same functions. It follows zod's object semantics (absent
 * optional keys stay absent, defaults are fresh copies, cross-field rules run once every field is
 * valid; unknown keys are dropped here, and `validate` rejects them before). Whatever the fast path
 * does not accept, and any schema not built from registered fields, goes through zod's safeParse, so
 * every error (and its message) is zod's. test/model/fastValidate.test.ts checks both paths give the
 * same on random input.
 */
import { fieldEntry, ruledSchemaOf, FieldMode, CrossRules, Report } from './fields';

interface PlanField {
  key: string;
  test: (v: unknown) => boolean;
  mode: FieldMode;
  makeDefault?: () => unknown;
}

interface Plan {
  fields: PlanField[];
  rules: readonly CrossRules<any>[];
}

const plans = new WeakMap<object, Plan | null>();

function buildPlan(schema: unknown): Plan | null {
  const ruled = ruledSchemaOf(schema);
  if (!ruled) return null;
  const shape = ruled.object.shape as Record<string, unknown>;
  const fields: PlanField[] = [];
  for (const key of Object.keys(shape)) {
    const entry = fieldEntry(shape[key]);
    if (!entry) return null;
    fields.push({ key, test: entry.test, mode: entry.mode, makeDefault: entry.makeDefault });
  }
  return { fields, rules: ruled.rules };
}

let broken = false;
const noteBroken: Report = () => {
  broken = true;
};

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
      if (f.mode === 'default') out[f.key] = f.makeDefault!();
      else if (f.mode === 'optional') {
        if (f.key in input) out[f.key] = undefined;
      } else return undefined;
    } else {
      if (!f.test(v)) return undefined;
      out[f.key] = v;
    }
  }
  if (onlyKnownKeys) {
    // Every key of `input` is one of the `defined` fields iff there are no more keys than those.
    let keys = 0;
    for (const _ in input) keys++;
    if (keys !== defined) return undefined;
  }
  if (plan.rules.length > 0) {
    broken = false;
    for (const rule of plan.rules) rule(out, noteBroken);
    if (broken) return undefined;
  }
  return out;
}
