/** The contract and risk tabs' pure view code, against hand calculations and the model's numbers. */
import {
  caseModel, run, contractModel, analyseContract, tornado, defaultDistributionSpecs, defaultDistributions, validate, mergeInput,
  simulate, Tornado, makeDistribution, caseParamMeta, fundParamMeta, violation, grid, fundModel, OUTPUTS,
} from '../../src/model';
import {
  histogramBars, tornadoLayout, derivedShown, rowsFromSpecs, buildDistributions,
  figureUnit, gridDefaultValues, parseGridValues, gridValuesText, gridReference, gridCellClasses,
} from '../../src/taskpane/tabs/analyticsView';

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

describe('figureUnit', () => {
  test('Monte Carlo metrics and sensitivity outputs of every model get their unit', () => {
    expect(['kommune.presentValue', 'investor.presentValue', 'kommune', 'investor', 'totalInvested', 'outstanding'].map(figureUnit)).toEqual(Array(6).fill('dkk'));
    expect(['cumulativePeople', 'employed', 'partnerships'].map(figureUnit)).toEqual(['count', 'count', 'count']);
    expect(['investor.multiple', 'multiple', 'investor.irr', 'irr'].map(figureUnit)).toEqual(['multiple', 'multiple', 'rate', 'rate']);
    // Every fund output the model offers is either money or a count, never taken for a rate.
    expect(OUTPUTS.fund.map((o) => figureUnit(o.name))).toEqual(['dkk', 'count', 'count', 'count', 'dkk', 'dkk', 'dkk', 'dkk']);
  });
});

describe('two-way grid: default values', () => {
  const meta = (k: string) => [...caseParamMeta, ...fundParamMeta].find((m) => m.key === k)!;

  test('the value and +-10 %, +-20 %, by hand, without floating-point tails', () => {
    expect(gridDefaultValues(meta('successRate'), 0.4)).toEqual([0.32, 0.36, 0.4, 0.44, 0.48]);
    expect(gridDefaultValues(meta('gainKommune'), 100_000)).toEqual([80_000, 90_000, 100_000, 110_000, 120_000]);
  });

  test('values outside the key\'s range are left out, not moved (persistence at most 1)', () => {
    // 0.9 x 1.2 = 1.08 breaks persistence's rule; 0.9 x 1.1 = 0.99 does not.
    expect(violation(meta('persistence'), 1.08)).toBeDefined();
    expect(gridDefaultValues(meta('persistence'), 0.9)).toEqual([0.72, 0.81, 0.9, 0.99]);
  });

  test('a value of 0 gives one value; a negative base still ascends', () => {
    expect(gridDefaultValues(meta('gainRegion'), 0)).toEqual([0]);
    // A gain may be negative (a cost to the actor): 1.2 x -50,000 is the lowest value.
    expect(gridDefaultValues(meta('gainRegion'), -50_000)).toEqual([-60_000, -55_000, -50_000, -45_000, -40_000]);
  });
});

describe('two-way grid: typed values', () => {
  const sr = caseParamMeta.find((m) => m.key === 'successRate')!;

  test('either decimal mark, separated by semicolons, blanks ignored', () => {
    expect(parseGridValues(' 0,3; 0.5 ;; 0,45 ', sr)).toEqual({ values: [0.3, 0.5, 0.45] });
  });

  test('bad values get the model\'s own message naming the key, value and rule', () => {
    expect(parseGridValues('0.3; 1.5', sr)).toEqual({ values: [], error: violation(sr, 1.5) });
    expect(parseGridValues('0.3; abc', sr)).toEqual({ values: [], error: violation(sr, 'abc') });
    expect(parseGridValues(' ; ', sr).error).toBe('successRate: give at least one value for the grid (values separated by ;)');
    expect(parseGridValues(Array(13).fill('0.4').join(';'), sr).error).toBe('successRate: at most 12 values for the grid (got 13)');
  });

  test('defaults shown as text read back to the same numbers in both languages', () => {
    const vs = gridDefaultValues(sr, 0.4);
    expect(gridValuesText(vs, 'da')).toBe('0,32; 0,36; 0,4; 0,44; 0,48');
    for (const lang of ['en', 'da'] as const) expect(parseGridValues(gridValuesText(vs, lang), sr).values).toEqual(vs);
  });
});

