/**
 * MODEL.md section 8 through the model: the hand check, the staircase's boundaries, uprating by the
 * price index, the rules and their messages, layers, and random cases against a week-by-week
 * calculation written here (not the model's interval arithmetic).
 */
import * as fc from 'fast-check';
import {
  caseModel,
  run,
  mergeInput,
  validate,
  meanStateShare,
  refusionRate,
  DEFAULT_PRICES,
  ParameterError,
  parseParameterTable,
  CaseResult,
  localMessage,
  budgetLineWarnings,
  resolveBudgetLines,
  priceList,
} from '../../src/model';
import { presetTable } from '../../src/functions/tables';

/** A small case around one consequence; everything else neutral (S = 10, full effect every year). */
function lineCase(extra: Record<string, unknown>, horizon = 3): Record<string, unknown> {
  return {
    participants: 10, costTotal: 0, successRate: 1, horizon, startYear: 2024,
    ...extra,
  };
}

const HAND_LINE = { id: 'hand-check', kommune: 4000, region: 0, stat: 0, priceYear: 2024, staircase: true, source: 'MODEL.md section 8 hand check' };

function runCase(values: Record<string, unknown>): CaseResult {
  return run(caseModel, [{ values }]).result;
}

function errorOf(f: () => unknown): ParameterError {
  try {
    f();
  } catch (e) {
    if (e instanceof ParameterError) return e;
    throw e;
  }
  throw new Error('expected a ParameterError');
}

describe('the hand check of MODEL.md section 8', () => {
  const handCase = () => runCase(lineCase({ prices: [HAND_LINE], consequences: [{ id: 'hand-check', units: 10, weeksAtStart: 0 }] }));

  test('year 1 covers weeks 1-10: s_1 = (4 x 0.8 + 6 x 0.4) / 10 = 0.56, kommune 17,600, stat 22,400', () => {
    const r = handCase();
    expect(r.gainsPerSuccess.kommune[0]).toBeCloseTo(17_600, 9);
    expect(r.gainsPerSuccess.stat[0]).toBeCloseTo(22_400, 9);
    expect(r.budgetLines!.lines[0].stateShare![0]).toBeCloseTo(0.56, 12);
  });

  test('year 2 covers weeks 53-62: s_2 = 0.2, kommune 32,000, stat 8,000 (and so on)', () => {
    const r = handCase();
    expect(r.gainsPerSuccess.kommune[1]).toBeCloseTo(32_000, 9);
    expect(r.gainsPerSuccess.stat[1]).toBeCloseTo(8_000, 9);
    expect(r.gainsPerSuccess.kommune[2]).toBeCloseTo(32_000, 9);
    expect(r.gainsPerSuccess.region).toEqual([0, 0, 0]);
  });

  test('G_{a,t} = S x e_t x g_{a,t} with S = 10 and full effect', () => {
    const r = handCase();
    expect(r.netSuccesses).toBe(10);
    expect(r.actors.kommune.gains[0]).toBeCloseTo(176_000, 6);
    expect(r.actors.stat.gains[1]).toBeCloseTo(80_000, 6);
    expect(r.actors.total.gains[0]).toBeCloseTo(400_000, 6);
  });
});

