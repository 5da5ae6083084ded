/**
 * The model's one bisection, shared by the internal rate of return (irr.ts) and the contract
 * analyses (contractAnalysis.ts: maximum affordable price, switching success rate).
 */

/** Enough halvings to shrink any bracket of doubles to two neighbouring doubles. */
const MAX_HALVINGS = 200;

/**
 * Narrows [lo, hi] around the point where `isLow` changes from true to false, for `isLow(lo)` true
 * and `isLow(hi)` false: halves the bracket, keeping that invariant, until lo and hi are neighbouring
 * doubles (or after MAX_HALVINGS). Returns the last bracket; where `isLow` changes more than once, it
 * finds one of the changes.
 */
export function bisect(isLow: (x: number) => boolean, lo: number, hi: number): { lo: number; hi: number } {
  for (let i = 0; i < MAX_HALVINGS; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (isLow(mid)) lo = mid;
    else hi = mid;
  }
  return { lo, hi };
}

/** Where f changes sign in [lo, hi], for f(lo) not 0 and f(hi) 0 or of the other sign: the middle of
 *  the last bracket, f keeping the sign of f(lo) at its low end and not at its high end. */
export function signChange(f: (x: number) => number, lo: number, hi: number): number {
  const loPositive = f(lo) > 0;
  const b = bisect((x) => {
    const v = f(x);
    return v !== 0 && v > 0 === loPositive;
  }, lo, hi);
  return (b.lo + b.hi) / 2;
}
