/**
 * The case's Monte Carlo figures without building its year-by-year result: each actor's present
 * value and break-even year, by exactly the arithmetic of evaluateCase (case.ts), operation for
 * operation, so the numbers are bit-identical (test/model/caseDraw.test.ts checks it on random
 * cases). About twice as fast per draw: no arrays per draw, discount factors kept while the rate is
 * unchanged. Used only for parameter sets whose keys it knows (CASE_DRAW_KEYS): a case with any
 * other key (a later model addition) goes through evaluateCase instead.
 */
import { CaseParams, netSuccesses, caseParamMeta } from './case';
import { discountFactors } from './discount';

/** The keys this file's arithmetic covers: those of the case model it was written against. */
export const CASE_DRAW_KEYS: ReadonlySet<string> = new Set([
  'participants', 'costTotal', 'costPerParticipant', 'costProfile', 'costShareKommune', 'costShareRegion', 'costShareStat',
  'dropoutRate', 'successRate', 'baselineRate', 'effectRamp', 'persistence', 'gainKommune', 'gainRegion', 'gainStat',
  'horizon', 'startYear', 'discountRate',
]);

/** False once the case model has a parameter this file does not know: then no case takes this path. */
const COVERS_CASE_MODEL = caseParamMeta.every((m) => CASE_DRAW_KEYS.has(m.key));

/** Whether caseDraw computes these parameters exactly as evaluateCase does. */
export function caseDrawApplies(params: Record<string, unknown>): boolean {
  return COVERS_CASE_MODEL && Object.keys(params).every((k) => CASE_DRAW_KEYS.has(k));
}

/** 1-based break-even year of a cumulative series as breakEvenYear (case.ts) finds it; 0 for none. */
function breakEven(cum: Float64Array, H: number): number {
  if (H === 0 || cum[H - 1] < 0) return 0;
  let t = H;
  while (t > 1 && cum[t - 2] >= 0) t--;
  return t;
}

/**
 * A reusable evaluator: `read(p, pv, be)` writes the present values and break-even years of
 * kommune, region, stat and total (the order of ACTORS_AND_TOTAL) into pv[0..3] and be[0..3].
 */
export function caseDrawReader(): (p: CaseParams, pv: Float64Array, be: Int16Array) => void {
  let dfRate: unknown;
  let dfH = -1;
  let df: number[] = [];
  let cum = [new Float64Array(0), new Float64Array(0), new Float64Array(0), new Float64Array(0)];
  return (p, pv, be) => {
    const H = p.horizon;
    if (p.discountRate !== dfRate || H !== dfH) {
      df = discountFactors(p.discountRate, H);
      dfRate = p.discountRate;
      dfH = H;
    }
    if (cum[0].length < H) cum = cum.map(() => new Float64Array(H));
    const [cK, cR, cS, cT] = cum;
    const S = netSuccesses(p.participants, p.successRate, p.baselineRate, p.dropoutRate);
    const C = p.costTotal !== undefined ? p.costTotal : (p.costPerParticipant as number) * p.participants;
    const ramp = p.effectRamp;
    const m = ramp.length;
    const persistence = p.persistence;
    // caseDrawApplies admits no consequences key, so the three fixed gains are given.
    const gK = p.gainKommune as number, gR = p.gainRegion as number, gS = p.gainStat as number;
    const bK = p.costShareKommune, bR = p.costShareRegion, bS = p.costShareStat;
    const profile = p.costProfile;
    const k = profile.length;
    let nK = 0, nR = 0, nS = 0, nT = 0;
    for (let t = 0; t < H; t++) {
      const e = t < m ? ramp[t] : ramp[m - 1] * Math.pow(persistence, t + 1 - m);
      const gk = S * e * gK, gr = S * e * gR, gs = S * e * gS;
      let ck = 0, cr = 0, cs = 0;
      if (t < k) {
        const c = profile[t];
        ck = C * c * bK;
        cr = C * c * bR;
        cs = C * c * bS;
      }
      const d = df[t];
      nK += (gk - ck) * d;
      nR += (gr - cr) * d;
      nS += (gs - cs) * d;
      nT += ((0 + gk + gr + gs) - (0 + ck + cr + cs)) * d;
      cK[t] = nK;
      cR[t] = nR;
      cS[t] = nS;
      cT[t] = nT;
    }
    pv[0] = nK;
    pv[1] = nR;
    pv[2] = nS;
    pv[3] = nT;
    be[0] = breakEven(cK, H);
    be[1] = breakEven(cR, H);
    be[2] = breakEven(cS, H);
    be[3] = breakEven(cT, H);
  };
}
