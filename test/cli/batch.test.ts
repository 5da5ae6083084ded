/** Batch mode: --params FILE holding a JSON array runs every element and prints a JSON array. */
import { dsi, dsiJson, expectBadInput, tempFile, holbaekS, kommuneCumulative } from './helpers';

const CASE_KEYS = ['netSuccesses', 'years', 'effect', 'actors'];

describe('batch of case scenarios', () => {
  it('keeps the order of the array (break-even null, 3, 4 for success rates 0.32, 0.48, 0.40)', () => {
    const file = tempFile('b.json', JSON.stringify([{ successRate: 0.32 }, { successRate: 0.48 }, { successRate: 0.4 }]));
    const out = dsiJson(['case', '--preset', 'holbaek-ips', '--params', file]);
    expect(Array.isArray(out)).toBe(true);
    expect(out.map((r: any) => r.actors.kommune.breakEvenYear)).toEqual([null, 3, 4]);
    for (const r of out) expect(Object.keys(r)).toEqual(CASE_KEYS);
  });

  it('prints a JSON array with or without --json, written to stdout once', () => {
    const file = tempFile('b.json', JSON.stringify([{}, { successRate: 0.48 }]));
    const plain = dsi(['case', '--preset', 'holbaek-ips', '--params', file]);
    const json = dsi(['case', '--preset', 'holbaek-ips', '--params', file, '--json']);
    expect(plain.code).toBe(0);
    expect(plain.stdoutWrites).toBe(1);
    expect(JSON.parse(plain.stdout)).toHaveLength(2);
    expect(plain.stdout).toBe(json.stdout);
  });

  it('applies --preset before and --set after every element', () => {
    const file = tempFile('b.json', JSON.stringify([{}, { successRate: 0.48 }, { preset: 'holbaek-ips-high' }]));
    const out = dsiJson(['case', '--preset', 'holbaek-ips', '--params', file, '--set', 'baselineRate=0.2']);
    // --set baselineRate=0.2 applies to all three; successRates 0.40, 0.48, 0.48
    expect(out.map((r: any) => r.netSuccesses)).toEqual([0.2, 0.28, 0.28].map((d) => expect.closeTo(180 * 0.9 * d, 10)));
  });

  it('runs 1000 scenarios, each equal to the single run and to the hand formula', () => {
    const rates = Array.from({ length: 1000 }, (_, i) => 0.2 + (0.6 * i) / 999);
    const file = tempFile('b.json', JSON.stringify(rates.map((p) => ({ successRate: p }))));
    const r = dsi(['case', '--preset', 'holbaek-ips', '--params', file]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1000);
    for (let i = 0; i < 1000; i++) {
      expect(out[i].netSuccesses).toBeCloseTo(holbaekS(rates[i]), 9);
      const cn = kommuneCumulative(rates[i]);
      expect(out[i].actors.kommune.presentValue).toBeCloseTo(cn[5], 4);
    }
    for (const i of [0, 137, 500, 999]) {
      const single = dsiJson(['case', '--preset', 'holbaek-ips', '--set', `successRate=${rates[i]}`, '--json']);
      expect(out[i]).toEqual(single);
    }
  });

  it('an empty array gives an empty array', () => {
    const file = tempFile('b.json', '[]');
    expect(dsiJson(['case', '--preset', 'holbaek-ips', '--params', file])).toEqual([]);
  });
});

describe('batch of fund scenarios', () => {
  it('runs each element; reinvestShare 0 keeps 28.75m, reinvestShare 1 invests 70.38m', () => {
    const file = tempFile('b.json', JSON.stringify([{ reinvestShare: 0 }, {}]));
    const out = dsiJson(['fund', '--preset', 'dsi-fund-25m', '--params', file]);
    expect(out[0].totalInvested).toBe(25_000_000);
    expect(out[0].keptCash).toBeCloseTo(28_750_000, 6);
    expect(Math.abs(out[1].totalInvested - 70_382_642.1075)).toBeLessThan(1e-6);
    expect(Object.keys(out[1])).toHaveLength(11);
  });
});

describe('batch errors', () => {
  it('names the failing scenario (1-based and array index), exit 2, nothing on stdout', () => {
    const file = tempFile('b.json', JSON.stringify([{ successRate: 0.3 }, { successRate: 0.4 }, { successRate: 1.4 }, { successRate: 'x' }]));
    const r = dsi(['case', '--preset', 'holbaek-ips', '--params', file]);
    expectBadInput(r, 'scenario 3 (1-based; array index 2): successRate must be between 0 and 1 (got 1.4)');
  });

  it('reports a mistyped key in an element with the closest valid key', () => {
    const file = tempFile('b.json', JSON.stringify([{}, { sucessRate: 0.4 }]));
    expectBadInput(dsi(['case', '--preset', 'holbaek-ips', '--params', file]), "scenario 2 (1-based; array index 1): Unknown parameter 'sucessRate' - did you mean 'successRate'?");
  });

  it('rejects an element that is not an object', () => {
    const file = tempFile('b.json', JSON.stringify([{}, [0.4]]));
    expectBadInput(dsi(['case', '--preset', 'holbaek-ips', '--params', file]), /scenario 2 .*must be a JSON object/);
  });

  it('an element whose merge with --set breaks a rule fails', () => {
    const file = tempFile('b.json', JSON.stringify([{ costProfile: [0.5, 0.5] }, { costProfile: [0.7, 0.2] }]));
    expectBadInput(dsi(['case', '--preset', 'holbaek-ips', '--params', file, '--set', 'horizon=6']), 'scenario 2 (1-based; array index 1): costProfile must sum to 1 (sums to 0.9)');
  });
});
