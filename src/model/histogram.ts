/** Histogram of Monte Carlo draws (docs/model.md section 6), for the pane's chart. */

/** Equal-width histogram of the values that exist, for the pane's chart. */
export function histogram(values: Float64Array, bins = 30): { edges: number[]; counts: number[] } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return { edges: [], counts: [] };
  if (lo === hi) {
    // Only the values that exist, as in the general case below.
    let n = 0;
    for (const v of values) if (!Number.isNaN(v)) n++;
    return { edges: [lo, hi], counts: [n] };
  }
  const w = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    counts[Math.min(bins - 1, Math.floor((v - lo) / w))]++;
  }
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * w);
  return { edges, counts };
}
