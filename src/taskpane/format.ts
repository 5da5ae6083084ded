/** Number formatting for display only; the model's numbers are never rounded before display. */
import type { Lang } from './i18n';
import { readNumber } from '../model/notation';
import type { NotationMeta } from '../model/notation';
import { violation, violationParts } from '../model/fields';
import type { RuleMeta } from '../model/fields';
import { localMessage } from '../model/messages';

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const k = `${lang}:${min}:${max}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(k, f);
  }
  return f;
}

export function num(lang: Lang, x: number, decimals = 2, minDecimals = decimals): string {
  return nf(lang, minDecimals, decimals).format(x);
}

/** DKK in millions with two decimals: 8150000 -> "8.15" (en) / "8,15" (da). */
export function mio(lang: Lang, x: number): string {
  return nf(lang, 2, 2).format(x / 1e6);
}

export function pct(lang: Lang, x: number, decimals = 2): string {
  return `${nf(lang, decimals, decimals).format(x * 100)} %`;
}

/** A value shown in an input box: plain, no digit grouping, the language's decimal mark. */
export function inputText(lang: Lang, v: unknown): string {
  if (typeof v === 'number') {
    const s = String(v);
    return lang === 'da' ? s.replace('.', ',') : s;
  }
  if (v === undefined || v === null) return '';
  return String(v);
}

/**
 * Reads a number typed in the pane's language (src/model/notation.ts): Danish `0,4` and `6.900.000`,
 * English `0.4` and `6,900,000`, spaces as digit groups, and `40 %` for a share or a rate of `meta`.
 * Without a language, either decimal mark and no thousands marks. Anything else is handed to the
 * model as the text typed, so the user gets the model's own message at the field.
 */
export function parseInput(text: string, lang?: Lang, meta?: NotationMeta): number | string | undefined {
  if (text.trim() === '') return undefined;
  try {
    return readNumber(text, lang ?? 'any', meta?.key ?? 'value', meta);
  } catch {
    return text.trim();
  }
}

/**
 * The message at a field for its value as typed (undefined when valid): the model's rule, except
 * that text the pane's notation cannot read, in a single box or in a box of a row (a vector), gets
 * the notation's own message (readNumber), with its hint, e.g. "costProfile value 2 must be a
 * number, not text (got '0,4'); in English notation the decimal mark is a point: write 0.4".
 */
export function fieldMessage(m: RuleMeta & NotationMeta, v: unknown, lang: Lang): string | undefined {
  const parts = violationParts(m, v);
  if (parts === undefined) return undefined;
  const index = parts.params.index as number | undefined;
  const typed = index === undefined ? v : (v as unknown[])[index - 1];
  if (parts.code === 'fieldText' && typeof typed === 'string') {
    try {
      readNumber(typed, lang, m.key, m, index);
    } catch (e) {
      return localMessage(e, lang);
    }
  }
  return violation(m, v, lang);
}
