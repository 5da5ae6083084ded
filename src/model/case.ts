/**
 * Case model (docs/model.md section 1): one intervention, gains and costs per public actor and year.
 */
import { z } from 'zod/mini';
import { numberField, integerField, vectorField, ratesField, withRules, fieldsOf, ParamMeta, Report } from './fields';
import { discountFactors } from './discount';
import { budgetLineFields } from './budgetLineInput';
import { checkBudgetLines, unitGainsDetail, BudgetLineDetail } from './budgetLines';
import { defineMessages, numberIn } from './messages';

export const ACTORS = ['kommune', 'region', 'stat'] as const;
export type Actor = (typeof ACTORS)[number];
export type ActorOrTotal = Actor | 'total';
export const ACTORS_AND_TOTAL: readonly ActorOrTotal[] = [...ACTORS, 'total'];

const SUM_TOLERANCE = 1e-9;

const GAIN_NOTE = {
  en: 'required, unless consequences give the unit gains instead',
  da: 'påkrævet, medmindre consequences giver enhedsgevinsterne i stedet',
};

export const caseFields = {
  participants: numberField({
    key: 'participants', min: 0, minExclusive: true,
    label: { en: 'Participants', da: 'Deltagere' },
    unit: { en: 'people', da: 'personer' },
    description: { en: 'N, citizens enrolled in the intervention', da: 'N, borgere i indsatsen' },
  }),
  costTotal: z.optional(numberField({
    key: 'costTotal', min: 0, required: false,
    label: { en: 'Total cost', da: 'Samlet udgift' },
    unit: { en: 'DKK', da: 'kr.' },
    description: { en: 'C, total intervention cost (give this or costPerParticipant, not both)', da: 'C, indsatsens samlede udgift (angiv denne eller costPerParticipant, ikke begge)' },
  })),
  costPerParticipant: z.optional(numberField({
    key: 'costPerParticipant', min: 0, required: false,
    label: { en: 'Cost per participant', da: 'Udgift pr. deltager' },
    unit: { en: 'DKK per person', da: 'kr. pr. person' },
    description: { en: 'C / N, cost per participant (alternative to costTotal)', da: 'C / N, udgift pr. deltager (alternativ til costTotal)' },
  })),
  costProfile: vectorField({
    key: 'costProfile', min: 0, default: [1],
    label: { en: 'Cost profile', da: 'Udgiftsprofil' },
    unit: { en: 'share per year', da: 'andel pr. år' },
    description: { en: 'c_1..c_k, share of the total cost spent in year t', da: 'c_1..c_k, andel af den samlede udgift i år t' },
    note: { en: 'values sum to 1; no longer than the horizon', da: 'summen er 1; højst så lang som horisonten' },
  }),
  costShareKommune: numberField({
    key: 'costShareKommune', min: 0, max: 1, default: 1,
    label: { en: 'Cost share, municipality', da: 'Udgiftsandel, kommune' },
    unit: { en: 'share', da: 'andel' },
    description: { en: 'share of the cost borne by the municipality', da: 'andel af udgiften, som kommunen bærer' },
    note: { en: 'the three cost shares sum to 1', da: 'de tre udgiftsandele summerer til 1' },
  }),
  costShareRegion: numberField({
    key: 'costShareRegion', min: 0, max: 1, default: 0,
    label: { en: 'Cost share, region', da: 'Udgiftsandel, region' },
    unit: { en: 'share', da: 'andel' },
    description: { en: 'share of the cost borne by the region', da: 'andel af udgiften, som regionen bærer' },
  }),
  costShareStat: numberField({
    key: 'costShareStat', min: 0, max: 1, default: 0,
    label: { en: 'Cost share, state', da: 'Udgiftsandel, stat' },
    unit: { en: 'share', da: 'andel' },
    description: { en: 'share of the cost borne by the state', da: 'andel af udgiften, som staten bærer' },
  }),
  dropoutRate: numberField({
    key: 'dropoutRate', min: 0, max: 1, maxExclusive: true, default: 0,
    label: { en: 'Dropout rate', da: 'Frafald' },
    unit: { en: 'share', da: 'andel' },
    description: { en: 'd, share who drop out during the intervention', da: 'd, andel der falder fra under indsatsen' },
  }),
  successRate: numberField({
    key: 'successRate', min: 0, max: 1,
    label: { en: 'Success rate (gross)', da: 'Succesrate (brutto)' },
    unit: { en: 'share', da: 'andel' },
    description: { en: 'p1, share in employment with the intervention', da: 'p1, andel i beskæftigelse med indsatsen' },
  }),
  baselineRate: numberField({
    key: 'baselineRate', min: 0, max: 1, default: 0,
    label: { en: 'Baseline rate (deadweight)', da: 'Dødvægt' },
    unit: { en: 'share', da: 'andel' },
    description: { en: 'p0, share who would be employed anyway', da: 'p0, andel der ville være kommet i job alligevel' },
  }),
  effectRamp: vectorField({
    key: 'effectRamp', min: 0, default: [1],
    label: { en: 'Effect ramp', da: 'Effektopbygning' },
    unit: { en: 'share of full effect per year', da: 'andel af fuld effekt pr. år' },
    description: { en: 'e_1..e_m, share of the full effect realised in year t while it builds up', da: 'e_1..e_m, andel af den fulde effekt i år t mens den bygges op' },
  }),
  persistence: numberField({
    key: 'persistence', min: 0, max: 1, default: 1,
    label: { en: 'Persistence', da: 'Varighed' },
    unit: { en: 'share kept per year', da: 'andel bevaret pr. år' },
    description: { en: 'rho, share of the effect kept from one year to the next after the ramp', da: 'rho, andel af effekten der bevares fra år til år efter opbygningen' },
  }),
  gainKommune: z.optional(numberField({
    key: 'gainKommune', required: false,
    label: { en: 'Gain per success, municipality', da: 'Gevinst pr. succes, kommune' },
    unit: { en: 'DKK per net success per year', da: 'kr. pr. nettosucces pr. år' },
    description: { en: 'g, municipal gain per net success per year at full effect', da: 'g, kommunal gevinst pr. nettosucces pr. år ved fuld effekt' },
    note: GAIN_NOTE,
  })),
  gainRegion: z.optional(numberField({
    key: 'gainRegion', required: false,
    label: { en: 'Gain per success, region', da: 'Gevinst pr. succes, region' },
    unit: { en: 'DKK per net success per year', da: 'kr. pr. nettosucces pr. år' },
    description: { en: 'g, regional gain per net success per year at full effect', da: 'g, regional gevinst pr. nettosucces pr. år ved fuld effekt' },
    note: GAIN_NOTE,
  })),
  gainStat: z.optional(numberField({
    key: 'gainStat', required: false,
    label: { en: 'Gain per success, state', da: 'Gevinst pr. succes, stat' },
    unit: { en: 'DKK per net success per year', da: 'kr. pr. nettosucces pr. år' },
    description: { en: 'g, state gain per net success per year at full effect', da: 'g, statslig gevinst pr. nettosucces pr. år ved fuld effekt' },
    note: GAIN_NOTE,
  })),
  horizon: integerField({
    key: 'horizon', min: 1, max: 50, default: 6,
    label: { en: 'Horizon', da: 'Horisont' },
    unit: { en: 'years', da: 'år' },
    description: { en: 'H, years counted', da: 'H, antal år der medregnes' },
  }),
  startYear: integerField({
    key: 'startYear', min: 1900, max: 2200, default: 2024,
    label: { en: 'Start year', da: 'Startår' },
    unit: { en: 'calendar year', da: 'kalenderår' },
    description: { en: 'calendar year of year 1 (a label for output only)', da: 'kalenderår for år 1 (kun en etiket i output)' },
  }),
  discountRate: ratesField({
    key: 'discountRate', min: 0, max: 1, maxExclusive: true, default: 0,
    label: { en: 'Discount rate', da: 'Diskonteringsrente' },
    unit: { en: 'real rate per year', da: 'real rente pr. år' },
    description: { en: 'r, real discount rate per year; a row r_1, r_2, ... gives DF_t = DF_(t-1) / (1 + r_t), so r_1 is not used (year 1 is not discounted) and the last rate continues', da: 'r, real diskonteringsrente pr. år; en række r_1, r_2, ... giver DF_t = DF_(t-1) / (1 + r_t), så r_1 bruges ikke (år 1 diskonteres ikke), og den sidste rente fortsætter' },
  }),
};