describe('the staircase at its boundaries', () => {
  test.each([
    ['week 4', 3, 1, 0.8],
    ['week 5', 4, 1, 0.4],
    ['weeks 4-5', 3, 2, 0.6],
    ['week 26', 25, 1, 0.4],
    ['week 27', 26, 1, 0.3],
    ['week 52', 51, 1, 0.3],
    ['week 53', 52, 1, 0.2],
    ['weeks 52-53', 51, 2, 0.25],
    ['weeks 1-52', 0, 52, (4 * 0.8 + 22 * 0.4 + 26 * 0.3) / 52],
    ['weeks 1-4 and half of week 5', 0, 4.5, (4 * 0.8 + 0.5 * 0.4) / 4.5],
    ['weeks 25-26 and a quarter of week 27', 24, 2.25, (2 * 0.4 + 0.25 * 0.3) / 2.25],
    ['week 200', 199, 1, 0.2],
  ])('%s', (_label, before, weeks, expected) => {
    expect(meanStateShare(before, weeks)).toBeCloseTo(expected, 12);
  });

  test('the rate of single weeks', () => {
    expect([1, 4, 5, 26, 27, 52, 53, 1000].map(refusionRate)).toEqual([0.8, 0.8, 0.4, 0.4, 0.3, 0.3, 0.2, 0.2]);
  });

  test('weeksAtStart moves the year along the spell: 20 weeks at 4,000 from week 21 on', () => {
    const r = runCase(lineCase({ prices: [HAND_LINE], consequences: [{ id: 'hand-check', units: 20, weeksAtStart: 20 }] }, 2));
    // year 1: weeks 21-40: 6 at 0.4, 14 at 0.3; year 2: weeks 73-92 at 0.2
    const s1 = (6 * 0.4 + 14 * 0.3) / 20;
    expect(r.gainsPerSuccess.stat[0]).toBeCloseTo(80_000 * s1, 8);
    expect(r.gainsPerSuccess.kommune[0]).toBeCloseTo(80_000 * (1 - s1), 8);
    expect(r.gainsPerSuccess.stat[1]).toBeCloseTo(16_000, 8);
  });

  test('0 units saves nothing', () => {
    const r = runCase(lineCase({ prices: [HAND_LINE], consequences: [{ id: 'hand-check', units: 0 }] }, 2));
    expect(r.gainsPerSuccess.kommune).toEqual([0, 0]);
    expect(r.gainsPerSuccess.stat).toEqual([0, 0]);
  });
});

