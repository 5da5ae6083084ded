/** Goal seek (FUNCTIONS.md "Goal seek"): hand calculations, closed forms of the model, and a toy model. */
import { z } from 'zod/mini';
import {
  goalSeek, outputAt, caseModel, fundModel, contractModel, run, switchingRateClosed, investorBreakEvenPrice,
  numberField, integerField, fieldsOf, NotAvailableError, ParameterError, localMessage,
} from '../../src/model';
import type { ModelDef } from '../../src/model';
import { caught } from './helpers';

const HOLBAEK = [{ preset: 'holbaek-ips' }];
const SUM_E = 0.5 + 1 + 0.85 + 0.85 ** 2 + 0.85 ** 3 + 0.85 ** 4; // 4.20863125
const S = 180 * 0.9 * (0.4 - 0.24); // 25.92

describe('goal seek on the Holbæk case (r = 0, by hand)', () => {
  it('successRate at which the municipality breaks even over the horizon: 0.350003', () => {
    const r = goalSeek(caseModel, HOLBAEK, { output: 'actors.kommune.presentValue', target: 0, key: 'successRate' });
    // PV = 162 (p1 - 0.24) 92,000 x 4.20863125 - 6,900,000
    const hand = 0.24 + 6_900_000 / (162 * 92_000 * SUM_E);
    expect(hand).toBeCloseTo(0.3500032137, 9);
    expect(Math.abs(r.value - hand)).toBeLessThan(1e-9); // 1e-10 of the range [0, 1], plus rounding
    expect(r).toMatchObject({ key: 'successRate', output: 'actors.kommune.presentValue', target: 0 });
    // achieved: the PV at the value found; its slope is 162 x 92,000 x 4.2086 = 62.7m DKK per unit of p1
    expect(Math.abs(r.achieved)).toBeLessThan(62.8e6 * 1e-9);
  });

  it('agrees with the closed-form switching rate, also with discounting (r = 4 %)', () => {
    const layers = [{ preset: 'holbaek-ips', values: { discountRate: 0.04 } }];
    const p = run(caseModel, layers).params;
    for (const actor of ['kommune', 'stat', 'total'] as const) {
      const closed = switchingRateClosed('case', p, actor).value as number;
      const r = goalSeek(caseModel, layers, { output: `actors.${actor}.presentValue`, target: 0, key: 'successRate' });
      expect(Math.abs(r.value - closed)).toBeLessThan(1e-9);
    }
  });

  it('an unbounded key (a unit gain): the bracket grows from the current value', () => {
    const r = goalSeek(caseModel, HOLBAEK, { output: 'actors.kommune.presentValue', target: 0, key: 'gainKommune' });
    expect(r.value).toBeCloseTo(6_900_000 / (S * SUM_E), 4); // 63,251.85
  });

  it('a linear target other than 0: the cost at which the municipality has PV 1,000,000', () => {
    const r = goalSeek(caseModel, HOLBAEK, { output: 'actors.kommune.presentValue', target: 1_000_000, key: 'costTotal' });
    expect(r.value).toBeCloseTo(S * 92_000 * SUM_E - 1_000_000, 2); // 9,036,070.42
  });

  it('an open end is approached: participants > 0', () => {
    const r = goalSeek(caseModel, HOLBAEK, { output: 'actors.kommune.presentValue', target: 0, key: 'participants' });
    expect(r.value).toBeCloseTo(6_900_000 / (0.9 * 0.16 * 92_000 * SUM_E), 6); // 123.7536
  });

  it('the year index of a vector is 1-based, as in the Results sheet', () => {
    const res = run(caseModel, HOLBAEK).result;
    expect(outputAt(res, 'actors.kommune.cumulative.4', 'case')).toBeCloseTo(426_806.4, 6);
    expect(outputAt(res, 'Actors.Kommune.BreakEvenYear', 'case')).toBe(4);
  });
});