/** The scalar and vector fields plus the structured budget-line inputs of section 8. */
export const caseObject = z.object({ ...caseFields, ...budgetLineFields });

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** Rounds a sum for display in a message so 0.9000000000000001 reads as 0.9. */
function shown(x: number): string {
  return String(Number(x.toPrecision(12)));
}

defineMessages({
  costRequired: {
    en: () => 'costTotal is required (or give costPerParticipant instead)',
    da: () => 'costTotal skal angives (eller angiv costPerParticipant i stedet)',
  },
  costBoth: {
    en: (p) => `give costTotal or costPerParticipant, not both (got costTotal ${p.total} and costPerParticipant ${p.perParticipant})`,
    da: (p, l) => `angiv costTotal eller costPerParticipant, ikke begge (fik costTotal ${numberIn(p.total, l)} og costPerParticipant ${numberIn(p.perParticipant, l)})`,
  },
  // `sum` is the sum as shown in English (12 significant digits); Danish swaps the decimal mark.
  sumToOne: { en: (p) => `${p.what} must sum to 1 (sums to ${p.sum})`, da: (p) => `${p.what} skal summere til 1 (summerer til ${String(p.sum).replace('.', ',')})` },
  profileLength: {
    en: (p) => `costProfile must not be longer than the horizon (${p.years} years given, horizon ${p.horizon})`,
    da: (p) => `costProfile må ikke være længere end horisonten (${p.years} år angivet, horisont ${p.horizon})`,
  },
});

