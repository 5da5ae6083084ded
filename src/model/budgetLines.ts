/**
 * Unit gains from budget lines (docs/budget-lines.md): g_{a,t} = sum over consequences of units x the
 * line's price for actor a, uprated to the case's price year and, for a staircase line, split between
 * municipality and state by the state's mean reimbursement over the weeks saved in year t.
 */
import type { Text } from './fields';
import type { MessageParts } from './errors';
import { defineMessages, numberIn } from './messages';
import { closest } from './suggest';
import { DEFAULT_PRICES, DEFAULT_PRICE_INDEX, PriceLine } from './priceList';
import { meanStateShare } from './staircase';
import type { ConsequenceInput, PriceInput, PriceIndexInput } from './budgetLineInput';

type Actor = 'kommune' | 'region' | 'stat';
const ACTOR_KEYS: readonly Actor[] = ['kommune', 'region', 'stat'];
export type ActorRows = Record<Actor, number[]>;

/** The weeks of a spell one year covers: year t of the effect saves weeks w0 + 52(t-1) + 1 ... */
export const WEEKS_PER_YEAR = 52;

/** What section 8 reads of the case parameters. */
export interface BudgetLineParams {
  horizon: number;
  consequences?: ConsequenceInput[];
  prices?: PriceInput[];
  priceIndex?: PriceIndexInput;
  priceYear?: number;
  gainKommune?: number;
  gainRegion?: number;
  gainStat?: number;
}

function text(v: string | Text | undefined, fallback: Text): Text {
  if (v === undefined) return fallback;
  return typeof v === 'string' ? { en: v, da: v } : v;
}

function toLine(p: PriceInput): PriceLine {
  return {
    id: p.id,
    label: text(p.label, { en: p.id, da: p.id }),
    unit: text(p.unit, { en: 'unit', da: 'enhed' }),
    kommune: p.kommune,
    region: p.region,
    stat: p.stat,
    priceYear: p.priceYear,
    staircase: p.staircase === true,
    source: p.source,
    status: p.status ?? (p.source.trim().toLowerCase() === 'assumption' ? 'unverified' : undefined),
    note: p.note,
  };
}

/** The default list with the user's lines replacing lines of the same id or added after them. */
export function priceList(prices?: readonly PriceInput[]): PriceLine[] {
  const lines = DEFAULT_PRICES.map((l) => ({ ...l }));
  for (const p of prices ?? []) {
    const i = lines.findIndex((l) => l.id === p.id);
    if (i >= 0) lines[i] = toLine(p);
    else lines.push(toLine(p));
  }
  return lines;
}

export function priceIndexOf(p: Pick<BudgetLineParams, 'priceIndex'>): Record<string, number> {
  return { ...DEFAULT_PRICE_INDEX, ...(p.priceIndex ?? {}) };
}

/** p' / p for a line of `lineYear` in a case of `caseYear`; 1 without a case price year. */
export function upratingFactor(lineYear: number, caseYear: number | undefined, index: Record<string, number>): number {
  if (caseYear === undefined || caseYear === lineYear) return 1;
  return index[String(caseYear)] / index[String(lineYear)];
}

export interface ResolvedLine {
  consequence: ConsequenceInput;
  line: PriceLine;
  /** The uprating factor p' / p. */
  factor: number;
  /** s_t per year for a staircase line; null otherwise. */
  stateShare: number[] | null;
  /** This line's contribution to g_{a,t}. */
  gains: ActorRows;
}

function rows(H: number, f: (t: number) => number): number[] {
  const r = new Array<number>(H);
  for (let t = 0; t < H; t++) r[t] = f(t);
  return r;
}

