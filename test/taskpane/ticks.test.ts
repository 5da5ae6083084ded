/** The charts' round axis ticks ("nice numbers"), against ticks worked out by hand. */
import { niceStep, niceTicks } from '../../src/taskpane/ticks';

describe('niceStep', () => {
  test.each([
    // range / intervals -> the nice number at or above it among 1, 2, 2.5, 5, 10 x 10^k
    [39.24, 4, 10], // 9.81 -> 10
    [1, 4, 0.25], // 0.25 -> 2.5 x 0.1
    [7, 4, 2], // 1.75 -> 2
    [3.1e6, 3, 2e6], // 1.033e6 -> 2e6
    [0.0864, 5, 0.02], // 0.01728 -> 0.02
    [30, 6, 5], // 5 exactly stays 5
  ])('range %p over %p intervals -> %p', (range, n, step) => {
    expect(niceStep(range, n)).toBe(step);
  });
});

describe('niceTicks', () => {
  test('the histogram of the issue (-13.12 .. 26.12) gets round ticks, not -13.12 / 6.50 / 26.12', () => {
    // 39.24 over 5 intervals: 7.848 -> 10, giving -20 .. 30 in 6 ticks.
    expect(niceTicks(-13.12, 26.12, 6)).toEqual({ lo: -20, hi: 30, step: 10, values: [-20, -10, 0, 10, 20, 30] });
    // At most 5 ticks: step 10 would need 6, so the next nice step, 20.
    expect(niceTicks(-13.12, 26.12, 5)).toEqual({ lo: -20, hi: 40, step: 20, values: [-20, 0, 20, 40] });
  });
  test('ticks are exact decimals (no binary noise such as 0.30000000000000004)', () => {
    const t = niceTicks(0, 1, 6);
    expect(t.step).toBe(0.2);
    expect(t.values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
  test('small shares: 0 .. 0.0864 in at most 5 ticks', () => {
    // 0.0864 / 4 = 0.0216 -> 0.025.
    expect(niceTicks(0, 0.0864, 5).values).toEqual([0, 0.025, 0.05, 0.075, 0.1]);
  });
  test('asked for 2 ticks, a range across zero gets the 3 it needs, at a step near its size (not a runaway step)', () => {
    // 32.3e6 over 2 intervals: 16.15e6 -> 2e7; -2e7 .. 4e7 needs 4 ticks, so 2.5e7: -2.5e7, 0, 2.5e7.
    expect(niceTicks(-10.3e6, 22e6, 2).values).toEqual([-25e6, 0, 25e6]);
  });
  test('the ends are ticks and cover the data; never more ticks than asked (at least 3)', () => {
    for (const [a, b, n] of [[-3.2e6, 1.1e7, 4], [17, 23, 3], [0.5, 0.51, 6], [-1, -0.2, 5], [1234, 98765, 7], [0, 3, 2]] as const) {
      const t = niceTicks(a, b, n);
      expect(t.lo).toBeLessThanOrEqual(a);
      expect(t.hi).toBeGreaterThanOrEqual(b);
      expect(t.values.length).toBeLessThanOrEqual(Math.max(3, n));
      expect(t.values[0]).toBe(t.lo);
      expect(t.values[t.values.length - 1]).toBe(t.hi);
      // Every tick is a whole multiple of the step.
      for (const v of t.values) expect(Math.abs(v / t.step - Math.round(v / t.step))).toBeLessThan(1e-9);
    }
  });
  test('a single value gets a range around it', () => {
    // 5 +- 10 %: 4.5 .. 5.5, 1 / 4 = 0.25.
    expect(niceTicks(5, 5, 5).values).toEqual([4.5, 4.75, 5, 5.25, 5.5]);
    expect(niceTicks(0, 0, 5).values).toEqual([-1, -0.5, 0, 0.5, 1]);
  });
});
