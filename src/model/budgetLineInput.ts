/**
 * The shapes users give for budget lines (docs/budget-lines.md) and their field-level rules:
 * `consequences` [{id, units, weeksAtStart?}], `prices` [{id, kommune, region, stat, priceYear,
 * staircase?, source, label?, unit?}], `priceIndex` {"2020": 103.4, ...}. The rules that need more
 * than one field (an id in the price list, a year in the index) are in budgetLines.ts.
 */
import { z } from 'zod/mini';
import type { MessageParts } from './errors';
import type { Lang, Params } from './messages';
import { defineMessages, render, showValueIn } from './messages';
import { paramRegistry } from './fields';
import type { Text, ParamMeta } from './fields';
import type { Verification } from './priceList';
import { closest } from './suggest';

export interface ConsequenceInput {
  id: string;
  units: number;
  weeksAtStart?: number;
}

export interface PriceInput {
  id: string;
  kommune: number;
  region: number;
  stat: number;
  priceYear: number;
  source: string;
  staircase?: boolean;
  label?: string | Text;
  unit?: string | Text;
  status?: Verification;
  note?: string;
}

export type PriceIndexInput = Record<string, number>;

const CONSEQUENCE_KEYS = ['id', 'units', 'weeksAtStart'];
const PRICE_KEYS = ['id', 'label', 'unit', 'kommune', 'region', 'stat', 'priceYear', 'staircase', 'source', 'status', 'note'];
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isYear = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= MIN_YEAR && (v as number) <= MAX_YEAR;
const isText = (v: unknown) => typeof v === 'string' || (isObject(v) && typeof v.en === 'string' && typeof v.da === 'string');

/** Which line a message is about, by its place in the list: until it has a valid id, the place is
 *  all a message can name. */
type Line = { kind: 'consequence' | 'price'; n: number };
const lineWhat = (x: Line, l: Lang) => {
  const name = x.kind === 'consequence' ? (l === 'da' ? 'konsekvens' : 'consequence') : l === 'da' ? 'prislinje' : 'price line';
  return `${name} ${x.n}`;
};
const v = (x: unknown, l: Lang) => showValueIn(x, l);
const W = (p: Params, l: Lang) => lineWhat(p.line, l);