describe('price years and uprating', () => {
  const line2020 = { id: 'visit', kommune: 0, region: 500, stat: 0, priceYear: 2020, source: 'assumption' };

  test("p' = p x index(priceYear) / index(line's year): 500 x 125 / 100 = 625", () => {
    const r = runCase(lineCase({ prices: [line2020], consequences: [{ id: 'visit', units: 2 }], priceYear: 2023, priceIndex: { 2020: 100, 2023: 125 } }, 1));
    expect(r.gainsPerSuccess.region[0]).toBeCloseTo(1250, 9);
    expect(r.budgetLines!.lines[0].factor).toBeCloseTo(1.25, 12);
  });

  test('uprates a staircase line before the split', () => {
    const r = runCase(lineCase({ prices: [{ ...HAND_LINE, priceYear: 2020 }], consequences: [{ id: 'hand-check', units: 10 }], priceYear: 2022, priceIndex: { 2020: 80, 2022: 100 } }, 1));
    expect(r.gainsPerSuccess.kommune[0]).toBeCloseTo(17_600 * 1.25, 8);
    expect(r.gainsPerSuccess.stat[0]).toBeCloseTo(22_400 * 1.25, 8);
  });

  test('uses the default index (Statistics Denmark CPI, 2015 = 100) when the case gives none', () => {
    const r = runCase(lineCase({ prices: [line2020], consequences: [{ id: 'visit', units: 1 }], priceYear: 2023 }, 1));
    expect(r.gainsPerSuccess.region[0]).toBeCloseTo((500 * 117.2) / 103.4, 9);
  });

  test('a year missing from the index is an error naming the year, never a silent 1', () => {
    const e = errorOf(() => runCase(lineCase({ prices: [line2020], consequences: [{ id: 'visit', units: 1 }], priceYear: 2031 }, 1)));
    expect(e.message).toMatch(/priceIndex has no value for 2031/);
    expect(e.key).toBe('priceIndex');
  });

  test('the missing index year in full, in both languages (the default index runs from 2015 to 2023)', () => {
    const e = errorOf(() => runCase(lineCase({ prices: [{ ...line2020, priceYear: 2010 }], consequences: [{ id: 'visit', units: 1 }], priceYear: 2023 }, 1)));
    const years = '2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023';
    expect(e.message).toBe(`priceIndex has no value for 2010, needed to uprate 'visit' from 2010 to priceYear 2023 (index years: ${years}); add 2010 to priceIndex`);
    expect(localMessage(e, 'da')).toBe(`priceIndex har ingen værdi for 2010, som skal bruges til at fremskrive 'visit' fra 2010 til priceYear 2023 (indeksår: ${years}); tilføj 2010 til priceIndex`);
  });

  test('budgetLineWarnings: the mixed-year warning without a priceYear; none with one, or with the three gains', () => {
    const mixed = { prices: [line2020, HAND_LINE], consequences: [{ id: 'visit', units: 1 }, { id: 'hand-check', units: 1 }] };
    const params = (extra: Record<string, unknown>) => run(caseModel, [{ values: lineCase(extra, 1) }]).params as Parameters<typeof budgetLineWarnings>[0];
    const warnings = budgetLineWarnings(params(mixed));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].en).toMatch(/2020: visit; 2024: hand-check/);
    expect(budgetLineWarnings(params({ ...mixed, priceYear: 2024, priceIndex: { 2024: 119 } }))).toEqual([]);
    expect(budgetLineWarnings(params({ gainKommune: 1, gainRegion: 2, gainStat: 3 }))).toEqual([]);
  });

  test("a line's label and unit: text for both languages, {en, da} as given, or the id and 'unit'", () => {
    const lines = resolveBudgetLines(run(caseModel, [{ values: lineCase({
      prices: [{ ...line2020, label: 'Besøg', unit: { en: 'visit', da: 'besøg' } }, { ...HAND_LINE, label: { en: 'Week', da: 'Uge' } }],
      consequences: [{ id: 'visit', units: 1 }, { id: 'hand-check', units: 1 }],
    }, 1) }]).params as Parameters<typeof resolveBudgetLines>[0]);
    expect(lines.map((l) => [l.line.label, l.line.unit])).toEqual([
      [{ en: 'Besøg', da: 'Besøg' }, { en: 'visit', da: 'besøg' }],
      [{ en: 'Week', da: 'Uge' }, { en: 'unit', da: 'enhed' }],
    ]);
    expect(priceList([{ ...line2020, id: 'new' }]).at(-1)?.label).toEqual({ en: 'new', da: 'new' });
  });

  test('lines of the case price year need no index', () => {
    const r = runCase(lineCase({ prices: [{ ...line2020, priceYear: 2031 }], consequences: [{ id: 'visit', units: 1 }], priceYear: 2031 }, 1));
    expect(r.gainsPerSuccess.region[0]).toBe(500);
  });

  test('without priceYear mixed price years are added as they are, with a warning naming the years', () => {
    const r = runCase(lineCase({ prices: [line2020, HAND_LINE], consequences: [{ id: 'visit', units: 1 }, { id: 'hand-check', units: 1 }] }, 1));
    expect(r.gainsPerSuccess.region[0]).toBe(500);
    expect(r.budgetLines!.warnings).toHaveLength(1);
    expect(r.budgetLines!.warnings[0].en).toMatch(/2020: visit; 2024: hand-check/);
    expect(r.budgetLines!.warnings[0].da).toMatch(/forskellige prisniveauer/);
  });

  test('the warning lists the price years in ascending order, whatever the order of the consequences', () => {
    const r = runCase(lineCase({ prices: [HAND_LINE, line2020], consequences: [{ id: 'hand-check', units: 1 }, { id: 'visit', units: 1 }] }, 1));
    expect(r.budgetLines!.warnings[0].en).toMatch(/\(2020: visit; 2024: hand-check\)/);
  });

  test("a line's status: as given, else 'unverified' when its source is an assumption (any case, spaces around), else none", () => {
    const statusOf = (line: Record<string, unknown>) => priceList([line as never]).find((l) => l.id === line.id)?.status;
    expect(statusOf({ ...line2020, source: ' Assumption ' })).toBe('unverified');
    expect(statusOf({ ...line2020, source: 'ASSUMPTION' })).toBe('unverified');
    expect(statusOf({ ...line2020, source: 'Danmarks Statistik' })).toBeUndefined();
    expect(statusOf({ ...line2020, source: 'assumption', status: 'verified' })).toBe('verified');
  });

  test("a user line replaces the default line of the same id wherever it stands, the first included", () => {
    const first = DEFAULT_PRICES[0];
    const list = priceList([{ ...first, kommune: 1 }]);
    expect(list).toHaveLength(DEFAULT_PRICES.length);
    expect([list[0].id, list[0].kommune]).toEqual([first.id, 1]);
  });

  test('no warning when all lines share a price year', () => {
    expect(runCase(lineCase({ prices: [HAND_LINE], consequences: [{ id: 'hand-check', units: 1 }] }, 1)).budgetLines!.warnings).toEqual([]);
  });
});

