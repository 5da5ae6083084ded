/**
 * Text formatting: numbers with thousands separators (English 1,234,567.8 or Danish 1.234.567,8),
 * aligned tables and wrapped paragraphs. Every number goes through `num`, which refuses NaN and
 * Infinity so the CLI can never print them.
 */
import type { Lang } from './types';

/** Formats a finite number with `decimals` decimals and grouped thousands. */
export function num(x: number, decimals: number, lang: Lang = 'en'): string {
  if (!Number.isFinite(x)) throw new Error(`internal: tried to print a non-finite number (${x})`);
  let s = Math.abs(x).toFixed(decimals);
  // toFixed switches to exponent notation at 1e21; such figures are still finite, print them plainly.
  if (s.includes('e')) s = BigInt(Math.round(Math.abs(x))).toString() + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
  const [int, frac] = s.split('.');
  const group = lang === 'da' ? '.' : ',';
  const point = lang === 'da' ? ',' : '.';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = x < 0 && /[1-9]/.test(s);
  return (negative ? '-' : '') + grouped + (frac !== undefined ? point + frac : '');
}

/** DKK, whole kroner. */
export const dkk = (x: number, lang: Lang = 'en') => num(x, 0, lang);

export type Align = 'left' | 'right';

/** An aligned table: header row, a rule of dashes, then the rows. Columns are separated by two spaces. */
export function table(header: string[], rows: string[][], align: Align[], indent = ''): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    indent +
    cells
      .map((cell, c) => (align[c] === 'right' ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}

/** Wraps a paragraph to `width` columns, every line starting with `indent` (the first with `first`). */
export function wrap(text: string, width = 100, indent = '', first = indent): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent + w;
    } else {
      line += (empty ? '' : ' ') + w;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n') + '\n';
}