defineMessages({
  lineUnknownField: {
    en: (p, l) => `${W(p, l)} has an unknown field '${p.field}'${p.guess ? ` - did you mean '${p.guess}'?` : ''} (fields: ${p.allowed.join(', ')})`,
    da: (p, l) => `${W(p, l)} har et ukendt felt '${p.field}'${p.guess ? ` - mente du '${p.guess}'?` : ''} (felter: ${p.allowed.join(', ')})`,
  },
  lineNoId: {
    en: (p, l) => `${W(p, l)} needs an id (text, e.g. 'sygedagpenge-uge'; got ${v(p.value, l)})`,
    da: (p, l) => `${W(p, l)} skal have et id (tekst, fx 'sygedagpenge-uge'; fik ${v(p.value, l)})`,
  },
  consequencesNotList: {
    en: (p, l) => `consequences must be a list of {id, units, weeksAtStart} (got ${v(p.value, l)})`,
    da: (p, l) => `consequences skal være en liste af {id, units, weeksAtStart} (fik ${v(p.value, l)})`,
  },
  consequencesEmpty: {
    en: () => 'consequences must have at least one line (or give gainKommune, gainRegion and gainStat instead)',
    da: () => 'consequences skal have mindst én linje (eller giv gainKommune, gainRegion og gainStat i stedet)',
  },
  lineNotObject: {
    en: (p, l) => `${W(p, l)} must be an object {${p.shape}} (got ${v(p.value, l)})`,
    da: (p, l) => `${W(p, l)} skal være et objekt {${p.shape}} (fik ${v(p.value, l)})`,
  },
  consequenceTwice: {
    en: (p) => `consequence '${p.id}' is given twice; give each price line once, with its total units`,
    da: (p) => `konsekvens '${p.id}' er angivet to gange; angiv hver prislinje én gang med dens samlede enheder`,
  },
  consequenceUnits: {
    en: (p, l) => `consequence '${p.id}': units must be a finite number (units of the line per net success per year; got ${v(p.value, l)})`,
    da: (p, l) => `konsekvens '${p.id}': units skal være et endeligt tal (linjens enheder pr. nettosucces pr. år; fik ${v(p.value, l)})`,
  },
  consequenceWeeks: {
    en: (p, l) => `consequence '${p.id}': weeksAtStart must be a whole number of weeks, 0 or more (got ${v(p.value, l)})`,
    da: (p, l) => `konsekvens '${p.id}': weeksAtStart skal være et helt antal uger, 0 eller flere (fik ${v(p.value, l)})`,
  },
  priceActor: {
    en: (p, l) => `price line '${p.id}': ${p.actor} must be a finite number (DKK per unit; a saving or extra revenue is positive; got ${v(p.value, l)})`,
    da: (p, l) => `prislinje '${p.id}': ${p.actor} skal være et endeligt tal (kr. pr. enhed; en besparelse eller merindtægt er positiv; fik ${v(p.value, l)})`,
  },
  priceLineYear: {
    en: (p, l) => `price line '${p.id}': priceYear must be a whole number from ${MIN_YEAR} to ${MAX_YEAR} (got ${v(p.value, l)})`,
    da: (p, l) => `prislinje '${p.id}': priceYear skal være et helt tal fra ${MIN_YEAR} til ${MAX_YEAR} (fik ${v(p.value, l)})`,
  },
  priceSource: {
    en: (p, l) => `price line '${p.id}': source must say where the price comes from (publication and table, or "assumption"; got ${v(p.value, l)})`,
    da: (p, l) => `prislinje '${p.id}': source skal sige, hvor prisen kommer fra (publikation og tabel, eller "antagelse"; fik ${v(p.value, l)})`,
  },
  priceStaircaseBool: {
    en: (p, l) => `price line '${p.id}': staircase must be true or false (got ${v(p.value, l)})`,
    da: (p, l) => `prislinje '${p.id}': staircase skal være sand eller falsk (fik ${v(p.value, l)})`,
  },
  priceStaircaseShares: {
    en: (p, l) => `price line '${p.id}' is a staircase line, so its region and stat prices must be 0 (got region ${v(p.region, l)}, stat ${v(p.stat, l)}): kommune holds the gross weekly payment and the staircase splits it between municipality and state`,
    da: (p, l) => `prislinje '${p.id}' er en trappelinje, så dens region- og statspriser skal være 0 (fik region ${v(p.region, l)}; stat ${v(p.stat, l)}): kommune rummer den brutto ugentlige ydelse, og trappen fordeler den mellem kommune og stat`,
  },
  priceText: {
    en: (p, l) => `price line '${p.id}': ${p.field} must be text (got ${v(p.value, l)})`,
    da: (p, l) => `prislinje '${p.id}': ${p.field} skal være tekst (fik ${v(p.value, l)})`,
  },
  priceStatus: {
    en: (p, l) => `price line '${p.id}': status must be "verified" or "unverified" (got ${v(p.value, l)})`,
    da: (p, l) => `prislinje '${p.id}': status skal være "verified" eller "unverified" (fik ${v(p.value, l)})`,
  },
  pricesNotList: {
    en: (p, l) => `prices must be a list of price lines {id, kommune, region, stat, priceYear, source} (got ${v(p.value, l)})`,
    da: (p, l) => `prices skal være en liste af prislinjer {id, kommune, region, stat, priceYear, source} (fik ${v(p.value, l)})`,
  },
  priceTwice: { en: (p) => `price line '${p.id}' is given twice`, da: (p) => `prislinje '${p.id}' er angivet to gange` },
  casePriceYear: {
    en: (p, l) => `priceYear must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}: the price level of the case, to which every consequence's price is uprated (got ${v(p.value, l)})`,
    da: (p, l) => `priceYear skal være et helt tal fra ${MIN_YEAR} til ${MAX_YEAR}: casens prisniveau, som hver konsekvens' pris fremskrives til (fik ${v(p.value, l)})`,
  },
  priceIndexNotMap: {
    en: (p, l) => `priceIndex must map years to index values, e.g. {"2023": 117.2, "2024": 119.0} (got ${v(p.value, l)})`,
    da: (p, l) => `priceIndex skal knytte år til indeksværdier, fx {"2023": 117.2, "2024": 119.0} (fik ${v(p.value, l)})`,
  },
  priceIndexYear: {
    en: (p) => `priceIndex: '${p.year}' is not a year from ${MIN_YEAR} to ${MAX_YEAR}`,
    da: (p) => `priceIndex: '${p.year}' er ikke et år fra ${MIN_YEAR} til ${MAX_YEAR}`,
  },
  priceIndexValue: {
    en: (p, l) => `priceIndex: the value for ${p.year} must be a number greater than 0 (got ${v(p.value, l)})`,
    da: (p, l) => `priceIndex: værdien for ${p.year} skal være et tal større end 0 (fik ${v(p.value, l)})`,
  },
});

