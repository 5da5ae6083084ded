/**
 * mergeInput / run: sources are merged in order (preset, then overrides), and the exclusive pair
 * costTotal / costPerParticipant is handled as models.ts documents it.
 */
import { caseModel, fundModel, contractModel, mergeInput, validate, run, findPreset, presetValues, lookupKey, PRESETS } from '../../src/model';
import { parameterErrorOf, expectWithin } from './helpers';

describe('mergeInput', () => {
  test('preset, then overrides', () => {
    const merged = mergeInput(caseModel, [{ preset: 'holbaek-ips', values: { successRate: 0.48 } }]);
    expect(merged).toEqual({ ...(findPreset('holbaek-ips')!.values as object), successRate: 0.48 });
    // The main preset with successRate 0.48 is the high scenario.
    expect(run(caseModel, [{ preset: 'holbaek-ips' }, { values: { successRate: 0.48 } }]).result).toEqual(
      run(caseModel, [{ preset: 'holbaek-ips-high' }]).result,
    );
  });

  test('later layers override earlier ones; a later preset replaces everything before it', () => {
    expect(mergeInput(caseModel, [{ values: { horizon: 3 } }, { values: { horizon: 9 } }]).horizon).toBe(9);
    const replaced = mergeInput(caseModel, [{ values: { successRate: 0.9, horizon: 3 } }, { preset: 'holbaek-ips-low' }]);
    expect(replaced.successRate).toBe(0.32);
    expect(replaced.horizon).toBe(6);
  });

  test('costPerParticipant over a preset that has costTotal replaces it', () => {
    const merged = mergeInput(caseModel, [{ preset: 'holbaek-ips' }, { values: { costPerParticipant: 20_000 } }]);
    expect(merged).not.toHaveProperty('costTotal');
    expect(merged.costPerParticipant).toBe(20_000);
    const { result } = run(caseModel, [{ preset: 'holbaek-ips' }, { values: { costPerParticipant: 20_000 } }]);
    // C = 180 x 20,000 = 3,600,000, spent 60 % / 40 %.
    expectWithin(result.actors.kommune.costs[0], 2_160_000, 1e-6, 'cost year 1');
    expectWithin(result.actors.kommune.costs[1], 1_440_000, 1e-6, 'cost year 2');
  });

  test('and costTotal over costPerParticipant replaces that', () => {
    const merged = mergeInput(caseModel, [
      { preset: 'holbaek-ips', values: { costTotal: undefined, costPerParticipant: 1 } },
      { values: { costTotal: 5 } },
    ]);
    expect(merged).not.toHaveProperty('costPerParticipant');
    expect(merged.costTotal).toBe(5);
  });

  test('costTotal and costPerParticipant in the same layer: an error at validation', () => {
    const e = parameterErrorOf(() => run(caseModel, [{ preset: 'holbaek-ips', values: { costTotal: 1, costPerParticipant: 2 } }]));
    expect(e.message).toContain('not both');
    expect(e.message).toContain('costTotal 1');
    expect(e.message).toContain('costPerParticipant 2');
  });

  test('a key given twice in one layer (in two letter cases) is rejected', () => {
    const e = parameterErrorOf(() => mergeInput(caseModel, [{ values: { horizon: 6, Horizon: 7 } }]));
    expect(e.message).toMatch(/horizon is given twice/);
  });

  test('merging never changes the preset itself', () => {
    const before = JSON.stringify(PRESETS);
    const merged = mergeInput(caseModel, [{ preset: 'holbaek-ips' }, { values: { costPerParticipant: 1, successRate: 0.1 } }]);
    (merged.costProfile as number[])[0] = 99;
    expect(JSON.stringify(PRESETS)).toBe(before);
  });

  test('an enumerable property added to Object.prototype is not read as a parameter', () => {
    // A polluted prototype makes for-in visit its keys too: mergeInput must then list the object's own keys.
    const proto = Object.prototype as Record<string, unknown>;
    proto.pollutedKey = 1;
    try {
      expect(mergeInput(caseModel, [{ values: { horizon: 6 } }])).toEqual({ horizon: 6 });
      expect(Object.keys(mergeInput(caseModel, [{ values: { horizon: 6 } }]))).toEqual(['horizon']);
    } finally {
      delete proto.pollutedKey;
    }
  });

  test('unknown preset: suggestion and list; preset of the other kind: rejected', () => {
    const e = parameterErrorOf(() => mergeInput(caseModel, [{ preset: 'holbaek-isp' }]));
    expect(e.key).toBe('preset');
    expect(e.message).toContain("Unknown preset 'holbaek-isp'");
    expect(e.message).toContain("did you mean 'holbaek-ips'");
    const k = parameterErrorOf(() => mergeInput(fundModel, [{ preset: 'holbaek-ips' }]));
    expect(k.message).toMatch(/is a case preset, but this needs a fund preset \(dsi-fund-25m\)/);
  });

  test('preset names: spaces around are trimmed in the lookup, the guess and the message; anything but a name is refused', () => {
    const spaced = parameterErrorOf(() => mergeInput(caseModel, [{ preset: '   holbaek-isp   ' }]));
    expect(spaced.message).toBe("Unknown preset 'holbaek-isp' - did you mean 'holbaek-ips'? (presets: " + PRESETS.map((p) => p.name).join(', ') + ')');
    expect(mergeInput(caseModel, [{ preset: ' holbaek-ips ' }]).successRate).toBe(0.4);
    for (const [name, shown] of [[5, '5'], ['   ', "'   '"], [null, 'nothing']] as const) {
      const e = parameterErrorOf(() => presetValues(caseModel, name));
      expect([e.key, e.message]).toEqual(['preset', `preset must be a preset name (got ${shown})`]);
    }
  });

  test('a contract starts from a case preset or its own, never from a fund preset', () => {
    expect(mergeInput(contractModel, [{ preset: 'holbaek-ips' }]).successRate).toBe(0.4);
    const e = parameterErrorOf(() => mergeInput(contractModel, [{ preset: 'dsi-fund-25m' }]));
    expect(e.message).toBe("preset 'dsi-fund-25m' is a fund preset, but this needs a contract preset (holbaek-ips, holbaek-ips-low, holbaek-ips-high, holbaek-ips-contract, holbaek-ips-lines)");
  });

  test('a key that is not text is refused by name; a structured input is found with spaces around it', () => {
    for (const [key, shown] of [[5, '5'], [null, 'nothing'], ['  ', "'  '"]] as const) {
      expect(parameterErrorOf(() => lookupKey(caseModel, key)).message).toBe(`A parameter name must be text (got ${shown})`);
    }
    const line = { id: 'x', kommune: 1, region: 0, stat: 0, priceYear: 2024, source: 'test' };
    expect(mergeInput(caseModel, [{ values: { ' Prices ': [line] } }]).prices).toEqual([line]);
  });

  test("a discount schedule's name stands for its rates in discountRate only", () => {
    const merged = mergeInput(caseModel, [{ values: { discountRate: 'dk-fm-2021', costProfile: 'dk-fm-2021' } }]);
    expect(Array.isArray(merged.discountRate)).toBe(true);
    expect(merged.costProfile).toBe('dk-fm-2021');
  });

  test("editing merged budget lines never changes the preset's lines", () => {
    const before = JSON.stringify(findPreset('holbaek-ips-lines')!.values);
    const merged = mergeInput(caseModel, [{ preset: 'holbaek-ips-lines' }]);
    (merged.consequences as { units: number }[])[0].units = 99;
    expect(JSON.stringify(findPreset('holbaek-ips-lines')!.values)).toBe(before);
  });

  test('preset names are case-insensitive', () => {
    expect(mergeInput(fundModel, [{ preset: 'DSI-Fund-25m' }]).initialCapital).toBe(25_000_000);
  });

  test('validated parameters are a fresh object with the defaults filled in', () => {
    const input = mergeInput(fundModel, [{ values: { initialCapital: 1, repaymentMultiple: 1, costPerParticipant: 1, successRate: 0.5 } }]);
    const p = validate(fundModel, input);
    expect(p).toEqual({
      initialCapital: 1,
      horizon: 6,
      startYear: 2024,
      repaymentMultiple: 1,
      repaymentYears: 5,
      repaymentLag: 1,
      reinvestShare: 1,
      costPerParticipant: 1,
      successRate: 0.5,
      averageInvestment: 4_000_000,
      // MODEL.md section 7's defaults (maxInvestmentPerYear: no limit, so absent)
      capitalInjections: [0],
      operatingCost: 0,
      lossRate: 0,
      guaranteeShare: 0,
    });
    expect(input).not.toHaveProperty('horizon'); // the input is not changed
  });
});
