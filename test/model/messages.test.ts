/** Errors carry their parts (code and parameters) and read the same in Danish; English is unchanged. */
import { ParameterError, NotAvailableError, numberIn, interval, render, maxAffordablePrice, investorBreakEvenPrice, run, caseModel, contractModel, fundModel, parseParameterTable, violation, fieldViolations, localMessage, isDomainError, caseParamMeta, showValue, showValueIn, firstNonFinite, assertFiniteResult } from '../../src/model';
import type { InputLayer } from '../../src/model';
import { evaluateScenario } from '../../src/taskpane/evaluate';

function error(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
  throw new Error('expected an error');
}
const holbaek = (values: Record<string, unknown>): InputLayer[] => [{ preset: 'holbaek-ips', values }];

describe('model errors in English and Danish', () => {
  it.each([
    [holbaek({ successRate: 1.4 }), 'successRate must be between 0 and 1 (got 1.4)', 'successRate skal være mellem 0 og 1 (fik 1,4)', 'fieldRange'],
    [holbaek({ costProfile: [0.5, 0.4] }), 'costProfile must sum to 1 (sums to 0.9)', 'costProfile skal summere til 1 (summerer til 0,9)', 'sumToOne'],
    [holbaek({ costShareKommune: 0.5 }), 'costShareKommune + costShareRegion + costShareStat must sum to 1 (sums to 0.5)', 'costShareKommune + costShareRegion + costShareStat skal summere til 1 (summerer til 0,5)', 'sumToOne'],
    [holbaek({ costProfile: [1.5, -0.5] }), 'costProfile values must be 0 or more (value 2 is -0.5)', 'værdierne i costProfile skal være 0 eller mere (værdi 2 er -0,5)', 'fieldValuesRange'],
    [holbaek({ horizon: 2.5 }), 'horizon must be a whole number from 1 to 50 (got 2.5)', 'horizon skal være et helt tal fra 1 til 50 (fik 2,5)', 'fieldRange'],
    [holbaek({ successRate: '0.4' }), "successRate must be a number, not text (got '0.4')", "successRate skal være et tal, ikke tekst (fik '0.4')", 'fieldText'],
    [holbaek({ costPerParticipant: 1000, costTotal: 5 }), 'give costTotal or costPerParticipant, not both (got costTotal 5 and costPerParticipant 1000)', 'angiv costTotal eller costPerParticipant, ikke begge (fik costTotal 5 og costPerParticipant 1000)', 'costBoth'],
    [holbaek({ sucessRate: 0.4 }), "Unknown parameter 'sucessRate' - did you mean 'successRate'?", "Ukendt parameter 'sucessRate' - mente du 'successRate'?", 'unknownKey'],
    [[{ preset: 'holbaek' }], "Unknown preset 'holbaek' - did you mean 'holbaek-ips'? (presets: holbaek-ips, holbaek-ips-low, holbaek-ips-high, dsi-fund-25m, holbaek-ips-contract, holbaek-ips-lines)", "Ukendt forudindstilling 'holbaek' - mente du 'holbaek-ips'? (forudindstillinger: holbaek-ips, holbaek-ips-low, holbaek-ips-high, dsi-fund-25m, holbaek-ips-contract, holbaek-ips-lines)", 'unknownPreset'],
    [[{ values: { participants: 10 } }], 'successRate is required (must be between 0 and 1)', 'successRate skal angives (skal være mellem 0 og 1)', 'fieldRequired'],
  ])('%j', (layers, english, danish, code) => {
    const e = error(() => run(caseModel, layers as InputLayer[]));
    expect(e.message).toBe(english);
    expect(localMessage(e, 'en')).toBe(english);
    expect(localMessage(e, 'da')).toBe(danish);
    expect(e.parts?.code).toBe(code);
  });

  it('keys and presets that do not fit, and results too large to compute', () => {
    const caseKeys = 'participants, costTotal, costPerParticipant, costProfile, costShareKommune, costShareRegion, costShareStat, dropoutRate, successRate, baselineRate, effectRamp, persistence, gainKommune, gainRegion, gainStat, horizon, startYear, discountRate, consequences, prices, priceYear, priceIndex';
    const presets = 'holbaek-ips, holbaek-ips-low, holbaek-ips-high, dsi-fund-25m, holbaek-ips-contract, holbaek-ips-lines';
    const cases: [() => unknown, string, string][] = [
      [() => run(caseModel, holbaek({ initialCapital: 5 })),
        `Unknown parameter 'initialCapital' in the case model ('initialCapital' belongs to the fund model) - valid parameters: ${caseKeys}`,
        `Ukendt parameter 'initialCapital' i case-modellen ('initialCapital' hører til fondsmodellen) - gyldige parametre: ${caseKeys}`],
      [() => run(fundModel, [{ preset: 'holbaek-ips' }]),
        "preset 'holbaek-ips' is a case preset, but this needs a fund preset (dsi-fund-25m)",
        "forudindstillingen 'holbaek-ips' er til case-modellen, men her skal bruges en til fondsmodellen (dsi-fund-25m)"],
      [() => run(caseModel, [{ preset: '' }]), 'preset must be a preset name (got nothing)', 'preset skal være navnet på en forudindstilling (fik intet)'],
      [() => run(caseModel, [{ preset: 'zzzzzz' }]), `Unknown preset 'zzzzzz' (presets: ${presets})`, `Ukendt forudindstilling 'zzzzzz' (forudindstillinger: ${presets})`],
      [() => run(caseModel, holbaek({ '  ': 5 })), "A parameter name must be text (got '  ')", "Et parameternavn skal være tekst (fik '  ')"],
      [() => run(caseModel, holbaek({ successRate: 0.3, SuccessRate: 0.4 })), 'successRate is given twice', 'successRate er angivet to gange'],
      [() => run(caseModel, holbaek({ prices: [], Prices: [] })), 'prices is given twice', 'prices er angivet to gange'],
      // 1e308 x S = 25.92 overflows in the first year with an effect: kommune's gains come first in the result.
      [() => run(caseModel, holbaek({ gainKommune: 1e308 })),
        'the result cannot be computed with these parameters: actors.kommune.gains[0] is too large a number',
        'resultatet kan ikke beregnes med disse parametre: actors.kommune.gains[0] er et for stort tal'],
    ];
    for (const [f, english, danish] of cases) {
      const e = error(f);
      expect([e.message, localMessage(e, 'da')]).toEqual([english, danish]);
    }
  });

  it('contract and fund rules', () => {
    const pay = error(() => run(contractModel, [{ preset: 'holbaek-ips-contract', values: { payerShareKommune: 0.5 } }]));
    expect(localMessage(pay, 'da')).toBe('payerShareKommune + payerShareRegion + payerShareStat skal summere til 1 (summerer til 0,5)');
    const start = error(() => run(contractModel, [{ preset: 'holbaek-ips-contract', values: { paymentStart: 7 } }]));
    expect(start.message).toBe('paymentStart must be within the horizon (got 7, horizon 6)');
    expect(localMessage(start, 'da')).toBe('paymentStart skal ligge inden for horisonten (fik 7, horisont 6)');
    const fund = error(() => run(fundModel, [{ preset: 'dsi-fund-25m', values: { initialCapital: 0 } }]));
    expect(localMessage(fund, 'da')).toBe('initialCapital skal være større end 0 (fik 0)');
  });

  it('rule numbers in Danish: decimal comma and point between thousands', () => {
    const m = { key: 'x', kind: 'number' as const, min: 0.5, max: 25000 };
    expect(violation(m, 0.1)).toBe('x must be between 0.5 and 25,000 (got 0.1)');
    expect(violation(m, 0.1, 'da')).toBe('x skal være mellem 0,5 og 25.000 (fik 0,1)');
  });

  it('every way to break a field\'s own rule has its own sentence, in both languages', () => {
    const num = { key: 'x', kind: 'number' as const, min: 0, max: 1 };
    const vec = { key: 'v', kind: 'vector' as const, min: 0 };
    const cases: [typeof num | typeof vec, unknown, string, string][] = [
      [num, undefined, 'x is required (must be between 0 and 1)', 'x skal angives (skal være mellem 0 og 1)'],
      [num, null, 'x has no value; give a value or leave the key out (must be between 0 and 1)', 'x har ingen værdi; giv en værdi, eller udelad nøglen (skal være mellem 0 og 1)'],
      [num, true, 'x must be a number (got TRUE)', 'x skal være et tal (fik SAND)'],
      [num, 'a', "x must be a number, not text (got 'a')", "x skal være et tal, ikke tekst (fik 'a')"],
      [num, Number.NaN, 'x must be a finite number (got NaN)', 'x skal være et endeligt tal (fik NaN)'],
      // A list is no number, even one whose value keeps the rule (only a rates field takes a row).
      [num, [0.5], 'x must be a number (got [0.5])', 'x skal være et tal (fik [0,5])'],
      [vec, 0.5, 'v must be a list of numbers (got 0.5)', 'v skal være en liste af tal (fik 0,5)'],
      [vec, [], 'v must have at least one value', 'v skal have mindst én værdi'],
      [vec, [1, Number.POSITIVE_INFINITY], 'v value 2 must be a finite number (got Infinity)', 'v værdi 2 skal være et endeligt tal (fik Infinity)'],
      [vec, [1, false], 'v value 2 must be a number (got FALSE)', 'v værdi 2 skal være et tal (fik FALSK)'],
      [vec, [1, -0.5], 'v values must be 0 or more (value 2 is -0.5)', 'værdierne i v skal være 0 eller mere (værdi 2 er -0,5)'],
    ];
    for (const [m, value, en, da] of cases) expect([violation(m, value), violation(m, value, 'da')]).toEqual([en, da]);
    expect([violation(num, 1), violation(vec, [0, 2])]).toEqual([undefined, undefined]);
  });

  it('fieldViolations checks only the keys given, and lists only the values that break their rule', () => {
    expect(fieldViolations(caseParamMeta, {}).size).toBe(0);
    expect(fieldViolations(caseParamMeta, { successRate: 0.4, horizon: 6 }).size).toBe(0);
    expect([...fieldViolations(caseParamMeta, { successRate: 0.4, horizon: 0.5 }).keys()]).toEqual(['horizon']);
  });

  it('numbers in sentences: thousands marks from 10,000 on', () => {
    expect([numberIn(9999, 'en'), numberIn(10000, 'en'), numberIn(10000, 'da'), numberIn(-25000, 'da'), numberIn(0.1 + 0.2, 'da')]).toEqual(['9999', '10,000', '10.000', '-25.000', '0,3']);
  });

  it('parameter-table errors', () => {
    const e = error(() => parseParameterTable(caseModel, [['successRate', 0.4], ['successRate', 0.5]]));
    expect(e.message).toBe('successRate is given twice (rows 1 and 2)');
    expect(localMessage(e, 'da')).toBe('successRate er angivet to gange (række 1 og 2)');
    const gap = error(() => parseParameterTable(caseModel, [['costProfile', 0.6, '', 0.4]]));
    expect(localMessage(gap, 'da')).toBe("Række 1 ('costProfile') har en tom celle i kolonne 3 før værdien 0,4; en vektors værdier skal stå ved siden af hinanden");
  });

  it('the Danish pane gets Danish messages at the fields', () => {
    expect(fieldViolations(caseParamMeta, { successRate: 1.4 }, 'da').get('successRate')).toBe('successRate skal være mellem 0 og 1 (fik 1,4)');
    const o = evaluateScenario({ id: 'x', name: 'x', kind: 'case', preset: 'holbaek-ips', values: { ...run(caseModel, [{ preset: 'holbaek-ips' }]).params, costProfile: [0.5, 0.4] } }, 'da');
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.fieldErrors.get('costProfile')).toBe('costProfile skal summere til 1 (summerer til 0,9)');
  });

  it('derived contract figures that do not exist say why, in both languages', () => {
    const p = run(contractModel, [{ preset: 'holbaek-ips-contract', values: { paymentCap: 100 } }]).params;
    const d = investorBreakEvenPrice(p);
    expect(d.value).toBeNull();
    expect(d.reason).toBe('the cap of 100 DKK is below the cost of 6,900,000 DKK, so the multiple cannot reach 1');
    expect(render(d.reasonParts!, 'da')).toBe('loftet på 100 kr. er under udgiften på 6.900.000 kr., så faktoren kan ikke nå 1');
    expect(maxAffordablePrice(p).reason).toBe("the cap of 100 DKK keeps kommune's result positive at any price");
  });
});

