/**
 * Outcome contract (docs/model.md section 4): the investor pays the intervention, the public side pays
 * the investor per net success-year in a payment window, optionally capped, split between payers.
 * The schema extends the case model's, so every case key and rule applies unchanged.
 */
import { z } from 'zod/mini';
import { numberField, integerField, withRules, fieldsOf, ParamMeta, Report } from './fields';
import { caseObject, caseRules, caseParamMeta, evaluateCase, breakEvenYear, ACTORS, ActorOrTotal, ActorResult, CaseParams, CaseResult } from './case';
import { discountFactors } from './discount';
import { defineMessages } from './messages';
import { irr } from './irr';

const SUM_TOLERANCE = 1e-9;

export const contractFields = {
  outcomePrice: numberField({
    key: 'outcomePrice', min: 0,
    label: { en: 'Outcome price', da: 'Resultatpris' },
    unit: { en: 'DKK per net success-year', da: 'kr. pr. nettosucces-år' },
    description: { en: 'P, paid per net success-year achieved (per unit of S x e_t)', da: 'P, betaling pr. opnået nettosucces-år (pr. enhed af S x e_t)' },
  }),
  paymentStart: integerField({
    key: 'paymentStart', min: 1, max: 50, default: 2,
    label: { en: 'First payment year', da: 'Første betalingsår' },
    unit: { en: 'year 1..H', da: 'år 1..H' },
    description: { en: 'first year in which outcomes are paid', da: 'første år, hvor resultater betales' },
    note: { en: 'no later than the horizon', da: 'højst horisonten' },
  }),
  paymentYears: integerField({
    key: 'paymentYears', min: 1, default: 5,
    label: { en: 'Payment years', da: 'Betalingsår' },
    unit: { en: 'years', da: 'år' },
    description: { en: 'number of years in which outcomes are paid', da: 'antal år, hvor resultater betales' },
  }),
  paymentCap: z.optional(numberField({
    key: 'paymentCap', min: 0, required: false,
    label: { en: 'Payment cap', da: 'Betalingsloft' },
    unit: { en: 'DKK', da: 'kr.' },
    description: { en: 'maximum total outcome payments (leave empty for no cap)', da: 'højeste samlede resultatbetaling (tom for intet loft)' },
  })),
  payerShareKommune: numberField({
    key: 'payerShareKommune', min: 0, max: 1, default: 1,
    label: { en: 'Payer share, municipality', da: 'Betalerandel, kommune' },
    unit: { en: 'share', da: 'andel' },
    description: { en: 'share of the outcome payments paid by the municipality', da: 'andel af resultatbetalingerne, som kommunen betaler' },
    note: { en: 'the three payer shares sum to 1', da: 'de tre betalerandele summerer til 1' },
  }),
  payerShareRegion: numberField({
    key: 'payerShareRegion', min: 0, max: 1, default: 0,
    label: { en: 'Payer share, region', da: 'Betalerandel, region' },
    unit: { en: 'share', da: 'andel' },
    description: { en: 'share of the outcome payments paid by the region', da: 'andel af resultatbetalingerne, som regionen betaler' },
  }),
  payerShareStat: numberField({
    key: 'payerShareStat', min: 0, max: 1, default: 0,
    label: { en: 'Payer share, state', da: 'Betalerandel, stat' },
    unit: { en: 'share', da: 'andel' },
    description: { en: 'share of the outcome payments paid by the state', da: 'andel af resultatbetalingerne, som staten betaler' },
  }),
};

export const contractObject = z.extend(caseObject, contractFields);

function shown(x: number): string {
  return String(Number(x.toPrecision(12)));
}

defineMessages({
  paymentStartHorizon: {
    en: (p) => `paymentStart must be within the horizon (got ${p.start}, horizon ${p.horizon})`,
    da: (p) => `paymentStart skal ligge inden for horisonten (fik ${p.start}, horisont ${p.horizon})`,
  },
});

/** The contract's own cross-field rules; the case's rules apply too (see contractSchema). */
function contractRules(p: z.output<typeof contractObject>, report: Report): void {
  if (p.paymentStart > p.horizon) {
    report('paymentStart', { code: 'paymentStartHorizon', params: { start: p.paymentStart, horizon: p.horizon } });
  }
  const s = p.payerShareKommune + p.payerShareRegion + p.payerShareStat;
  if (Math.abs(s - 1) > SUM_TOLERANCE) {
    report('payerShareKommune', { code: 'sumToOne', params: { what: 'payerShareKommune + payerShareRegion + payerShareStat', sum: shown(s) } });
  }
}

export const contractSchema = withRules(contractObject, caseRules, contractRules);

export type ContractParams = z.output<typeof contractSchema>;
export type ContractInput = Partial<Record<keyof ContractParams, unknown>>;
export const contractParamMeta: readonly ParamMeta[] = [...caseParamMeta, ...fieldsOf(z.object(contractFields))];

