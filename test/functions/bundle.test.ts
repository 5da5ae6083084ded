/**
 * The built add-in, called the way Excel calls it. Expected figures are MODEL.md's published
 * results or hand calculations written out here; tolerances are stated at each check.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { loadAddIn, AddIn, single, errorOf, matrixOf, valueOf, Outcome, DIST } from './harness';

let A: AddIn;
beforeAll(() => {
  A = loadAddIn();
});

const examples = JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/functions/examples.json'), 'utf8')).examples as {
  id: string;
  formula: string;
  args: unknown[];
  expect: { value?: number; tol?: number; rows?: number; minRows?: number; cols?: number; cells?: [number, number, unknown][] };
}[];

const S = 180 * 0.9 * (0.4 - 0.24); // net successes of holbaek-ips, MODEL.md: 25.92
const holbaekEffect = [0.5, 1, 0.85, 0.85 ** 2, 0.85 ** 3, 0.85 ** 4];
/** Hand calculation of an actor's cumulative net through year t for holbaek-ips with a given successRate (r = 0). */
function holbaekCumulative(gain: number, costShare: number, t: number, successRate = 0.4): number {
  const s = 180 * 0.9 * (successRate - 0.24);
  let cn = 0;
  for (let k = 0; k < t; k++) cn += s * holbaekEffect[k] * gain - 6_900_000 * ([0.6, 0.4][k] ?? 0) * costShare;
  return cn;
}

