/**
 * Discount factors. A single rate r gives DF_t = (1 + r)^-(t-1); a vector gives DF_1 = 1 and
 * DF_t = DF_{t-1} / (1 + r_t), the last rate continuing beyond the vector (docs/model.md section 6).
 */
export function discountFactors(rate: number | readonly number[], horizon: number): number[] {
  const df = new Array<number>(horizon);
  if (typeof rate === 'number') {
    // (1 + 0)^-t is exactly 1: skip Math.pow, the costliest step of an evaluation without discounting.
    if (rate === 0) for (let t = 0; t < horizon; t++) df[t] = 1;
    else for (let t = 0; t < horizon; t++) df[t] = Math.pow(1 + rate, -t);
    return df;
  }
  df[0] = 1;
  for (let t = 1; t < horizon; t++) {
    const r = rate[Math.min(t, rate.length - 1)];
    df[t] = df[t - 1] / (1 + r);
  }
  return df;
}