function resolveLine(c: ConsequenceInput, line: PriceLine, factor: number, H: number): ResolvedLine {
  const u = c.units;
  if (line.staircase) {
    const w0 = c.weeksAtStart ?? 0;
    const share = rows(H, (t) => meanStateShare(w0 + WEEKS_PER_YEAR * t, u));
    const gross = line.kommune * factor * u;
    return {
      consequence: c, line, factor, stateShare: share,
      gains: { kommune: share.map((s) => gross * (1 - s)), region: rows(H, () => 0), stat: share.map((s) => gross * s) },
    };
  }
  const per = (a: Actor) => rows(H, () => u * line[a] * factor);
  return { consequence: c, line, factor, stateShare: null, gains: { kommune: per('kommune'), region: per('region'), stat: per('stat') } };
}

/** Every consequence with its line, factor and contribution. Assumes checkBudgetLines passed. */
export function resolveBudgetLines(p: BudgetLineParams): ResolvedLine[] {
  const list = priceList(p.prices);
  const index = priceIndexOf(p);
  return (p.consequences ?? []).map((c) => {
    const line = list.find((l) => l.id === c.id) as PriceLine;
    return resolveLine(c, line, upratingFactor(line.priceYear, p.priceYear, index), p.horizon);
  });
}

/** The budget lines behind a case's unit gains, shown beside its result. */
export interface BudgetLineDetail {
  lines: ResolvedLine[];
  warnings: Text[];
}

/** g_{a,t} for t = 1..H, and the lines behind it when it comes from consequences. */
export function unitGainsDetail(p: BudgetLineParams): { gains: ActorRows; detail: BudgetLineDetail | null } {
  const H = p.horizon;
  if (p.consequences === undefined) {
    return { gains: { kommune: rows(H, () => p.gainKommune as number), region: rows(H, () => p.gainRegion as number), stat: rows(H, () => p.gainStat as number) }, detail: null };
  }
  const g: ActorRows = { kommune: rows(H, () => 0), region: rows(H, () => 0), stat: rows(H, () => 0) };
  const lines = resolveBudgetLines(p);
  for (const r of lines) {
    for (const a of ACTOR_KEYS) for (let t = 0; t < H; t++) g[a][t] += r.gains[a][t];
  }
  return { gains: g, detail: { lines, warnings: p.priceYear === undefined ? mixedYearWarnings(lines) : [] } };
}

/** g_{a,t} for t = 1..H: from the consequences, or the three fixed gains repeated. */
export function unitGains(p: BudgetLineParams): ActorRows {
  return unitGainsDetail(p).gains;
}

const GAIN_KEYS = ['gainKommune', 'gainRegion', 'gainStat'] as const;

export interface LineIssue {
  key: string;
  /** The catalogue message (English and Danish). */
  message: MessageParts;
}

defineMessages({
  lineNotInList: {
    en: (p) => `consequence '${p.id}' is not in the price list${p.guess ? ` - did you mean '${p.guess}'?` : ''} (price lines: ${p.ids.join(', ')})`,
    da: (p) => `konsekvensen '${p.id}' er ikke i prislisten${p.guess ? ` - mente du '${p.guess}'?` : ''} (prislinjer: ${p.ids.join(', ')})`,
  },
  lineStaircaseUnits: {
    en: (p) => `consequence '${p.id}' has ${p.units} units, but a staircase line's units are weeks a year, 0 to ${p.max}`,
    da: (p, l) => `konsekvensen '${p.id}' har ${numberIn(p.units, l)} enheder, men enhederne på en linje på refusionstrappen er uger om året, 0 til ${p.max}`,
  },
  lineWeeksNotStaircase: {
    en: (p) => `consequence '${p.id}': weeksAtStart applies only to staircase lines, and '${p.id}' is not one`,
    da: (p) => `konsekvensen '${p.id}': weeksAtStart gælder kun linjer på refusionstrappen, og '${p.id}' er ikke en af dem`,
  },
  lineIndexMissing: {
    en: (p) => `priceIndex has no value for ${p.year}, needed to uprate '${p.id}' from ${p.from} to priceYear ${p.to} (index years: ${p.years.join(', ')}); add ${p.year} to priceIndex`,
    da: (p) => `priceIndex har ingen værdi for ${p.year}, som skal bruges til at fremskrive '${p.id}' fra ${p.from} til priceYear ${p.to} (indeksår: ${p.years.join(', ')}); tilføj ${p.year} til priceIndex`,
  },
  lineGainsAndConsequences: {
    en: (p) => `give ${p.given.join(', ')} or consequences, not both: consequences derive the three unit gains`,
    da: (p) => `angiv ${p.given.join(', ')} eller consequences, ikke begge: consequences giver de tre enhedsgevinster`,
  },
  lineGainRequired: {
    en: (p) => `${p.key} is required (must be a finite number), or give consequences instead of the three gains`,
    da: (p) => `${p.key} skal angives (et endeligt tal), eller angiv consequences i stedet for de tre gevinster`,
  },
});