describe('the rules of section 8, with messages that name things', () => {
  const base = lineCase({});
  const bad = (values: Record<string, unknown>) => errorOf(() => runCase({ ...base, ...values }));

  test('a consequence id not in the price list names the closest id', () => {
    const e = bad({ consequences: [{ id: 'sygedagpenge-uga', units: 10 }] });
    expect(e.message).toMatch(/consequence 'sygedagpenge-uga' is not in the price list - did you mean 'sygedagpenge-uge'\?/);
    expect(e.key).toBe('consequences');
  });

  test('a staircase line with a region or state price', () => {
    const e = bad({ prices: [{ ...HAND_LINE, stat: 100 }], consequences: [{ id: 'hand-check', units: 1 }] });
    expect(e.message).toMatch(/price line 'hand-check' is a staircase line, so its region and stat prices must be 0 \(got region 0, stat 100\)/);
  });

  test.each([[53], [52.5], [-1]])('a staircase line with %s units a year', (units) => {
    expect(bad({ consequences: [{ id: 'sygedagpenge-uge', units }] }).message).toMatch(new RegExp(`'sygedagpenge-uge' has ${units} units, but a staircase line's units are weeks a year, 0 to 52`));
  });

  test('the rules across the lines say it in Danish too (the pane\'s Danish general error)', () => {
    expect(localMessage(bad({ consequences: [{ id: 'sygedagpenge-uge', units: -5 }] }), 'da')).toBe(
      "konsekvensen 'sygedagpenge-uge' har -5 enheder, men enhederne på en linje på refusionstrappen er uger om året, 0 til 52");
    expect(localMessage(bad({ consequences: [{ id: 'sygedagpenge-uge', units: 52.5 }] }), 'da')).toMatch(/har 52,5 enheder/);
    expect(localMessage(bad({ consequences: [{ id: 'sygedagpenge-uga', units: 10 }] }), 'da')).toMatch(/^konsekvensen 'sygedagpenge-uga' er ikke i prislisten - mente du 'sygedagpenge-uge'\?/);
    expect(localMessage(bad({ consequences: [{ id: 'laegebesoeg', units: 1, weeksAtStart: 4 }] }), 'da')).toMatch(/weeksAtStart gælder kun linjer på refusionstrappen/);
    expect(localMessage(bad({ gainKommune: 1, gainRegion: 1, gainStat: 1, consequences: [{ id: 'laegebesoeg', units: 1 }] }), 'da')).toMatch(/^angiv gainKommune, gainRegion, gainStat eller consequences, ikke begge/);
    expect(localMessage(bad({}), 'da')).toMatch(/^gainKommune skal angives/);
  });

  test('the id in full in the weeksAtStart rule, and the rules checked for every consequence, not only the first', () => {
    expect(bad({ consequences: [{ id: 'laegebesoeg', units: 1, weeksAtStart: 4 }] }).message).toBe(
      "consequence 'laegebesoeg': weeksAtStart applies only to staircase lines, and 'laegebesoeg' is not one");
    const second = bad({ consequences: [{ id: 'laegebesoeg', units: 1 }, { id: 'sygedagpenge-uge', units: 60 }] });
    expect(second.message).toBe("consequence 'sygedagpenge-uge' has 60 units, but a staircase line's units are weeks a year, 0 to 52");
  });

  test('52 units is allowed', () => {
    expect(() => runCase({ ...base, consequences: [{ id: 'sygedagpenge-uge', units: 52 }] })).not.toThrow();
  });

  test.each([
    [{ consequences: [{ id: 'sygedagpenge-uge', units: 10, weeksAtStart: 2.5 }] }, /weeksAtStart must be a whole number of weeks, 0 or more \(got 2.5\)/],
    [{ consequences: [{ id: 'laegebesoeg', units: 1, weeksAtStart: 4 }] }, /weeksAtStart applies only to staircase lines/],
    [{ consequences: [{ id: 'laegebesoeg', unit: 1 }] }, /unknown field 'unit' - did you mean 'units'\?/],
    [{ consequences: [] }, /at least one line/],
    [{ consequences: [{ id: 'laegebesoeg', units: 1 }, { id: 'laegebesoeg', units: 2 }] }, /'laegebesoeg' is given twice/],
    [{ consequences: [{ id: 'laegebesoeg', units: 'many' }] }, /units must be a finite number/],
    [{ prices: [{ ...HAND_LINE, source: '' }], consequences: [{ id: 'hand-check', units: 1 }] }, /source must say where the price comes from/],
    [{ prices: [{ ...HAND_LINE, priceYear: 24 }], consequences: [{ id: 'hand-check', units: 1 }] }, /priceYear must be a whole number from 1900 to 2200 \(got 24\)/],
    [{ priceIndex: { 2020: 0 }, consequences: [{ id: 'laegebesoeg', units: 1 }] }, /the value for 2020 must be a number greater than 0/],
  ])('%j', (values, message) => {
    expect(bad(values as Record<string, unknown>).message).toMatch(message);
  });

  test('gains and consequences in one layer is an error', () => {
    const e = bad({ gainKommune: 1, gainRegion: 1, gainStat: 1, consequences: [{ id: 'laegebesoeg', units: 1 }] });
    expect(e.message).toMatch(/give gainKommune, gainRegion, gainStat or consequences, not both/);
  });

  test('neither: the gains are required, or consequences', () => {
    expect(bad({}).message).toMatch(/gainKommune is required .* or give consequences instead/);
  });
});

