/**
 * validate() takes a fast path for valid input (src/model/fastValidate.ts) and asks zod otherwise.
 * Here both must agree with zod's own safeParse on the model schemas, on random input that is
 * sometimes valid and often broken in one or more keys: same parsed object (same keys, same order,
 * same values), or the same first error message.
 */
import fc from 'fast-check';
import { MODELS, caseModel, fundModel, contractModel, outcomeFundInputModel, validate, findPreset, PRESETS, ModelDef } from '../../src/model';
import { z } from 'zod/mini';
import { fastParse } from '../../src/model/fastValidate';
import { metaOf, numberField } from '../../src/model/fields';
import { validCaseInput, validFundInput, parameterErrorOf } from './helpers';

const JUNK: unknown[] = [
  undefined, null, NaN, Infinity, -Infinity, 'x', '', '0.5', true, -1, 0, 0.5, 1, 2, 2.5, 51, 1e9, -1e-9,
  [], [1], [0.5, 0.5], [0.6, 0.5], [-1, 2], [0.5, NaN], ['a'], { a: 1 },
];

/** Takes a valid input and breaks (or keeps) some keys: junk values, deleted keys, added model keys. */
function mutated(valid: fc.Arbitrary<Record<string, unknown>>, keys: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(valid, fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...JUNK), fc.boolean()), { maxLength: 3 }))
    .map(([input, changes]) => {
      const out = { ...input };
      for (const [k, v, del] of changes) {
        if (del) delete out[k];
        else out[k] = v;
      }
      return out;
    });
}

function expectSameAsZod(model: ModelDef<any, any>, input: Record<string, unknown>): void {
  const zod = model.schema.safeParse(input);
  if (zod.success) {
    const mine = validate(model, input) as Record<string, unknown>;
    expect(Object.keys(mine)).toEqual(Object.keys(zod.data as object));
    expect(mine).toStrictEqual(zod.data);
  } else {
    const e = parameterErrorOf(() => validate(model, input));
    expect(e.message).toBe(zod.error.issues[0].message);
  }
}

const caseKeys = caseModel.params.map((p) => p.key);
const fundKeys = fundModel.params.map((p) => p.key);

test('the fast path is taken for valid case and fund input (else it would be no faster)', () => {
  const c = findPreset('holbaek-ips')!.values as Record<string, unknown>;
  const f = findPreset('dsi-fund-25m')!.values as Record<string, unknown>;
  expect(fastParse(caseModel.schema, c)).toStrictEqual(caseModel.schema.parse(c));
  expect(fastParse(fundModel.schema, f)).toStrictEqual(fundModel.schema.parse(f));
  // also as validate asks, where every key must be a field: the keys are counted, not refused
  expect(fastParse(caseModel.schema, c, true)).toStrictEqual(caseModel.schema.parse(c));
  expect(fastParse(fundModel.schema, f, true)).toStrictEqual(fundModel.schema.parse(f));
  expect(fastParse(caseModel.schema, { ...c, horizon: undefined }, true)).toBeUndefined();
  // and declined for invalid input, which then goes to zod
  expect(fastParse(caseModel.schema, { ...c, successRate: 2 })).toBeUndefined();
  expect(fastParse(caseModel.schema, { ...c, costProfile: [0.5, 0.4] })).toBeUndefined();
});

test('the fast path knows the contract and the outcome fund inputs too (built from the same registry)', () => {
  const c = { ...(findPreset('holbaek-ips')!.values as Record<string, unknown>), outcomePrice: 100000 };
  const f = { ...(findPreset('dsi-fund-25m')!.values as Record<string, unknown>) };
  delete f.repaymentMultiple;
  expect(fastParse(contractModel.schema, c)).toStrictEqual(contractModel.schema.parse(c));
  expect(fastParse(outcomeFundInputModel.schema, f)).toStrictEqual(outcomeFundInputModel.schema.parse(f));
  expect('repaymentMultiple' in fastParse(outcomeFundInputModel.schema, f)!).toBe(false);
  // the case's cross-field rules apply to the contract as well: a profile that does not sum to 1
  expect(fastParse(contractModel.schema, { ...c, costProfile: [0.5, 0.4] })).toBeUndefined();
  expect(fastParse(contractModel.schema, { ...c, payerShareKommune: 0.5 })).toBeUndefined();
});