describe('goal seek on the fund and the contract', () => {
  it('fund: the initial capital that invests DKK 100m over the horizon (total invested is linear in it)', () => {
    // 25m gives 70,382,642.1075 (MODEL.md section 2)
    const r = goalSeek(fundModel, [{ preset: 'dsi-fund-25m' }], { output: 'totalInvested', target: 100e6, key: 'initialCapital' });
    expect(r.value).toBeCloseTo((25e6 * 100e6) / 70_382_642.1075, 1);
  });

  it('fund: a year of a vector output, cumulativePeople.6', () => {
    const base = run(fundModel, [{ preset: 'dsi-fund-25m' }]).result.cumulativePeople[5];
    const r = goalSeek(fundModel, [{ preset: 'dsi-fund-25m' }], { output: 'cumulativePeople.6', target: 2 * base, key: 'initialCapital' });
    expect(r.value / 50e6).toBeCloseTo(1, 9);
  });

  it('contract: the price at which the investor multiple is 1 equals the closed form C / U', () => {
    const layers = [{ preset: 'holbaek-ips-contract' }];
    const r = goalSeek(contractModel, layers, { output: 'investor.multiple', target: 1, key: 'outcomePrice' });
    const hand = 6_900_000 / (S * (SUM_E - 0.5)); // payments in years 2-6
    expect(investorBreakEvenPrice(run(contractModel, layers).params).value).toBeCloseTo(hand, 6);
    expect(r.value).toBeCloseTo(hand, 3);
  });
});

// y = (x - 1)(x - 3) on [-10, 10]; z = x on x > 0 (open end); w = x - 1e6 for an unbounded x.
const toyObject = z.object({
  x: numberField({ key: 'x', min: -10, max: 10, default: 0, label: { en: 'x', da: 'x' }, unit: { en: 'share', da: 'andel' }, description: { en: 'x', da: 'x' } }),
  u: numberField({ key: 'u', min: 0, minExclusive: true, default: 5, label: { en: 'u', da: 'u' }, unit: { en: 'DKK', da: 'kr.' }, description: { en: 'u', da: 'u' } }),
  free: numberField({ key: 'free', default: 0, label: { en: 'f', da: 'f' }, unit: { en: 'DKK', da: 'kr.' }, description: { en: 'f', da: 'f' } }),
  n: integerField({ key: 'n', min: 1, default: 1, label: { en: 'n', da: 'n' }, unit: { en: 'years', da: 'år' }, description: { en: 'n', da: 'n' } }),
});
const toy: ModelDef<any, any> = {
  kind: 'case',
  label: 'toy',
  schema: toyObject as any,
  params: fieldsOf(toyObject),
  exclusive: [],
  evaluate: (p) => ({ y: (p.x - 1) * (p.x - 3), z: p.u, w: p.free - 1e6, list: [1, 2] }),
};

describe('goal seek rules, on a toy model', () => {
  it('several crossings: the one nearest min', () => {
    expect(goalSeek(toy, [], { output: 'y', target: 0, key: 'x' }).value).toBeCloseTo(1, 8);
    expect(goalSeek(toy, [], { output: 'y', target: 0, key: 'x', min: 2 }).value).toBeCloseTo(3, 8);
  });

  it('#N/A when the output does not cross the target in [min, max]', () => {
    const e = caught(() => goalSeek(toy, [], { output: 'y', target: 0, key: 'x', min: -10, max: 0.5 }));
    expect(e).toBeInstanceOf(NotAvailableError);
    expect(e.message).toBe('no value of x in [-10, 0.5] gives y = 0');
    expect(localMessage(e, 'da')).toBe('ingen værdi af x i [-10; 0,5] giver y = 0');
    const holbaek = caught(() => goalSeek(caseModel, HOLBAEK, { output: 'actors.kommune.presentValue', target: 1e12, key: 'successRate' }));
    expect(holbaek.message).toBe('no value of successRate in [0, 1] gives actors.kommune.presentValue = 1,000,000,000,000');
  });

  it('an open end is approached, never used', () => {
    expect(caught(() => goalSeek(toy, [], { output: 'z', target: 0, key: 'u' })).message).toBe('no value of u in [0, infinity] gives z = 0');
    expect(goalSeek(toy, [], { output: 'z', target: 1e-6, key: 'u' }).value).toBeCloseTo(1e-6, 12);
  });

  it('an unbounded key grows outward from its current value', () => {
    expect(goalSeek(toy, [], { output: 'w', target: 0, key: 'free' }).value).toBeCloseTo(1e6, 3);
    expect(goalSeek(toy, [{ values: { free: 5e6 } }], { output: 'w', target: -3e6, key: 'free' }).value).toBeCloseTo(-2e6, 3);
  });

  it('bad requests name the rule', () => {
    expect(caught(() => goalSeek(toy, [], { output: 'y', target: 0, key: 'n' })).message).toBe('goal seek needs a key that takes one number; n is a whole number');
    expect(caught(() => goalSeek(toy, [], { output: 'y', target: 0, key: 'x', min: 3, max: 2 })).message).toBe('min must be below max (got min 3 and max 2)');
    expect(caught(() => goalSeek(toy, [], { output: 'y', target: 0, key: 'x', min: -11 })).message).toBe("min of the search must be a number in x's range (must be between -10 and 10) (got -11)");
    expect(caught(() => goalSeek(toy, [], { output: 'y', target: NaN, key: 'x' })).message).toBe('target must be a finite number (got NaN)');
    expect(caught(() => goalSeek(toy, [], { output: 'y', target: 0, key: 'xx' })).message).toContain("Unknown parameter 'xx'");
  });

  it('output paths: misspelt, a list, a group, an index out of range', () => {
    const e = caught(() => goalSeek(caseModel, HOLBAEK, { output: 'actors.komune.presentValue', target: 0, key: 'successRate' }));
    expect(e).toBeInstanceOf(ParameterError);
    expect(e.message).toBe("output 'actors.komune.presentValue' is not a figure of the case model - did you mean 'actors.kommune.presentValue'? ('actors' holds: kommune, region, stat, total)");
    expect(caught(() => goalSeek(toy, [], { output: 'list', target: 0, key: 'x' })).message).toBe("output 'list' names a list, not one figure; add a year 1..2, e.g. 'list.1'");
    expect(caught(() => goalSeek(toy, [], { output: 'list.3', target: 0, key: 'x' })).message).toBe("output 'list.3': list has 2 values, so the number after it must be 1 to 2 (1 = the first year)");
    expect(caught(() => goalSeek(caseModel, HOLBAEK, { output: 'actors.kommune', target: 0, key: 'successRate' })).message).toContain('names a group, not one figure; add one of gains, costs, net');
  });
});

