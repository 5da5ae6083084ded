/** One-way tornado and two-way grid (MODEL.md section 6) on cases worked by hand. */
import { tornado, grid, run, caseModel, contractModel, fundModel, outputOf, localMessage, render, FundResult } from '../../src/model';
import { caught } from './helpers';

/**
 * S = 100 x 0.5 = 50, effect 1 for 2 years, no discounting, cost 1000 borne by the kommune.
 * Total PV = 50 x 2 x (gK + gR + gS) - 1000 with gK = 100, gR = 10, gS = 1: 11100 - 1000 = 10100.
 * Moving a gain by +-10 % moves the total by +-100 x 0.1 x g, a swing of 20 g: 2000, 200, 20.
 * Moving participants or successRate by +-10 % moves the gains part (11100) by +-10 %: swing 2220.
 * costTotal: swing 200. horizon is a whole number and is skipped.
 */
const CASE = { participants: 100, costTotal: 1000, successRate: 0.5, gainKommune: 100, gainRegion: 10, gainStat: 1, horizon: 2 };

test('tornado: sorted by swing, swings as worked by hand', () => {
  const t = tornado('case', [{ values: CASE }], 'total');
  expect(t.baseOutput).toBeCloseTo(10100, 9);
  const swing = Object.fromEntries(t.rows.map((r) => [r.key, r.swing]));
  expect(swing.participants).toBeCloseTo(2220, 9);
  expect(swing.successRate).toBeCloseTo(2220, 9);
  expect(swing.gainKommune).toBeCloseTo(2000, 9);
  expect(swing.gainRegion).toBeCloseTo(200, 9);
  expect(swing.costTotal).toBeCloseTo(200, 9);
  expect(swing.gainStat).toBeCloseTo(20, 9);
  const order = t.rows.map((r) => r.key);
  expect(order.indexOf('gainKommune')).toBeLessThan(order.indexOf('gainRegion'));
  expect(order.indexOf('gainRegion')).toBeLessThan(order.indexOf('gainStat'));
  expect(order.indexOf('successRate')).toBeLessThan(order.indexOf('gainKommune'));
  for (let i = 1; i < t.rows.length; i++) expect((t.rows[i - 1].swing as number) >= (t.rows[i].swing as number)).toBe(true);
  expect(t.skipped.map((s) => s.key)).toEqual(expect.arrayContaining(['horizon', 'costShareKommune', 'costProfile']));
  const gk = t.rows.find((r) => r.key === 'gainKommune')!;
  expect(gk.low).toBeCloseTo(90, 12);
  expect(gk.high).toBeCloseTo(110, 12);
  expect(gk.outputLow).toBeCloseTo(9100, 9);
});

test('tornado with given bounds and a 20 % fraction', () => {
  const t = tornado('case', [{ values: CASE }], 'kommune', { fraction: 0.2, bounds: { horizon: [1, 3] } });
  const h = t.rows.find((r) => r.key === 'horizon')!;
  // horizon 1: 50 x 100 - 1000 = 4000; horizon 3: 15000 - 1000 = 14000.
  expect([h.outputLow, h.outputHigh]).toEqual([4000, 14000]);
  expect(t.rows.find((r) => r.key === 'gainKommune')!.swing).toBeCloseTo(4000, 9);
});

test('a default move stops at the end of the range and says so; a bad bound is an error', () => {
  const t = tornado('case', [{ values: { ...CASE, successRate: 0.95 } }], 'total');
  const s = t.rows.find((r) => r.key === 'successRate')!;
  expect([s.low, s.high]).toEqual([0.855, 1]);
  expect(s.note).toBe('high limited to 1 (successRate must be between 0 and 1)');
  // persistence defaults to 1: only the low side moves.
  expect(t.rows.find((r) => r.key === 'persistence')!.high).toBe(1);
  expect(() => tornado('case', [{ values: CASE }], 'total', { bounds: { successRate: [0.4, 1.2] } })).toThrow(
    /successRate at its high bound 1.2 breaks a rule; give bounds for it: successRate must be between 0 and 1 \(got 1.2\)/,
  );
  expect(() => tornado('case', [{ values: CASE }], 'investor')).toThrow("output must be one of kommune, region, stat, total (got 'investor')");
  expect(() => tornado('case', [{ values: CASE }], 'total', { fraction: 1.5 })).toThrow(/fraction must be above 0 and below 1/);
});

test('grid: each cell is the model run at that pair', () => {
  const g = grid('contract', [{ preset: 'holbaek-ips-contract' }], 'irr', 'successRate', [0.3, 0.4], 'outcomePrice', [70000, 90000]);
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      const r = run(contractModel, [{ preset: 'holbaek-ips-contract', values: { successRate: g.xs[i], outcomePrice: g.ys[j] } }]).result;
      expect(g.values[i][j]).toBe(r.investor.irr);
    }
  }
  expect(() => grid('case', [{ preset: 'holbaek-ips' }], 'total', 'successRate', [0.3, 1.2], 'gainKommune', [1])).toThrow(
    /grid point successRate = 1.2, gainKommune = 1: successRate must be between 0 and 1 \(got 1.2\)/,
  );
  // Gridding costPerParticipant on a case given with costTotal replaces costTotal.
  const c = grid('case', [{ preset: 'holbaek-ips' }], 'kommune', 'costPerParticipant', [38_333.333333333336], 'successRate', [0.4]);
  expect(c.values[0][0]).toBeCloseTo(run(caseModel, [{ preset: 'holbaek-ips' }]).result.actors.kommune.presentValue, 3);
  expect(outputOf('case', 'Municipality').name).toBe('kommune');
});