test('case model: validate agrees with zod on random, often broken, input', () => {
  fc.assert(fc.property(mutated(validCaseInput(), caseKeys), (input) => expectSameAsZod(caseModel, input)), { numRuns: 500 });
});

test('fund model: validate agrees with zod on random, often broken, input', () => {
  fc.assert(fc.property(mutated(validFundInput(), fundKeys), (input) => expectSameAsZod(fundModel, input)), { numRuns: 500 });
});

test('every model: validate agrees with zod on every preset (cut to its keys) and broken variants', () => {
  for (const model of Object.values(MODELS) as ModelDef<any, any>[]) {
    const keys = model.params.map((p) => p.key);
    const presets = PRESETS.map((p) => p.values as Record<string, unknown>).map((v) =>
      Object.fromEntries(Object.entries(v).filter(([k]) => keys.includes(k))),
    );
    fc.assert(
      fc.property(mutated(fc.constantFrom(...presets), keys), (input) => expectSameAsZod(model, input)),
      { numRuns: 300 },
    );
  }
});

test('optional keys: absent stays absent, present-but-undefined stays present, as in zod', () => {
  const base = { ...(findPreset('holbaek-ips')!.values as Record<string, unknown>) };
  expectSameAsZod(caseModel, base);
  expectSameAsZod(caseModel, { ...base, costPerParticipant: undefined });
  const { costTotal: _c, ...noCost } = base;
  expectSameAsZod(caseModel, { ...noCost, costPerParticipant: 10 });
});

test('defaults are fresh copies: editing one result does not change the next', () => {
  const input = { participants: 1, costTotal: 1, successRate: 0.5, gainKommune: 1, gainRegion: 0, gainStat: 0 };
  const first = validate(caseModel, input);
  first.costProfile[0] = 7;
  first.effectRamp.push(3);
  const second = validate(caseModel, input);
  expect(second.costProfile).toEqual([1]);
  expect(second.effectRamp).toEqual([1]);
});

test('a field wrapped in z.optional keeps its metadata and may be left out; any other schema has none', () => {
  const field = numberField({ key: 'x', label: { en: 'x', da: 'x' }, unit: { en: '', da: '' }, description: { en: '', da: '' } });
  expect(metaOf(z.optional(field)).key).toBe('x');
  expect(fastParse(z.object({ x: z.optional(field) }), {})).toEqual({});
  // An optional key given as undefined stays in the result as zod keeps it.
  const explicit = fastParse(z.object({ x: z.optional(field) }), { x: undefined });
  expect(explicit).toStrictEqual(z.object({ x: z.optional(field) }).parse({ x: undefined }));
  expect(Object.keys(explicit!)).toEqual(['x']);
  expect(fastParse(z.object({ x: z.optional(field) }), { x: 'a' })).toBeUndefined();
  expect(() => metaOf(z.optional(z.number()))).toThrow(/without metadata/);
});

test('the fast path declines what it cannot read: a schema not built from the registry, a field without metadata, input that is not an object', () => {
  const field = numberField({ key: 'x', label: { en: 'x', da: 'x' }, unit: { en: '', da: '' }, description: { en: '', da: '' } });
  expect(fastParse(z.string(), { x: 1 })).toBeUndefined();
  expect(fastParse(z.object({ x: field, y: z.number() }), { x: 1, y: 2 })).toBeUndefined();
  expect(fastParse(z.object({ x: field }), { x: 1 })).toEqual({ x: 1 });
  for (const input of [null, [1], 5]) expect(fastParse(z.object({ x: field }), input as never)).toBeUndefined();
  // Also where every field may be absent, so that nothing but the input's type can refuse it.
  for (const input of [null, [1], 5, 'ab']) expect(fastParse(z.object({ x: z.optional(field) }), input as never)).toBeUndefined();
  // onlyKnownKeys: a key the schema does not define sends the input to zod, and so does an undefined value
  expect(fastParse(z.object({ x: field }), { x: 1, extra: 2 })).toEqual({ x: 1 });
  expect(fastParse(z.object({ x: field }), { x: 1, extra: 2 }, true)).toBeUndefined();
  expect(fastParse(z.object({ x: z.optional(field) }), { x: undefined }, true)).toBeUndefined();
  expect(fastParse(z.object({ x: z.optional(field) }), { x: undefined })).toEqual({ x: undefined });
});
