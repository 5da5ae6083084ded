/**
 * The shapes users give for budget lines (docs/budget-lines.md) and their field-level rules:
 * `consequences` [{id, units, weeksAtStart?}], `prices` [{id, kommune, region, stat, priceYear,
 * staircase?, source, label?, unit?}], `priceIndex` {"2020": 103.4, ...}. The rules that need more
 * than one field (an id in the price list, a year in the index) are in budgetLines.ts.
 */
import { z } from 'zod/mini';
import { showValue } from './errors';
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

function unknownKey(what: string, o: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  for (const k of Object.keys(o)) {
    if (allowed.includes(k)) continue;
    const guess = closest(k, allowed);
    return `${what} has an unknown field '${k}'${guess ? ` - did you mean '${guess}'?` : ''} (fields: ${allowed.join(', ')})`;
  }
  return undefined;
}

function idViolation(what: string, id: unknown): string | undefined {
  if (typeof id !== 'string' || id.trim() === '') return `${what} needs an id (text, e.g. 'sygedagpenge-uge'; got ${showValue(id)})`;
  return undefined;
}

/** Why a list of consequences is not valid, or undefined. */
export function consequencesViolation(v: unknown): string | undefined {
  if (!Array.isArray(v)) return `consequences must be a list of {id, units, weeksAtStart} (got ${showValue(v)})`;
  if (v.length === 0) return 'consequences must have at least one line (or give gainKommune, gainRegion and gainStat instead)';
  const seen = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    const what = `consequence ${i + 1}`;
    if (!isObject(c)) return `${what} must be an object {id, units, weeksAtStart} (got ${showValue(c)})`;
    const bad = unknownKey(what, c, CONSEQUENCE_KEYS) ?? idViolation(what, c.id);
    if (bad) return bad;
    const id = c.id as string;
    if (seen.has(id)) return `consequence '${id}' is given twice; give each price line once, with its total units`;
    seen.add(id);
    if (!isFiniteNumber(c.units)) return `consequence '${id}': units must be a finite number (units of the line per net success per year; got ${showValue(c.units)})`;
    if (c.weeksAtStart !== undefined && !(Number.isInteger(c.weeksAtStart) && (c.weeksAtStart as number) >= 0)) {
      return `consequence '${id}': weeksAtStart must be a whole number of weeks, 0 or more (got ${showValue(c.weeksAtStart)})`;
    }
  }
  return undefined;
}

function priceViolation(p: unknown, i: number): string | undefined {
  const what = `price line ${i + 1}`;
  if (!isObject(p)) return `${what} must be an object {id, kommune, region, stat, priceYear, source} (got ${showValue(p)})`;
  const bad = unknownKey(what, p, PRICE_KEYS) ?? idViolation(what, p.id);
  if (bad) return bad;
  const id = p.id as string;
  for (const actor of ['kommune', 'region', 'stat']) {
    if (!isFiniteNumber(p[actor])) return `price line '${id}': ${actor} must be a finite number (DKK per unit; a saving or extra revenue is positive; got ${showValue(p[actor])})`;
  }
  if (!isYear(p.priceYear)) return `price line '${id}': priceYear must be a whole number from ${MIN_YEAR} to ${MAX_YEAR} (got ${showValue(p.priceYear)})`;
  if (typeof p.source !== 'string' || p.source.trim() === '') return `price line '${id}': source must say where the price comes from (publication and table, or "assumption"; got ${showValue(p.source)})`;
  if (p.staircase !== undefined && typeof p.staircase !== 'boolean') return `price line '${id}': staircase must be true or false (got ${showValue(p.staircase)})`;
  if (p.staircase === true && (p.region !== 0 || p.stat !== 0)) {
    return `price line '${id}' is a staircase line, so its region and stat prices must be 0 (got region ${showValue(p.region)}, stat ${showValue(p.stat)}): kommune holds the gross weekly payment and the staircase splits it between municipality and state`;
  }
  for (const k of ['label', 'unit']) if (p[k] !== undefined && !isText(p[k])) return `price line '${id}': ${k} must be text (got ${showValue(p[k])})`;
  if (p.status !== undefined && p.status !== 'verified' && p.status !== 'unverified') return `price line '${id}': status must be "verified" or "unverified" (got ${showValue(p.status)})`;
  if (p.note !== undefined && typeof p.note !== 'string') return `price line '${id}': note must be text (got ${showValue(p.note)})`;
  return undefined;
}

/** Why a list of price lines is not valid, or undefined. */
export function pricesViolation(v: unknown): string | undefined {
  if (!Array.isArray(v)) return `prices must be a list of price lines {id, kommune, region, stat, priceYear, source} (got ${showValue(v)})`;
  const seen = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    const bad = priceViolation(v[i], i);
    if (bad) return bad;
    const id = (v[i] as PriceInput).id;
    if (seen.has(id)) return `price line '${id}' is given twice`;
    seen.add(id);
  }
  return undefined;
}

/** Why a case price year is not valid, or undefined. */
export function priceYearViolation(v: unknown): string | undefined {
  if (isYear(v)) return undefined;
  return `priceYear must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}: the price level of the case, to which every consequence's price is uprated (got ${showValue(v)})`;
}

/** Why a price index is not valid, or undefined. */
export function priceIndexViolation(v: unknown): string | undefined {
  if (!isObject(v)) return `priceIndex must map years to index values, e.g. {"2023": 117.2, "2024": 119.0} (got ${showValue(v)})`;
  for (const [year, value] of Object.entries(v)) {
    if (!/^\d{4}$/.test(year) || !isYear(Number(year))) return `priceIndex: '${year}' is not a year from ${MIN_YEAR} to ${MAX_YEAR}`;
    if (!isFiniteNumber(value) || value <= 0) return `priceIndex: the value for ${year} must be a number greater than 0 (got ${showValue(value)})`;
  }
  return undefined;
}

/** An optional structured field, registered like the builders' fields so that validation's fast path
 *  (fastValidate.ts) runs the same test. It is not a parameter of the tables (model.params). */
function lineField<T>(key: string, check: (v: unknown) => string | undefined, label: Text) {
  const test = (v: unknown) => check(v) === undefined;
  const custom = z.custom<T>(test, { error: (iss) => check(iss.input) ?? `${key} is not valid` });
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