/** The case's cross-field rules: one cost alternative, the cost profile and the cost shares. */
export function caseRules(p: z.output<typeof caseObject>, report: Report): void {
  if (p.costTotal === undefined && p.costPerParticipant === undefined) {
    report('costTotal', { code: 'costRequired', params: {} });
  }
  if (p.costTotal !== undefined && p.costPerParticipant !== undefined) {
    report('costPerParticipant', { code: 'costBoth', params: { total: p.costTotal, perParticipant: p.costPerParticipant } });
  }
  const profileSum = sum(p.costProfile);
  if (Math.abs(profileSum - 1) > SUM_TOLERANCE) {
    report('costProfile', { code: 'sumToOne', params: { what: 'costProfile', sum: shown(profileSum) } });
  }
  if (p.costProfile.length > p.horizon) {
    report('costProfile', { code: 'profileLength', params: { years: p.costProfile.length, horizon: p.horizon } });
  }
  const shareSum = p.costShareKommune + p.costShareRegion + p.costShareStat;
  if (Math.abs(shareSum - 1) > SUM_TOLERANCE) {
    report('costShareKommune', { code: 'sumToOne', params: { what: 'costShareKommune + costShareRegion + costShareStat', sum: shown(shareSum) } });
  }
  const lines = checkBudgetLines(p);
  if (lines) report(lines.key, lines.message);
}

export const caseSchema = withRules(caseObject, caseRules);

export type CaseParams = z.output<typeof caseSchema>;
/** Parameters as a user gives them: any subset, defaults not yet applied. */
export type CaseInput = Partial<Record<keyof CaseParams, unknown>>;

export const caseParamMeta: readonly ParamMeta[] = fieldsOf(z.object(caseFields));

export interface ActorResult {
  gains: number[];
  costs: number[];
  net: number[];
  /** Cumulative discounted net, CN_{a,t}. */
  cumulative: number[];
  /** Year 1..H, or null when the cumulative net is negative at the horizon. */
  breakEvenYear: number | null;
  presentValue: number;
  /** Null when the actor bears no (discounted) cost. */
  benefitCostRatio: number | null;
}

export interface CaseResult {
  netSuccesses: number;
  /** g_{a,t}: DKK per net success per year at full effect, by actor and year (section 8). */
  gainsPerSuccess: { kommune: number[]; region: number[]; stat: number[] };
  years: number[];
  effect: number[];
  actors: Record<ActorOrTotal, ActorResult>;
  /** Present when the unit gains come from consequences: the lines and any price-year warning. */
  budgetLines?: BudgetLineDetail;
}

export function netSuccesses(participants: number, successRate: number, baselineRate = 0, dropoutRate = 0): number {
  return participants * (1 - dropoutRate) * (successRate - baselineRate);
}

