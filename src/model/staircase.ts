/**
 * The refusion staircase (docs/budget-lines.md; lov om kommunernes finansiering af visse offentlige
 * ydelser, sections 5-6): the share of a municipal benefit that the state reimburses falls with the
 * week of the spell the benefit is paid for.
 */

/** The steps: weeks up to `lastWeek` (inclusive) of a spell are reimbursed at `stateShare`. */
interface RefusionStep {
  readonly lastWeek: number;
  readonly stateShare: number;
}

export const REFUSION_STEPS: readonly RefusionStep[] = [
  { lastWeek: 4, stateShare: 0.8 },
  { lastWeek: 26, stateShare: 0.4 },
  { lastWeek: 52, stateShare: 0.3 },
  { lastWeek: Infinity, stateShare: 0.2 },
];

/** The state's share of the benefit paid for week w (1-based) of a spell. */
export function refusionRate(week: number): number {
  // The last step ends at Infinity, so a step is always found.
  return (REFUSION_STEPS.find((step) => week <= step.lastWeek) as RefusionStep).stateShare;
}

/**
 * The state's mean share over the `weeks` weeks that follow the first `weeksBefore` weeks of a spell:
 * weeks weeksBefore + 1 .. weeksBefore + weeks, a fractional last week counted by its fraction. Week w
 * covers the interval (w - 1, w] of spell time, so this is the mean of the step function over
 * (weeksBefore, weeksBefore + weeks]. Zero weeks have no mean; the caller decides (it is 0 DKK anyway).
 */
export function meanStateShare(weeksBefore: number, weeks: number): number {
  if (!(weeks > 0)) return 0;
  const from = weeksBefore;
  const to = weeksBefore + weeks;
  let sum = 0;
  let stepStart = 0;
  for (const step of REFUSION_STEPS) {
    const overlap = Math.min(to, step.lastWeek) - Math.max(from, stepStart);
    if (overlap > 0) sum += overlap * step.stateShare;
    stepStart = step.lastWeek;
  }
  return sum / weeks;
}
