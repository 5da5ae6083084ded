/**
 * The spilled tables: model results laid out as rows with a header row. Layout only; every
 * number is read from the model's result.
 */
import {
  ACTORS,
  ActorOrTotal,
  CaseResult,
  FundResult,
  Preset,
  PRESETS,
  MODELS,
  invalid,
  findPreset,
  lineRows,
  notAvailable,
} from '../model';
import type { Lang, NotAvailableError } from '../model';
import { finite } from './adapters';
import type { Cell } from './adapters';
import { header, headers, netOf } from './headers';
import './messages';

/** Output names of DSI.REINVEST besides "table", lower case -> figure. */
export const FUND_FIGURES = [
  'totalInvested', 'people', 'employed', 'partnerships', 'outstanding', 'keptCash', 'irr',
  // The board's figures (docs/fund.md): totals over the horizon, B_H, and the board's figures
  'uninvested', 'lost', 'guaranteePaid', 'shortfall', 'firstShortfallYear', 'capitalIn', 'fundValue',
] as const;
export type FundFigure = (typeof FUND_FIGURES)[number];

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** One figure of a fund result; `noIrr` says why a vintage has no IRR. */
export function fundFigure(r: FundResult, out: FundFigure, noIrr: () => NotAvailableError): number {
  switch (out) {
    case 'people':
      return finite(r.cumulativePeople[r.cumulativePeople.length - 1], 'people');
    case 'irr':
      return finite(r.vintageIrr, 'irr', noIrr);
    case 'uninvested':
      return finite(r.uninvested[r.uninvested.length - 1], 'uninvested');
    case 'lost':
    case 'guaranteePaid':
    case 'shortfall':
      return finite(sum(r[out]), out);
    case 'firstShortfallYear':
      return finite(r.firstShortfallYear, out, () => notAvailable('noShortfall', { years: r.years.length }));
    default:
      return finite(r[out], out);
  }
}

export function fundOutputArg(text: string | undefined): 'table' | FundFigure {
  if (text === undefined) return 'table';
  const t = text.toLowerCase();
  if (t === 'table') return 'table';
  const hit = FUND_FIGURES.find((f) => f.toLowerCase() === t);
  if (hit) return hit;
  throw invalid('outputTableOr', { names: FUND_FIGURES, value: text }, 'output', text);
}

function pad(rows: Cell[][]): Cell[][] {
  const w = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => (r.length < w ? [...r, ...new Array<Cell>(w - r.length).fill('')] : r));
}

export function cashflowTable(r: CaseResult, actor: ActorOrTotal | undefined, lang: Lang): Cell[][] {
  if (actor) {
    const a = r.actors[actor];
    const rows: Cell[][] = [headers(['year', 'gains', 'costs', 'net', 'cumulative'], lang)];
    r.years.forEach((y, t) => rows.push([y, a.gains[t], a.costs[t], a.net[t], a.cumulative[t]]));
    return rows;
  }
  const cols: ActorOrTotal[] = [...ACTORS, 'total'];
  const rows: Cell[][] = [[header('year', lang), ...cols.map((c) => netOf(c, lang))]];
  r.years.forEach((y, t) => rows.push([y, ...cols.map((c) => r.actors[c].net[t])]));
  return rows;
}

export function fundTable(r: FundResult, lang: Lang): Cell[][] {
  const rows: Cell[][] = [headers(['year', 'invested', 'repayments', 'people', 'cumulativePeople', 'uninvested', 'lost', 'guaranteePaid', 'shortfall'], lang)];
  r.years.forEach((y, t) => rows.push([y, r.invested[t], r.repayments[t], r.peopleHelped[t], r.cumulativePeople[t], r.uninvested[t], r.lost[t], r.guaranteePaid[t], r.shortfall[t]]));
  return rows;
}

function valueCells(v: unknown): Cell[] {
  if (v === undefined || v === null) return [''];
  if (Array.isArray(v)) return v as number[];
  return [v as number];
}

/**
 * A preset as a parameter table that parseParameterTable reads back to the same input: a header
 * row (which also carries the preset's calibration caveat, and which the parser skips), a `preset`
 * row naming where the values come from, then one row per parameter of the model in schema order.
 * A parameter the preset leaves out has an empty value, which the parser reads as "not given".
 */
export function presetTable(name: string, lang: Lang): Cell[][] {
  const p = findPreset(name) as Preset | undefined;
  if (!p) return [];
  const model = MODELS[p.kind];
  const values = p.values as Record<string, unknown>;
  const value = header('value', lang);
  const rows: Cell[][] = [[header('parameter', lang), p.caveat ? `${value} (${p.caveat[lang]})` : value], ['preset', p.name]];
  for (const meta of model.params) rows.push([meta.key, ...valueCells(values[meta.key])]);
  for (const row of lineRows(values)) rows.push(row as Cell[]);
  return pad(rows);
}

export function presetList(lang: Lang): Cell[][] {
  const rows: Cell[][] = [headers(['preset', 'model', 'description', 'note'], lang)];
  for (const p of PRESETS) rows.push([p.name, p.kind, p.description[lang], p.caveat ? p.caveat[lang] : '']);
  return rows;
}
