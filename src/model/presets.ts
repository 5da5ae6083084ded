/**
 * Presets: the report's Holbæk IPS case (with its low / main / high scenarios) and the DSI fund
 * projection. Each carries the report's published figures beside a function that reads the same
 * figure from the model's result, so the CLI and the tests can show them side by side.
 */
import type { CaseInput, CaseResult } from './case';
import type { FundInput, FundResult } from './fund';
import type { ContractInput, ContractResult } from './contract';
import type { Text } from './fields';

export interface PublishedFigure<R> {
  label: Text;
  /** The report's figure, as the report states it (in both languages where the words differ). */
  report: string | Text;
  /** The model's figure, formatted for reading in a language (default English). */
  model: (r: R, lang?: 'en' | 'da') => string;
}

interface PresetBase<K extends 'case' | 'fund' | 'contract', I, R> {
  name: string;
  kind: K;
  description: Text;
  /** Shown wherever the preset is shown. */
  caveat?: Text;
  values: I;
  published: PublishedFigure<R>[];
  /** Why each consequence has its units (section 8), by price-line id. */
  lineReasons?: Record<string, Text>;
  /** A preset to show beside this one (its results differ for a reason worth reporting). */
  compareWith?: string;
}

export type CasePreset = PresetBase<'case', CaseInput, CaseResult>;
export type FundPreset = PresetBase<'fund', FundInput, FundResult>;
export type ContractPreset = PresetBase<'contract', ContractInput, ContractResult>;
export type Preset = CasePreset | FundPreset | ContractPreset;

type Lang = 'en' | 'da';
/** A number with `d` decimals, Danish with a decimal comma. */
const fixed = (x: number, d: number, lang: Lang = 'en') => (lang === 'da' ? x.toFixed(d).replace('.', ',') : x.toFixed(d));
const mDKK = (x: number, lang: Lang = 'en') => (lang === 'da' ? `${fixed(x / 1e6, 2, lang)} mio.` : `${(x / 1e6).toFixed(2)}m`);
const beYear = (y: number | null, horizon: number, lang: Lang = 'en') =>
  lang === 'da' ? (y === null ? `ikke inden for horisonten på ${horizon} år` : `år ${y}`) : y === null ? `not within the ${horizon}-year horizon` : `year ${y}`;
const yesNo = (x: boolean, lang: Lang = 'en') => (lang === 'da' ? (x ? 'ja' : 'nej') : x ? 'yes' : 'no');

/** The report's main-scenario figures that both Holbæk case presets (fixed gains and budget lines) are compared with. */
const HOLBAEK_BREAK_EVEN: PublishedFigure<CaseResult> =
{ label: { en: 'municipality break-even', da: 'kommunens break-even' }, report: { en: 'after 4 years', da: 'efter 4 år' }, model: (r, l) => beYear(r.actors.kommune.breakEvenYear, r.years.length, l) };
const HOLBAEK_TOTALS: PublishedFigure<CaseResult>[] = [
    { label: { en: 'total net over 6 years', da: 'samlet netto over 6 år' }, report: { en: 'about DKK 8m', da: 'ca. 8 mio. kr.' }, model: (r, l) => mDKK(r.actors.total.presentValue, l) },
    { label: { en: 'kommune / region / stat', da: 'kommune / region / stat' }, report: '-', model: (r, l) => [r.actors.kommune, r.actors.region, r.actors.stat].map((a) => mDKK(a.presentValue, l)).join(' / ') },
    { label: { en: 'state gains more than municipality', da: 'staten vinder mere end kommunen' }, report: { en: 'yes', da: 'ja' }, model: (r, l) => yesNo(r.actors.stat.presentValue > r.actors.kommune.presentValue, l) },
];

export const CALIBRATION_CAVEAT: Text = {
  en: 'The cost profile, effect ramp, persistence and unit gains are calibrated so that the model reproduces the report\'s published results; they are not official SØM prices.',
  da: 'Udgiftsprofil, effektopbygning, varighed og enhedsgevinster er kalibreret, så modellen gengiver rapportens offentliggjorte resultater; de er ikke officielle SØM-priser.',
};

