/**
 * Internal rate of return with Excel's IRR convention: flows[0] at the end of period 0 (not
 * discounted), flows[k] discounted by (1 + i)^k. Returns null when no rate in (-1, 1e6] makes the
 * net present value zero (for instance when all flows have one sign).
 */
import { signChange } from './bisect';

export function npvAt(flows: readonly number[], rate: number): number {
  let v = 0;
  const f = 1 / (1 + rate);
  let d = 1;
  for (let k = 0; k < flows.length; k++) {
    v += flows[k] * d;
    d *= f;
  }
  return v;
}

// Bracketing points walking away from 0 on each side; where a cash flow has several IRRs, the one
// nearest 0 is returned, which is the one Excel's Newton iteration from its 10 % guess usually finds.
const UP = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 100, 1e3, 1e4, 1e5, 1e6];
const DOWN = [0, -0.01, -0.02, -0.05, -0.1, -0.2, -0.5, -0.8, -0.9, -0.95, -0.99, -0.999, -0.9999, -0.99999, -0.999999];

function firstRoot(flows: readonly number[], points: readonly number[]): number | null {
  let a = points[0];
  let fa = npvAt(flows, a);
  if (fa === 0) return a;
  for (let i = 1; i < points.length; i++) {
    const b = points[i];
    const fb = npvAt(flows, b);
    if (fb === 0) return b;
    if (fa * fb < 0) return signChange((x) => npvAt(flows, x), Math.min(a, b), Math.max(a, b));
    a = b;
    fa = fb;
  }
  return null;
}

export function irr(flows: readonly number[]): number | null {
  let pos = false;
  let neg = false;
  for (const x of flows) {
    if (x > 0) pos = true;
    else if (x < 0) neg = true;
  }
  if (!pos || !neg) return null;
  const up = firstRoot(flows, UP);
  const down = firstRoot(flows, DOWN);
  if (up === null) return down;
  if (down === null) return up;
  return Math.abs(up) <= Math.abs(down) ? up : down;
}