describe('layers: consequences and the three gains replace each other', () => {
  test("a later layer's consequences replace a preset's gains", () => {
    const { result } = run(caseModel, [{ preset: 'holbaek-ips' }, { values: { consequences: [{ id: 'laegebesoeg', units: 10 }] } }]);
    expect(result.gainsPerSuccess.region[0]).toBeCloseTo(1607.2, 9);
    expect(result.gainsPerSuccess.kommune[0]).toBe(0);
  });

  test("a later layer's gains replace a preset's consequences", () => {
    const { result } = run(caseModel, [{ preset: 'holbaek-ips-lines' }, { values: { gainKommune: 92_000, gainRegion: 10_000, gainStat: 36_000 } }]);
    const calibrated = run(caseModel, [{ preset: 'holbaek-ips' }]).result;
    expect(result.actors.total.presentValue).toBeCloseTo(calibrated.actors.total.presentValue, 6);
    expect(result.budgetLines).toBeUndefined();
  });

  test('one gain in a later layer still asks for the other two (the gains are one alternative)', () => {
    const e = errorOf(() => run(caseModel, [{ preset: 'holbaek-ips-lines' }, { values: { gainKommune: 1 } }]));
    expect(e.message).toMatch(/gainRegion is required/);
  });

  test('price lines of a later layer replace lines of the same id and add others', () => {
    const merged = mergeInput(caseModel, [
      { values: { prices: [{ ...HAND_LINE, kommune: 1 }, { ...HAND_LINE, id: 'other' }] } },
      { values: { prices: [{ ...HAND_LINE, kommune: 2 }] } },
    ]);
    expect((merged.prices as { id: string; kommune: number }[]).map((p) => [p.id, p.kommune])).toEqual([['other', 4000], ['hand-check', 2]]);
    // A line is replaced when any one later line has its id, not only when all of them do.
    const two = mergeInput(caseModel, [
      { values: { prices: [{ ...HAND_LINE, kommune: 1 }, { ...HAND_LINE, id: 'other' }] } },
      { values: { prices: [{ ...HAND_LINE, kommune: 2 }, { ...HAND_LINE, id: 'third', kommune: 3 }] } },
    ]);
    expect((two.prices as { id: string; kommune: number }[]).map((p) => [p.id, p.kommune])).toEqual([['other', 4000], ['hand-check', 2], ['third', 3]]);
  });

  test('consequences and priceYear replace; index years replace or add by year; values that are not lists or maps pass through', () => {
    const merged = mergeInput(caseModel, [
      { values: { consequences: [{ id: 'a', units: 1 }, { id: 'b', units: 2 }], priceYear: 2020, priceIndex: { 2020: 100, 2021: 102 } } },
      { values: { consequences: [{ id: 'c', units: 3 }], priceYear: 2024, priceIndex: { 2021: 103, 2024: 110 } } },
    ]);
    expect([merged.consequences, merged.priceYear, merged.priceIndex]).toEqual([[{ id: 'c', units: 3 }], 2024, { 2020: 100, 2021: 103, 2024: 110 }]);
    const odd = mergeInput(caseModel, [
      { values: { prices: [HAND_LINE], priceIndex: { 2020: 100 } } },
      { values: { prices: 'none', priceIndex: [5] } },
    ]);
    expect([odd.prices, odd.priceIndex]).toEqual(['none', [5]]);
    const fromText = mergeInput(caseModel, [{ values: { prices: 'none', priceIndex: 7 } }, { values: { prices: [HAND_LINE], priceIndex: { 2020: 100 } } }]);
    expect([fromText.prices, fromText.priceIndex]).toEqual([[HAND_LINE], { 2020: 100 }]);
  });

  test('an earlier value of another shape is replaced whole, never spread into the map or searched for ids', () => {
    // Spreading the text 'ab' would add the index years '0' and '1'; reading an id of null would throw.
    const merged = mergeInput(caseModel, [{ values: { prices: [null, 'x'], priceIndex: 'ab' } }, { values: { prices: [HAND_LINE], priceIndex: { 2020: 100 } } }]);
    expect([merged.prices, merged.priceIndex]).toEqual([[null, 'x', HAND_LINE], { 2020: 100 }]);
    const fromNull = mergeInput(caseModel, [{ values: { priceIndex: null } }, { values: { priceIndex: { 2020: 100 } } }]);
    expect(fromNull.priceIndex).toEqual({ 2020: 100 });
  });

  test('lines without an id never replace one another: both stay for validation to name', () => {
    const merged = mergeInput(caseModel, [
      { values: { prices: [{ kommune: 1 }, 5] } },
      { values: { prices: [{ kommune: 2 }, 6] } },
    ]);
    expect(merged.prices).toEqual([{ kommune: 1 }, 5, { kommune: 2 }, 6]);
  });

  test('a user line replaces the default line of the same id', () => {
    const r = runCase(lineCase({ prices: [{ id: 'laegebesoeg', kommune: 0, region: 200, stat: 0, priceYear: 2024, source: 'assumption' }], consequences: [{ id: 'laegebesoeg', units: 1 }] }, 1));
    expect(r.gainsPerSuccess.region[0]).toBe(200);
  });
});