const holbaekValues: CaseInput = {
  participants: 180,
  costTotal: 6_900_000,
  costProfile: [0.6, 0.4],
  costShareKommune: 1,
  costShareRegion: 0,
  costShareStat: 0,
  dropoutRate: 0.1,
  successRate: 0.4,
  baselineRate: 0.24,
  effectRamp: [0.5, 1],
  persistence: 0.85,
  gainKommune: 92_000,
  gainRegion: 10_000,
  gainStat: 36_000,
  horizon: 6,
  startYear: 2024,
  discountRate: 0,
};

const holbaek: CasePreset = {
  name: 'holbaek-ips',
  kind: 'case',
  description: {
    en: 'IPS for 180 people on sick leave, Holbæk (report main scenario, net success 16 %)',
    da: 'IPS til 180 sygemeldte, Holbæk (rapportens hovedscenarie, nettosucces 16 %)',
  },
  caveat: CALIBRATION_CAVEAT,
  values: holbaekValues,
  published: [
    { label: { en: 'net success rate', da: 'nettosuccesrate' }, report: '16 %', model: (r, l) => String(Number((r.netSuccesses / (180 * (1 - 0.1))).toFixed(4))).replace('.', l === 'da' ? ',' : '.') },
    { label: { en: 'net successes S', da: 'nettosucceser S' }, report: '-', model: (r, l) => fixed(r.netSuccesses, 2, l) },
    HOLBAEK_BREAK_EVEN,
    { label: { en: 'municipality cumulative net, year 3 / 4', da: 'kommunens akkumulerede netto, år 3 / 4' }, report: '-', model: (r, l) => `${mDKK(r.actors.kommune.cumulative[2], l)} / ${mDKK(r.actors.kommune.cumulative[3], l)}` },
    ...HOLBAEK_TOTALS,
  ],
};

const holbaekLow: CasePreset = {
  name: 'holbaek-ips-low',
  kind: 'case',
  description: { en: 'Holbæk IPS, low scenario: success rate 32 % (net 8 %)', da: 'Holbæk IPS, lavt scenarie: succesrate 32 % (netto 8 %)' },
  caveat: CALIBRATION_CAVEAT,
  values: { ...holbaekValues, successRate: 0.32 },
  published: [
    { label: { en: 'municipality break-even', da: 'kommunens break-even' }, report: { en: 'not within 6 years', da: 'ikke inden for 6 år' }, model: (r, l) => beYear(r.actors.kommune.breakEvenYear, r.years.length, l) },
  ],
};

const holbaekHigh: CasePreset = {
  name: 'holbaek-ips-high',
  kind: 'case',
  description: { en: 'Holbæk IPS, high scenario: success rate 48 % (net 24 %)', da: 'Holbæk IPS, højt scenarie: succesrate 48 % (netto 24 %)' },
  caveat: CALIBRATION_CAVEAT,
  values: { ...holbaekValues, successRate: 0.48 },
  published: [
    { label: { en: 'municipality break-even', da: 'kommunens break-even' }, report: { en: 'year 3', da: 'år 3' }, model: (r, l) => beYear(r.actors.kommune.breakEvenYear, r.years.length, l) },
  ],
};

const { gainKommune: _k, gainRegion: _r, gainStat: _s, ...holbaekWithoutGains } = holbaekValues;

/**
 * The Holbæk case with its unit gains derived from budget lines instead of calibrated (section 8).
 * Everything else is the report's main scenario. The difference from holbaek-ips is a finding about
 * the calibrated gains, not something to tune away.
 */