test('fund outputs of the grid: people helped at the horizon, and sums of shortfalls and lost instalments', () => {
  // dsi-fund-25m invests 70,382,642.1075 in all at 6.9m per 180 people: 1,836.06... people.
  const people = grid('fund', [{ preset: 'dsi-fund-25m' }], 'people', 'initialCapital', [25e6], 'successRate', [0.4]);
  expect(people.output).toBe('cumulativePeople');
  expect(people.values[0][0]).toBeCloseTo((70_382_642.1075 * 180) / 6_900_000, 6);
  // The sums over the years, against the yearly rows of the same runs (several years are non-zero).
  const layers = [{ preset: 'dsi-fund-25m', values: { operatingCost: 12e6, lossRate: 0.3 } }];
  for (const [output, row] of [['shortfall', 'shortfall'], ['lost', 'lost']] as const) {
    const g = grid('fund', layers, output, 'lossRate', [0.3], 'guaranteeShare', [0]);
    const r = run(fundModel, layers).result as FundResult;
    expect(r[row].filter((x) => x > 0).length).toBeGreaterThan(1);
    let sum = 0;
    for (const x of r[row]) sum += x;
    expect(g.values[0][0]).toBeCloseTo(sum, 6);
  }
});

test('grid requests that break a rule name it, in both languages', () => {
  const same = caught(() => grid('case', [{ values: CASE }], 'total', 'successRate', [0.4], 'successRate', [0.5]));
  expect(same.message).toBe('the two grid parameters must differ (got successRate twice)');
  expect(localMessage(same, 'da')).toBe('gitterets to parametre skal være forskellige (fik successRate to gange)');
  const none = caught(() => grid('case', [{ values: CASE }], 'total', 'successRate', [], 'gainKommune', [1]));
  expect(none.message).toBe('successRate needs at least one value for the grid');
  expect(localMessage(none, 'da')).toBe('successRate skal have mindst én værdi til gitteret');
  const text = caught(() => grid('case', [{ values: CASE }], 'total', 'successRate', [0.4], 'gainKommune', [1, 'x' as unknown as number]));
  expect(text.message).toBe("grid values of gainKommune must be numbers (got 'x')");
  expect(localMessage(text, 'da')).toBe("gitterværdierne for gainKommune skal være tal (fik 'x')");
  expect(caught(() => grid('case', [{ values: CASE }], 'total', 'successRate', [0.4], 'gainKommune', [Infinity])).message).toBe('grid values of gainKommune must be numbers (got Infinity)');
});

test('tornado bounds must be two finite numbers', () => {
  const one = caught(() => tornado('case', [{ values: CASE }], 'total', { bounds: { successRate: [0.4] as unknown as [number, number] } }));
  expect(one.message).toBe('bounds of successRate must be two numbers, low and high (got [0.4])');
  expect(localMessage(one, 'da')).toBe('grænserne for successRate skal være to tal, lav og høj (fik [0,4])');
  expect(caught(() => tornado('case', [{ values: CASE }], 'total', { bounds: { successRate: [0.4, NaN] } })).message).toBe('bounds of successRate must be two numbers, low and high (got [0.4, NaN])');
});

test('tornado: a row of rates is skipped as a row of values; a row without a figure sorts last', () => {
  const t = tornado('case', [{ values: { ...CASE, discountRate: [0, 0.05] } }], 'total');
  const skippedRate = t.skipped.find((x) => x.key === 'discountRate')!;
  expect(skippedRate.reason).toBe('a row of values');
  expect(render(skippedRate.reasonParts, 'da')).toBe('en række af værdier');
  expect(render(t.skipped.find((x) => x.key === 'costShareKommune')!.reasonParts, 'da')).toBe('indgår i en sumregel');
  // Contract with p0 = 0.45, p1 = 0.5: successRate down 10 % is 0.45, no net successes, no payments,
  // so no IRR: its swing is null and its row comes after every row with a swing.
  const c = tornado('contract', [{ preset: 'holbaek-ips-contract', values: { baselineRate: 0.45, successRate: 0.5 } }], 'irr');
  const rate = c.rows.find((r) => r.key === 'successRate')!;
  expect(rate.outputLow).toBeNull();
  expect(rate.swing).toBeNull();
  const firstNull = c.rows.findIndex((r) => r.swing === null);
  expect(c.rows.slice(firstNull).every((r) => r.swing === null)).toBe(true);
  expect(c.rows.slice(0, firstNull).length).toBeGreaterThan(3);
});

test('a default move past a range names the side in Danish', () => {
  const t = tornado('case', [{ values: { ...CASE, successRate: 0.95 } }], 'total');
  const s = t.rows.find((r) => r.key === 'successRate')!;
  expect(render(s.noteParts!, 'da')).toBe('høj begrænset til 1 (successRate skal være mellem 0 og 1)');
});
