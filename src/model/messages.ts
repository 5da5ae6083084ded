/**
 * The message catalogue: every model message that a host may show in Danish, by code, with its
 * English and Danish sentence. An error built here carries its parts (code and parameters), its
 * `message` is the English sentence, and `localMessage(e, 'da')` says the same in Danish. Parameter
 * keys stay as the model spells them in both languages, so users can find them.
 */
import { DomainError, MessageParts, NotAvailableError, ParameterError, showValue } from './errors';

export type Lang = 'en' | 'da';

/** A value inside a Danish sentence: numbers with a decimal comma, text quoted, lists in brackets. */
export function showValueIn(v: unknown, lang: Lang): string {
  if (lang === 'en') return showValue(v);
  if (v === null || v === undefined || v === '') return 'intet';
  if (typeof v === 'number' && Number.isFinite(v)) return String(v).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'SAND' : 'FALSK';
  if (Array.isArray(v)) return `[${v.map((x) => showValueIn(x, lang)).join('; ')}]`;
  return showValue(v);
}

/** A number in a sentence (a bound, a sum): English as is, Danish with a decimal comma. */
export function numberIn(x: number, lang: Lang): string {
  const s = Number.isInteger(x) && Math.abs(x) >= 10000 ? x.toLocaleString('en-US') : String(Number(x.toPrecision(12)));
  return lang === 'da' ? s.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')) : s;
}

type Params = Record<string, any>;
type Sentence = (p: Params, lang: Lang) => string;
const v = (x: unknown, lang: Lang) => showValueIn(x, lang);
const n = (x: number, lang: Lang) => numberIn(x, lang);
/** An interval as [a, b], with infinite ends written out. */
function interval(lo: number, hi: number, lang: Lang): string {
  const end = (x: number) => (Number.isFinite(x) ? n(x, lang) : x > 0 ? (lang === 'da' ? 'uendelig' : 'infinity') : lang === 'da' ? '-uendelig' : '-infinity');
  return `[${end(lo)}${lang === 'da' ? '; ' : ', '}${end(hi)}]`;
}

const CATALOGUE: Record<string, { en: Sentence; da: Sentence }> = {
  goalSeekNoCrossing: {
    en: (p, l) => `no value of ${p.key} in ${interval(p.min, p.max, l)} gives ${p.output} = ${n(p.target, l)}`,
    da: (p, l) => `ingen værdi af ${p.key} i ${interval(p.min, p.max, l)} giver ${p.output} = ${n(p.target, l)}`,
  },
  goalSeekNotAtPoint: {
    en: (p, l) => `${p.output} does not exist at ${p.key} = ${n(p.at, l)}, inside the search; narrow min and max`,
    da: (p, l) => `${p.output} findes ikke ved ${p.key} = ${n(p.at, l)} inden for søgningen; indsnævr min og max`,
  },
  goalSeekKeyKind: {
    en: (p) => `goal seek needs a key that takes one number; ${p.key} is ${p.kind === 'integer' ? 'a whole number' : 'a list of values'}`,
    da: (p) => `målsøgning kræver en nøgle med ét tal; ${p.key} er ${p.kind === 'integer' ? 'et helt tal' : 'en liste af værdier'}`,
  },
  goalSeekBound: {
    en: (p, l) => `${p.which} of the search must be a number in ${p.key}'s range (${p.rule}) (got ${v(p.value, l)})`,
    da: (p, l) => `søgningens ${p.which} skal være et tal i ${p.key}s interval (${p.rule}) (fik ${v(p.value, l)})`,
  },
  goalSeekOrder: {
    en: (p, l) => `min must be below max (got min ${n(p.min, l)} and max ${n(p.max, l)})`,
    da: (p, l) => `min skal være under max (fik min ${n(p.min, l)} og max ${n(p.max, l)})`,
  },
  goalSeekTarget: {
    en: (p, l) => `target must be a finite number (got ${v(p.value, l)})`,
    da: (p, l) => `target skal være et endeligt tal (fik ${v(p.value, l)})`,
  },
  outputUnknown: {
    en: (p) => `output '${p.output}' is not a figure of the ${p.model} model${p.guess ? ` - did you mean '${p.guess}'?` : ''} (${p.at ? `'${p.at}' holds: ` : 'figures: '}${p.names})`,
    da: (p) => `output '${p.output}' er ikke et tal i ${p.model}-modellen${p.guess ? ` - mente du '${p.guess}'?` : ''} (${p.at ? `'${p.at}' indeholder: ` : 'tal: '}${p.names})`,
  },
  outputIndex: {
    en: (p) => `output '${p.output}': ${p.at} has ${p.length} values, so the number after it must be 1 to ${p.length} (1 = the first year)`,
    da: (p) => `output '${p.output}': ${p.at} har ${p.length} værdier, så tallet efter det skal være 1 til ${p.length} (1 = første år)`,
  },
  outputNotFigure: {
    en: (p) => `output '${p.output}' names ${p.what}, not one figure; add ${p.hint}`,
    da: (p) => `output '${p.output}' er ${p.what === 'a list' ? 'en liste' : 'en gruppe'}, ikke ét tal; tilføj ${p.hint}`,
  },
};

export function hasMessage(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, code);
}

/** The sentence of a message in a language. */
export function render(parts: MessageParts, lang: Lang = 'en'): string {
  const entry = CATALOGUE[parts.code];
  if (!entry) throw new Error(`internal: no message '${parts.code}'`);
  return entry[lang](parts.params, lang);
}

/** Bad input (#VALUE!, exit 2) with its parts. */
export function invalid(code: string, params: Params, key?: string, value?: unknown): ParameterError {
  const parts = { code, params };
  return new ParameterError(render(parts), key, value, parts);
}

/** A result that does not exist (#N/A) with its parts. */
export function notAvailable(code: string, params: Params, key?: string): NotAvailableError {
  const parts = { code, params };
  return new NotAvailableError(render(parts), key, parts);
}

/** The message of any thrown value in a language: the catalogue's sentence where the error has
 *  parts, else its (English) message. */
export function localMessage(e: unknown, lang: Lang): string {
  if (e instanceof DomainError && e.parts !== undefined && lang !== 'en') return render(e.parts, lang);
  return e instanceof Error ? e.message : String(e);
}