const holbaekLines: CasePreset = {
  name: 'holbaek-ips-lines',
  kind: 'case',
  description: {
    en: 'Holbæk IPS main scenario with unit gains from budget lines (sickness benefit on the refusion staircase, taxes, GP visits) instead of calibrated gains',
    da: 'Holbæk IPS hovedscenarie med enhedsgevinster fra budgetlinjer (sygedagpenge på refusionstrappen, skat, lægebesøg) i stedet for kalibrerede gevinster',
  },
  caveat: {
    en: 'Consequences are per net success per year at full effect; their units are assumptions stated line by line (the report publishes no unit prices). Compare with holbaek-ips: the difference is a finding, not an error to tune away.',
    da: 'Konsekvenserne er pr. nettosucces pr. år ved fuld effekt; deres enheder er antagelser, angivet linje for linje (rapporten offentliggør ingen enhedspriser). Sammenlign med holbaek-ips: forskellen er et resultat, ikke en fejl, der skal justeres væk.',
  },
  values: {
    ...holbaekWithoutGains,
    consequences: [
      { id: 'sygedagpenge-uge', units: 44, weeksAtStart: 8 },
      { id: 'skat-sygedagpenge-uge', units: -44 },
      { id: 'skat-fuldtid-aar', units: 1 },
      { id: 'laegebesoeg', units: 3 },
    ],
  },
  compareWith: 'holbaek-ips',
  lineReasons: {
    'sygedagpenge-uge': {
      en: 'The participants are on sick leave (report, page 8): a net success is a person in work instead of on sickness benefit. 44 of 52 weeks (assumption: holiday, partial return and gaps take the rest). weeksAtStart 8: the employer pays the first 30 days and IPS starts some weeks into the spell (assumption). After the sickness-benefit time limit many would move to jobafklaringsforløb at a lower rate; not modelled separately.',
      da: 'Deltagerne er sygemeldte (rapporten, side 8): en nettosucces er en person i job i stedet for på sygedagpenge. 44 af 52 uger (antagelse: ferie, delvis raskmelding og huller tager resten). weeksAtStart 8: arbejdsgiveren betaler de første 30 dage, og IPS begynder nogle uger inde i forløbet (antagelse). Efter varighedsbegrænsningen ville mange overgå til jobafklaringsforløb med en lavere ydelse; ikke modelleret særskilt.',
    },
    'skat-sygedagpenge-uge': {
      en: 'The tax the 44 weeks of sickness benefit would have paid is lost when the benefit stops (negative units).',
      da: 'Skatten af de 44 ugers sygedagpenge bortfalder, når ydelsen stopper (negative enheder).',
    },
    'skat-fuldtid-aar': {
      en: 'The report\'s change chain counts higher tax payments. One year of full-time work at DKK 360,000 (assumption; part-time work or a lower wage gives less).',
      da: 'Rapportens forandringskæde medregner øgede skattebetalinger. Ét års fuldtidsarbejde til 360.000 kr. (antagelse; deltid eller lavere løn giver mindre).',
    },
    'laegebesoeg': {
      en: 'The report\'s change chain counts lower spending on health services. 3 fewer GP consultations a year in work than on sick leave (assumption; no source found).',
      da: 'Rapportens forandringskæde medregner lavere udgifter til sundhedsydelser. 3 færre konsultationer hos egen læge om året i job end sygemeldt (antagelse; ingen kilde fundet).',
    },
  },
  published: [
    HOLBAEK_BREAK_EVEN,
    ...HOLBAEK_TOTALS,
  ],
};

