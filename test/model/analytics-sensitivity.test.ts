/** One-way tornado and two-way grid (MODEL.md section 6) on cases worked by hand. */
import { tornado, grid, run, caseModel, contractModel, outputOf } from '../../src/model';

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