export interface InvestorResult {
  /** -C x c_t + Pay_t per year. */
  flows: number[];
  /** Cumulative discounted flows. */
  cumulative: number[];
  presentValue: number;
  breakEvenYear: number | null;
  /** Sum of payments / C; null when the intervention costs nothing. */
  multiple: number | null;
  /** Excel IRR of the yearly flows; null when none exists. */
  irr: number | null;
}

export interface ContractResult {
  netSuccesses: number;
  years: number[];
  effect: number[];
  costTotal: number;
  /** Pay_t, the outcome payments per year. */
  payments: number[];
  paymentsTotal: number;
  /** True when the cap cut at least one payment. */
  capReached: boolean;
  investor: InvestorResult;
  /** Public actors under the contract: gains as in the case, costs = their share of the payments. */
  actors: Record<ActorOrTotal, ActorResult>;
  /** The same case without a contract (the public side pays the intervention), for comparison. */
  withoutContract: CaseResult['actors'];
}

export function contractCost(p: CaseParams): number {
  return p.costTotal !== undefined ? p.costTotal : (p.costPerParticipant as number) * p.participants;
}

/**
 * Outcome payments per year: Pay_t = min(P x S x e_t, cap - paid so far), not below 0, inside the
 * window [paymentStart, paymentStart + paymentYears - 1] cut by the horizon.
 */
export function outcomePayments(S: number, effect: readonly number[], price: number, start: number, years: number, cap?: number, into?: number[]): { payments: number[]; capReached: boolean } {
  const H = effect.length;
  // `into` (length H) is filled instead of a new row: the fund Monte Carlo reuses one per vintage.
  const payments = into ? into.fill(0) : new Array<number>(H).fill(0);
  let paid = 0;
  let capReached = false;
  const last = Math.min(H, start + years - 1);
  for (let t = start; t <= last; t++) {
    let due = price * S * effect[t - 1];
    if (!(due > 0)) continue;
    if (cap !== undefined && due > cap - paid) {
      due = Math.max(0, cap - paid);
      capReached = true;
    }
    payments[t - 1] = due;
    paid += due;
  }
  return { payments, capReached };
}

function series(gains: number[], costs: number[], df: readonly number[]): ActorResult {
  const H = gains.length;
  const net = new Array<number>(H);
  const cumulative = new Array<number>(H);
  let cn = 0;
  let pvG = 0;
  let pvC = 0;
  for (let t = 0; t < H; t++) {
    net[t] = gains[t] - costs[t];
    cn += net[t] * df[t];
    pvG += gains[t] * df[t];
    pvC += costs[t] * df[t];
    cumulative[t] = cn;
  }
  return { gains, costs, net, cumulative, breakEvenYear: breakEvenYear(cumulative), presentValue: cn, benefitCostRatio: pvC > 0 ? pvG / pvC : null };
}

export function evaluateContract(p: ContractParams): ContractResult {
  const base = evaluateCase(p);
  const H = p.horizon;
  const C = contractCost(p);
  const df = discountFactors(p.discountRate, H);
  const { payments, capReached } = outcomePayments(base.netSuccesses, base.effect, p.outcomePrice, p.paymentStart, p.paymentYears, p.paymentCap);
  let paymentsTotal = 0;
  for (const x of payments) paymentsTotal += x;

  const flows = new Array<number>(H);
  const cum = new Array<number>(H);
  let cn = 0;
  for (let t = 0; t < H; t++) {
    const cost = t < p.costProfile.length ? C * p.costProfile[t] : 0;
    flows[t] = payments[t] - cost;
    cn += flows[t] * df[t];
    cum[t] = cn;
  }
  const investor: InvestorResult = {
    flows,
    cumulative: cum,
    presentValue: cn,
    breakEvenYear: breakEvenYear(cum),
    multiple: C > 0 ? paymentsTotal / C : null,
    irr: irr(flows),
  };

  const shares = [p.payerShareKommune, p.payerShareRegion, p.payerShareStat];
  const actors = {} as Record<ActorOrTotal, ActorResult>;
  const totalGains = new Array<number>(H).fill(0);
  const totalCosts = new Array<number>(H).fill(0);
  ACTORS.forEach((a, i) => {
    const gains = base.actors[a].gains;
    const costs = payments.map((x) => x * shares[i]);
    for (let t = 0; t < H; t++) {
      totalGains[t] += gains[t];
      totalCosts[t] += costs[t];
    }
    actors[a] = series(gains, costs, df);
  });
  actors.total = series(totalGains, totalCosts, df);
  return {
    netSuccesses: base.netSuccesses,
    years: base.years,
    effect: base.effect,
    costTotal: C,
    payments,
    paymentsTotal,
    capReached,
    investor,
    actors,
    withoutContract: base.actors,
  };
}