const bad = (code: string, params: Params): MessageParts => ({ code, params });

function unknownKey(line: Line, o: Record<string, unknown>, allowed: readonly string[]): MessageParts | undefined {
  for (const k of Object.keys(o)) {
    if (allowed.includes(k)) continue;
    return bad('lineUnknownField', { line, field: k, guess: closest(k, allowed), allowed });
  }
  return undefined;
}

function idViolation(line: Line, id: unknown): MessageParts | undefined {
  if (typeof id !== 'string' || id.trim() === '') return bad('lineNoId', { line, value: id });
  return undefined;
}

/** Why a list of consequences is not valid (the message's parts), or undefined. */
export function consequencesViolation(v: unknown): MessageParts | undefined {
  if (!Array.isArray(v)) return bad('consequencesNotList', { value: v });
  if (v.length === 0) return bad('consequencesEmpty', {});
  const seen = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    const line: Line = { kind: 'consequence', n: i + 1 };
    if (!isObject(c)) return bad('lineNotObject', { line, shape: 'id, units, weeksAtStart', value: c });
    const wrong = unknownKey(line, c, CONSEQUENCE_KEYS) ?? idViolation(line, c.id);
    if (wrong) return wrong;
    const id = c.id as string;
    if (seen.has(id)) return bad('consequenceTwice', { id });
    seen.add(id);
    if (!isFiniteNumber(c.units)) return bad('consequenceUnits', { id, value: c.units });
    if (c.weeksAtStart !== undefined && !(Number.isInteger(c.weeksAtStart) && (c.weeksAtStart as number) >= 0)) {
      return bad('consequenceWeeks', { id, value: c.weeksAtStart });
    }
  }
  return undefined;
}

function priceViolation(p: unknown, i: number): MessageParts | undefined {
  const line: Line = { kind: 'price', n: i + 1 };
  if (!isObject(p)) return bad('lineNotObject', { line, shape: 'id, kommune, region, stat, priceYear, source', value: p });
  const wrong = unknownKey(line, p, PRICE_KEYS) ?? idViolation(line, p.id);
  if (wrong) return wrong;
  const id = p.id as string;
  for (const actor of ['kommune', 'region', 'stat']) {
    if (!isFiniteNumber(p[actor])) return bad('priceActor', { id, actor, value: p[actor] });
  }
  if (!isYear(p.priceYear)) return bad('priceLineYear', { id, value: p.priceYear });
  if (typeof p.source !== 'string' || p.source.trim() === '') return bad('priceSource', { id, value: p.source });
  if (p.staircase !== undefined && typeof p.staircase !== 'boolean') return bad('priceStaircaseBool', { id, value: p.staircase });
  if (p.staircase === true && (p.region !== 0 || p.stat !== 0)) return bad('priceStaircaseShares', { id, region: p.region, stat: p.stat });
  for (const k of ['label', 'unit']) if (p[k] !== undefined && !isText(p[k])) return bad('priceText', { id, field: k, value: p[k] });
  if (p.status !== undefined && p.status !== 'verified' && p.status !== 'unverified') return bad('priceStatus', { id, value: p.status });
  if (p.note !== undefined && typeof p.note !== 'string') return bad('priceText', { id, field: 'note', value: p.note });
  return undefined;
}

