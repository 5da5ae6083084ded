/**
 * The default price list and price index (docs/budget-lines.md), each figure with where it comes from.
 * "verified": the figure (or every input of the stated arithmetic) was read in the cited source;
 * "unverified": an assumption, a derived figure resting on an input not confirmed for the price year,
 * or a figure from a source that disagrees with another. Users replace or add lines by id.
 */
import type { Text } from './fields';

export type Verification = 'verified' | 'unverified';

export interface PriceLine {
  id: string;
  label: Text;
  /** What one unit is. */
  unit: Text;
  /** DKK per unit for each actor; a saving or extra revenue is positive. */
  kommune: number;
  region: number;
  stat: number;
  priceYear: number;
  /** A municipal benefit the state partly reimburses: kommune holds the gross payment per week. */
  staircase?: boolean;
  /** Publication, table, date and address, or "assumption". */
  source: string;
  status?: Verification;
  /** How the figure was derived from the source, when it is not read off directly. */
  note?: string;
}

/** The wage and tax rates behind the two tax lines, stated once so the lines and the docs agree. */
export const TAX_ASSUMPTIONS = {
  /** Assumption: a full-time job at DKK 30,000 a month, a modest wage for someone returning from sick leave. */
  annualWage: 360_000,
  amBidrag: 0.08,
  /** Beskæftigelsesfradrag 2024: 10.65 % of the wage, at most DKK 45,100 (secondary sources; one says 11 %). */
  employmentAllowanceRate: 0.1065,
  employmentAllowanceMax: 45_100,
  personalAllowance: 49_700,
  /** The 2023 national average kommuneskat (skm.dk); the 2024 average was not found. */
  kommuneskat: 0.25018,
  bundskat: 0.1206,
} as const;

