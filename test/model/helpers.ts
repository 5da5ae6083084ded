/**
 * Shared helpers for the model tests: tolerance assertions, a walk that finds NaN / Infinity
 * anywhere in a result, and fast-check arbitraries of VALID parameters (they respect every rule of
 * MODEL.md, so validate() must accept every value they produce).
 */
import fc from 'fast-check';
import { ParameterError, localMessage } from '../../src/model';

/** |actual - expected| <= tol, with a readable failure message. */
export function expectWithin(actual: number | null | undefined, expected: number, tol: number, what = 'value'): void {
  if (typeof actual !== 'number' || !(Math.abs(actual - expected) <= tol)) {
    throw new Error(`${what}: expected ${expected} +/- ${tol}, got ${actual}`);
  }
}

/** Relative closeness: |a - b| <= rel * max(|a|, |b|) (and exact equality passes, including 0 = 0). */
export function expectRel(actual: number, expected: number, rel: number, what = 'value'): void {
  if (actual === expected) return;
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  if (!(Math.abs(actual - expected) <= rel * scale)) {
    throw new Error(`${what}: expected ${expected} (relative tolerance ${rel}), got ${actual}`);
  }
}

/** Every number reachable from `x` is finite; returns the paths of the ones that are not. */
export function nonFinitePaths(x: unknown, path = 'result', out: string[] = []): string[] {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) out.push(`${path} = ${x}`);
  } else if (Array.isArray(x)) {
    x.forEach((v, i) => nonFinitePaths(v, `${path}[${i}]`, out));
  } else if (x !== null && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) nonFinitePaths(v, `${path}.${k}`, out);
  } else if (x !== null && typeof x !== 'string' && typeof x !== 'boolean') {
    out.push(`${path} has type ${typeof x}`);
  }
  return out;
}

/** Runs fn and returns what it throws; fails the test if it throws nothing. */
export function caught(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

/** Runs fn and returns the ParameterError it throws; fails the test if it throws anything else or nothing. */
export function parameterErrorOf(fn: () => unknown): ParameterError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  if (thrown === undefined) throw new Error('expected a ParameterError, but nothing was thrown');
  if (!(thrown instanceof ParameterError)) {
    throw new Error(`expected a ParameterError, got ${(thrown as Error)?.name}: ${(thrown as Error)?.message}`);
  }
  return thrown;
}

/** The English and Danish message of the ParameterError fn throws (see parameterErrorOf). */
export function refusalOf(fn: () => unknown): { en: string; da: string } {
  const e = parameterErrorOf(fn);
  return { en: e.message, da: localMessage(e, 'da') };
}

/** A double in [min, max]. Values below 1e-12 in size become 0: fast-check likes to produce numbers
 *  such as 5e-324, whose products underflow to subnormals with no relative precision left, which no
 *  DKK amount or rate in this model is. Zero itself stays (it is a valid, interesting value). */
export const dbl = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (Math.abs(x) < 1e-12 && min <= 0 ? 0 : x));

/** k non-negative weights with a positive sum, normalised to sum to 1 (some weights may be exactly 0). */
export function shares(k: number): fc.Arbitrary<number[]> {
  return fc
    .array(fc.oneof(fc.constant(0), dbl(0, 1)), { minLength: k, maxLength: k })
    .filter((ws) => ws.reduce((a, b) => a + b, 0) > 1e-3)
    .map((ws) => {
      const s = ws.reduce((a, b) => a + b, 0);
      return ws.map((w) => w / s);
    });
}

export interface CaseArbOptions {
  /** Lowest gain per actor (use 0 for properties that need gains that rise with success). */
  gainMin?: number;
}

/** Valid case-model input: every rule of MODEL.md section 1 holds. */
export function validCaseInput(opts: CaseArbOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  const gainMin = opts.gainMin ?? -200_000;
  return fc.integer({ min: 1, max: 50 }).chain((H) =>
    fc.record({
      participants: dbl(0.001, 100_000),
      cost: fc.oneof(
        dbl(0, 1e8).map((c) => ({ costTotal: c })),
        dbl(0, 200_000).map((c) => ({ costPerParticipant: c })),
      ),
      costProfile: fc.integer({ min: 1, max: Math.min(H, 8) }).chain((k) => shares(k)),
      costShares: shares(3),
      dropoutRate: dbl(0, 0.999),
      successRate: dbl(0, 1),
      baselineRate: dbl(0, 1),
      effectRamp: fc.array(dbl(0, 2), { minLength: 1, maxLength: 6 }),
      persistence: dbl(0, 1),
      gainKommune: dbl(gainMin, 200_000),
      gainRegion: dbl(gainMin, 200_000),
      gainStat: dbl(gainMin, 200_000),
      startYear: fc.integer({ min: 1900, max: 2200 }),
      discountRate: fc.oneof(dbl(0, 0.99), fc.array(dbl(0, 0.99), { minLength: 1, maxLength: 12 })),
    }).map((r) => ({
      participants: r.participants,
      ...r.cost,
      costProfile: r.costProfile,
      costShareKommune: r.costShares[0],
      costShareRegion: r.costShares[1],
      costShareStat: r.costShares[2],
      dropoutRate: r.dropoutRate,
      successRate: r.successRate,
      baselineRate: r.baselineRate,
      effectRamp: r.effectRamp,
      persistence: r.persistence,
      gainKommune: r.gainKommune,
      gainRegion: r.gainRegion,
      gainStat: r.gainStat,
      horizon: H,
      startYear: r.startYear,
      discountRate: r.discountRate,
    })),
  );
}

export interface FundArbOptions {
  reinvestShare?: fc.Arbitrary<number>;
  repaymentMultiple?: fc.Arbitrary<number>;
}

/** Valid fund-model input: every rule of MODEL.md section 2 holds. */
export function validFundInput(opts: FundArbOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({
    initialCapital: dbl(1, 1e9),
    horizon: fc.integer({ min: 1, max: 50 }),
    startYear: fc.integer({ min: 1900, max: 2200 }),
    repaymentMultiple: opts.repaymentMultiple ?? dbl(0, 5),
    repaymentYears: fc.integer({ min: 1, max: 20 }),
    repaymentLag: fc.integer({ min: 1, max: 10 }),
    reinvestShare: opts.reinvestShare ?? dbl(0, 1),
    costPerParticipant: dbl(1, 1e6),
    successRate: dbl(0, 1),
    averageInvestment: dbl(1, 1e8),
  });
}

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