describe('two-way grid: cell shades', () => {
  test('levels by hand: distance from the reference as a share of the largest, ceil(3 x share)', () => {
    // Reference 0, largest distance 30: 30 -> 3, 10 -> ceil(1) = 1, 11 -> ceil(1.1) = 2, -20 -> 2, -5 -> 1.
    expect(gridCellClasses([[30, 10, 11], [-20, -5, 0], [null, 20.0001, -30]], 0)).toEqual([
      ['grid-pos-3', 'grid-pos-1', 'grid-pos-2'],
      ['grid-neg-2', 'grid-neg-1', 'grid-ref'],
      ['grid-na', 'grid-pos-3', 'grid-neg-3'],
    ]);
  });

  test('measured from the reference: a multiple of 1, or the fund\'s value at the current inputs', () => {
    expect(gridReference('contract', 'multiple', 1.149)).toBe(1);
    expect(gridReference('contract', 'investor', 12345)).toBe(0);
    expect(gridReference('case', 'kommune', 12345)).toBe(0);
    expect(gridReference('fund', 'cumulativePeople', 1838)).toBe(1838);
    expect(gridCellClasses([[0.9, 1, 1.3]], 1)).toEqual([['grid-neg-1', 'grid-ref', 'grid-pos-3']]);
    expect(gridCellClasses([[5, 5]], 5)).toEqual([['grid-ref', 'grid-ref']]);
  });

  test('on the model\'s grid of holbaek-ips: cells below break-even are orange, above blue', () => {
    const g = grid('case', [{ preset: 'holbaek-ips' }], 'kommune', 'successRate', [0.1, 0.4, 0.7], 'gainKommune', [50_000, 150_000]);
    const cls = gridCellClasses(g.values, 0);
    g.values.forEach((row, i) => row.forEach((v, j) => expect(cls[i][j].startsWith((v as number) > 0 ? 'grid-pos' : 'grid-neg')).toBe(true)));
    // The cell furthest from 0 is at level 3.
    const flat = g.values.flat() as number[];
    const far = flat.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a));
    expect(cls.flat()[flat.indexOf(far)]).toBe(far > 0 ? 'grid-pos-3' : 'grid-neg-3');
  });
});

describe('fund Monte Carlo (the risk tab\'s fund run)', () => {
  test('its default distributions are the model\'s, and every fixed draw gives the deterministic fund', () => {
    const layers = [{ preset: 'dsi-fund-25m' }];
    const params = validate(fundModel, mergeInput(fundModel, layers)) as Record<string, unknown>;
    const specs = defaultDistributionSpecs('fund', params);
    expect(specs.map((s) => s.key)).toEqual(['successRate', 'repaymentMultiple']);
    const rows = rowsFromSpecs(specs.map((s) => ({ key: s.key, kind: 'fixed' as const, args: [params[s.key] as number] })), 'en');
    const { dists, errors } = buildDistributions(fundModel, rows);
    expect(errors.size).toBe(0);
    const sim = simulate('fund', layers, dists, { draws: 50, seed: 1 });
    const det = run(fundModel, layers).result;
    expect(sim.stats.cumulativePeople.p50).toBe(det.cumulativePeople[det.cumulativePeople.length - 1]);
    expect(sim.stats.totalInvested.mean).toBe(det.totalInvested);
    expect(sim.stats.employed.sd).toBe(0);
    const bars = histogramBars(sim.samples.cumulativePeople);
    expect(bars).toEqual([{ lo: sim.stats.cumulativePeople.mean, hi: sim.stats.cumulativePeople.mean, count: 50, share: 1 }]);
  });
});
