/**
 * parseParameterTable and mergeInput were rewritten for speed (bench/bench.ts). Here they must agree
 * with the plain reference versions below (the first implementation, commit 9d606e0, with the later
 * discount-schedule names) on random tables and layers: same result, or the same error message.
 */
import fc from 'fast-check';
import {
  caseModel,
  fundModel,
  parseParameterTable,
  mergeInput,
  lookupKey,
  shapeValues,
  isEmptyCell,
  presetValues,
  resolveDiscountRate,
  ParameterError,
  showValue,
  ModelDef,
  InputLayer,
} from '../../src/model';

const HEADER_KEYS = new Set(['parameter', 'parameters', 'key', 'nøgle', 'parameternavn']);

function referenceParse(model: ModelDef<any, any>, rows: readonly (readonly unknown[])[]): InputLayer {
  const values: Record<string, unknown> = {};
  const seenAt = new Map<string, number>();
  let preset: string | undefined;
  let sawContent = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let end = 1;
    while (end < row.length && !isEmptyCell(row[end])) end++;
    for (let c = end; c < row.length; c++) {
      if (!isEmptyCell(row[c])) {
        throw new ParameterError(
          `Row ${r + 1} (${showValue(row[0])}) has an empty cell in column ${end + 1} before the value ${showValue(row[c])}; vector values must be next to each other`,
        );
      }
    }
    const rawKey = row.length > 0 ? row[0] : undefined;
    if (isEmptyCell(rawKey)) {
      if (end > 1) throw new ParameterError(`Row ${r + 1} has a value (${showValue(row[1])}) but no parameter name`);
      continue;
    }
    if (typeof rawKey !== 'string') {
      throw new ParameterError(`Row ${r + 1}: a parameter name must be text (got ${showValue(rawKey)})`, undefined, rawKey);
    }
    const lowered = rawKey.trim().toLowerCase();
    if (!sawContent && HEADER_KEYS.has(lowered)) {
      sawContent = true;
      continue;
    }
    sawContent = true;
    const cells = row.slice(1, end);
    if (lowered === 'preset') {
      if (preset !== undefined) throw new ParameterError(`preset is given twice (rows ${seenAt.get('preset')} and ${r + 1})`, 'preset');
      if (cells.length !== 1) throw new ParameterError(`preset takes one preset name (got ${showValue(cells)})`, 'preset', cells);
      preset = cells[0] as string;
      if (typeof preset !== 'string') throw new ParameterError(`preset must be a preset name (got ${showValue(preset)})`, 'preset', preset);
      seenAt.set('preset', r + 1);
      continue;
    }
    const meta = lookupKey(model, rawKey);
    if (seenAt.has(meta.key)) {
      throw new ParameterError(`${meta.key} is given twice (rows ${seenAt.get(meta.key)} and ${r + 1})`, meta.key);
    }
    seenAt.set(meta.key, r + 1);
    if (cells.length === 0) continue;
    values[meta.key] = shapeValues(meta, cells);
  }
  return preset !== undefined ? { preset, values } : { values };
}

function referenceMerge(model: ModelDef<any, any>, layers: readonly InputLayer[]): Record<string, unknown> {
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
      canon[meta.key] = meta.key === 'discountRate' ? resolveDiscountRate(v) : v;
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

/** Result or error message, and the error's key, of a call. */
function outcome(f: () => unknown): unknown {
  try {
    const r = f();
    return { ok: r, keys: r && typeof r === 'object' ? Object.keys(r) : [] };
  } catch (e) {
    return { error: (e as Error).message, name: (e as Error).name, key: (e as ParameterError).key };
  }
}

const keyText = (keys: readonly string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...keys) },
    { weight: 2, arbitrary: fc.constantFrom(...keys).map((k) => k.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...keys).map((k) => ` ${k.toLowerCase()} `) },
    { weight: 1, arbitrary: fc.constantFrom('Parameter', 'preset', 'PRESET', 'sucessRate', 'nonsense', '', '  ') },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, 42) },
  );
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1, max: 2, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(null, '', '  ') },
  { weight: 1, arbitrary: fc.constantFrom('holbaek-ips', 'dsi-fund-25m', 'text', 'dk-fm-2021', true) },
);
const rowsOf = (keys: readonly string[]) =>
  fc.array(
    fc.tuple(keyText(keys), fc.array(cell, { maxLength: 4 })).map(([k, cells]) => [k, ...cells]),
    { maxLength: 12 },
  );

describe.each([
  ['case', caseModel],
  ['fund', fundModel],
] as const)('%s model', (_name, model) => {
  const keys = model.params.map((p) => p.key);

  test('parseParameterTable agrees with the reference on random tables', () => {
    fc.assert(
      fc.property(rowsOf(keys), (rows) => {
        expect(outcome(() => parseParameterTable(model, rows))).toEqual(outcome(() => referenceParse(model, rows)));
      }),
      { numRuns: 1000 },
    );
  });

  test('mergeInput agrees with the reference on random layers', () => {
    const layer = fc.record(
      {
        preset: fc.constantFrom('holbaek-ips', 'holbaek-ips-high', 'dsi-fund-25m', 'holbaek-isp'),
        values: fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...keys).map((k) => k.toUpperCase()), fc.constantFrom('sucessRate', 'costPerParticipant', 'costTotal')), cell, { maxKeys: 6 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(layer, { maxLength: 4 }), (layers) => {
        expect(outcome(() => mergeInput(model, layers))).toEqual(outcome(() => referenceMerge(model, layers)));
      }),
      { numRuns: 1000 },
    );
  });
});

test('mergeInput on a layer that is not a plain object (a class instance) reads its own keys only', () => {
  class Values {
    successRate = 0.5;
  }
  (Values.prototype as any).horizon = 3; // inherited: neither version sees it
  const layers = [{ preset: 'holbaek-ips' }, { values: new Values() as unknown as Record<string, unknown> }];
  expect(mergeInput(caseModel, layers)).toEqual(referenceMerge(caseModel, layers));
  expect(mergeInput(caseModel, layers).horizon).toBe(6);
});
