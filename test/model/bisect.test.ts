/** The one bisection (src/model/bisect.ts) that irr and the contract analyses use. */
import { bisect, signChange } from '../../src/model/bisect';

test('bisect narrows to two neighbouring doubles around the change of the predicate', () => {
  // x^2 < 2 on [1, 2]: the change is at sqrt(2)
  const b = bisect((x) => x * x < 2, 1, 2);
  expect(b.lo * b.lo).toBeLessThan(2);
  expect(b.hi * b.hi).toBeGreaterThanOrEqual(2);
  expect(b.hi - b.lo).toBeLessThanOrEqual(Number.EPSILON * 2);
  expect(Math.abs(b.lo - Math.SQRT2)).toBeLessThanOrEqual(Number.EPSILON * 2);
});

test('bisect keeps the invariant: isLow holds at lo and fails at hi, also for a decreasing split', () => {
  // the smallest x with 10 - x <= 0, i.e. 10 (the high end is where the predicate fails)
  const b = bisect((x) => 10 - x > 0, 0, 64);
  expect(b.hi).toBe(10);
  expect(b.lo).toBeLessThan(10);
});

test('signChange finds the root of a falling and of a rising function, and a root at the high end', () => {
  expect(signChange((x) => 3 - x, 0, 8)).toBeCloseTo(3, 14);
  expect(signChange((x) => x - 0.25, -1, 1)).toBeCloseTo(0.25, 14);
  // f(hi) = 0 exactly: the root is hi itself
  expect(signChange((x) => x - 1, 0, 1)).toBeCloseTo(1, 14);
  // a function that is 0 on a whole interval [0.5, 1]: the change from negative is at 0.5
  expect(signChange((x) => Math.min(x - 0.5, 0), 0, 1)).toBeCloseTo(0.5, 14);
});
