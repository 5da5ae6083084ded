/** Number formatting for display only; the model's numbers are never rounded before display. */
import type { Lang } from './i18n';

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
 * Reads a number typed in either language: '.' or ',' as the decimal mark, spaces as digit
 * groups. Anything else is handed to the model as the text typed, so the user gets the model's
 * own message ("... must be a number, not text (got 'abc')").
 */
export function parseInput(text: string): number | string | undefined {
  const t = text.replace(/[\s\u00a0\u202f_]/g, '');
  if (t === '') return undefined;
  if (/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(t)) {
    const n = Number(t.replace(',', '.'));
    if (Number.isFinite(n)) return n;
  }
  return text.trim();
}
