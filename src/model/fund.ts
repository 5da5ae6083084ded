/**
 * Fund model (docs/model.md section 2): a revolving fund that reinvests its repayments.
 */
import { z } from 'zod/mini';
import { numberField, integerField, fieldsOf, ParamMeta } from './fields';
import { irr } from './irr';

export const fundFields = {
  initialCapital: numberField({
    key: 'initialCapital', min: 0, minExclusive: true,
    label: { en: 'Initial capital', da: 'Startkapital' },
    unit: { en: 'DKK', da: 'kr.' },
    description: { en: 'K0, invested in year 1', da: 'K0, investeret i år 1' },
  }),
  horizon: integerField({
    key: 'horizon', min: 1, max: 50, default: 6,
    label: { en: 'Horizon', da: 'Horisont' },
    unit: { en: 'years', da: 'år' },
    description: { en: 'H, years projected', da: 'H, antal år i fremskrivningen' },
  }),
  startYear: integerField({
    key: 'startYear', min: 1900, max: 2200, default: 2024,
    label: { en: 'Start year', da: 'Startår' },
    unit: { en: 'calendar year', da: 'kalenderår' },
    description: { en: 'calendar year of year 1 (a label for output only)', da: 'kalenderår for år 1 (kun en etiket i output)' },
  }),
  repaymentMultiple: numberField({
    key: 'repaymentMultiple', min: 0,
    label: { en: 'Repayment multiple', da: 'Tilbagebetalingsfaktor' },
    unit: { en: 'DKK repaid per DKK invested', da: 'kr. tilbage pr. investeret kr.' },
    description: { en: 'm, DKK repaid per DKK invested (principal + return)', da: 'm, kr. tilbagebetalt pr. investeret kr. (hovedstol + afkast)' },
  }),
  repaymentYears: integerField({
    key: 'repaymentYears', min: 1, max: 100, default: 5,
    label: { en: 'Repayment years', da: 'Tilbagebetalingsår' },
    unit: { en: 'years', da: 'år' },
    description: { en: 'n, number of equal yearly instalments', da: 'n, antal lige store årlige afdrag' },
  }),
  repaymentLag: integerField({
    key: 'repaymentLag', min: 1, max: 100, default: 1,
    label: { en: 'Repayment lag', da: 'Forsinkelse før første afdrag' },
    unit: { en: 'years', da: 'år' },
    description: { en: 'L, years from investment to the first instalment', da: 'L, år fra investering til første afdrag' },
  }),
  reinvestShare: numberField({
    key: 'reinvestShare', min: 0, max: 1, default: 1,
    label: { en: 'Reinvested share', da: 'Geninvesteret andel' },
    unit: { en: 'share', da: 'andel' },
    description: { en: "share of each year's repayments reinvested that same year", da: 'andel af årets tilbagebetalinger, der geninvesteres samme år' },
  }),
  costPerParticipant: numberField({
    key: 'costPerParticipant', min: 0, minExclusive: true,
    label: { en: 'Cost per participant', da: 'Udgift pr. deltager' },
    unit: { en: 'DKK per person', da: 'kr. pr. person' },
    description: { en: 'DKK per person helped', da: 'kr. pr. hjulpet person' },
  }),
  successRate: numberField({
    key: 'successRate', min: 0, max: 1,
    label: { en: 'Success rate (gross)', da: 'Succesrate (brutto)' },
    unit: { en: 'share', da: 'andel' },
    description: { en: 'share of people helped who get a job', da: 'andel af de hjulpne, der kommer i job' },
  }),
  averageInvestment: numberField({
    key: 'averageInvestment', min: 0, minExclusive: true, default: 4_000_000,
    label: { en: 'Average investment', da: 'Gennemsnitlig investering' },
    unit: { en: 'DKK per partnership', da: 'kr. pr. partnerskab' },
    description: { en: 'DKK per municipal partnership', da: 'kr. pr. kommunalt partnerskab' },
  }),
};

export const fundObject = z.object(fundFields);
export const fundSchema = fundObject;
export type FundParams = z.output<typeof fundSchema>;
export type FundInput = Partial<Record<keyof FundParams, unknown>>;
export const fundParamMeta: readonly ParamMeta[] = fieldsOf(fundObject);

export interface FundResult {
  years: number[];
  invested: number[];
  repayments: number[];
  peopleHelped: number[];
  cumulativePeople: number[];
  totalInvested: number;
  employed: number;
  partnerships: number;
  keptCash: number;
  outstanding: number;
  vintageIrr: number | null;
}

/** IRR of one vintage: -1 at year 0, m/n in each of years L..L+n-1. */
export function vintageIrr(multiple: number, years: number, lag: number): number | null {
  if (!(multiple > 0)) return null;
  const flows = new Array<number>(lag + years).fill(0);
  flows[0] = -1;
  for (let k = lag; k < lag + years; k++) flows[k] = multiple / years;
  return irr(flows);
}

export function evaluateFund(p: FundParams): FundResult {
  const H = p.horizon;
  const n = p.repaymentYears;
  const L = p.repaymentLag;
  const instalment = p.repaymentMultiple / n;
  const years = new Array<number>(H);
  const invested = new Array<number>(H);
  const repayments = new Array<number>(H);
  const peopleHelped = new Array<number>(H);
  const cumulativePeople = new Array<number>(H);
  let totalInvested = 0;
  let keptCash = 0;
  let people = 0;
  for (let t = 0; t < H; t++) {
    let r = 0;
    // Vintage s (0-based) pays in years s+L .. s+L+n-1.
    const sFirst = Math.max(0, t - (L + n - 1));
    for (let s = sFirst; s <= t - L; s++) r += instalment * invested[s];
    repayments[t] = r;
    invested[t] = t === 0 ? p.initialCapital : p.reinvestShare * r;
    if (t > 0) keptCash += (1 - p.reinvestShare) * r;
    totalInvested += invested[t];
    peopleHelped[t] = invested[t] / p.costPerParticipant;
    people += peopleHelped[t];
    cumulativePeople[t] = people;
    years[t] = p.startYear + t;
  }
  let outstanding = 0;
  for (let s = 0; s < H; s++) {
    // Instalments k = L..L+n-1 fall in year s+k (0-based); count those beyond H-1.
    const firstDue = s + L;
    const lastDue = s + L + n - 1;
    const dueAfter = lastDue - Math.max(firstDue, H) + 1;
    if (dueAfter > 0) outstanding += dueAfter * instalment * invested[s];
  }
  return {
    years,
    invested,
    repayments,
    peopleHelped,
    cumulativePeople,
    totalInvested,
    employed: p.successRate * people,
    partnerships: totalInvested / p.averageInvestment,
    keptCash,
    outstanding,
    vintageIrr: vintageIrr(p.repaymentMultiple, n, L),
  };
}