const issue = (key: string, code: string, params: Record<string, unknown>): LineIssue => ({ key, message: { code, params } });

function consequenceIssue(c: ConsequenceInput, list: readonly PriceLine[], p: BudgetLineParams, index: Record<string, number>): LineIssue | undefined {
  const line = list.find((l) => l.id === c.id);
  if (!line) {
    const ids = list.map((l) => l.id);
    const guess = closest(c.id, ids);
    return issue('consequences', 'lineNotInList', { id: c.id, guess, ids });
  }
  if (line.staircase && !(c.units >= 0 && c.units <= WEEKS_PER_YEAR)) {
    return issue('consequences', 'lineStaircaseUnits', { id: c.id, units: c.units, max: WEEKS_PER_YEAR });
  }
  if (!line.staircase && c.weeksAtStart !== undefined) {
    return issue('consequences', 'lineWeeksNotStaircase', { id: c.id });
  }
  if (p.priceYear !== undefined && line.priceYear !== p.priceYear) {
    for (const year of [p.priceYear, line.priceYear]) {
      if (index[String(year)] === undefined) {
        return issue('priceIndex', 'lineIndexMissing', { year, id: c.id, from: line.priceYear, to: p.priceYear, years: Object.keys(index) });
      }
    }
  }
  return undefined;
}

/** The first rule of section 8 the parameters break, or undefined. */
export function checkBudgetLines(p: BudgetLineParams): LineIssue | undefined {
  const given = GAIN_KEYS.filter((k) => p[k] !== undefined);
  if (p.consequences !== undefined) {
    if (given.length > 0) {
      return issue('consequences', 'lineGainsAndConsequences', { given });
    }
    const list = priceList(p.prices);
    const index = priceIndexOf(p);
    for (const c of p.consequences) {
      const issue = consequenceIssue(c, list, p, index);
      if (issue) return issue;
    }
    return undefined;
  }
  for (const k of GAIN_KEYS) {
    if (p[k] === undefined) return issue(k, 'lineGainRequired', { key: k });
  }
  return undefined;
}

/** Warnings to show beside the result: lines of different price years added without uprating. */
function mixedYearWarnings(lines: readonly ResolvedLine[]): Text[] {
  const byYear = new Map<number, string[]>();
  for (const r of lines) byYear.set(r.line.priceYear, [...(byYear.get(r.line.priceYear) ?? []), r.line.id]);
  if (byYear.size < 2) return [];
  const years = [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([y, ids]) => `${y}: ${ids.join(', ')}`).join('; ');
  return [{
    en: `The price lines are in different price years (${years}) and no priceYear is given, so their prices are added as they are; give priceYear to uprate them by the price index.`,
    da: `Prislinjerne er i forskellige prisniveauer (${years}), og der er ikke angivet noget priceYear, så priserne lægges sammen, som de er; angiv priceYear for at fremskrive dem med prisindekset.`,
  }];
}

/** The warnings of a case's budget lines (none when it gives the three gains or a priceYear). */
export function budgetLineWarnings(p: BudgetLineParams): Text[] {
  return unitGainsDetail(p).detail?.warnings ?? [];
}
