/**
 * Cell values as Excel hands them to custom functions, turned into plain values. Excel passes
 * `null` (or nothing) for an omitted optional argument, `[[x]]` for a single cell given to a range
 * parameter, `""` for an empty cell, and error values as objects. Pure: no Office, no model arithmetic.
 */
import { isEmptyCell, ACTORS_AND_TOTAL, ActorOrTotal, invalid } from '../model';
import './messages';

/** A matrix argument as Excel passes it: rows of cells. */
export type Matrix = readonly (readonly unknown[])[];

export function isMatrix(v: unknown): v is Matrix {
  return Array.isArray(v) && v.every((row) => Array.isArray(row));
}

/** Any argument as a matrix: a bare scalar (as a test or an older host may pass) becomes [[x]]. */
export function asMatrix(v: unknown): Matrix {
  if (isMatrix(v)) return v;
  if (Array.isArray(v)) return [v];
  return [[v]];
}

/** Omitted: nothing, null, an empty string, or a 1x1 matrix holding one of those. */
export function isOmitted(v: unknown): boolean {
  if (Array.isArray(v)) {
    if (v.length === 0) return true;
    if (v.length !== 1) return false;
    const row = v[0];
    if (!Array.isArray(row)) return isEmptyCell(row);
    return row.length === 0 || (row.length === 1 && isEmptyCell(row[0]));
  }
  return isEmptyCell(v);
}

export type Shape = 'cell' | 'row' | 'column' | 'grid';

export function dims(m: Matrix): { rows: number; cols: number } {
  let cols = 0;
  for (const row of m) if (row.length > cols) cols = row.length;
  return { rows: m.length, cols };
}

export function shapeOf(m: Matrix): Shape {
  const { rows, cols } = dims(m);
  if (rows <= 1 && cols <= 1) return 'cell';
  if (rows === 1) return 'row';
  if (cols === 1) return 'column';
  return 'grid';
}

export function describeShape(m: Matrix): string {
  return `a ${shapeText(m)} range`;
}

/** Rows x columns, e.g. "3x2". */
export function shapeText(m: Matrix): string {
  const { rows, cols } = dims(m);
  return `${rows}x${cols}`;
}

/** The cells of a single row or column, in order. */
export function flatten(m: Matrix): unknown[] {
  const out: unknown[] = [];
  for (const row of m) for (const c of row) out.push(c);
  return out;
}

/** The one value of a scalar argument (unwrapping [[x]]); a clear error for a larger range. */
export function scalarArg(v: unknown, name: string): unknown {
  if (!Array.isArray(v)) return v;
  const m = asMatrix(v);
  if (shapeOf(m) !== 'cell') throw invalid('singleCell', { name, shape: shapeText(m) }, name);
  return m.length === 0 || m[0].length === 0 ? null : m[0][0];
}

/** Cell text, trimmed; a clear error when the cell holds a number, a boolean or an error value. */
export function textArg(v: unknown, name: string): string | undefined {
  const x = scalarArg(v, name);
  if (isEmptyCell(x)) return undefined;
  if (typeof x !== 'string') throw invalid('mustBeText', { name, value: x }, name, x);
  return x.trim();
}

/** English and Danish spellings of the actors, lower case, with and without the definite article. */
const ACTOR_NAMES: Record<string, ActorOrTotal> = {
  kommune: 'kommune', kommunen: 'kommune', municipality: 'kommune', municipal: 'kommune',
  region: 'region', regionen: 'region', regional: 'region',
  stat: 'stat', staten: 'stat', state: 'stat', statslig: 'stat',
  total: 'total', 'i alt': 'total', ialt: 'total', samlet: 'total', all: 'total', sum: 'total',
};

export function actorArg(v: unknown, fallback: ActorOrTotal): ActorOrTotal {
  const text = textArg(v, 'actor');
  if (text === undefined) return fallback;
  const hit = ACTOR_NAMES[text.toLowerCase().replace(/\s+/g, ' ')];
  if (hit) return hit;
  throw invalid('actorName', { actors: ACTORS_AND_TOTAL.join(', '), value: text }, 'actor', text);
}

/**
 * A cheap, exact fingerprint of a range's content (type and value of every cell), used as a cache
 * key: two ranges with the same fingerprint parse to the same input. Undefined for ranges too large
 * to be worth caching.
 */
export function fingerprint(m: Matrix, maxCells = 5000): string | undefined {
  let cells = 0;
  const parts: string[] = [];
  for (const row of m) {
    cells += row.length;
    if (cells > maxCells) return undefined;
    for (const c of row) {
      // A type tag keeps 1 (number) apart from "1" (text) and TRUE from "TRUE".
      if (typeof c === 'number') parts.push('n' + String(c));
      else if (typeof c === 'string') parts.push('s' + c.length + ':' + c);
      else if (typeof c === 'boolean') parts.push(c ? 'T' : 'F');
      else if (c === null || c === undefined) parts.push('_');
      else return undefined; // error values and other objects: never cached
    }
    parts.push('|');
  }
  return parts.join(',');
}
