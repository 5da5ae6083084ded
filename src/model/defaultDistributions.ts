/**
 * Default distributions, so that `dsi simulate --preset holbaek-ips` works without a distribution
 * file. They are built from the validated parameters, so they follow the user's overrides (a
 * success rate of 0.48 is centred on 0.48). The reasoning is written beside each rule, and
 * docs/model.md (section 6) shows the resulting rows.
 */
import type { ModelDef } from './models';
import { makeDistribution, Distribution, DistSpec } from './distributions';
import type { Text } from './fields';
import type { SimKind } from './montecarlo';
import type { ParamMeta } from './fields';
import { unitsKeys, unitsMeta, unitsOf } from './consequenceUnits';

/**
 * Case and contract:
 * - successRate: beta(mean = the given rate, sd 0.0625). The report's low and high scenarios lie
 *   0.08 below and above the main 0.40; reading them as the 10th and 90th percentiles gives
 *   sd = 0.08 / 1.2816 = 0.0625.
 * - gainKommune, gainRegion, gainStat: triangular(0.8 g, g, 1.2 g), each drawn independently. The
 *   gains are calibrated to the report's totals, not official SØM prices; +-20 % is our judgement
 *   of that calibration's error (sd 8 % of g).
 * - persistence: triangular(max(0, rho - 0.1), rho, min(1, rho + 0.1)): also calibrated, and
 *   the effect's decay after the ramp is the least documented part of the model.
 * - units of each consequence (units:ID, when consequences give the gains): triangular +-20 % of the
 *   units, like the gains, and within 0..52 weeks for a staircase line.
 * Fund:
 * - successRate: as above (only `employed` depends on it).
 * - repaymentMultiple: triangular(m - 0.3, m, m + 0.3) (lower end not below 0). Under the
 *   Holbæk contract the multiple moves in proportion to the net success rate, so the report's
 *   low/high scenarios would move it by +-50 % (0.58..1.73) for one project; a fund spread over
 *   about 18 partnerships diversifies the project-specific part, and +-0.3 is our judgement of
 *   the common part that remains.
 */
export const DEFAULT_DISTRIBUTION_REASONING: Text = {
  en:
    'successRate: beta with the given mean and sd 0.0625 (the report\'s low/high scenarios, 0.08 either side of 0.40, read as 10th/90th percentiles); ' +
    'gains per actor: triangular +-20 % (calibrated, not SØM prices); persistence: triangular +-0.1; ' +
    'fund repaymentMultiple: triangular +-0.3 (outcome risk left after diversifying over about 18 partnerships); ' +
    'consequence units (units:ID): triangular +-20 %, within 0..52 weeks for staircase lines, each drawn independently.',
  da:
    'successRate: beta med den givne middelværdi og sd 0,0625 (rapportens lave/høje scenarie, 0,08 på hver side af 0,40, læst som 10./90. percentil); ' +
    'gevinster pr. aktør: trekant +-20 % (kalibrerede, ikke SØM-priser); varighed: trekant +-0,1; ' +
    'fondens repaymentMultiple: trekant +-0,3 (resultatrisiko tilbage efter spredning over ca. 18 partnerskaber); ' +
    'konsekvensernes enheder (units:ID): trekant +-20 %, inden for 0..52 uger for trappelinjer, hver trukket uafhængigt.',
};

export const SUCCESS_RATE_SD = 0.0625;

function triangularAround(key: string, x: number, half: number, lo = -Infinity, hi = Infinity): DistSpec {
  const a = Math.max(lo, x - half);
  const b = Math.min(hi, x + half);
  return a < b ? { key, kind: 'triangular', args: [a, x, b] } : { key, kind: 'fixed', args: [x] };
}

/** Default distribution rows for validated parameters of a model. */
export function defaultDistributionSpecs(kind: SimKind, params: Record<string, unknown>): DistSpec[] {
  const num = (k: string) => params[k] as number;
  const specs: DistSpec[] = [];
  const p = num('successRate');
  // The largest sd of any distribution on [0, 1] with mean p; it is 0 at p = 0 and p = 1, so those are fixed.
  const maxSd = Math.sqrt(p * (1 - p));
  specs.push(SUCCESS_RATE_SD < maxSd ? { key: 'successRate', kind: 'beta', args: [p, SUCCESS_RATE_SD] } : { key: 'successRate', kind: 'fixed', args: [p] });
  if (kind === 'fund') {
    specs.push(triangularAround('repaymentMultiple', num('repaymentMultiple'), 0.3, 0));
    return specs;
  }
  for (const k of ['gainKommune', 'gainRegion', 'gainStat']) {
    if (params[k] === undefined) continue; // consequences give the gains: their units are drawn below
    const g = num(k);
    specs.push(g === 0 ? { key: k, kind: 'fixed', args: [0] } : { key: k, kind: 'triangular', args: g > 0 ? [0.8 * g, g, 1.2 * g] : [1.2 * g, g, 0.8 * g] });
  }
  specs.push(triangularAround('persistence', num('persistence'), 0.1, 0, 1));
  for (const key of unitsKeys(params)) {
    const u = unitsOf(params, key) as number;
    const meta = unitsMeta(key, params) as ParamMeta;
    specs.push(triangularAround(key, u, 0.2 * Math.abs(u), meta.min, meta.max));
  }
  return specs;
}

export function defaultDistributions(kind: SimKind, model: ModelDef<any, any>, params: Record<string, unknown>): Distribution[] {
  return defaultDistributionSpecs(kind, params).map((s) => makeDistribution(model, s, 'default'));
}