// A second toy: v in [0, 1) (open top), g unbounded without a default; `gap` does not exist on
// (0.5, 0.51), `big` overflows for g above about 1.8e8, `two` = (g - 1)(g + 10) is 0 at -10 and 1.
const toy2Object = z.object({
  v: numberField({ key: 'v', min: 0, max: 1, maxExclusive: true, default: 0.25, label: { en: 'v', da: 'v' }, unit: { en: 'share', da: 'andel' }, description: { en: 'v', da: 'v' } }),
  g: z.optional(numberField({ key: 'g', required: false, label: { en: 'g', da: 'g' }, unit: { en: 'DKK', da: 'kr.' }, description: { en: 'g', da: 'g' } })),
});
const toy2: ModelDef<any, any> = {
  kind: 'case',
  label: 'toy2',
  schema: toy2Object as any,
  params: fieldsOf(toy2Object),
  exclusive: [],
  evaluate: (p) => ({ vv: p.v, gap: p.v > 0.5 && p.v < 0.51 ? null : p.v - 0.505, big: (p.g ?? 0) * 1e300, two: ((p.g ?? 0) - 1) * ((p.g ?? 0) + 10) }),
};

describe('goal seek: ends, growth and points where the output does not exist', () => {
  it('an open top end is approached, never used: v < 1', () => {
    expect(goalSeek(toy2, [], { output: 'vv', target: 0.75, key: 'v' }).value).toBeCloseTo(0.75, 12);
    expect(caught(() => goalSeek(toy2, [], { output: 'vv', target: 1, key: 'v' })).message).toBe('no value of v in [0, 1] gives vv = 1');
  });

  it('an open bottom end with a given max: u in (0, 10]', () => {
    expect(goalSeek(toy, [], { output: 'z', target: 2, key: 'u', max: 10 }).value).toBeCloseTo(2, 12);
    expect(caught(() => goalSeek(toy, [], { output: 'z', target: 0, key: 'u', max: 10 })).message).toBe('no value of u in [0, 10] gives z = 0');
  });

  it('a key bounded above only grows downward and stops at its max', () => {
    // w = free - 1e6; free = 12 is past max 10, so nothing in (-infinity, 10] gives it.
    const e = caught(() => goalSeek(toy, [], { output: 'w', target: -1e6 + 12, key: 'free', max: 10 }));
    expect(e.message).toBe('no value of free in [-infinity, 10] gives w = -999,988');
    expect(localMessage(e, 'da')).toBe('ingen værdi af free i [-uendelig; 10] giver w = -999.988');
    // Within half a unit in the last place of w (1.2e-10) of 10 the target is met exactly.
    expect(goalSeek(toy, [], { output: 'w', target: -1e6 + 10, key: 'free', max: 10 }).value).toBeCloseTo(10, 9);
    expect(goalSeek(toy, [], { output: 'w', target: -1e6 + 9, key: 'free', max: 10 }).value).toBeCloseTo(9, 9);
    expect(goalSeek(toy, [], { output: 'w', target: -1e6 - 9, key: 'free', min: -10 }).value).toBeCloseTo(-9, 9);
  });

  it('a key without a default or a current value starts at 1, or just above its minimum', () => {
    // g starts at 1 and grows to 1 + 2^k; big = g x 1e300 = 1e301 at g = 10. Growing on overflows
    // the model (g x 1e300 is Infinity above 1.8e8), which ends the growth instead of failing.
    expect(goalSeek(toy2, [], { output: 'big', target: 1e301, key: 'g' }).value).toBeCloseTo(10, 9);
    // In a given range an overflow is an error, not the end of a search.
    expect(() => goalSeek(toy2, [], { output: 'big', target: 1e301, key: 'g', min: 0, max: 1e10 })).toThrow(ParameterError);
    // costPerParticipant has no default and is left out when costTotal is given: it starts at
    // max(0, 0) + 1 = 1. The kommune breaks even at 162 x 0.16 x 92,000 x 4.20863125 / 180 per person.
    const r = goalSeek(caseModel, HOLBAEK, { output: 'actors.kommune.presentValue', target: 0, key: 'costPerParticipant' });
    expect(r.value).toBeCloseTo((162 * 0.16 * 92_000 * SUM_E) / 180, 3);
  });

  it('a root between the last two grid points is found (the grid ends at the top end)', () => {
    // The grid of [0, 1) steps by 1/64: 0.99 lies between 63/64 = 0.984 and the end itself.
    expect(goalSeek(toy2, [], { output: 'vv', target: 0.99, key: 'v' }).value).toBeCloseTo(0.99, 12);
  });

  it('growing outward, the crossing nearest min is taken, not the one nearest the start', () => {
    // g starts at 1, where `two` is 0; its other root, -10, is the one nearest min (-infinity).
    expect(goalSeek(toy2, [], { output: 'two', target: 0, key: 'g' }).value).toBeCloseTo(-10, 9);
    expect(goalSeek(toy2, [], { output: 'two', target: 0, key: 'g', min: -5 }).value).toBeCloseTo(1, 9);
  });

  it('#N/A when the output does not exist at a point the bisection tries', () => {
    // The grid of [0, 1) (its top a hair inside) has about 0.5 and 0.515625: gap -0.005 and 0.010625;
    // their midpoint, about 0.5078125, has none.
    const e = caught(() => goalSeek(toy2, [], { output: 'gap', target: 0, key: 'v' }));
    expect(e).toBeInstanceOf(NotAvailableError);
    expect(e.message).toMatch(/^gap does not exist at v = 0\.50781\d*, inside the search; narrow min and max$/);
  });

  it('a path that goes on past a figure names the figure', () => {
    expect(caught(() => goalSeek(toy, [], { output: 'y.1', target: 0, key: 'x' })).message).toBe("output 'y.1' is not a figure of the toy model ('y' holds: one figure)");
  });

  it('the request messages in Danish', () => {
    const da = (f: () => unknown) => localMessage(caught(f), 'da');
    expect(da(() => goalSeek(toy, [], { output: 'y', target: 0, key: 'n' }))).toBe('målsøgning kræver en nøgle med ét tal; n er et helt tal');
    expect(caught(() => goalSeek(caseModel, HOLBAEK, { output: 'actors.kommune.presentValue', target: 0, key: 'costProfile' })).message).toBe('goal seek needs a key that takes one number; costProfile is a list of values');
    expect(da(() => goalSeek(caseModel, HOLBAEK, { output: 'actors.kommune.presentValue', target: 0, key: 'costProfile' }))).toBe('målsøgning kræver en nøgle med ét tal; costProfile er en liste af værdier');
    expect(da(() => goalSeek(toy, [], { output: 'list', target: 0, key: 'x' }))).toBe("output 'list' er en liste, ikke ét tal; tilføj et år 1..2, fx 'list.1'");
    expect(da(() => goalSeek(caseModel, HOLBAEK, { output: 'actors.kommune', target: 0, key: 'successRate' }))).toMatch(/^output 'actors.kommune' er en gruppe, ikke ét tal; tilføj en af gains, costs, net/);
  });
});
