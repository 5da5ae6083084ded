/**
 * The spilled tables of the budget-line functions (docs/budget-lines.md): the price list with its
 * sources, the price index, a case's unit gains per year, and the staircase's mean state share.
 * Layout and argument rules only; every number is the model's.
 */
import {
  ACTORS,
  ActorOrTotal,
  CaseResult,
  DEFAULT_PRICE_INDEX,
  PRICE_INDEX_SOURCE,
  invalid,
  PriceLine,
  meanStateShare,
  priceList,
} from '../model';
import type { Cell } from './adapters';
import type { Lang } from '../model';
import { header } from './headers';
import './messages';

export const PRICE_HEADER = ['id', 'label', 'unit', 'kommune', 'region', 'stat', 'priceYear', 'staircase', 'status', 'source', 'note'];

function priceRow(l: PriceLine, lang: Lang): Cell[] {
  return [l.id, l.label[lang], l.unit[lang], l.kommune, l.region, l.stat, l.priceYear, l.staircase ? 'TRUE' : 'FALSE', l.status ?? '', l.source, l.note ?? ''];
}

/** The price list (the default list, with a case's own lines when given) or the price index. */
export function pricesTable(list: 'lines' | 'index', lang: Lang, lines: readonly PriceLine[] = priceList()): Cell[][] {
  if (list === 'index') {
    const rows: Cell[][] = [['year', 'value', 'status', 'source']];
    for (const [year, v] of Object.entries(DEFAULT_PRICE_INDEX)) rows.push([Number(year), v, PRICE_INDEX_SOURCE.status, `${PRICE_INDEX_SOURCE.source}. ${PRICE_INDEX_SOURCE.note}`]);
    return rows;
  }
  return [PRICE_HEADER, ...lines.map((l) => priceRow(l, lang))];
}

export function listArg(text: string | undefined): 'lines' | 'index' {
  if (text === undefined) return 'lines';
  const t = text.toLowerCase();
  if (t === 'lines' || t === 'linjer') return 'lines';
  if (t === 'index' || t === 'indeks') return 'index';
  throw invalid('listArg', { value: text }, 'list', text);
}

/** Year | kommune | region | stat, or Year | the one actor (total: the sum), DKK per net success. */
export function unitGainsTable(r: CaseResult, actor: ActorOrTotal | undefined, lang: Lang): Cell[][] {
  const g = r.gainsPerSuccess;
  if (actor === undefined) {
    return [[header('year', lang), ...ACTORS], ...r.years.map((y, t) => [y, ...ACTORS.map((a) => g[a][t])])];
  }
  const value = (t: number) => (actor === 'total' ? g.kommune[t] + g.region[t] + g.stat[t] : g[actor][t]);
  return [[header('year', lang), actor], ...r.years.map((y, t) => [y, value(t)])];
}

function weekArg(v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw invalid('weekNumber', { name, value: v }, name, v);
  }
  return v;
}

/** The state's mean share over weeks weekFrom..weekTo of a spell (a fractional weekTo counts its last week by its fraction). */
export function refusionShare(weekFrom: unknown, weekTo: unknown): number {
  const from = weekArg(weekFrom, 'weekFrom');
  const to = weekArg(weekTo, 'weekTo');
  if (!Number.isInteger(from) || from < 1) {
    throw invalid('weekFrom', { value: from }, 'weekFrom', from);
  }
  if (!(to > from - 1)) {
    throw invalid('weekTo', { from, value: to }, 'weekTo', to);
  }
  return meanStateShare(from - 1, to - from + 1);
}
