/**
 * Numbers typed as text, in the user's own notation: percentages for shares and rates (`40%`,
 * `40 %`, `3,5 %`), and the number notation of the place they are typed in:
 *  - 'en' (the English task pane): `.` decimal mark, `,` between thousands (6,900,000.5);
 *  - 'da' (the Danish task pane): `,` decimal mark, `.` between thousands (6.900.000,5);
 *  - 'cli' (the command line): `.` decimals only, since `,` separates the values of a vector;
 *  - 'any' (a text cell of a parameter table, or a host that does not say): one `.` or `,` as the
 *    decimal mark, no thousands marks.
 * Spaces between digit groups are allowed except on the command line. Pure: no host, no locale API.
 */
import type { ParamMeta } from './fields';
import { defineMessages, invalid } from './messages';

export type Notation = 'en' | 'da' | 'cli' | 'any';

/** What the parser reads of a parameter: its key and unit (only shares and rates take `%`). */
export type NotationMeta = Pick<ParamMeta, 'key' | 'unit'>;

/** The thing named: `what`, or for a vector's element `what value i` (Danish `what værdi i`). */
const named = (p: Record<string, any>, l: 'en' | 'da') => (p.index === undefined ? p.what : `${p.what} ${l === 'da' ? 'værdi' : 'value'} ${p.index}`);

defineMessages({
  numberMissing: {
    en: (p, l) => `${named(p, l)} must be a number (got nothing)`,
    da: (p, l) => `${named(p, l)} skal være et tal (fik intet)`,
  },
  numberNotFinite: {
    en: (p, l) => `${named(p, l)} must be a finite number (got '${p.raw}')`,
    da: (p, l) => `${named(p, l)} skal være et endeligt tal (fik '${p.raw}')`,
  },
  numberText: {
    en: (p, l) => `${named(p, l)} must be a number, not text (got '${p.raw}')${hintEn(p)}`,
    da: (p, l) => `${named(p, l)} skal være et tal, ikke tekst (fik '${p.raw}')${hintDa(p)}`,
  },
  percentNotAllowed: {
    en: (p, l) => `${named(p, l)} is in ${p.unit.en}, not a share or a rate, so it cannot be written with % (got '${p.raw}')`,
    da: (p, l) => `${named(p, l)} er i ${p.unit.da}, ikke en andel eller en rente, så den kan ikke skrives med % (fik '${p.raw}')`,
  },
});

type Hint = { hint?: 'cliComma' | 'enComma' | 'daPoint'; suggestion?: string };
function hintEn(p: Hint): string {
  if (p.hint === 'cliComma') return `; write ${p.suggestion} (decimals with a point; commas separate the values of a vector)`;
  if (p.hint === 'enComma') return `; in English notation the decimal mark is a point: write ${p.suggestion}`;
  if (p.hint === 'daPoint') return `; in Danish notation the decimal mark is a comma: write ${p.suggestion}`;
  return '';
}
function hintDa(p: Hint): string {
  if (p.hint === 'cliComma') return `; skriv ${p.suggestion} (decimaler med punktum; komma adskiller værdierne i en vektor)`;
  if (p.hint === 'enComma') return `; i engelsk notation er decimaltegnet punktum: skriv ${p.suggestion}`;
  if (p.hint === 'daPoint') return `; i dansk notation er decimaltegnet komma: skriv ${p.suggestion}`;
  return '';
}

/** True for a parameter whose unit is a share or a rate: the only ones that may be typed with `%`. */
export function acceptsPercent(meta: NotationMeta): boolean {
  return /\b(share|rate)\b/i.test(meta.unit.en);
}

const EXPONENT = '(?:[eE][+-]?\\d+)?';
const PLAIN_POINT = new RegExp(`^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)${EXPONENT}$`);
const PLAIN_COMMA = new RegExp(`^[+-]?(?:\\d+(?:,\\d*)?|,\\d+)${EXPONENT}$`);
const GROUPED_EN = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const GROUPED_DA = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d*)?$/;
const ONE_COMMA = /^[+-]?\d*,\d+$/;
const ONE_POINT = /^[+-]?\d*\.\d+$/;

/** The body of a number (no %, no spaces) as JavaScript number text, or a hint why not. */
function canonical(body: string, notation: Notation): { text?: string } & Hint {
  const swap = (s: string) => s.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
  switch (notation) {
    case 'cli':
      if (PLAIN_POINT.test(body)) return { text: body };
      return ONE_COMMA.test(body) ? { hint: 'cliComma', suggestion: body.replace(',', '.') } : {};
    case 'en':
      if (PLAIN_POINT.test(body)) return { text: body };
      if (GROUPED_EN.test(body)) return { text: body.replace(/,/g, '') };
      return ONE_COMMA.test(body) ? { hint: 'enComma', suggestion: body.replace(',', '.') } : {};
    case 'da':
      if (PLAIN_COMMA.test(body)) return { text: body.replace(',', '.') };
      if (GROUPED_DA.test(body)) return { text: swap(body).replace(/,/g, '') };
      return ONE_POINT.test(body) ? { hint: 'daPoint', suggestion: body.replace('.', ',') } : {};
    case 'any':
      if (PLAIN_POINT.test(body)) return { text: body };
      return PLAIN_COMMA.test(body) ? { text: body.replace(',', '.') } : {};
  }
}

/**
 * Reads a number typed as text. `what` names it in messages (a parameter key, "costProfile value 2");
 * `meta` is the parameter it is for (without one, `%` is not accepted). Throws a ParameterError with
 * its parts: nothing typed, text, a number too large, or `%` on a key that is not a share or a rate.
 */
export function readNumber(raw: string, notation: Notation, what: string, meta?: NotationMeta, index?: number): number {
  let body = raw.trim().replace(/\u2212/g, '-');
  if (body === '') throw invalid('numberMissing', { what, index }, what, raw);
  const percent = body.endsWith('%');
  if (percent) {
    if (meta === undefined || !acceptsPercent(meta)) {
      if (meta !== undefined) throw invalid('percentNotAllowed', { what, index, unit: meta.unit, raw }, what, raw);
      throw invalid('numberText', { what, index, raw }, what, raw);
    }
    body = body.slice(0, -1).trim();
  }
  // Spaces between digit groups (also no-break and narrow no-break spaces), except on the command line.
  if (notation !== 'cli') body = body.replace(/(\d)[\s\u00a0\u202f]+(?=\d)/g, '$1');
  const c = canonical(body, notation);
  if (c.text === undefined) throw invalid('numberText', { what, index, raw, hint: c.hint, suggestion: c.suggestion }, what, raw);
  // A percentage shifts the exponent, so 37% parses exactly as 0.37 does (no division rounding).
  const [mantissa, exponent = '0'] = c.text.split(/[eE]/);
  const x = Number(`${mantissa}e${Number(exponent) - (percent ? 2 : 0)}`);
  if (!Number.isFinite(x)) throw invalid('numberNotFinite', { what, index, raw }, what, raw);
  return x;
}

/** A text cell of a parameter table: a percentage becomes its number (e.g. '40 %' is 0.4); any
 *  other text is left as it is, so validation names it ("must be a number, not text"). */
export function percentCell(cell: unknown, meta: NotationMeta): unknown {
  if (typeof cell !== 'string' || !cell.trim().endsWith('%')) return cell;
  const body = cell.trim().slice(0, -1);
  if (canonical(body.trim().replace(/(\d)[\s\u00a0\u202f]+(?=\d)/g, '$1'), 'any').text === undefined) return cell;
  return readNumber(cell, 'any', meta.key, meta);
}
