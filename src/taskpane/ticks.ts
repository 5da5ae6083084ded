/**
 * Round axis ticks ("nice numbers", after Heckbert, Graphics Gems 1990): steps of 1, 2, 2.5 or 5
 * times a power of ten, the axis widened to whole steps so that its ends are ticks too. Pure, so
 * the charts' axes can be unit-tested without a DOM.
 */

/** The nice step nearest above range / intervals: 1, 2, 2.5, 5 or 10 times a power of ten. */
export function niceStep(range: number, intervals: number): number {
  if (!(range > 0) || !Number.isFinite(range)) return 1;
  const raw = range / Math.max(1, intervals);
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / mag;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return clean(nice * mag);
}

/** Rounds away binary noise (0.30000000000000004 -> 0.3) so tick labels print as typed. */
function clean(v: number): number {
  return Number(v.toPrecision(12));
}

export interface Ticks {
  lo: number;
  hi: number;
  step: number;
  values: number[];
}

/**
 * Ticks covering [min, max] with at most about `maxTicks` ticks: lo and hi are whole multiples of
 * the step, lo <= min and hi >= max. An empty or degenerate range becomes [v - 1, v + 1] scaled.
 */
export function niceTicks(min: number, max: number, maxTicks = 5): Ticks {
  let a = Math.min(min, max);
  let b = Math.max(min, max);
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    a = 0;
    b = 1;
  }
  if (a === b) {
    const d = a === 0 ? 1 : Math.abs(a) / 10;
    a -= d;
    b += d;
  }
  // Three ticks is the fewest a range can always have (one across zero: -s, 0, s).
  const limit = Math.max(3, Math.floor(maxTicks));
  const count = (st: number) => Math.round(Math.ceil(b / st - 1e-9) - Math.floor(a / st + 1e-9)) + 1;
  let step = niceStep(b - a, limit - 1);
  // Widening to whole steps can need one tick more than asked; take the next step up then.
  for (let guard = 0; guard < 4 && count(step) > limit; guard++) step = niceStep(step * 1.01, 1);
  const first = Math.floor(a / step + 1e-9);
  const last = Math.ceil(b / step - 1e-9);
  const values: number[] = [];
  for (let i = first; i <= last; i++) values.push(clean(i * step) || 0);
  return { lo: values[0], hi: values[values.length - 1], step, values };
}

/** Decimals that show every tick of this step exactly: 0.25 -> 2, 5 -> 0, 2e-3 -> 3. */
export function tickDecimals(step: number): number {
  const t = clean(Math.abs(step)).toString();
  const e = /e-(\d+)$/.exec(t);
  if (e) return Number(e[1]) + (t.split('e')[0].split('.')[1]?.length ?? 0);
  return t.includes('.') ? t.split('.')[1].length : 0;
}