/** Why a list of price lines is not valid (the message's parts), or undefined. */
export function pricesViolation(v: unknown): MessageParts | undefined {
  if (!Array.isArray(v)) return bad('pricesNotList', { value: v });
  const seen = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    const wrong = priceViolation(v[i], i);
    if (wrong) return wrong;
    const id = (v[i] as PriceInput).id;
    if (seen.has(id)) return bad('priceTwice', { id });
    seen.add(id);
  }
  return undefined;
}

/** Why a case price year is not valid (the message's parts), or undefined. */
export function priceYearViolation(v: unknown): MessageParts | undefined {
  if (isYear(v)) return undefined;
  return bad('casePriceYear', { value: v });
}

/** Why a price index is not valid (the message's parts), or undefined. */
export function priceIndexViolation(v: unknown): MessageParts | undefined {
  if (!isObject(v)) return bad('priceIndexNotMap', { value: v });
  for (const [year, value] of Object.entries(v)) {
    if (!/^\d{4}$/.test(year) || !isYear(Number(year))) return bad('priceIndexYear', { year });
    if (!isFiniteNumber(value) || value <= 0) return bad('priceIndexValue', { year, value });
  }
  return undefined;
}

/** An optional structured field, registered like the builders' fields so that validation's fast path
 *  (fastValidate.ts) runs the same test. It is not a parameter of the tables (model.params). */
const LINE_CHECKS: Record<string, (v: unknown) => MessageParts | undefined> = {};

/** The parts of the message for a budget-line input that breaks its rule, or undefined. */
export function lineViolationParts(key: string, v: unknown): MessageParts | undefined {
  return Object.prototype.hasOwnProperty.call(LINE_CHECKS, key) ? LINE_CHECKS[key](v) : undefined;
}

function lineField<T>(key: string, check: (v: unknown) => MessageParts | undefined, label: Text) {
  LINE_CHECKS[key] = check;
  const test = (v: unknown) => check(v) === undefined;
  const custom = z.custom<T>(test, { error: (iss) => {
    const parts = check(iss.input);
    return parts ? render(parts) : `${key} is not valid`;
  } });
  const meta: ParamMeta = { key, kind: 'vector', label, description: label, unit: { en: 'budget lines', da: 'budgetlinjer' }, required: false };
  paramRegistry.set(custom, { meta, mode: 'required', test });
  return z.optional(custom);
}

/** The case inputs of section 8. They are not scalar parameter fields: a parameter table gives them
 *  as rows of their own (budgetLineTable.ts), so adding them leaves every existing table as it was. */
export const budgetLineFields = {
  consequences: lineField<ConsequenceInput[]>('consequences', consequencesViolation, { en: 'Consequences per net success', da: 'Konsekvenser pr. nettosucces' }),
  prices: lineField<PriceInput[]>('prices', pricesViolation, { en: 'Price lines', da: 'Prislinjer' }),
  priceYear: lineField<number>('priceYear', priceYearViolation, { en: 'Price year', da: 'Prisår' }),
  priceIndex: lineField<PriceIndexInput>('priceIndex', priceIndexViolation, { en: 'Price index', da: 'Prisindeks' }),
};

export const BUDGET_LINE_KEYS = Object.keys(budgetLineFields) as (keyof typeof budgetLineFields)[];