describe('the presets', () => {
  test('holbaek-ips is unchanged: constant gains 92,000 / 10,000 / 36,000 and MODEL.md results', () => {
    const r = run(caseModel, [{ preset: 'holbaek-ips' }]).result;
    expect(r.gainsPerSuccess).toEqual({ kommune: Array(6).fill(92_000), region: Array(6).fill(10_000), stat: Array(6).fill(36_000) });
    expect(r.actors.kommune.breakEvenYear).toBe(4);
    expect(r.actors.total.presentValue).toBeCloseTo(8_154_105.636, 3);
    expect(r.budgetLines).toBeUndefined();
  });

  test('holbaek-ips-lines: unit gains from the listed prices, computed here from the source figures', () => {
    const r = run(caseModel, [{ preset: 'holbaek-ips-lines' }]).result;
    const benefit = 44 * 4695; // 44 weeks of the 2024 maximum sickness benefit
    const s1 = (18 * 0.4 + 26 * 0.3) / 44; // weeks 9-52
    const wage = 360_000, am = 0.08 * wage;
    const kommuneTax = 0.25018 * (wage - am - Math.min(0.1065 * wage, 45_100) - 49_700) - 44 * 0.25018 * 4695;
    const stateTax = am + 0.1206 * (wage - am - 49_700) - 44 * 0.1206 * 4695;
    // the price lines are rounded to whole øre: a tolerance of 1 DKK a year covers it
    expect(Math.abs(r.gainsPerSuccess.kommune[0] - (benefit * (1 - s1) + kommuneTax))).toBeLessThan(1);
    expect(Math.abs(r.gainsPerSuccess.stat[0] - (benefit * s1 + stateTax))).toBeLessThan(1);
    expect(Math.abs(r.gainsPerSuccess.kommune[1] - (benefit * 0.8 + kommuneTax))).toBeLessThan(1);
    expect(Math.abs(r.gainsPerSuccess.stat[1] - (benefit * 0.2 + stateTax))).toBeLessThan(1);
    expect(r.gainsPerSuccess.region[0]).toBeCloseTo(3 * 160.72, 9);
  });

  test('every default price line has a source, a price year and a verification status', () => {
    for (const l of DEFAULT_PRICES) {
      expect(l.source.length).toBeGreaterThan(20);
      expect(l.priceYear).toBeGreaterThanOrEqual(2015);
      expect(['verified', 'unverified']).toContain(l.status);
      if (l.staircase) expect([l.region, l.stat]).toEqual([0, 0]);
    }
  });

  test('DSI.PARAMS spills holbaek-ips-lines so that the table reads back to the same result', () => {
    const rows = presetTable('holbaek-ips-lines', 'en');
    expect(rows.filter((row) => row[0] === 'consequence').map((row) => row.slice(1, 4))).toEqual([
      ['sygedagpenge-uge', 44, 8], ['skat-sygedagpenge-uge', -44, ''], ['skat-fuldtid-aar', 1, ''], ['laegebesoeg', 3, ''],
    ]);
    const fromTable = validate(caseModel, mergeInput(caseModel, [parseParameterTable(caseModel, rows)]));
    const direct = run(caseModel, [{ preset: 'holbaek-ips-lines' }]);
    expect(caseModel.evaluate(fromTable).gainsPerSuccess).toEqual(direct.result.gainsPerSuccess);
  });

  test('price and priceIndex rows (Danish names too) read as price lines and index years', () => {
    const layer = parseParameterTable(caseModel, [
      ['participants', 10], ['costTotal', 0], ['successRate', 1], ['horizon', 1], ['priceYear', 2023],
      ['pris', 'visit', 0, 500, 0, 2020, false, 'assumption'],
      ['konsekvens', 'visit', 2],
      ['priceIndex', 2020, 100], ['prisindeks', 2023, 125],
    ]);
    const r = run(caseModel, [layer]).result;
    expect(r.gainsPerSuccess.region[0]).toBeCloseTo(1250, 9);
  });

  test('a price row without its source is an error naming the column', () => {
    expect(() => parseParameterTable(caseModel, [['price', 'visit', 0, 500, 0, 2020, false]])).toThrow(/Row 1 \(price\) has no source/);
  });
});

