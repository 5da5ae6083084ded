/** Order statistics without a full sort (the Monte Carlo's percentiles). */

/**
 * Rearranges `a` so that a[k] is the value sorting would put there, for every k in `ks`
 * (ascending, distinct): quickselect for several ranks at once (median-of-three pivot, Hoare
 * partition), small ranges sorted outright.
 */
export function selectInPlace(a: Float64Array, ks: readonly number[]): void {
  const stack: number[] = [0, a.length - 1, 0, ks.length - 1];
  while (stack.length) {
    const kh = stack.pop() as number;
    const kl = stack.pop() as number;
    const hi = stack.pop() as number;
    const lo = stack.pop() as number;
    if (kl > kh || lo >= hi) continue;
    if (hi - lo < 24) {
      a.subarray(lo, hi + 1).sort();
      continue;
    }
    const x = a[lo], y = a[(lo + hi) >>> 1], z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] all equal the pivot.
    let m = kl;
    while (m <= kh && ks[m] <= j) m++;
    let r = m;
    while (r <= kh && ks[r] < i) r++;
    stack.push(lo, j, kl, m - 1, i, hi, r, kh);
  }
}