/** e_t for t = 1..H: the ramp, then decay by persistence from the ramp's last value. */
export function effectProfile(ramp: readonly number[], persistence: number, horizon: number): number[] {
  const e = new Array<number>(horizon);
  const m = ramp.length;
  for (let t = 0; t < horizon; t++) {
    e[t] = t < m ? ramp[t] : ramp[m - 1] * Math.pow(persistence, t + 1 - m);
  }
  return e;
}

/** Smallest year t (1-based) from which the cumulative series stays >= 0 through H; null if none. */
export function breakEvenYear(cumulative: readonly number[]): number | null {
  const H = cumulative.length;
  if (H === 0 || cumulative[H - 1] < 0) return null;
  let t = H;
  while (t > 1 && cumulative[t - 2] >= 0) t--;
  return t;
}

function actorSeries(gains: number[], costs: number[], df: readonly number[]): ActorResult {
  const H = gains.length;
  const net = new Array<number>(H);
  const cumulative = new Array<number>(H);
  let cn = 0;
  let pvGains = 0;
  let pvCosts = 0;
  for (let t = 0; t < H; t++) {
    net[t] = gains[t] - costs[t];
    cn += net[t] * df[t];
    pvGains += gains[t] * df[t];
    pvCosts += costs[t] * df[t];
    cumulative[t] = cn;
  }
  // A cost so small that the ratio overflows (e.g. 1e-320 DKK) has no meaningful ratio either:
  // null, never Infinity (docs/model.md section 3).
  const ratio = pvCosts > 0 ? pvGains / pvCosts : NaN;
  return {
    gains,
    costs,
    net,
    cumulative,
    breakEvenYear: breakEvenYear(cumulative),
    presentValue: cn,
    benefitCostRatio: Number.isFinite(ratio) ? ratio : null,
  };
}

/** Evaluates validated parameters (see `validateCase`). Pure; no validation here. */
export function evaluateCase(p: CaseParams): CaseResult {
  const H = p.horizon;
  const S = netSuccesses(p.participants, p.successRate, p.baselineRate, p.dropoutRate);
  const C = p.costTotal !== undefined ? p.costTotal : (p.costPerParticipant as number) * p.participants;
  const effect = effectProfile(p.effectRamp, p.persistence, H);
  const df = discountFactors(p.discountRate, H);
  const years = new Array<number>(H);
  for (let t = 0; t < H; t++) years[t] = p.startYear + t;

  // One pass over the years for the three actors (unrolled: this is the hot path of every
  // evaluation). G_{a,t} = S x e_t x g_{a,t}; K_{a,t} = C x c_t x b_a; totals add kommune, region, stat.
  const { gains: unit, detail } = unitGainsDetail(p);
  const gK = unit.kommune, gR = unit.region, gS = unit.stat;
  const bK = p.costShareKommune, bR = p.costShareRegion, bS = p.costShareStat;
  const profile = p.costProfile;
  const k = profile.length;
  const gainsK = new Array<number>(H), gainsR = new Array<number>(H), gainsS = new Array<number>(H);
  const costsK = new Array<number>(H), costsR = new Array<number>(H), costsS = new Array<number>(H);
  const totalGains = new Array<number>(H), totalCosts = new Array<number>(H);
  for (let t = 0; t < H; t++) {
    const e = effect[t];
    const gk = S * e * gK[t], gr = S * e * gR[t], gs = S * e * gS[t];
    let ck = 0, cr = 0, cs = 0;
    if (t < k) {
      const c = profile[t];
      ck = C * c * bK;
      cr = C * c * bR;
      cs = C * c * bS;
    }
    gainsK[t] = gk; gainsR[t] = gr; gainsS[t] = gs;
    costsK[t] = ck; costsR[t] = cr; costsS[t] = cs;
    totalGains[t] = 0 + gk + gr + gs;
    totalCosts[t] = 0 + ck + cr + cs;
  }
  const actors: Record<ActorOrTotal, ActorResult> = {
    kommune: actorSeries(gainsK, costsK, df),
    region: actorSeries(gainsR, costsR, df),
    stat: actorSeries(gainsS, costsS, df),
    total: actorSeries(totalGains, totalCosts, df),
  };
  const result: CaseResult = { netSuccesses: S, gainsPerSuccess: unit, years, effect, actors };
  if (detail) result.budgetLines = detail;
  return result;
}
