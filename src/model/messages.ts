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
  // NaN and the infinities have no point to replace.
  if (typeof v === 'number') return String(v).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'SAND' : 'FALSK';
  if (Array.isArray(v)) return `[${v.map((x) => showValueIn(x, lang)).join('; ')}]`;
  if (v instanceof Error) return `en fejlværdi (${v.message || v.name})`;
  return showValue(v);
}

/** A number in a sentence (a bound, a sum): English as is, Danish with a decimal comma. */
export function numberIn(x: number, lang: Lang): string {
  const s = Number.isInteger(x) && Math.abs(x) >= 10000 ? x.toLocaleString('en-US') : String(Number(x.toPrecision(12)));
  return lang === 'da' ? s.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')) : s;
}

export type Params = Record<string, any>;
export type Sentence = (p: Params, lang: Lang) => string;
/** An interval as [a, b], with infinite ends written out. */
export function interval(lo: number, hi: number, lang: Lang): string {
  const end = (x: number) => (Number.isFinite(x) ? numberIn(x, lang) : x > 0 ? (lang === 'da' ? 'uendelig' : 'infinity') : lang === 'da' ? '-uendelig' : '-infinity');
  return `[${end(lo)}${lang === 'da' ? '; ' : ', '}${end(hi)}]`;
}

export type Sentences = Record<string, { en: Sentence; da: Sentence }>;
const CATALOGUE: Sentences = {};

/** Adds a module's messages to the catalogue (each module defines the messages it throws). */
export function defineMessages(entries: Sentences): void {
  for (const code of Object.keys(entries)) {
    if (Object.prototype.hasOwnProperty.call(CATALOGUE, code)) throw new Error(`internal: message '${code}' defined twice`);
    CATALOGUE[code] = entries[code];
  }
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

defineMessages({
  prefixed: {
    en: (p, l) => `${p.where.en}: ${p.inner ? render(p.inner, l) : p.innerText}`,
    da: (p, l) => `${p.where.da}: ${p.inner ? render(p.inner, l) : p.innerText}`,
  },
});

/** A bad-input error with where it happened in front ("grid point ...: ..."), in both languages;
 *  the inner error keeps its key and value. */
export function withPrefix(where: { en: string; da: string }, e: DomainError): ParameterError {
  const parts = { code: 'prefixed', params: { where, inner: e.parts, innerText: e.message } };
  return new ParameterError(render(parts), e.key, e.value, parts);
}

/** The message of any thrown value in a language: the catalogue's sentence where the error has
 *  parts, else its (English) message. */
export function localMessage(e: unknown, lang: Lang): string {
  if (e instanceof DomainError && e.parts !== undefined && lang !== 'en') return render(e.parts, lang);
  return e instanceof Error ? e.message : String(e);
}
