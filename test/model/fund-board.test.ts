/**
 * The fund as DSI's board sees it (MODEL.md section 7): the spec's hand check, small cases worked by
 * hand, the preset unchanged, and properties on random funds against an independent implementation
 * of section 7 written here (forward scatter of each vintage's instalments and a fixed-point
 * iteration for a contract that pays in the vintage's own year; the model gathers and solves).
 */
import fc from 'fast-check';
import { fundModel, validate, mergeInput, tornado, evaluateFund, evaluateOutcomeFund, fixedMultipleShares, FundParams, FundResult, ParameterError, localMessage, run, contractModel, repaymentShares } from '../../src/model';
import { validFundInput, expectWithin, expectRel, sum, dbl, nonFinitePaths, caught } from './helpers';

const RUNS = { numRuns: 300 };
const M = 1e6;

function evalFund(input: Record<string, unknown>): FundResult {
  return evaluateFund(validate(fundModel, input));
}

function expectSeries(actual: readonly number[], expected: readonly number[], tol: number, what: string): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((x, i) => expectWithin(actual[i], x, tol, `${what}[year ${i + 1}]`));
}

describe('MODEL.md section 7, check by hand (DKK m)', () => {
  // K0 = 10m, m = 1.2, n = 2, L = 1, reinvestShare 1, H = 3, operatingCost 0.5m, maxInvestmentPerYear
  // 8m, lossRate 0.25, guaranteeShare 0.4; received share 1 - 0.25 x 0.6 = 0.85.
  const makeR = () => evalFund({
    initialCapital: 10 * M, horizon: 3, repaymentMultiple: 1.2, repaymentYears: 2, repaymentLag: 1, reinvestShare: 1,
    costPerParticipant: 0.1 * M, successRate: 0.5, operatingCost: 0.5 * M, maxInvestmentPerYear: 8 * M, lossRate: 0.25, guaranteeShare: 0.4,
  });
  const TOL = 1e-6; // DKK, on amounts of 1e6..1e7: float rounding only

  test('year 1: A = 9.5, I = 8, B = 1.5; year 2: D = 4.8, R = 4.08, A = I = 5.08, B = 0; year 3: D = 7.848, R = 6.6708, I = 6.1708', () => {
    const r = makeR();
    expectSeries(r.invested, [8 * M, 5.08 * M, 6.1708 * M], TOL, 'I');
    expectSeries(r.uninvested, [1.5 * M, 0, 0], TOL, 'B');
    expectSeries(r.repayments, [0, 4.08 * M, 6.6708 * M], TOL, 'R');
  });

  test('lost = D x 0.25 x 0.6, paid by the guarantor = D x 0.25 x 0.4; no shortfall', () => {
    const r = makeR();
    expectSeries(r.lost, [0, 0.72 * M, 1.1772 * M], TOL, 'lost');
    expectSeries(r.guaranteePaid, [0, 0.48 * M, 0.7848 * M], TOL, 'guaranteePaid');
    expectSeries(r.shortfall, [0, 0, 0], 0, 'shortfall');
    expect(r.firstShortfallYear).toBeNull();
  });

  test('outstanding 3.048 + 7.40496 = 10.45296 (before losses); fundValue = 0 + 0.85 x 10.45296 = 8.885016; capitalIn 10', () => {
    const r = makeR();
    // Vintage 2 (5.08) owes its year-4 instalment 0.6 x 5.08; vintage 3 (6.1708) both, 1.2 x 6.1708.
    expectWithin(r.outstanding, 10.45296 * M, TOL, 'outstanding');
    expectWithin(r.fundValue, 8.885016 * M, TOL, 'fundValue');
    expect(r.capitalIn).toBe(10 * M);
    expectWithin(r.totalInvested, 19.2508 * M, TOL, 'total invested');
    // People at 0.1m each: 80 + 50.8 + 61.708 = 192.508; employed at 50 %: 96.254.
    expectWithin(r.cumulativePeople[2], 192.508, 1e-9, 'people');
    expectWithin(r.employed, 96.254, 1e-9, 'employed');
  });
});