function wageTax() {
  const a = TAX_ASSUMPTIONS;
  const am = a.amBidrag * a.annualWage;
  const personalIncome = a.annualWage - am;
  const allowance = Math.min(a.employmentAllowanceRate * a.annualWage, a.employmentAllowanceMax);
  return {
    kommune: round2(a.kommuneskat * (personalIncome - allowance - a.personalAllowance)),
    stat: round2(am + a.bundskat * (personalIncome - a.personalAllowance)),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

const SICKNESS_BENEFIT_WEEK = 4_695;
const CASH_BENEFIT_MONTH = 12_326;
const WAGE_TAX = wageTax();

const TAX_SOURCE =
  'AM-bidrag 8 %, bundskat 12.06 %, personfradrag DKK 49,700 (2024): skattesatser 2024 as listed by saedding-revision.dk/nyttige-satser and elley-revision.dk/Satser.html; ' +
  'average kommuneskat 25.018 % (2023): Skatteministeriet, "Kommuneskatter - gennemsnitsprocenten i 2023", table 1, skm.dk/skattetal/satser/statistik-i-kommunerne/kommuneskatter-gennemsnitsprocenten-i-2023; ' +
  'beskæftigelsesfradrag 10.65 %, max DKK 45,100 (2024): skift-a-kasse.dk/ordbog/beskaeftigelsesfradrag, dokument24.dk/ordbog/beskaeftigelsesfradrag';

export const DEFAULT_PRICES: readonly PriceLine[] = [
  {
    id: 'sygedagpenge-uge',
    label: { en: 'Sickness benefit, one week at the maximum rate', da: 'Sygedagpenge, én uge med højeste sats' },
    unit: { en: 'week', da: 'uge' },
    kommune: SICKNESS_BENEFIT_WEEK, region: 0, stat: 0, priceYear: 2024, staircase: true,
    source: 'Højeste sygedagpengebeløb, lov om sygedagpenge § 50, stk. 1: DKK 4,695 a week from 1 January 2024 (Beskæftigelsesministeriet, satser for 2024), as published in "G-dagssats og dagpengesats", dag.dk, 1 February 2024, dag.dk/g-dagssats-og-dagpengesats',
    status: 'verified',
    note: 'Gross payment; the staircase splits it between municipality and state. A participant earning less gets less than the maximum.',
  },
  {
    id: 'kontanthjaelp-uge',
    label: { en: 'Cash benefit, one week (aged 30+, no children)', da: 'Kontanthjælp, én uge (fyldt 30 år, ikke forsørger)' },
    unit: { en: 'week', da: 'uge' },
    kommune: round2((CASH_BENEFIT_MONTH * 12) / 52), region: 0, stat: 0, priceYear: 2024, staircase: true,
    source: 'Kontanthjælp, fyldt 30 år uden forsørgerpligt, lov om aktiv socialpolitik § 25, stk. 2, nr. 2: DKK 12,326 a month in 2024, "Kontanthjælpens størrelse", Det Faglige Hus, detfagligehus.dk/faa-hjaelp/loenmodtager/paa-kontanthjaelp/kontanthjaelpens-stoerrelse; the same amount is the 2024 kontanthjælpsloft for this group, bm.dk/satser/satser-for-2024/kontanthjaelpsloft',
    status: 'verified',
    note: 'DKK 12,326 x 12 / 52 = DKK 2,844.46 a week.',
  },
  {
    id: 'skat-fuldtid-aar',
    label: { en: 'Income tax and AM-bidrag, one year of full-time work at DKK 360,000', da: 'Indkomstskat og AM-bidrag, ét års fuldtidsarbejde til 360.000 kr.' },
    unit: { en: 'year of work', da: 'års arbejde' },
    kommune: WAGE_TAX.kommune, region: 0, stat: WAGE_TAX.stat, priceYear: 2024,
    source: TAX_SOURCE,
    status: 'unverified',
    note: 'Wage DKK 360,000 (assumption). AM-bidrag 8 % = 28,800 (state). Kommuneskat 25.018 % of (331,200 - beskæftigelsesfradrag 38,340 - personfradrag 49,700) = 60,833.77. ' +
      'Bundskat 12.06 % of (331,200 - 49,700) = 33,948.90; state 28,800 + 33,948.90 = 62,748.90. No church tax, topskat (not reached) or other deductions. ' +
      'Unverified: the 2023 average kommuneskat stands in for 2024, and the beskæftigelsesfradrag figures come from secondary sources that disagree.',
  },
  {
    id: 'skat-sygedagpenge-uge',
    label: { en: 'Income tax on one week of sickness benefit at the maximum rate', da: 'Indkomstskat af én uge sygedagpenge med højeste sats' },
    unit: { en: 'week', da: 'uge' },
    kommune: round2(TAX_ASSUMPTIONS.kommuneskat * SICKNESS_BENEFIT_WEEK), region: 0, stat: round2(TAX_ASSUMPTIONS.bundskat * SICKNESS_BENEFIT_WEEK), priceYear: 2024,
    source: TAX_SOURCE,
    status: 'unverified',
    note: 'Sickness benefit is taxed but carries no AM-bidrag. Kommuneskat 25.018 % x 4,695 = 1,174.60; bundskat 12.06 % x 4,695 = 566.22. ' +
      'Use with negative units beside sygedagpenge-uge: the tax the benefit would have paid is lost when the benefit stops (the personfradrag applies in work and on benefit alike, so the difference is linear).',
  },
  {
    id: 'laegebesoeg',
    label: { en: 'GP consultation (ydelse 0101)', da: 'Konsultation hos egen læge (ydelse 0101)' },
    unit: { en: 'consultation', da: 'konsultation' },
    kommune: 0, region: 160.72, stat: 0, priceYear: 2024,
    source: 'Ydelse 0101 konsultation, DKK 160.72 per 1 April 2024, "Aftaler for almen praksis i Region Hovedstaden", PLO / laeger.dk, laeger.dk/foreninger/plo/overenskomsten-og-aftaler/kommunale-og-regionale-aftaler/aftaler-i-region-hovedstaden',
    status: 'verified',
    note: 'The fee the region pays for one consultation; excludes the GP\'s basic capitation fee, medicine and referrals.',
  },
];

export interface PriceIndexSource {
  name: string;
  source: string;
  status: Verification;
  note: string;
}

/**
 * Statistics Denmark's consumer price index (2015 = 100), annual means. Computed here as the mean of
 * the twelve monthly values published on dst.dk; 2024 is left out (only January-April were found).
 */
export const DEFAULT_PRICE_INDEX: Readonly<Record<string, number>> = {
  '2015': 100.0,
  '2016': 100.3,
  '2017': 101.4,
  '2018': 102.2,
  '2019': 103.0,
  '2020': 103.4,
  '2021': 105.4,
  '2022': 113.5,
  '2023': 117.2,
};

export const PRICE_INDEX_SOURCE: PriceIndexSource = {
  name: 'Forbrugerprisindeks (CPI), 2015 = 100',
  source: 'Danmarks Statistik, "Forbrugerprisindeks, hovedtal" (monthly, table PRIS113), dst.dk/da/Statistik/emner/oekonomi/prisindeks/forbrugerprisindeks, read 2024',
  status: 'unverified',
  note: 'Annual means of the 12 published monthly values, rounded to one decimal (2021: mean 105.35, rounded up); not read from PRIS113\'s own annual figures, which may differ by 0.1. 2024 is missing: a case priceYear of 2024 with lines of other years is an error until the user adds it.',
};