const fund25m: FundPreset = {
  name: 'dsi-fund-25m',
  kind: 'fund',
  description: {
    en: 'DSI revolving fund: DKK 25m reinvested over 2024-2029 (report projection)',
    da: 'DSI revolverende fond: 25 mio. kr. geninvesteret 2024-2029 (rapportens fremskrivning)',
  },
  caveat: {
    en: 'The report gives no return rate; a repayment multiple of 1.15 (vintage IRR 4.85 % a year) is the value with which the model reproduces its figures.',
    da: 'Rapporten angiver intet afkast; en tilbagebetalingsfaktor på 1,15 (4,85 % om året) er den værdi, hvormed modellen gengiver dens tal.',
  },
  values: {
    initialCapital: 25_000_000,
    horizon: 6,
    startYear: 2024,
    repaymentMultiple: 1.15,
    repaymentYears: 5,
    repaymentLag: 1,
    reinvestShare: 1,
    costPerParticipant: 6_900_000 / 180,
    successRate: 0.4,
    averageInvestment: 4_000_000,
  },
  published: [
    { label: { en: 'people from the initial investment', da: 'personer fra startinvesteringen' }, report: { en: 'about 650', da: 'ca. 650' }, model: (r, l) => fixed(r.peopleHelped[0], 1, l) },
    { label: { en: 'invested per year (DKKm)', da: 'investeret pr. år (mio. kr.)' }, report: '-', model: (r, l) => r.invested.map((x) => fixed(x / 1e6, 2, l)).join(l === 'da' ? '; ' : ', ') },
    { label: { en: 'total invested over 6 years', da: 'samlet investeret over 6 år' }, report: { en: 'DKK 71m', da: '71 mio. kr.' }, model: (r, l) => mDKK(r.totalInvested, l) },
    { label: { en: 'cumulative people helped', da: 'akkumuleret antal hjulpne' }, report: { en: 'rising to over 1,800', da: 'stigende til over 1.800' }, model: (r, l) => r.cumulativePeople.map((x) => Math.round(x).toLocaleString('en-US').replace(/,/g, l === 'da' ? '.' : ',')).join(', ') },
    { label: { en: 'employed at 40 %', da: 'i job ved 40 %' }, report: { en: 'about 730', da: 'ca. 730' }, model: (r, l) => fixed(r.employed, 1, l) },
    { label: { en: 'partnerships at DKK 4m', da: 'partnerskaber á 4 mio. kr.' }, report: { en: 'about 18', da: 'ca. 18' }, model: (r, l) => fixed(r.partnerships, 1, l) },
  ],
};

/**
 * The Holbæk case as an outcome contract. Price 82,500 DKK per net success-year: with the case's
 * S = 25.92 and the effect paid in years 2-6 (1 + 0.85 + 0.7225 + 0.614 + 0.522 = 3.7086 effect-years),
 * payments are 82,500 x 96.13 = 7.93m DKK on a cost of 6.9m, a multiple of 1.149 - the multiple of
 * 1.15 with which the fund preset reproduces the report, rounded to a price a contract would state.
 */
const holbaekContract: ContractPreset = {
  name: 'holbaek-ips-contract',
  kind: 'contract',
  description: {
    en: 'Holbæk IPS as an outcome contract: DSI pays the 6.9m, the municipality pays 82,500 DKK per net success-year in years 2-6 (investor multiple 1.149, near the fund\'s 1.15)',
    da: 'Holbæk IPS som resultatkontrakt: DSI betaler de 6,9 mio., kommunen betaler 82.500 kr. pr. nettosucces-år i år 2-6 (investorfaktor 1,149, tæt på fondens 1,15)',
  },
  caveat: CALIBRATION_CAVEAT,
  values: { ...holbaekValues, outcomePrice: 82_500, paymentStart: 2, paymentYears: 5, payerShareKommune: 1, payerShareRegion: 0, payerShareStat: 0 },
  published: [
    { label: { en: 'investor multiple (target: the fund preset\'s 1.15)', da: 'investorfaktor (mål: fondens 1,15)' }, report: '-', model: (r, l) => (r.investor.multiple === null ? (l === 'da' ? 'ingen' : 'none') : fixed(r.investor.multiple, 3, l)) },
    { label: { en: 'investor IRR', da: 'investors interne rente' }, report: '-', model: (r, l) => (r.investor.irr === null ? (l === 'da' ? 'ingen' : 'none') : `${fixed(r.investor.irr * 100, 2, l)} %`) },
    { label: { en: 'municipality under the contract', da: 'kommunen under kontrakten' }, report: '-', model: (r, l) => `${mDKK(r.actors.kommune.presentValue, l)}, ${beYear(r.actors.kommune.breakEvenYear, r.years.length, l)}` },
  ],
};

export const PRESETS: readonly Preset[] = [holbaek, holbaekLow, holbaekHigh, fund25m, holbaekContract, holbaekLines];

export function findPreset(name: string): Preset | undefined {
  const n = name.trim().toLowerCase();
  return PRESETS.find((p) => p.name === n);
}