describe('shortfalls and capital injections, by hand', () => {
  // K0 = 1, m = 1, n = 1, L = 1, H = 3, operatingCost 0.6, reinvestShare 1.
  //   year 1: A = 1 - 0.6 = 0.4, I = 0.4
  //   year 2: R = 0.4, A = 0.4 - 0.6 = -0.2: shortfall 0.2, I = 0, B = 0
  //   year 3: R = 0 (nothing invested in year 2), A = -0.6: shortfall 0.6
  const base = { initialCapital: 1, horizon: 3, repaymentMultiple: 1, repaymentYears: 1, repaymentLag: 1, costPerParticipant: 0.01, successRate: 0.5, operatingCost: 0.6 };

  test('the fund runs short in year 2 (calendar 2025) and the shortfall is not carried', () => {
    const r = evalFund(base);
    expectSeries(r.invested, [0.4, 0, 0], 1e-12, 'I');
    expectSeries(r.shortfall, [0, 0.2, 0.6], 1e-12, 'shortfall');
    expectSeries(r.uninvested, [0, 0, 0], 0, 'B');
    expect(r.firstShortfallYear).toBe(2);
    expect(r.fundValue).toBe(0);
  });

  test('an injection of 1 at the start of year 3 pays that year\'s costs and invests the rest', () => {
    const r = evalFund({ ...base, capitalInjections: [0, 0, 1] });
    expectSeries(r.invested, [0.4, 0, 0.4], 1e-12, 'I');
    expectSeries(r.shortfall, [0, 0.2, 0], 1e-12, 'shortfall');
    expect(r.capitalIn).toBe(2);
    // Vintage 3 repays 0.4 in year 4: the fund is worth 0.4 at the horizon.
    expectWithin(r.fundValue, 0.4, 1e-12, 'fundValue');
  });

  test('a row of running costs: the last value continues (0.1, then 0.2 in years 2 and 3)', () => {
    const r = evalFund({ ...base, operatingCost: [0.1, 0.2] });
    // year 1: I = 0.9; year 2: A = 0.9 - 0.2 = 0.7; year 3: A = 0.7 - 0.2 = 0.5.
    expectSeries(r.invested, [0.9, 0.7, 0.5], 1e-12, 'I');
  });

  test('a pipeline limit keeps cash uninvested and carries it', () => {
    const r = evalFund({ ...base, operatingCost: 0, maxInvestmentPerYear: 0.3 });
    // year 1: A = 1, I = 0.3, B = 0.7; year 2: A = 0.7 + 0.3 = 1, I = 0.3, B = 0.7; year 3 the same.
    expectSeries(r.invested, [0.3, 0.3, 0.3], 1e-12, 'I');
    expectSeries(r.uninvested, [0.7, 0.7, 0.7], 1e-12, 'B');
    expectWithin(r.fundValue, 1, 1e-12, 'fundValue');
  });
});