describe('the two kinds of domain error', () => {
  it('are named after their class, so a log or a stack says which it was', () => {
    expect(new ParameterError('bad', 'horizon', 0).name).toBe('ParameterError');
    expect(new NotAvailableError('none', 'irr').name).toBe('NotAvailableError');
    expect([new ParameterError('bad').kind, new NotAvailableError('none').kind]).toEqual(['invalid', 'notAvailable']);
  });
});

describe('localMessage, render and interval', () => {
  it('an error without parts, or anything else thrown, keeps its own text in every language', () => {
    expect(localMessage(new Error('plain'), 'da')).toBe('plain');
    expect(localMessage(new ParameterError('only English'), 'da')).toBe('only English');
    expect(localMessage('a string', 'da')).toBe('a string');
    expect(localMessage(new ParameterError('x', undefined, undefined, { code: 'givenTwice', params: { key: 'horizon' } }), 'da')).toBe('horizon er angivet to gange');
  });

  it('a code the catalogue does not have is an internal error that names it', () => {
    expect(() => render({ code: 'noSuchMessage', params: {} })).toThrow("internal: no message 'noSuchMessage'");
  });

  it('intervals in both languages, infinite ends written out', () => {
    expect(interval(0.5, 2, 'en')).toBe('[0.5, 2]');
    expect(interval(0.5, 2, 'da')).toBe('[0,5; 2]');
    expect(interval(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 'en')).toBe('[-infinity, infinity]');
    expect(interval(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 'da')).toBe('[-uendelig; uendelig]');
  });
});

