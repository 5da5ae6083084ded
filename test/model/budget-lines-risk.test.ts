/**
 * Monte Carlo and tornado over consequence units (units:ID keys, MODEL.md sections 6 and 8), checked
 * against hand calculations and, for the Monte Carlo mean, against linearity within its sampling error.
 */
import { caseModel, simulate, tornado, makeDistribution, defaultDistributionSpecs, run, ParameterError, checkUnitsDistributions, unitsId, unitsMeta, unitsOf, withUnits, localMessage, DistSpec } from '../../src/model';
import { parameterErrorOf } from './helpers';

const HAND_LINE = { id: 'hand-check', kommune: 4000, region: 0, stat: 0, priceYear: 2024, staircase: true, source: 'hand check' };
const VISIT = { id: 'visit', kommune: 0, region: 500, stat: 0, priceYear: 2024, source: 'assumption' };
/** S = 10 at full effect for 2 years, no costs: PV of an actor = 10 x (g_1 + g_2). */
const layers = [{ values: { participants: 10, costTotal: 0, successRate: 1, horizon: 2, prices: [HAND_LINE, VISIT], consequences: [{ id: 'hand-check', units: 10 }, { id: 'visit', units: 3 }] } }];

/** The state's share of week w, written out here. */
const rate = (w: number) => (w <= 4 ? 0.8 : w <= 26 ? 0.4 : w <= 52 ? 0.3 : 0.2);
function statePv(units: number): number {
  let pv = 0;
  for (const first of [0, 52]) for (let k = 1; k <= Math.ceil(units); k++) pv += 10 * 4000 * Math.min(1, units - (k - 1)) * rate(first + k);
  return pv;
}

describe('tornado over consequence units', () => {
  const statTornado = () => tornado('case', layers, 'stat');

  test('a row per consequence, moved +-10 %, with the output computed by hand', () => {
    const t = statTornado();
    const row = t.rows.find((r) => r.key === 'units:hand-check')!;
    expect([row.base, row.low, row.high]).toEqual([10, 9, 11]);
    expect(row.outputLow).toBeCloseTo(statePv(9), 6);
    expect(row.outputHigh).toBeCloseTo(statePv(11), 6);
    expect(t.baseOutput).toBeCloseTo(statePv(10), 6);
  });

  test('a staircase line at 52 weeks stops at 52 and says so', () => {
    const at52 = [{ values: { ...layers[0].values, consequences: [{ id: 'hand-check', units: 52 }] } }];
    const row = tornado('case', at52, 'stat').rows.find((r) => r.key === 'units:hand-check')!;
    expect(row.high).toBe(52);
    expect(row.note).toMatch(/high limited to 52/);
  });

  test('bounds may be given for a units key', () => {
    const row = tornado('case', layers, 'region', { bounds: { 'units:visit': [0, 6] } }).rows.find((r) => r.key === 'units:visit')!;
    expect([row.outputLow, row.outputHigh]).toEqual([0, 10 * 2 * 6 * 500]);
  });
});

