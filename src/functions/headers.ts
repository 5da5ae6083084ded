/**
 * The header words of the spilled tables, in Excel's display language (Danish Excel spills Danish
 * headers). Headers are for the reader: formulas that pick from a spilled table go by position
 * (INDEX, TAKE), so a header's language changes no figure. Keys and names a user types back into a
 * function (parameter keys, price-line columns, actor names) stay as the model spells them.
 */
import type { Lang } from '../model';

const WORDS = {
  year: { en: 'Year', da: 'År' },
  gains: { en: 'Gains', da: 'Gevinster' },
  costs: { en: 'Costs', da: 'Udgifter' },
  net: { en: 'Net', da: 'Netto' },
  cumulative: { en: 'Cumulative', da: 'Akkumuleret' },
  invested: { en: 'Invested', da: 'Investeret' },
  repayments: { en: 'Repayments', da: 'Tilbagebetalinger' },
  people: { en: 'People', da: 'Hjulpne' },
  cumulativePeople: { en: 'Cumulative people', da: 'Hjulpne i alt' },
  uninvested: { en: 'Uninvested', da: 'Uinvesteret kasse' },
  lost: { en: 'Lost', da: 'Tabt' },
  guaranteePaid: { en: 'Guarantee paid', da: 'Garanti udbetalt' },
  shortfall: { en: 'Shortfall', da: 'Underskud' },
  payment: { en: 'Payment', da: 'Betaling' },
  investor: { en: 'Investor', da: 'Investor' },
  kommune: { en: 'Kommune', da: 'Kommune' },
  region: { en: 'Region', da: 'Region' },
  stat: { en: 'Stat', da: 'Stat' },
  figure: { en: 'Figure', da: 'Størrelse' },
  mean: { en: 'Mean', da: 'Middel' },
  sd: { en: 'SD', da: 'Sd' },
  pBreakEven: { en: 'P(break-even)', da: 'P(break-even)' },
  pShortfall: { en: 'P(shortfall)', da: 'P(underskud)' },
  pCapitalKept: { en: 'P(fundValue >= capitalIn)', da: 'P(fundValue >= capitalIn)' },
  actor: { en: 'Actor', da: 'Aktør' },
  parameter: { en: 'Parameter', da: 'Parameter' },
  value: { en: 'Value', da: 'Værdi' },
  low: { en: 'Low', da: 'Lav' },
  high: { en: 'High', da: 'Høj' },
  outputLow: { en: 'Output at low', da: 'Resultat ved lav' },
  outputHigh: { en: 'Output at high', da: 'Resultat ved høj' },
  swing: { en: 'Swing', da: 'Udsving' },
  preset: { en: 'Preset', da: 'Forudindstilling' },
  model: { en: 'Model', da: 'Model' },
  description: { en: 'Description', da: 'Beskrivelse' },
  note: { en: 'Note', da: 'Bemærkning' },
} as const;

export type HeaderWord = keyof typeof WORDS;

export function header(word: HeaderWord, lang: Lang): string {
  return WORDS[word][lang];
}

export function headers(words: readonly HeaderWord[], lang: Lang): string[] {
  return words.map((w) => WORDS[w][lang]);
}

/** "Net kommune", "Netto i alt": the net column of one actor or of the total. */
export function netOf(actor: string, lang: Lang): string {
  if (actor === 'total') return lang === 'da' ? 'Netto i alt' : 'Net total';
  return `${WORDS.net[lang]} ${actor}`;
}

/** "P(by year 3)", "P(senest år 3)": the probability of breaking even by that year. */
export function byYear(year: number, lang: Lang): string {
  return lang === 'da' ? `P(senest år ${year})` : `P(by year ${year})`;
}