describe('a reference contract that repays a vintage in full in its own year', () => {
  // q_1 = 1 with reinvestShare 1 and no losses: each krone invested comes back the same year and
  // would be invested again without end, so the model refuses it as soon as there is cash to invest.
  const fund = (values: Record<string, unknown>) => validate(fundModel, mergeInput(fundModel, [{ preset: 'dsi-fund-25m', values: { lossRate: 0, ...values } }]));

  test('is refused, in both languages, in the first year with cash', () => {
    const e = caught(() => evaluateOutcomeFund(fund({}), [1]));
    expect(e).toBeInstanceOf(ParameterError);
    expect(e.message).toBe('the reference contract repays a vintage in full in its own year, so reinvesting it would never end');
    expect(localMessage(e, 'da')).toBe('referencekontrakten tilbagebetaler en årgang fuldt ud i dens eget år, så geninvesteringen ville aldrig slutte');
    expect(() => evaluateOutcomeFund(fund({ capitalInjections: [0, 1e6] }), [1.2])).toThrow(ParameterError);
  });

  test('a reference contract without cost gives no shares', () => {
    const free = run(contractModel, [{ preset: 'holbaek-ips-contract', values: { costTotal: 0 } }]).result;
    expect(() => repaymentShares(free)).toThrow('the reference contract must have a cost above 0 to give repayment shares');
  });

  test('is refused also when the running costs take all the cash (where 0 / 0 once invested the pipeline limit)', () => {
    // Year 1: A = 1m - 1m = 0. The workbook's rule check refuses q_1 = 1 whatever the cash; so does the model.
    expect(() => evaluateOutcomeFund(fund({ initialCapital: 1e6, operatingCost: [1e6, 0], maxInvestmentPerYear: 20e6 }), [1])).toThrow(
      'the reference contract repays a vintage in full in its own year, so reinvesting it would never end',
    );
    // Just below 1 is allowed: nothing to invest in year 1 means nothing invested, nothing repaid.
    const r = evaluateOutcomeFund(fund({ initialCapital: 1e6, operatingCost: [1e6, 0], maxInvestmentPerYear: 20e6 }), [0.999]);
    expectSeries(r.invested, [0, 0, 0, 0, 0, 0], 0, 'I');
    expect(r.fundValue).toBe(0);
  });
});