describe('Monte Carlo over consequence units', () => {
  test('a fixed draw equals the deterministic case with those units', () => {
    const d = makeDistribution(caseModel, { key: 'units:hand-check', kind: 'fixed', args: [20] });
    const r = simulate('case', layers, [d], { draws: 10, seed: 1 });
    expect(r.stats['stat.presentValue'].mean).toBeCloseTo(statePv(20), 6);
  });

  test('a line priced linearly: the mean present value is the value at the mean units, within 4 standard errors', () => {
    const d = makeDistribution(caseModel, { key: 'units:visit', kind: 'uniform', args: [1, 5] });
    const n = 4000;
    const r = simulate('case', layers, [d], { draws: n, seed: 7 });
    const s = r.stats['region.presentValue'];
    // region PV = 10 x 2 x 500 x units; uniform(1, 5) has mean 3 and sd 4 / sqrt(12)
    const sd = (10 * 2 * 500 * 4) / Math.sqrt(12);
    expect(Math.abs(s.mean - 30_000)).toBeLessThan((4 * sd) / Math.sqrt(n));
    expect(Math.abs(s.sd - sd) / sd).toBeLessThan(0.05);
  });

  test('a distribution reaching past 52 weeks on a staircase line is an error', () => {
    const d = makeDistribution(caseModel, { key: 'units:hand-check', kind: 'uniform', args: [40, 60] });
    expect(() => simulate('case', layers, [d], { draws: 10, seed: 1 })).toThrow(/a staircase line's units are weeks a year, 0 to 52/);
  });

  test('a units key of no consequence of the case is an error naming it', () => {
    const d = makeDistribution(caseModel, { key: 'units:laegebesoeg', kind: 'fixed', args: [1] });
    expect(() => simulate('case', layers, [d], { draws: 10, seed: 1 })).toThrow(ParameterError);
    expect(() => simulate('case', layers, [d], { draws: 10, seed: 1 })).toThrow(/units:laegebesoeg: the case has no consequence 'laegebesoeg'/);
  });

  test('the default distributions of holbaek-ips-lines draw the units, not gains, within 0..52 for the staircase', () => {
    const { params } = run(caseModel, [{ preset: 'holbaek-ips-lines' }]);
    const specs = defaultDistributionSpecs('case', params as Record<string, unknown>);
    expect(specs.map((s) => s.key)).toEqual(['successRate', 'persistence', 'units:sygedagpenge-uge', 'units:skat-sygedagpenge-uge', 'units:skat-fuldtid-aar', 'units:laegebesoeg']);
    expect(specs[2]).toEqual({ key: 'units:sygedagpenge-uge', kind: 'triangular', args: [35.2, 44, 52] });
  });
});

describe('the rule of a units:ID distribution', () => {
  const params = () => run(caseModel, layers).params as Record<string, unknown>;
  const check = (spec: DistSpec) => checkUnitsDistributions([makeDistribution(caseModel, spec)], params());

  test('units:ID keys: prefix in any letter case, spaces trimmed', () => {
    expect(unitsId(' Units: visit ')).toBe('visit');
    expect(unitsId('units:')).toBe('');
    expect(unitsId('successRate')).toBeUndefined();
    expect(unitsMeta('units:hand-check', params() as never)).toMatchObject({ key: 'units:hand-check', min: 0, max: 52, unit: { en: 'weeks a year' } });
    const visit = unitsMeta('units:visit', params() as never);
    expect([visit?.min, visit?.max, visit?.unit.en]).toEqual([undefined, undefined, 'units a year']);
  });

  test('a staircase line\'s distribution may reach 0 and 52 weeks, not beyond', () => {
    expect(() => check({ key: 'units:hand-check', kind: 'uniform', args: [0, 52] })).not.toThrow();
    expect(() => check({ key: 'units:hand-check', kind: 'fixed', args: [52] })).not.toThrow();
    expect(() => check({ key: 'units:hand-check', kind: 'triangular', args: [0, 10, 52] })).not.toThrow();
    for (const spec of [
      { key: 'units:hand-check', kind: 'fixed', args: [52.5] },
      { key: 'units:hand-check', kind: 'uniform', args: [-0.5, 10] },
      { key: 'units:hand-check', kind: 'triangular', args: [1, 10, 53] },
      { key: 'units:hand-check', kind: 'normal', args: [20, 1] },
    ] as DistSpec[]) {
      const e = parameterErrorOf(() => check(spec));
      expect(e.message).toBe(`units:hand-check: a staircase line's units are weeks a year, 0 to 52; the ${spec.kind} distribution reaches outside that`);
      expect(localMessage(e, 'da')).toBe(`units:hand-check: en trappelinjes enheder er uger om året, 0 til 52; ${spec.kind}-fordelingen rækker uden for det`);
    }
  });

  test('other lines take any units; an ID the case does not have is refused in both languages', () => {
    expect(() => check({ key: 'units:visit', kind: 'normal', args: [3, 10] })).not.toThrow();
    expect(() => checkUnitsDistributions([makeDistribution(caseModel, { key: 'successRate', kind: 'uniform', args: [0.2, 0.4] })], params())).not.toThrow();
    const e = parameterErrorOf(() => check({ key: 'units:laegebesoeg', kind: 'fixed', args: [1] }));
    expect(e.message).toBe("units:laegebesoeg: the case has no consequence 'laegebesoeg'");
    expect(localMessage(e, 'da')).toBe("units:laegebesoeg: casen har ingen konsekvens 'laegebesoeg'");
    expect(parameterErrorOf(() => checkUnitsDistributions([makeDistribution(caseModel, { key: 'units:visit', kind: 'fixed', args: [1] })], {})).message).toMatch(/has no consequence 'visit'/);
  });
});

describe('units:ID as a field', () => {
  const params = () => run(caseModel, layers).params as Record<string, unknown>;

  test("its whole metadata: a required number, labelled in both languages, weeks 0 to 52 on a staircase line", () => {
    expect(unitsMeta('units:hand-check', params() as never)).toEqual({
      key: 'units:hand-check',
      kind: 'number',
      label: { en: 'units of hand-check', da: 'enheder af hand-check' },
      description: { en: 'units of consequence hand-check per net success per year', da: 'enheder af konsekvensen hand-check pr. nettosucces pr. år' },
      unit: { en: 'weeks a year', da: 'uger om året' },
      required: true,
      min: 0,
      max: 52,
    });
    expect(unitsMeta('successRate')).toBeUndefined();
  });

  test('withUnits sets the units of the named consequence only, and other entries as they are', () => {
    const input = { horizon: 2, consequences: [{ id: 'hand-check', units: 10 }, { id: 'visit', units: 3 }] };
    const out = withUnits(input, { 'units:visit': 7, horizon: 4 });
    expect(out).toEqual({ horizon: 4, consequences: [{ id: 'hand-check', units: 10 }, { id: 'visit', units: 7 }] });
    expect(input.consequences[1].units).toBe(3); // the input is not changed
    expect([unitsOf(out, 'units:visit'), unitsOf(out, 'units:hand-check'), unitsOf(out, 'units:none'), unitsOf({}, 'units:visit')]).toEqual([7, 10, undefined, undefined]);
    // A case without consequences gets none invented; without a units entry the list is left alone.
    expect(withUnits({ horizon: 2 }, { 'units:visit': 1 })).toEqual({ horizon: 2, consequences: [] });
    expect(withUnits({ horizon: 2 }, { horizon: 3 })).toEqual({ horizon: 3 });
  });
});
