/** The Excel adapters' own messages, in English and Danish (the catalogue of src/model/messages.ts). */
import { defineMessages, showValueIn } from '../model';
import type { Lang } from '../model';

const v = (x: unknown, l: Lang) => showValueIn(x, l);
const HORIZON = (p: Record<string, any>, l: Lang) => (l === 'da' ? `${p.years}-årige horisont (${p.first}-${p.last})` : `${p.years}-year horizon (${p.first}-${p.last})`);

const DERIVED: Record<string, { en: string; da: string }> = {
  maxprice: { en: 'maximum affordable price', da: 'maksimal betalbar pris' },
  breakevenprice: { en: 'investor break-even price', da: 'break-even-pris for investoren' },
  switchrate: { en: 'switching success rate', da: 'skifte-succesrate' },
};

defineMessages({
  noDerived: { en: (p) => `No ${DERIVED[p.figure].en}: ${p.reason.en}`, da: (p) => `Ingen ${DERIVED[p.figure].da}: ${p.reason.da}` },
  argRequired: {
    en: (p) => `${p.name} is required: ${({ number: 'give a number', output: 'a path of the results such as "actors.kommune.presentValue"', key: 'the parameter to vary, e.g. "successRate"' } as Record<string, string>)[p.what]}`,
    da: (p) => `${p.name} skal angives: ${({ number: 'giv et tal', output: 'en sti i resultaterne som "actors.kommune.presentValue"', key: 'parameteren, der varieres, fx "successRate"' } as Record<string, string>)[p.what]}`,
  },
  argNumber: { en: (p, l) => `${p.name} must be a number (got ${v(p.value, l)})`, da: (p, l) => `${p.name} skal være et tal (fik ${v(p.value, l)})` },
  presetEmpty: {
    en: () => 'preset is empty: give a preset name, e.g. "holbaek-ips"',
    da: () => 'preset er tom: giv navnet på en forudindstilling, fx "holbaek-ips"',
  },
  yearArg: {
    en: (p, l) => `year must be a whole number from 1 to ${p.years} or a calendar year from ${p.first} to ${p.last} (got ${v(p.value, l)})`,
    da: (p, l) => `year skal være et helt tal fra 1 til ${p.years} eller et kalenderår fra ${p.first} til ${p.last} (fik ${v(p.value, l)})`,
  },
  paramsEmpty: {
    en: () => 'params is empty: give a preset name (e.g. "holbaek-ips") or a parameter range',
    da: () => 'params er tom: giv navnet på en forudindstilling (fx "holbaek-ips") eller et parameterområde',
  },
  paramsNotText: {
    en: (p, l) => `params must be a preset name or a parameter range (got ${v(p.value, l)})`,
    da: (p, l) => `params skal være navnet på en forudindstilling eller et parameterområde (fik ${v(p.value, l)})`,
  },
  vectorShape: {
    en: (p) => `${p.key} takes a single row or column of values (got a ${p.shape} range)`,
    da: (p) => `${p.key} tager en enkelt række eller kolonne af værdier (fik et ${p.shape}-område)`,
  },
  overrideKeyCells: {
    en: (p) => `Override ${p.pair}: the key must be one parameter name in one cell (got a ${p.shape} range)`,
    da: (p) => `Overskrivning ${p.pair}: nøglen skal være ét parameternavn i én celle (fik et ${p.shape}-område)`,
  },
  overrideKeyEmpty: {
    en: (p) => `Override ${p.pair}: the key is empty; give key, value pairs such as "successRate", 0.45`,
    da: (p) => `Overskrivning ${p.pair}: nøglen er tom; giv par af nøgle, værdi som "successRate"; 0,45`,
  },
  overrideNoValue: {
    en: (p, l) => `Override ${p.key} has no value; give key, value pairs such as "${p.key}", ${v(p.example, l)}`,
    da: (p, l) => `Overskrivningen af ${p.key} har ingen værdi; giv par af nøgle, værdi som "${p.key}"; ${v(p.example, l)}`,
  },
  overriddenTwice: { en: (p) => `${p.key} is overridden twice`, da: (p) => `${p.key} er overskrevet to gange` },
  overrideEmptyCell: {
    en: (p) => `Override ${p.key} has no value (the cell is empty)`,
    da: (p) => `Overskrivningen af ${p.key} har ingen værdi (cellen er tom)`,
  },
  sweepShape: {
    en: (p) => `A sweep over ${p.key} must be a single row or column of values (got a ${p.shape} range)`,
    da: (p) => `Et gennemløb af ${p.key} skal være en enkelt række eller kolonne af værdier (fik et ${p.shape}-område)`,
  },
  sweepInTable: {
    en: (p) => `${p.fn} spills a table, so the value of ${p.key} must be a single cell (got a ${p.shape} range); sweep with a single-figure function instead`,
    da: (p) => `${p.fn} udfolder en tabel, så værdien af ${p.key} skal være én celle (fik et ${p.shape}-område); gennemløb med en funktion, der giver ét tal`,
  },
  oneSweep: {
    en: (p) => `Only one override can be a range (a sweep); got ranges for ${p.first} and ${p.key}`,
    da: (p) => `Kun én overskrivning kan være et område (et gennemløb); fik områder for ${p.first} og ${p.key}`,
  },
  sweepTooLarge: {
    en: (p) => `A sweep may have at most ${p.max.toLocaleString('en-US')} values (got ${p.count.toLocaleString('en-US')} for ${p.key}); select only the filled cells`,
    da: (p) => `Et gennemløb må højst have ${p.max.toLocaleString('da-DK')} værdier (fik ${p.count.toLocaleString('da-DK')} for ${p.key}); markér kun de udfyldte celler`,
  },
  sweepCellEmpty: { en: (p) => `${p.key}: sweep cell ${p.cell} is empty`, da: (p) => `${p.key}: celle ${p.cell} i gennemløbet er tom` },
  figureMissing: { en: (p) => `${p.what} does not exist`, da: (p) => `${p.what} findes ikke` },
  figureOverflow: {
    en: (p, l) => `${p.what} overflows (${v(p.value, l)}): the inputs are too large`,
    da: (p, l) => `${p.what} løber over (${v(p.value, l)}): inputtene er for store`,
  },
  noBreakEven: {
    en: (p, l) => `${p.actor} does not break even within the ${HORIZON(p, l)}`,
    da: (p, l) => `${p.actor} når ikke break-even inden for den ${HORIZON(p, l)}`,
  },
  noMultiple: {
    en: () => 'The intervention costs nothing, so the investor multiple is not defined',
    da: () => 'Indsatsen koster intet, så investorens multipel er ikke defineret',
  },
  noInvestorIrr: {
    en: () => 'The investor cash flow has no IRR (no rate makes its present value 0)',
    da: () => 'Investorens betalingsstrøm har ingen intern rente (ingen rente giver nutidsværdien 0)',
  },
  noVintageIrr: {
    en: (p) => `The vintage has no IRR (${p.why === 'contract' ? 'the contract pays nothing back' : 'repaymentMultiple is 0'}, or no rate solves it)`,
    da: (p) => `Årgangen har ingen intern rente (${p.why === 'contract' ? 'kontrakten betaler intet tilbage' : 'repaymentMultiple er 0'}, eller ingen rente løser ligningen)`,
  },
  noShortfall: {
    en: (p) => `The fund pays its running costs in every year of the ${p.years}-year horizon: no shortfall`,
    da: (p) => `Fonden betaler sine driftsomkostninger i hvert år af den ${p.years}-årige horisont: intet underskud`,
  },
  noRatio: {
    en: (p) => `${p.actor} bears no cost, so it has no benefit-cost ratio`,
    da: (p) => `${p.actor} bærer ingen udgift og har derfor intet gevinst/udgift-forhold`,
  },
  singleCell: {
    en: (p) => `${p.name} must be a single cell (got a ${p.shape} range)`,
    da: (p) => `${p.name} skal være én celle (fik et ${p.shape}-område)`,
  },
  mustBeText: { en: (p, l) => `${p.name} must be text (got ${v(p.value, l)})`, da: (p, l) => `${p.name} skal være tekst (fik ${v(p.value, l)})` },
  actorName: {
    en: (p, l) => `actor must be one of ${p.actors} (or municipality, state; got ${v(p.value, l)})`,
    da: (p, l) => `actor skal være en af ${p.actors} (eller municipality, state; fik ${v(p.value, l)})`,
  },
  outputTableOr: {
    en: (p, l) => `output must be "table" or one of ${p.names.join(', ')} (got ${v(p.value, l)})`,
    da: (p, l) => `output skal være "table" eller en af ${p.names.join(', ')} (fik ${v(p.value, l)})`,
  },
  listArg: {
    en: (p, l) => `list must be "lines" or "index" (got ${v(p.value, l)})`,
    da: (p, l) => `list skal være "linjer" eller "indeks" (fik ${v(p.value, l)})`,
  },
  weekNumber: {
    en: (p, l) => `${p.name} must be a week number of the spell (got ${v(p.value, l)})`,
    da: (p, l) => `${p.name} skal være et ugenummer i forløbet (fik ${v(p.value, l)})`,
  },
  weekFrom: {
    en: (p, l) => `weekFrom must be a whole number of at least 1 (week 1 is the first week of the spell; got ${v(p.value, l)})`,
    da: (p, l) => `weekFrom skal være et helt tal på mindst 1 (uge 1 er forløbets første uge; fik ${v(p.value, l)})`,
  },
  weekTo: {
    en: (p, l) => `weekTo must be after the start of week ${p.from} (weekTo ${p.from} is the whole of week ${p.from}; got ${v(p.value, l)})`,
    da: (p, l) => `weekTo skal ligge efter starten af uge ${p.from} (weekTo ${p.from} er hele uge ${p.from}; fik ${v(p.value, l)})`,
  },
  switchFund: { en: () => 'SWITCHRATE is for a case or a contract, not a fund', da: () => 'SKIFTERATE er til en case eller en kontrakt, ikke en fond' },
  caseNoInvestor: {
    en: () => 'a case without a contract has no investor; give a contract (outcomePrice)',
    da: () => 'en case uden kontrakt har ingen investor; giv en kontrakt (outcomePrice)',
  },
  wholeNumber: { en: (p, l) => `${p.name} must be a whole number (got ${v(p.value, l)})`, da: (p, l) => `${p.name} skal være et helt tal (fik ${v(p.value, l)})` },
  contractForFund: {
    en: (p) => `contract is for a fund (its repayments from a reference contract), not a ${p.kind}`,
    da: (p) => `contract er til en fond (dens tilbagebetalinger fra en referencekontrakt), ikke til ${p.kind === 'case' ? 'en case' : 'en kontrakt'}`,
  },
  fundNoBreakEven: { en: () => 'the fund has no break-even; use output "table"', da: () => 'fonden har intet balanceår; brug output "table"' },
  simOutput: {
    en: (p, l) => `output must be "table", ${p.fund ? '"pshortfall", "pcapital"' : '"breakeven"'} or figure.statistic with figure ${p.figures.join('|')} and statistic ${p.stats.join('|')} (got ${v(p.value, l)})`,
    da: (p, l) => `output skal være "table", ${p.fund ? '"pshortfall", "pcapital"' : '"breakeven"'} eller figur.statistik med figur ${p.figures.join('|')} og statistik ${p.stats.join('|')} (fik ${v(p.value, l)})`,
  },
  valuesShape: {
    en: (p) => `${p.name} must be one cell, a row or a column of values`,
    da: (p) => `${p.name} skal være én celle, en række eller en kolonne af værdier`,
  },
  valuesNumbers: { en: (p, l) => `${p.name} must hold numbers (got ${v(p.value, l)})`, da: (p, l) => `${p.name} skal indeholde tal (fik ${v(p.value, l)})` },
  gridKeys: { en: () => 'GRID needs two parameter names (keyX and keyY)', da: () => 'GITTER kræver to parameternavne (keyX og keyY)' },
  contractEmpty: {
    en: () => 'contract is empty: give a contract preset (e.g. "holbaek-ips-contract") or a contract parameter range',
    da: () => 'contract er tom: giv en kontraktforudindstilling (fx "holbaek-ips-contract") eller et område med kontraktparametre',
  },
  noneInAnyDraw: { en: (p) => `${p.what} does not exist in any draw`, da: (p) => `${p.what} findes ikke i noget træk` },
  noneHere: { en: (p) => `${p.what} does not exist here`, da: (p) => `${p.what} findes ikke her` },
  noneAtPoint: { en: (p) => `${p.what} does not exist at this point`, da: (p) => `${p.what} findes ikke i dette punkt` },
});