/** The state's share of week w, written out independently of the model. */
function rateOfWeek(w: number): number {
  if (w <= 4) return 0.8;
  if (w <= 26) return 0.4;
  if (w <= 52) return 0.3;
  return 0.2;
}

describe('random cases against a week-by-week calculation', () => {
  test('staircase lines: kommune and stat per year', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 52, noNaN: true }),
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 1, max: 6 }),
        (price, units, w0, H) => {
          const r = runCase(lineCase({ prices: [{ ...HAND_LINE, kommune: price }], consequences: [{ id: 'hand-check', units, weeksAtStart: w0 }] }, H));
          for (let t = 0; t < H; t++) {
            let state = 0;
            const first = w0 + 52 * t;
            for (let k = 1; k <= Math.ceil(units); k++) state += Math.min(1, units - (k - 1)) * rateOfWeek(first + k) * price;
            const gross = price * units;
            expect(Math.abs(r.gainsPerSuccess.stat[t] - state)).toBeLessThanOrEqual(1e-9 * Math.max(1, gross));
            expect(Math.abs(r.gainsPerSuccess.kommune[t] - (gross - state))).toBeLessThanOrEqual(1e-9 * Math.max(1, gross));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('ordinary lines with uprating: units x price x index ratio, summed over lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ units: fc.double({ min: -100, max: 100, noNaN: true }), k: fc.double({ min: -1e5, max: 1e5, noNaN: true }), year: fc.constantFrom(2020, 2021, 2022) }), { minLength: 1, maxLength: 4 }),
        (lines) => {
          const index = { 2020: 90, 2021: 95, 2022: 100 };
          const prices = lines.map((l, i) => ({ id: `l${i}`, kommune: l.k, region: 0, stat: -l.k / 2, priceYear: l.year, source: 'assumption' }));
          const consequences = lines.map((l, i) => ({ id: `l${i}`, units: l.units }));
          const r = runCase(lineCase({ prices, consequences, priceYear: 2022, priceIndex: index }, 2));
          const expected = lines.reduce((s, l) => s + l.units * l.k * (100 / index[l.year]), 0);
          const scale = Math.max(1, lines.reduce((s, l) => s + Math.abs(l.units * l.k), 0));
          expect(Math.abs(r.gainsPerSuccess.kommune[1] - expected)).toBeLessThanOrEqual(1e-9 * scale);
          expect(Math.abs(r.gainsPerSuccess.stat[0] + expected / 2)).toBeLessThanOrEqual(1e-9 * scale);
        },
      ),
      { numRuns: 200 },
    );
  });
});