describe('values as messages show them', () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  it.each([
    [undefined, 'nothing', 'intet'], [null, 'nothing', 'intet'], ['', 'nothing', 'intet'],
    [0.5, '0.5', '0,5'], [-3, '-3', '-3'], [Number.NaN, 'NaN', 'NaN'], [Number.POSITIVE_INFINITY, 'Infinity', 'Infinity'], [Number.NEGATIVE_INFINITY, '-Infinity', '-Infinity'],
    ['x', "'x'", "'x'"], [true, 'TRUE', 'SAND'], [false, 'FALSE', 'FALSK'],
    [[1.5, 'a', null], "[1.5, 'a', nothing]", "[1,5; 'a'; intet]"],
    [new Error('#DIV/0!'), 'an error value (#DIV/0!)', 'en fejlværdi (#DIV/0!)'],
    [new TypeError(''), 'an error value (TypeError)', 'en fejlværdi (TypeError)'],
    [{ a: 1 }, '{"a":1}', '{"a":1}'],
    [circular, '[object Object]', '[object Object]'],
  ])('%p', (value, en, da) => {
    expect([showValue(value), showValueIn(value, 'en'), showValueIn(value, 'da')]).toEqual([en, en, da]);
  });
});

describe('a result with a number that is not finite is an error naming where', () => {
  it('firstNonFinite gives the path of the first NaN or infinity, depth first', () => {
    expect(firstNonFinite({ a: 1, b: [2, { c: [3, Number.NaN] }], d: Number.POSITIVE_INFINITY })).toEqual({ path: 'b[1].c[1]', value: Number.NaN });
    expect(firstNonFinite([1, { x: Number.NEGATIVE_INFINITY }])).toEqual({ path: '[1].x', value: Number.NEGATIVE_INFINITY });
    expect(firstNonFinite(Number.POSITIVE_INFINITY)).toEqual({ path: 'result', value: Number.POSITIVE_INFINITY });
    expect(firstNonFinite({ a: [1, 2], b: { c: 'text', d: null, e: true } })).toBeUndefined();
  });

  it('assertFiniteResult passes a finite result through and says "undefined" for NaN, "too large" for infinity', () => {
    const fine = { a: [1, 2], b: { c: 0 } };
    expect(assertFiniteResult(fine)).toBe(fine);
    const nan = error(() => assertFiniteResult({ a: [[1], [Number.NaN]] }));
    expect([nan.message, localMessage(nan, 'da')]).toEqual([
      'the result cannot be computed with these parameters: a[1][0] is undefined',
      'resultatet kan ikke beregnes med disse parametre: a[1][0] er udefineret',
    ]);
    expect(error(() => assertFiniteResult({ x: { y: -Infinity } })).message).toBe('the result cannot be computed with these parameters: x.y is too large a number');
    expect(error(() => assertFiniteResult([0, Infinity])).message).toBe('the result cannot be computed with these parameters: [1] is too large a number');
  });
});