describe('dsi-fund-25m is unchanged (MODEL.md section 2 table)', () => {
  const makeR = () => evalFund({
    initialCapital: 25_000_000, horizon: 6, startYear: 2024, repaymentMultiple: 1.15, repaymentYears: 5, repaymentLag: 1,
    reinvestShare: 1, costPerParticipant: 6_900_000 / 180, successRate: 0.4, averageInvestment: 4_000_000,
  });

  test('invested 25.00, 5.75, 7.07, 8.70, 10.70, 13.16m; total 70.38m; people 652 .. 1,836; employed 734.4; partnerships 17.6', () => {
    const r = makeR();
    expect(r.invested.map((x) => Math.round(x / 1e4) / 100)).toEqual([25, 5.75, 7.07, 8.7, 10.7, 13.16]);
    expect(Math.round(r.totalInvested / 1e4) / 100).toBe(70.38);
    expect(r.cumulativePeople.map(Math.round)).toEqual([652, 802, 987, 1214, 1493, 1836]);
    expect(Math.round(r.employed * 10) / 10).toBe(734.4);
    expect(Math.round(r.partnerships * 10) / 10).toBe(17.6);
    // I_2 = 0.23 x 25m exactly as section 2 computes it (m / n x I_1, reinvested in full).
    expect(r.invested[1]).toBe((1.15 / 5) * 25_000_000);
  });

  test('the board figures at their defaults: no cash left over, nothing lost, capital in 25m, fund value = outstanding', () => {
    const r = makeR();
    for (const k of ['uninvested', 'lost', 'guaranteePaid', 'shortfall'] as const) expect(r[k]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(r.firstShortfallYear).toBeNull();
    expect(r.capitalIn).toBe(25_000_000);
    expect(r.fundValue).toBe(r.outstanding);
  });
});

// ------------------------------------------------------------------------------------------------
// An independent implementation of section 7, for the properties below.

interface Board {
  initialCapital: number;
  horizon: number;
  reinvestShare: number;
  capitalInjections: number[];
  operatingCost: number | number[];
  maxInvestmentPerYear?: number;
  lossRate: number;
  guaranteeShare: number;
}

function referenceFund(p: Board, q: readonly number[]) {
  const H = p.horizon;
  const rho = 1 - p.lossRate * (1 - p.guaranteeShare);
  const cap = p.maxInvestmentPerYear ?? Number.POSITIVE_INFINITY;
  // dueAt[j]: contractual instalments falling due in year j (0-based), scattered forward as each
  // vintage is invested.
  const dueAt = new Array<number>(H + q.length).fill(0);
  const I: number[] = [], B: number[] = [], R: number[] = [], short: number[] = [], O: number[] = [];
  let cash = 0;
  for (let t = 0; t < H; t++) {
    O[t] = Array.isArray(p.operatingCost) ? p.operatingCost[Math.min(t, p.operatingCost.length - 1)] : p.operatingCost;
    const fresh = (t === 0 ? p.initialCapital : 0) + (p.capitalInjections[t] ?? 0);
    const available = (inv: number) => cash + fresh + p.reinvestShare * rho * (dueAt[t] + inv * q[0]) - O[t];
    let inv = 0;
    if (available(0) < 0) {
      short[t] = -available(0);
      cash = 0;
    } else {
      short[t] = 0;
      // I = min(A(I), cap) by iteration: A grows by reinvestShare x rho x q_1 < 1 per DKK invested.
      for (let it = 0; it < 400; it++) inv = Math.min(available(inv), cap);
      cash = available(inv) - inv;
    }
    I[t] = inv;
    for (let k = 0; k < q.length; k++) dueAt[t + k] += inv * q[k];
    R[t] = rho * dueAt[t];
    B[t] = cash;
  }
  const after = sum(dueAt.slice(H));
  return { I, B, R, O, short, outstanding: after, fundValue: cash + rho * after };
}

/** Section 7's keys on top of a valid section 2 fund; every rule holds. */
function validBoardFund(): fc.Arbitrary<Record<string, unknown>> {
  return validFundInput().chain((f) => {
    const H = f.horizon as number;
    const K0 = f.initialCapital as number;
    const money = dbl(0, 0.5 * K0);
    return fc.record({
      capitalInjections: fc.array(money, { minLength: 1, maxLength: H }),
      operatingCost: fc.oneof(dbl(0, 0.3 * K0), fc.array(dbl(0, 0.3 * K0), { minLength: 1, maxLength: 60 })),
      maxInvestmentPerYear: fc.option(dbl(0.01 * K0, 2 * K0), { nil: undefined }),
      lossRate: dbl(0, 1),
      guaranteeShare: dbl(0, 1),
    }).map((b) => {
      const out: Record<string, unknown> = { ...f, ...b };
      if (b.maxInvestmentPerYear === undefined) delete out.maxInvestmentPerYear;
      return out;
    });
  });
}

/** Reference-contract shares q_1..q_k, each in [0, 0.8] (so a share in the vintage's own year never repays it in full). */
const contractShares = fc.array(dbl(0, 0.8), { minLength: 1, maxLength: 12 });

function expectAgrees(r: FundResult, ref: ReturnType<typeof referenceFund>, scale: number): void {
  const tol = 1e-9 * scale;
  expectSeries(r.invested, ref.I, tol, 'invested');
  expectSeries(r.uninvested, ref.B, tol, 'uninvested');
  expectSeries(r.repayments, ref.R, tol, 'repayments');
  expectSeries(r.shortfall, ref.short, tol, 'shortfall');
  expectWithin(r.outstanding, ref.outstanding, tol, 'outstanding');
  expectWithin(r.fundValue, ref.fundValue, tol, 'fundValue');
  const first = ref.short.findIndex((x) => x > 0);
  expect(r.firstShortfallYear).toBe(first < 0 ? null : first + 1);
}

/** The largest amount in play, for tolerances: rounding errors scale with the largest operands. */
function scaleOf(p: FundParams, ref: ReturnType<typeof referenceFund>): number {
  const all = [...ref.I, ...ref.R, ...ref.B, ...ref.short, ...ref.O, ref.outstanding, p.initialCapital, ...p.capitalInjections];
  return Math.max(...all.map(Math.abs));
}

describe('section 7 on random funds', () => {
  test('valid input validates and no result is NaN or Infinity', () => {
    fc.assert(fc.property(validBoardFund(), (input) => expect(nonFinitePaths(evalFund(input))).toEqual([])), RUNS);
  });

  test('fixed multiple: agrees with the independent implementation (abs 1e-9 of the largest amount in play)', () => {
    fc.assert(
      fc.property(validBoardFund(), (input) => {
        const p = validate(fundModel, input);
        const ref = referenceFund(p, fixedMultipleShares(p.repaymentMultiple, p.repaymentYears, p.repaymentLag));
        expectAgrees(evaluateFund(p), ref, scaleOf(p, ref));
      }),
      RUNS,
    );
  });

  test('reference-contract shares (also paying in the vintage\'s own year): agrees with the independent implementation', () => {
    fc.assert(
      fc.property(validBoardFund(), contractShares, (input, q) => {
        const p = validate(fundModel, input);
        const ref = referenceFund(p, q);
        expectAgrees(evaluateOutcomeFund(p, q), ref, scaleOf(p, ref));
      }),
      RUNS,
    );
  });

  test('money in = money out: K0 + sum J + reinvestShare x sum R - sum O + sum shortfall = sum I + B_H (rel 1e-9)', () => {
    fc.assert(
      fc.property(validBoardFund(), fc.option(contractShares, { nil: undefined }), (input, q) => {
        const p = validate(fundModel, input);
        const r = q ? evaluateOutcomeFund(p, q) : evaluateFund(p);
        const H = p.horizon;
        const O = referenceFund(p, [0]).O; // the running cost of each year, as section 7 reads the row
        const moneyIn = p.initialCapital + sum(p.capitalInjections) + p.reinvestShare * sum(r.repayments) - sum(O) + sum(r.shortfall);
        const moneyOut = r.totalInvested + r.uninvested[H - 1];
        expectWithin(moneyIn - moneyOut, 0, 1e-9 * (moneyOut + sum(O) + p.initialCapital), 'money in - money out');
        expectRel(r.capitalIn, p.initialCapital + sum(p.capitalInjections), 1e-12, 'capitalIn');
      }),
      RUNS,
    );
  });

  test('lost and guaranteed instalments split the instalments due: R + lost = due, guaranteePaid = lambda x gamma x due', () => {
    fc.assert(
      fc.property(validBoardFund(), (input) => {
        const p = validate(fundModel, input);
        const r = evaluateFund(p);
        const free = evaluateFund({ ...p, lossRate: 0, guaranteeShare: 0 });
        // Due in year t on the amounts actually invested: sum over s of I_s x q_{t-s+1}.
        const q = fixedMultipleShares(p.repaymentMultiple, p.repaymentYears, p.repaymentLag);
        r.repayments.forEach((x, t) => {
          let due = 0;
          for (let s = 0; s <= t; s++) due += r.invested[s] * (q[t - s] ?? 0);
          const scale = due + 1;
          expectWithin(x + r.lost[t], due, 1e-9 * scale, `R + lost, year ${t + 1}`);
          expectWithin(r.guaranteePaid[t], due * p.lossRate * p.guaranteeShare, 1e-9 * scale, `guaranteePaid, year ${t + 1}`);
        });
        expect(free.lost.every((x) => x === 0)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('with the defaults of section 7, sections 2 and 5 exactly', () => {
  /** Section 2 as written: R_t = sum over s with L <= t - s <= L + n - 1 of m x I_s / n. */
  function section2(p: FundParams) {
    const I: number[] = [], R: number[] = [];
    for (let t = 1; t <= p.horizon; t++) {
      let r = 0;
      for (let s = 1; s < t; s++) if (t - s >= p.repaymentLag && t - s <= p.repaymentLag + p.repaymentYears - 1) r += (p.repaymentMultiple / p.repaymentYears) * I[s - 1];
      R.push(r);
      I.push(t === 1 ? p.initialCapital : p.reinvestShare * r);
    }
    return { I, R };
  }

  test('section 2: invested and repayments equal to the last bit; fund value = outstanding', () => {
    fc.assert(
      fc.property(validFundInput(), (input) => {
        const p = validate(fundModel, input);
        const r = evaluateFund(p);
        const ref = section2(p);
        expect(r.invested).toEqual(ref.I);
        expect(r.repayments).toEqual(ref.R);
        expect(r.uninvested.every((x) => x === 0) && r.lost.every((x) => x === 0) && r.shortfall.every((x) => x === 0)).toBe(true);
        expect(r.fundValue).toBe(r.outstanding);
        expect(r.capitalIn).toBe(p.initialCapital);
      }),
      RUNS,
    );
  });

  test('section 5 (shares from year 2 on): I_t = reinvestShare x sum over s < t of I_s x q_(t-s+1), to the last bit', () => {
    fc.assert(
      fc.property(validFundInput(), fc.array(dbl(0, 0.8), { minLength: 1, maxLength: 12 }), (input, tail) => {
        const p = validate(fundModel, input);
        const q = [0, ...tail];
        const r = evaluateOutcomeFund(p, q);
        const I: number[] = [];
        for (let t = 0; t < p.horizon; t++) {
          let rep = 0;
          for (let s = 0; s < t; s++) rep += I[s] * (q[t - s] ?? 0);
          I.push(t === 0 ? p.initialCapital : p.reinvestShare * rep);
        }
        expect(r.invested).toEqual(I);
      }),
      RUNS,
    );
  });
});

describe('sensitivity over the board\'s keys (examples/fund-board.json)', () => {
  // The example: dsi-fund-25m with 10m more in 2026, 3m running costs, at most 20m a year, 20 % of
  // the instalments lost and 40 % of the losses guaranteed.
  const layers = [{ preset: 'dsi-fund-25m', values: { capitalInjections: [0, 0, 10e6], operatingCost: 3e6, maxInvestmentPerYear: 20e6, lossRate: 0.2, guaranteeShare: 0.4 } }];
  const fundTornado = () => tornado('fund', layers, 'fundValue');
  const rowOf = (t: ReturnType<typeof fundTornado>, k: string) => t.rows.find((r) => r.key === k)!;

  test('every scalar board key has a row; the row of capital injections is left out (a row of values)', () => {
    const t = fundTornado();
    for (const k of ['operatingCost', 'maxInvestmentPerYear', 'lossRate', 'guaranteeShare']) expect(rowOf(t, k)).toBeDefined();
    expect(t.skipped.map((s) => s.key)).toContain('capitalInjections');
  });

  test('directions by reasoning: more losses or running costs lower the fund value; more guarantee raises it', () => {
    const t = fundTornado();
    expect(rowOf(t, 'lossRate').outputHigh as number).toBeLessThan(rowOf(t, 'lossRate').outputLow as number);
    expect(rowOf(t, 'operatingCost').outputHigh as number).toBeLessThan(rowOf(t, 'operatingCost').outputLow as number);
    expect(rowOf(t, 'guaranteeShare').outputHigh as number).toBeGreaterThan(rowOf(t, 'guaranteeShare').outputLow as number);
  });

  test('lossRate 0.18 and 0.22 (+-10 %): the received share moves from 0.892 to 0.868, so year 2 receives 0.892 and 0.868 of 0.23 x 20m', () => {
    const t = fundTornado();
    expect(rowOf(t, 'lossRate').low).toBeCloseTo(0.18, 12);
    expect(rowOf(t, 'lossRate').high).toBeCloseTo(0.22, 12);
    const at = (lossRate: number) => evaluateFund(validate(fundModel, mergeInput(fundModel, [...layers, { values: { lossRate } }])));
    expectWithin(at(0.18).repayments[1], 0.892 * 0.23 * 20e6, 1e-6, 'R_2 at 0.18');
    expectWithin(at(0.22).repayments[1], 0.868 * 0.23 * 20e6, 1e-6, 'R_2 at 0.22');
    expect(rowOf(t, 'lossRate').outputLow).toBe(at(0.18).fundValue);
  });
});
