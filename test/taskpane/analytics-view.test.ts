/** The contract and risk tabs' pure view code, against hand calculations and the model's numbers. */
import {
  caseModel, run, contractModel, analyseContract, tornado, defaultDistributionSpecs, defaultDistributions, validate, mergeInput,
  simulate, Tornado, makeDistribution,
} from '../../src/model';
import { histogramBars, tornadoLayout, derivedShown, rowsFromSpecs, buildDistributions } from '../../src/taskpane/tabs/analyticsView';

describe('histogramBars', () => {
  test('equal-width bins counted by hand, shares of the draws that exist', () => {
    // 0..10 in 5 bins of width 2: [0,2) has 0 and 1; [8,10] has 9 and 10 (the top edge is in the last bin).
    const v = new Float64Array([0, 1, 2, 5, 9, 10, NaN]);
    const bars = histogramBars(v, 5);
    expect(bars.map((b) => [b.lo, b.hi, b.count])).toEqual([[0, 2, 2], [2, 4, 1], [4, 6, 1], [6, 8, 0], [8, 10, 2]]);
    expect(bars.map((b) => b.share)).toEqual([2 / 6, 1 / 6, 1 / 6, 0, 2 / 6]);
  });

  test('all draws equal: one bar holding every draw that exists (NaN draws left out)', () => {
    const bars = histogramBars(new Float64Array([3, 3, NaN, 3]), 30);
    expect(bars).toEqual([{ lo: 3, hi: 3, count: 3, share: 1 }]);
  });

  test('no value exists: no bars', () => {
    expect(histogramBars(new Float64Array([NaN, NaN]))).toEqual([]);
  });
});

describe('tornadoLayout', () => {
  const t: Tornado = {
    output: 'kommune',
    baseOutput: 10,
    rows: [
      { key: 'a', base: 1, low: 0.9, high: 1.1, outputLow: 0, outputHigh: 20, swing: 20 },
      { key: 'b', base: 1, low: 0.9, high: 1.1, outputLow: 15, outputHigh: 5, swing: 10 },
      { key: 'c', base: 1, low: 0.9, high: 1.1, outputLow: null, outputHigh: 12, swing: null },
    ],
    skipped: [],
  };

  test('positions by hand: outputs 0..20 on pixels 100..300, 10 px per unit', () => {
    const lay = tornadoLayout(t, 100, 300);
    expect([lay.lo, lay.hi, lay.baseX]).toEqual([0, 20, 200]);
    expect(lay.bars.map((b) => [b.key, b.x0, b.x1, b.xLow, b.xHigh])).toEqual([
      ['a', 100, 300, 100, 300],
      ['b', 150, 250, 250, 150],
      ['c', 220, 220, null, 220],
    ]);
  });

  test('the model\'s tornado of holbaek-ips: bars in the model\'s order, each bar as wide as its swing', () => {
    const tm = tornado('case', [{ preset: 'holbaek-ips' }], 'kommune');
    const lay = tornadoLayout(tm, 0, 1000);
    const perUnit = 1000 / (lay.hi - lay.lo);
    expect(lay.bars.map((b) => b.key)).toEqual(tm.rows.map((r) => r.key));
    lay.bars.forEach((b, i) => expect(b.x1 - b.x0).toBeCloseTo((tm.rows[i].swing as number) * perUnit, 6));
    // By hand: the success rate drives the municipality's result most (S is linear in it and all
    // gains scale with S), so it is the first row.
    expect(lay.bars[0].key).toBe('successRate');
  });
});

describe('derivedShown', () => {
  test('a number is formatted and keeps its raw value; a missing figure is text with the reason', () => {
    expect(derivedShown({ value: 71780.5 }, (x) => x.toFixed(0), 'does not exist')).toEqual({ text: '71781', value: '71780.5', exists: true });
    const d = derivedShown({ value: null, reason: 'the cap is below the cost' }, String, 'does not exist');
    expect(d).toEqual({ text: 'does not exist: the cap is below the cost', value: 'null', exists: false });
  });

  test('on the model\'s analysis of holbaek-ips-contract with a cap below the cost', () => {
    const { params } = run(contractModel, [{ preset: 'holbaek-ips-contract', values: { paymentCap: 5_000_000 } }]);
    const a = analyseContract(params);
    const d = derivedShown(a.investorBreakEvenPrice, String, 'does not exist');
    expect(d.exists).toBe(false);
    expect(d.text).toMatch(/^does not exist: the cap of 5,000,000 DKK is below the cost of 6,900,000 DKK/);
  });
});

describe('distribution rows', () => {
  const layers = [{ preset: 'holbaek-ips' }];
  const params = validate(caseModel, mergeInput(caseModel, layers)) as Record<string, unknown>;

  test('unedited defaults are the model\'s exact distributions: a run equals the model\'s own default run', () => {
    const rows = rowsFromSpecs(defaultDistributionSpecs('case', params), 'da');
    const { dists, errors } = buildDistributions(caseModel, rows);
    expect(errors.size).toBe(0);
    const mine = simulate('case', layers, dists, { draws: 500, seed: 3 });
    const theirs = simulate('case', layers, defaultDistributions('case', caseModel, params), { draws: 500, seed: 3 });
    expect(mine.stats).toEqual(theirs.stats);
    expect(mine.breakEven).toEqual(theirs.breakEven);
  });

  test('shown text is rounded to 12 digits, in the language\'s decimal mark', () => {
    const rows = rowsFromSpecs([{ key: 'persistence', kind: 'triangular', args: [0.85 - 0.1, 0.85, 0.85 + 0.1] }], 'da');
    expect(rows[0].args).toEqual(['0,75', '0,85', '0,95']);
  });

  test('typed values in either language; each bad row gets the model\'s own message', () => {
    const rows = [
      { key: 'successRate', kind: 'uniform' as const, args: ['0,3', '0.5'] },
      { key: 'gainKommune', kind: 'triangular' as const, args: ['90000', 'abc', '100000'] },
      { key: 'successRate', kind: 'fixed' as const, args: ['0.4'] },
      { key: 'horizon', kind: 'uniform' as const, args: ['5', '8'] },
    ];
    const { dists, errors } = buildDistributions(caseModel, rows);
    expect(dists.map((d) => [d.key, d.kind, d.args])).toEqual([['successRate', 'uniform', [0.3, 0.5]]]);
    let msg = '';
    try {
      makeDistribution(caseModel, { key: 'gainKommune', kind: 'triangular', args: [90000, 'abc' as unknown as number, 100000] });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toContain('triangular mode must be a finite number');
    expect(errors.get(1)).toBe(msg);
    expect(errors.get(2)).toBe('successRate has two distributions (rows 1 and 3)');
    expect(errors.get(3)).toBe('horizon: horizon is a whole number; only a fixed value can be given for it');
  });
});