describe('registration', () => {
  test('the ids associated by the bundle are exactly the ids in functions.json', () => {
    expect([...A.registered.keys()].sort()).toEqual(A.metadata.functions.map((f) => f.id).sort());
  });

  test('every catalogue function of FUNCTIONS.md is there', () => {
    // Other issues add functions (the analytics catalogue); this one owns these eight.
    expect(A.metadata.functions.map((f) => f.id)).toEqual(
      expect.arrayContaining(['PARAMS', 'PRESETS', 'NETSUCCESSES', 'BREAKEVEN', 'NETVALUE', 'BCR', 'CASHFLOWS', 'REINVEST']),
    );
  });

  test('every function has a description, a help anchor of its own and described parameters', () => {
    for (const f of A.metadata.functions) {
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${f.id}`);
      for (const p of f.parameters) expect((p.description ?? '').length).toBeGreaterThan(10);
    }
  });

  test('override pairs are one repeating matrix argument, last', () => {
    for (const id of ['BREAKEVEN', 'NETVALUE', 'BCR', 'CASHFLOWS', 'REINVEST']) {
      const ps = A.metadata.functions.find((f) => f.id === id)!.parameters;
      const last = ps[ps.length - 1];
      expect(last).toMatchObject({ name: 'overrides', repeating: true, dimensionality: 'matrix', optional: true });
      expect(ps.filter((p) => p.repeating)).toHaveLength(1);
    }
  });

  test('the bundle needs no Office.js: it ran in a context without Office, window or document', () => {
    const src = fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8');
    expect(src).not.toMatch(/Office\.onReady|Office\.context/);
  });
});

describe('worked examples (the ones in the README and the help page)', () => {
  test.each(examples.map((e) => [e.formula, e] as const))('%s', (_f, e) => {
    const out = A.raw(e.id, e.args);
    if (e.expect.value !== undefined) {
      expect(Math.abs(single(out) - e.expect.value)).toBeLessThanOrEqual(e.expect.tol ?? 0);
      return;
    }
    const m = matrixOf(out);
    if (e.expect.rows !== undefined) expect(m).toHaveLength(e.expect.rows);
    else expect(m.length).toBeGreaterThanOrEqual(e.expect.minRows!);
    for (const row of m) expect(row).toHaveLength(e.expect.cols!);
    for (const [r, c, v] of e.expect.cells!) {
      if (typeof v === 'number') expect(Math.abs((m[r][c] as number) - v)).toBeLessThanOrEqual(e.expect.tol ?? 0);
      else expect(m[r][c]).toBe(v);
    }
  });
});

describe('must-pass figures', () => {
  test('=DSI.BREAKEVEN("holbaek-ips") is 4 (MODEL.md)', () => {
    expect(single(A.xl('BREAKEVEN', ['holbaek-ips']))).toBe(4);
  });

  test('=DSI.REINVEST("dsi-fund-25m","totalInvested") is 70,382,642 to the krone (MODEL.md)', () => {
    // 25m x (1 + 0.23 + 0.23 x 1.23 + ...): 25 + 5.75 + 7.0725 + 8.699175 + 10.69998525 + 13.1609818575 (DKKm)
    expect(Math.round(single(A.xl('REINVEST', ['dsi-fund-25m', 'totalInvested'])))).toBe(70_382_642);
    expect(Math.abs(single(A.xl('REINVEST', ['dsi-fund-25m', 'totalInvested'])) - 70_382_642.1075)).toBeLessThan(1e-6);
  });

  test('MODEL.md scenarios: low does not break even (#N/A with the horizon in the message), high breaks even in year 3', () => {
    const low = errorOf(A.xl('BREAKEVEN', ['holbaek-ips-low']));
    expect(low.code).toBe('#N/A');
    expect(low.message).toMatch(/not break even within the 6-year horizon/);
    expect(single(A.xl('BREAKEVEN', ['holbaek-ips-high']))).toBe(3);
  });

  test('NETVALUE: total 8.15m over 6 years; kommune 3.14m, region 1.09m, stat 3.93m (MODEL.md, to DKK 5,000)', () => {
    expect(Math.abs(single(A.xl('NETVALUE', ['holbaek-ips'])) - 8.15e6)).toBeLessThan(5e3);
    expect(Math.abs(single(A.xl('NETVALUE', ['holbaek-ips', 'kommune'])) - 3.14e6)).toBeLessThan(5e3);
    expect(Math.abs(single(A.xl('NETVALUE', ['holbaek-ips', 'region'])) - 1.09e6)).toBeLessThan(5e3);
    expect(Math.abs(single(A.xl('NETVALUE', ['holbaek-ips', 'stat'])) - 3.93e6)).toBeLessThan(5e3);
  });

  test('NETVALUE through year 3 and 4 for kommune: -1.30m and +0.43m (MODEL.md), exact by hand to 1e-6', () => {
    expect(single(A.xl('NETVALUE', ['holbaek-ips', 'kommune', 3]))).toBeCloseTo(holbaekCumulative(92_000, 1, 3), 6);
    expect(Math.abs(single(A.xl('NETVALUE', ['holbaek-ips', 'kommune', 3])) + 1.3e6)).toBeLessThan(5e3);
    expect(single(A.xl('NETVALUE', ['holbaek-ips', 'kommune', 4]))).toBeCloseTo(holbaekCumulative(92_000, 1, 4), 6);
  });

  test('NETVALUE takes a calendar year of the horizon as well as 1..H: 2027 is year 4', () => {
    expect(single(A.xl('NETVALUE', ['holbaek-ips', 'kommune', 2027]))).toBe(single(A.xl('NETVALUE', ['holbaek-ips', 'kommune', 4])));
  });

  test('BCR of kommune by hand: 92,000 x S x sum(e) / 6.9m', () => {
    const sumE = holbaekEffect.reduce((a, b) => a + b);
    expect(single(A.xl('BCR', ['holbaek-ips', 'kommune']))).toBeCloseTo((92_000 * S * sumE) / 6_900_000, 10);
  });

  test('NETSUCCESSES defaults: baselineRate and dropoutRate omitted or empty count as 0', () => {
    expect(single(A.xl('NETSUCCESSES', [100, 0.3]))).toBeCloseTo(30, 12);
    expect(single(A.xl('NETSUCCESSES', [100, 0.3, '', '']))).toBeCloseTo(30, 12);
    expect(single(A.xl('NETSUCCESSES', [100, 0.2, 0.3]))).toBeCloseTo(-10, 12); // p1 < p0 is allowed
  });

  test('REINVEST figures against MODEL.md: people 1,836, employed 734.4, partnerships 17.6, IRR 4.85 %', () => {
    expect(Math.abs(single(A.xl('REINVEST', ['dsi-fund-25m', 'people'])) - 1836)).toBeLessThan(0.5);
    expect(Math.abs(single(A.xl('REINVEST', ['dsi-fund-25m', 'employed'])) - 734.4)).toBeLessThan(0.05);
    expect(Math.abs(single(A.xl('REINVEST', ['dsi-fund-25m', 'partnerships'])) - 17.6)).toBeLessThan(0.05);
    expect(Math.abs(single(A.xl('REINVEST', ['dsi-fund-25m', 'irr'])) - 0.0485)).toBeLessThan(0.00005);
    expect(single(A.xl('REINVEST', ['dsi-fund-25m', 'keptCash']))).toBe(0);
  });

  test('REINVEST outstanding by hand: 0.23 x (I2 + 2 I3 + 3 I4 + 4 I5 + 5 I6) with MODEL.md invested series', () => {
    const I = [25e6, 5.75e6, 7.0725e6, 8.699175e6, 10.69998525e6, 13.1609818575e6];
    const hand = 0.23 * (I[1] + 2 * I[2] + 3 * I[3] + 4 * I[4] + 5 * I[5]);
    expect(single(A.xl('REINVEST', ['dsi-fund-25m', 'outstanding']))).toBeCloseTo(hand, 4);
  });
});

describe('spilled tables', () => {
  test('CASHFLOWS without actor: Year and net per actor and total; the actors sum to the total each year', () => {
    const m = matrixOf(A.xl('CASHFLOWS', ['holbaek-ips']));
    expect(m[0]).toEqual(['Year', 'Net kommune', 'Net region', 'Net stat', 'Net total']);
    expect(m.map((r) => r[0]).slice(1)).toEqual([2024, 2025, 2026, 2027, 2028, 2029]);
    for (const r of m.slice(1)) expect((r[1] as number) + (r[2] as number) + (r[3] as number)).toBeCloseTo(r[4] as number, 6);
    // 2024 total: 25.92 x 0.5 x 138,000 - 0.6 x 6.9m
    expect(m[1][4]).toBeCloseTo(S * 0.5 * 138_000 - 4_140_000, 6);
  });

  test('CASHFLOWS cumulative column equals NETVALUE year by year (region, by hand too)', () => {
    const m = matrixOf(A.xl('CASHFLOWS', ['holbaek-ips', 'region']));
    for (let t = 1; t <= 6; t++) {
      expect(m[t][4]).toBeCloseTo(holbaekCumulative(10_000, 0, t), 6);
      expect(m[t][4]).toBe(single(A.xl('NETVALUE', ['holbaek-ips', 'region', t])));
    }
  });

  test('REINVEST table: invested per year and cumulative people as MODEL.md publishes them', () => {
    const m = matrixOf(A.xl('REINVEST', ['dsi-fund-25m']));
    expect(m[0]).toEqual(['Year', 'Invested', 'Repayments', 'People', 'Cumulative people']);
    const invested = [25.0, 5.75, 7.07, 8.7, 10.7, 13.16];
    const people = [652, 802, 987, 1214, 1493, 1836];
    for (let t = 0; t < 6; t++) {
      expect(m[t + 1][0]).toBe(2024 + t);
      expect(Math.abs((m[t + 1][1] as number) / 1e6 - invested[t])).toBeLessThan(0.005);
      expect(Math.abs((m[t + 1][4] as number) - people[t])).toBeLessThan(0.5);
    }
  });

  test('PRESETS names the presets of MODEL.md, once each, and says which are calibrated', () => {
    const m = matrixOf(A.xl('PRESETS'));
    const names = m.slice(1).map((r) => r[0]);
    expect(names).toEqual(expect.arrayContaining(['holbaek-ips', 'holbaek-ips-low', 'holbaek-ips-high', 'dsi-fund-25m']));
    expect(new Set(names).size).toBe(names.length);
    expect(m[1][3]).toMatch(/calibrated/);
    expect(m[names.indexOf('dsi-fund-25m') + 1][1]).toBe('fund');
  });

  test('PARAMS says in its header row that a preset is calibrated', () => {
    expect(matrixOf(A.xl('PARAMS', ['holbaek-ips']))[0][1]).toMatch(/calibrated.*not official SØM prices/);
  });
});

describe('the DSI.PARAMS spill fed back in', () => {
  const caseFigures = (params: unknown): number[] => [
    single(A.xl('BREAKEVEN', [params])),
    single(A.xl('NETVALUE', [params])),
    single(A.xl('NETVALUE', [params, 'kommune', 3])),
    single(A.xl('BCR', [params, 'kommune'])),
  ];

  test.each(['holbaek-ips', 'holbaek-ips-high'])('%s: the spilled table gives the same results as the preset name', (name) => {
    const spill = matrixOf(A.xl('PARAMS', [name]));
    expect(caseFigures(spill)).toEqual(caseFigures(name));
    expect(matrixOf(A.xl('CASHFLOWS', [spill]))).toEqual(matrixOf(A.xl('CASHFLOWS', [name])));
  });

  test('holbaek-ips-low: the spilled table is #N/A like the preset', () => {
    const spill = matrixOf(A.xl('PARAMS', ['holbaek-ips-low']));
    expect(errorOf(A.xl('BREAKEVEN', [spill]))).toEqual(errorOf(A.xl('BREAKEVEN', ['holbaek-ips-low'])));
  });

  test('dsi-fund-25m: the spilled table gives the same fund table', () => {
    const spill = matrixOf(A.xl('PARAMS', ['dsi-fund-25m']));
    expect(matrixOf(A.xl('REINVEST', [spill]))).toEqual(matrixOf(A.xl('REINVEST', ['dsi-fund-25m'])));
  });

  test('without its preset row the table still stands alone (every value is in it)', () => {
    const spill = matrixOf(A.xl('PARAMS', ['holbaek-ips'])).filter((r) => r[0] !== 'preset');
    expect(caseFigures(spill)).toEqual(caseFigures('holbaek-ips'));
  });

  test('an edited cell changes the result, and editing it back restores it (the cache is keyed on content)', () => {
    const spill = matrixOf(A.xl('PARAMS', ['holbaek-ips'])).map((r) => [...r]);
    const row = spill.findIndex((r) => r[0] === 'successRate');
    expect(single(A.xl('BREAKEVEN', [spill]))).toBe(4);
    spill[row][1] = 0.48;
    expect(single(A.xl('BREAKEVEN', [spill]))).toBe(3);
    spill[row][1] = 0.32;
    expect(errorOf(A.xl('BREAKEVEN', [spill])).code).toBe('#N/A');
    spill[row][1] = '0.4'; // text, not a number: an error, not the cached 4
    expect(errorOf(A.xl('BREAKEVEN', [spill])).message).toMatch(/successRate must be a number, not text/);
    spill[row][1] = 0.4;
    expect(single(A.xl('BREAKEVEN', [spill]))).toBe(4);
  });

  test('a cleared cell falls back to the preset row (successRate 0.4 of holbaek-ips)', () => {
    const spill = matrixOf(A.xl('PARAMS', ['holbaek-ips'])).map((r) => [...r]);
    spill[spill.findIndex((r) => r[0] === 'successRate')][1] = '';
    expect(single(A.xl('BREAKEVEN', [spill]))).toBe(4);
  });

  test('costPerParticipant typed in with costTotal cleared: 38,333.33 x 180 is the same total cost', () => {
    const spill = matrixOf(A.xl('PARAMS', ['holbaek-ips'])).map((r) => [...r]);
    spill[spill.findIndex((r) => r[0] === 'costTotal')][1] = '';
    spill[spill.findIndex((r) => r[0] === 'costPerParticipant')][1] = 6_900_000 / 180;
    expect(single(A.xl('NETVALUE', [spill]))).toBeCloseTo(single(A.xl('NETVALUE', ['holbaek-ips'])), 4);
  });
});

describe('override pairs', () => {
  test('successRate 0.48 over the preset breaks even in year 3, like holbaek-ips-high; keys are case-insensitive', () => {
    expect(single(A.xl('BREAKEVEN', ['holbaek-ips', null], ['successRate', 0.48]))).toBe(3);
    expect(single(A.xl('BREAKEVEN', ['holbaek-ips', null], ['SUCCESSRATE', 0.48]))).toBe(3);
  });

  test('two pairs apply together; NETVALUE by hand with successRate 0.48 and gainKommune 100,000', () => {
    const v = single(A.xl('NETVALUE', ['holbaek-ips', 'kommune', 6], ['successRate', 0.48, 'gainKommune', 100_000]));
    expect(v).toBeCloseTo(holbaekCumulative(100_000, 1, 6, 0.48), 6);
  });

  test('overrides apply over a parameter range too', () => {
    const spill = matrixOf(A.xl('PARAMS', ['holbaek-ips']));
    expect(single(A.xl('BREAKEVEN', [spill, 'kommune'], ['successRate', 0.48]))).toBe(3);
  });

  test('costPerParticipant as an override replaces the preset costTotal (the exclusive pair)', () => {
    expect(single(A.xl('NETVALUE', ['holbaek-ips'], ['costPerParticipant', 6_900_000 / 180]))).toBeCloseTo(
      single(A.xl('NETVALUE', ['holbaek-ips'])),
      4,
    );
  });

  test('a vector parameter takes a row or a column range as its value, not as a sweep', () => {
    const hand = (t: number) => {
      let cn = 0;
      for (let k = 0; k < t; k++) cn += S * holbaekEffect[k] * 92_000 - 6_900_000 * ([0.5, 0.5][k] ?? 0);
      return cn;
    };
    expect(single(A.xl('NETVALUE', ['holbaek-ips', 'kommune', 2], ['costProfile', [[0.5, 0.5]]]))).toBeCloseTo(hand(2), 6);
    expect(single(A.xl('NETVALUE', ['holbaek-ips', 'kommune', 2], ['costProfile', [[0.5], [0.5]]]))).toBeCloseTo(hand(2), 6);
  });

  test('a trailing empty override argument is ignored', () => {
    expect(single(A.xl('BREAKEVEN', ['holbaek-ips', null], ['successRate', 0.48, null]))).toBe(3);
  });

  test('fund overrides: repaymentMultiple 0 invests only the initial capital, and the IRR does not exist', () => {
    expect(single(A.xl('REINVEST', ['dsi-fund-25m', 'totalInvested'], ['repaymentMultiple', 0]))).toBe(25_000_000);
    const e = errorOf(A.xl('REINVEST', ['dsi-fund-25m', 'irr'], ['repaymentMultiple', 0]));
    expect(e.code).toBe('#N/A');
  });
});

describe('actors in English and Danish', () => {
  test.each([
    ['kommune', 'kommune'], ['Kommunen', 'kommune'], ['MUNICIPALITY', 'kommune'],
    ['region', 'region'], ['Regionen', 'region'],
    ['stat', 'stat'], ['Staten', 'stat'], ['state', 'stat'],
    ['total', 'total'], ['I alt', 'total'], [' i  alt ', 'total'],
  ])('%s means %s', (typed, actor) => {
    expect(single(A.xl('NETVALUE', ['holbaek-ips', typed]))).toBe(single(A.xl('NETVALUE', ['holbaek-ips', actor])));
  });

  test('the actors differ (so the mapping above can fail)', () => {
    const v = ['kommune', 'region', 'stat', 'total'].map((a) => single(A.xl('NETVALUE', ['holbaek-ips', a])));
    expect(new Set(v).size).toBe(4);
  });
});

describe('sweeps', () => {
  test('a column of successRate values spills a column: low #N/A, main 4, high 3 (MODEL.md scenarios)', () => {
    const m = matrixOf(A.xl('BREAKEVEN', ['holbaek-ips', 'kommune'], ['successRate', [[0.32], [0.4], [0.48]]]));
    expect(m).toHaveLength(3);
    expect(A.isError(m[0][0]) && (m[0][0] as any).code).toBe('#N/A');
    expect(m.slice(1)).toEqual([[4], [3]]);
  });

  test('a row spills a row', () => {
    const m = matrixOf(A.xl('NETVALUE', ['holbaek-ips', 'kommune', 6], ['successRate', [[0.3, 0.4, 0.5]]]));
    expect(m).toHaveLength(1);
    [0.3, 0.4, 0.5].forEach((p, i) => expect(m[0][i]).toBeCloseTo(holbaekCumulative(92_000, 1, 6, p), 6));
  });

  test('a bad value or an empty cell errs in its own cell only, with the rule in the message', () => {
    const m = matrixOf(A.xl('BCR', ['holbaek-ips'], ['successRate', [[1.4], [0.4], ['']]]));
    expect((m[0][0] as any).code).toBe('#VALUE!');
    expect((m[0][0] as any).message).toBe('successRate must be between 0 and 1 (got 1.4)');
    expect(m[1][0]).toBe(single(A.xl('BCR', ['holbaek-ips'])));
    expect((m[2][0] as any).message).toMatch(/sweep cell 3 is empty/);
  });

  test('a sweep with other overrides: every value sees them', () => {
    const m = matrixOf(A.xl('NETVALUE', ['holbaek-ips', 'kommune'], ['gainKommune', 100_000, 'successRate', [[0.4], [0.48]]]));
    expect(m[0][0]).toBeCloseTo(holbaekCumulative(100_000, 1, 6, 0.4), 6);
    expect(m[1][0]).toBeCloseTo(holbaekCumulative(100_000, 1, 6, 0.48), 6);
  });

  test('REINVEST sweeps a single figure', () => {
    const m = matrixOf(A.xl('REINVEST', ['dsi-fund-25m', 'totalInvested'], ['repaymentMultiple', [[0, 1.15]]]));
    expect(m[0][0]).toBe(25_000_000);
    expect(Math.abs((m[0][1] as number) - 70_382_642.1075)).toBeLessThan(1e-6);
  });

  test('a 2-D range is not a sweep: #VALUE! naming the key and the shape', () => {
    const e = errorOf(A.xl('BREAKEVEN', ['holbaek-ips'], ['successRate', [[0.3, 0.4], [0.5, 0.6]]]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/sweep over successRate must be a single row or column.*2x2/);
  });

  test('two sweep ranges at once: #VALUE! naming both', () => {
    const e = errorOf(A.xl('BREAKEVEN', ['holbaek-ips'], ['successRate', [[0.3], [0.4]], 'baselineRate', [[0.1], [0.2]]]));
    expect(e.message).toMatch(/Only one override can be a range.*successRate and baselineRate/);
  });

  test('tables do not sweep: CASHFLOWS and REINVEST "table" say so', () => {
    expect(errorOf(A.xl('CASHFLOWS', ['holbaek-ips'], ['successRate', [[0.3], [0.4]]])).message).toMatch(/CASHFLOWS spills a table/);
    expect(errorOf(A.xl('REINVEST', ['dsi-fund-25m'], ['successRate', [[0.3], [0.4]]])).message).toMatch(/spills a table/);
  });

  test('more than 100,000 sweep values: #VALUE! asking for the filled cells only', () => {
    const col = Array.from({ length: 100_001 }, () => [0.4]);
    expect(errorOf(A.xl('BREAKEVEN', ['holbaek-ips'], ['successRate', col])).message).toMatch(/at most 100,000 values/);
  });
});

describe('error paths: #VALUE! for bad input, #N/A for results that do not exist, always with a message', () => {
  const cases: [string, string, unknown[], unknown[], string, RegExp][] = [
    ['unknown preset, with a suggestion', 'BREAKEVEN', ['holbaek-ipz'], [], '#VALUE!', /Unknown preset 'holbaek-ipz' - did you mean 'holbaek-ips'/],
    ['a fund preset for a case function', 'BREAKEVEN', ['dsi-fund-25m'], [], '#VALUE!', /is a fund preset, but this needs a case preset/],
    ['a case preset for the fund', 'REINVEST', ['holbaek-ips'], [], '#VALUE!', /is a case preset, but this needs a fund preset/],
    ['params omitted', 'BREAKEVEN', [], [], '#VALUE!', /params is empty/],
    ['params a number', 'BREAKEVEN', [42], [], '#VALUE!', /params must be a preset name or a parameter range \(got 42\)/],
    ['params a boolean', 'NETVALUE', [true], [], '#VALUE!', /got TRUE/],
    ['a mistyped override key', 'BREAKEVEN', ['holbaek-ips', null], ['sucessRate', 0.5], '#VALUE!', /Unknown parameter 'sucessRate' - did you mean 'successRate'\?/],
    ['a fund key in a case function', 'BREAKEVEN', ['holbaek-ips', null], ['initialCapital', 5], '#VALUE!', /belongs to the fund model/],
    ['a key without a value', 'BREAKEVEN', ['holbaek-ips', null], ['successRate'], '#VALUE!', /Override successRate has no value/],
    ['an empty value cell', 'BREAKEVEN', ['holbaek-ips', null], ['successRate', ''], '#VALUE!', /successRate has no value \(the cell is empty\)/],
    ['an empty key', 'BREAKEVEN', ['holbaek-ips', null], ['', 0.5], '#VALUE!', /Override 1: the key is empty/],
    ['a key given as a range', 'BREAKEVEN', ['holbaek-ips', null], [[['successRate', 'baselineRate']], 0.5], '#VALUE!', /the key must be one parameter name in one cell \(got a 1x2 range\)/],
    ['a key twice', 'BREAKEVEN', ['holbaek-ips', null], ['successRate', 0.5, 'successrate', 0.6], '#VALUE!', /successRate is overridden twice/],
    ['a rate out of range', 'BREAKEVEN', ['holbaek-ips', null], ['successRate', 1.4], '#VALUE!', /^successRate must be between 0 and 1 \(got 1.4\)$/],
    ['text for a number', 'BREAKEVEN', ['holbaek-ips', null], ['participants', 'many'], '#VALUE!', /participants must be a number, not text \(got 'many'\)/],
    ['a boolean for a number', 'BREAKEVEN', ['holbaek-ips', null], ['participants', true], '#VALUE!', /participants must be a number \(got TRUE\)/],
    ['a profile not summing to 1', 'BREAKEVEN', ['holbaek-ips', null], ['costProfile', [[0.5, 0.4]]], '#VALUE!', /costProfile must sum to 1 \(sums to 0.9\)/],
    ['an unknown actor', 'BREAKEVEN', ['holbaek-ips', 'county'], [], '#VALUE!', /actor must be one of kommune, region, stat, total.*'county'/],
    ['a number as actor', 'BCR', ['holbaek-ips', 3], [], '#VALUE!', /actor must be text \(got 3\)/],
    ['a year beyond the horizon', 'NETVALUE', ['holbaek-ips', 'total', 7], [], '#VALUE!', /year must be a whole number from 1 to 6 or a calendar year from 2024 to 2029 \(got 7\)/],
    ['a fractional year', 'NETVALUE', ['holbaek-ips', 'total', 2.5], [], '#VALUE!', /year must be a whole number/],
    ['text as year', 'NETVALUE', ['holbaek-ips', 'total', 'last'], [], '#VALUE!', /\(got 'last'\)/],
    ['an unknown fund output', 'REINVEST', ['dsi-fund-25m', 'peoples'], [], '#VALUE!', /output must be "table" or one of totalInvested, people/],
    ['no break-even', 'BREAKEVEN', ['holbaek-ips', 'kommune'], ['successRate', 0.24], '#N/A', /kommune does not break even within the 6-year horizon \(2024-2029\)/],
    ['no cost, no ratio', 'BCR', ['holbaek-ips', 'region'], [], '#N/A', /region bears no cost, so it has no benefit-cost ratio/],
    ['PARAMS of an unknown preset', 'PARAMS', ['holbaek'], [], '#VALUE!', /Unknown preset 'holbaek'/],
    ['PARAMS of nothing', 'PARAMS', [''], [], '#VALUE!', /preset is empty/],
    ['PARAMS of a number', 'PARAMS', [7], [], '#VALUE!', /preset must be text \(got 7\)/],
    ['NETSUCCESSES without participants', 'NETSUCCESSES', [null, 0.4], [], '#VALUE!', /participants is required/],
    ['NETSUCCESSES with text', 'NETSUCCESSES', ['180', 0.4], [], '#VALUE!', /participants must be a number, not text \('180'\)|participants must be a number, not text \(got '180'\)/],
    ['NETSUCCESSES dropout of 1', 'NETSUCCESSES', [180, 0.4, 0, 1], [], '#VALUE!', /dropoutRate must be at least 0 and below 1 \(got 1\)/],
  ];
  test.each(cases)('%s', (_name, id, positional, repeats, code, message) => {
    const e = errorOf(A.xl(id, positional, repeats));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  test('a bad parameter table: unknown key with its suggestion, and a value without a key', () => {
    const table = [['participants', 180], ['sucessRate', 0.4]];
    expect(errorOf(A.xl('BREAKEVEN', [table])).message).toMatch(/Unknown parameter 'sucessRate' - did you mean 'successRate'/);
    expect(errorOf(A.xl('BREAKEVEN', [[['', 5]]])).message).toMatch(/has a value \(5\) but no parameter name/);
  });

  test('results so large they overflow are #VALUE!, never Infinity', () => {
    const e = errorOf(A.xl('NETVALUE', ['holbaek-ips'], ['gainKommune', 1e308, 'gainStat', 1e308]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/overflows|too large/);
  });

  test('a whole-column parameter range (mostly empty rows) still works', () => {
    const spill = matrixOf(A.xl('PARAMS', ['holbaek-ips']));
    const col = [...spill, ...Array.from({ length: 200_000 }, () => ['', '', ''])];
    expect(single(A.xl('BREAKEVEN', [col]))).toBe(4);
  });
});

describe('nothing a user can type gives NaN, Infinity, an uncaught exception or an unexpected error', () => {
  const cell = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(0, 1, -1, 0.4, 2024, 4, 1e308, -1e308, 5e-324),
    fc.boolean(),
    fc.constantFrom('', ' ', null, 'holbaek-ips', 'dsi-fund-25m', 'kommune', 'stat', 'table', 'irr', 'successRate', 'costProfile', 'preset', 'Parameter'),
    fc.string({ maxLength: 12 }),
  );
  const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });
  const arg = fc.oneof(cell, range);

  function check(o: Outcome): void {
    const bad = (x: unknown) => typeof x === 'number' && !Number.isFinite(x);
    if ('error' in o) {
      expect(['#VALUE!', '#N/A']).toContain(o.error.code);
      expect(o.error.message.length).toBeGreaterThan(5);
      expect(o.error.message).not.toMatch(/Unexpected error|undefined|\[object/);
      return;
    }
    const v = o.value;
    if (Array.isArray(v)) {
      for (const row of v) for (const c of row as unknown[]) {
        expect(bad(c)).toBe(false);
        if (A.isError(c)) expect(c.message).not.toMatch(/Unexpected error|\[object/);
      }
    } else expect(bad(v)).toBe(false);
  }

  test.each(['BREAKEVEN', 'NETVALUE', 'BCR', 'CASHFLOWS', 'REINVEST', 'PARAMS', 'NETSUCCESSES'])('%s', (id) => {
    const f = A.metadata.functions.find((x) => x.id === id)!;
    const fixed = f.parameters.filter((p) => !p.repeating).length;
    fc.assert(
      fc.property(fc.array(arg, { minLength: 0, maxLength: fixed }), fc.array(arg, { maxLength: 5 }), (pos, reps) => {
        const args: unknown[] = pos.map((p, i) => (f.parameters[i].dimensionality === 'matrix' && !Array.isArray(p) ? [[p]] : p));
        while (args.length < fixed) args.push(null);
        if (f.parameters.some((p) => p.repeating)) args.push(reps.map((r) => (Array.isArray(r) ? r : [[r]])));
        check(A.raw(id, args));
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  test('a valid base with random override values', () => {
    const keys = fc.constantFrom('participants', 'successRate', 'baselineRate', 'dropoutRate', 'persistence', 'horizon', 'discountRate', 'costTotal', 'effectRamp', 'gainStat');
    fc.assert(
      fc.property(keys, arg, fc.constantFrom('BREAKEVEN', 'NETVALUE', 'BCR', 'CASHFLOWS'), (k, v, id) => {
        check(A.xl(id, ['holbaek-ips'], [k, v]));
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe('Danish metadata (functions-da.json) against functions.json', () => {
  test('same functions in the same order, same parameters (names, types, order, flags), same result and help', () => {
    expect(A.da.functions.map((f) => f.id)).toEqual(A.metadata.functions.map((f) => f.id));
    A.metadata.functions.forEach((f, i) => {
      const d = A.da.functions[i];
      const strip = (ps: typeof f.parameters) => ps.map(({ description, ...rest }) => rest);
      expect(strip(d.parameters)).toEqual(strip(f.parameters));
      expect(d.result).toEqual(f.result);
      expect(d.helpUrl).toBe(f.helpUrl);
    });
  });

  test('every name and description is translated', () => {
    A.metadata.functions.forEach((f, i) => {
      const d = A.da.functions[i];
      expect(d.name).not.toBe(f.name);
      expect(d.description).not.toBe(f.description);
      d.parameters.forEach((p, j) => expect(p.description).not.toBe(f.parameters[j].description));
    });
  });

  test('Danish names are valid Excel names, distinct, and none is an Excel built-in or a cell reference', () => {
    const builtins = JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/functions/excel-builtins.json'), 'utf8'));
    const all = new Set([...builtins.da, ...builtins.en].map((n: string) => n.toUpperCase()));
    const names = A.da.functions.map((f) => f.name);
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
    for (const n of [...names, ...A.metadata.functions.map((f) => f.name)]) {
      expect(n).toMatch(/^\p{L}[\p{L}\p{N}_.]{2,}$/u);
      expect(n).not.toMatch(/^[A-Z]{1,3}[0-9]+$/i);
      expect(all.has(n.toUpperCase())).toBe(false);
    }
    // The list itself holds the names the issue names, so the check above is not vacuous.
    for (const b of ['NUTIDSVÆRDI', 'IA', 'INTERN.RENTE', 'NV', 'YDELSE']) expect(all.has(b)).toBe(true);
  });
});

describe('help page', () => {
  const html = () => fs.readFileSync(path.join(DIST, 'help.html'), 'utf8');

  test('an anchor per function id, as each helpUrl points to', () => {
    // The page may be minified on its way to dist/ (attribute quotes dropped), so match either form.
    for (const f of A.metadata.functions) expect(html()).toMatch(new RegExp(`id="?${f.id}"?[\\s>]`));
  });

  test('loads nothing from the network and has a restrictive CSP', () => {
    const h = html();
    expect(h).toMatch(/http-equiv="?Content-Security-Policy"? content="default-src 'none';/);
    expect(h).not.toMatch(/<script/i);
    expect(h).not.toMatch(/(src|href)="?(https?:)?\/\//i);
    expect(fs.existsSync(path.join(DIST, 'help.css'))).toBe(true);
  });

  test('shows each worked example and the Danish name of each function', () => {
    const h = html();
    const decoded = h.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    for (const e of examples) expect(decoded).toContain(e.formula);
    for (const d of A.da.functions) expect(h).toContain(`DSI.${d.name}`);
  });
});

describe('results are plain values', () => {
  test('a 1x1 result is a matrix with one number, which Excel shows as a plain value', () => {
    expect(valueOf(A.xl('BREAKEVEN', ['holbaek-ips']))).toEqual([[4]]);
  });
});
