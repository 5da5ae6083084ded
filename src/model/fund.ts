/**
 * Fund model (docs/model.md section 2): a revolving fund that reinvests its repayments.
 */
import { z } from 'zod/mini';
import { numberField, integerField, vectorField, ratesField, fieldsOf, withRules, ParamMeta, Report } from './fields';
import { irr } from './irr';
import { evaluateFundFlows, fixedMultipleShares, FundFlows } from './fundFlows';

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
  // The board's view (docs/fund.md): with these defaults the results are the fund's without them.
  capitalInjections: vectorField({
    key: 'capitalInjections', min: 0, default: [0],
    label: { en: 'Capital injections', da: 'Kapitaltilførsler' },
    unit: { en: 'DKK per year', da: 'kr. pr. år' },
    description: { en: 'J_1..J_k, new capital received at the start of year t (0 after the row ends)', da: 'J_1..J_k, ny kapital modtaget i starten af år t (0 efter rækkens sidste år)' },
    note: { en: 'no longer than the horizon', da: 'højst så lang som horisonten' },
  }),
  operatingCost: ratesField({
    key: 'operatingCost', min: 0, default: 0,
    label: { en: 'Running costs', da: 'Driftsomkostninger' },
    unit: { en: 'DKK per year', da: 'kr. pr. år' },
    description: { en: "O_t, running costs paid from the fund's cash each year; a row O_1, O_2, ... gives one value per year and the last value continues", da: 'O_t, driftsomkostninger betalt af fondens kasse hvert år; en række O_1, O_2, ... giver én værdi pr. år, og den sidste værdi fortsætter' },
  }),
  maxInvestmentPerYear: z.optional(numberField({
    key: 'maxInvestmentPerYear', min: 0, minExclusive: true, required: false,
    label: { en: 'Most invested per year', da: 'Højeste investering pr. år' },
    unit: { en: 'DKK per year', da: 'kr. pr. år' },
    description: { en: 'the most the fund can invest in one year, its pipeline: partnerships x their size (leave empty for no limit)', da: 'det meste fonden kan investere på et år, dens pipeline: partnerskaber x deres størrelse (tom for ingen grænse)' },
  })),
  lossRate: numberField({
    key: 'lossRate', min: 0, max: 1, default: 0,
    label: { en: 'Loss rate', da: 'Tabsrate' },
    unit: { en: 'share', da: 'andel' },
    description: { en: 'lambda, share of every instalment due that is never paid (failed partnerships)', da: 'lambda, andel af hvert forfaldent afdrag, der aldrig betales (mislykkede partnerskaber)' },
  }),
  guaranteeShare: numberField({
    key: 'guaranteeShare', min: 0, max: 1, default: 0,
    label: { en: 'Guaranteed share of losses', da: 'Garanteret andel af tab' },
    unit: { en: 'share', da: 'andel' },
    description: { en: 'gamma, share of the lost instalments that a guarantor pays instead, in the same year', da: 'gamma, andel af de tabte afdrag, som en garant betaler i stedet, samme år' },
  }),
};

export const fundObject = z.object(fundFields);

/** The rules across fields (docs/fund.md), shared with the outcome fund's input model. */
export function fundRules(p: { capitalInjections: number[]; horizon: number }, report: Report): void {
  if (p.capitalInjections.length > p.horizon) {
    report('capitalInjections', `capitalInjections must not be longer than the horizon (${p.capitalInjections.length} years given, horizon ${p.horizon})`);
  }
}

export const fundSchema = withRules(fundObject, fundRules);
export type FundParams = z.output<typeof fundObject>;
export type FundInput = Partial<Record<keyof FundParams, unknown>>;
export const fundParamMeta: readonly ParamMeta[] = fieldsOf(fundObject);

export interface FundResult extends FundFlows {
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

/** Section 2 (with section 7's keys): the outcome recurrence with equal instalment shares. */
export function evaluateFund(p: FundParams): FundResult {
  const shares = fixedMultipleShares(p.repaymentMultiple, p.repaymentYears, p.repaymentLag);
  const flows = evaluateFundFlows(p, shares) as FundResult;
  flows.vintageIrr = vintageIrr(p.repaymentMultiple, p.repaymentYears, p.repaymentLag);
  return flows;
}
