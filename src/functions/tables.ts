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
} from '../model';
import { finite } from './adapters';
import type { Cell } from './adapters';
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
export function fundFigure(r: FundResult, out: FundFigure, noIrr: string): number {
  switch (out) {
    case 'people':
      return finite(r.cumulativePeople[r.cumulativePeople.length - 1], 'people');
    case 'irr':
      return finite(r.vintageIrr, 'irr', () => noIrr);
    case 'uninvested':
      return finite(r.uninvested[r.uninvested.length - 1], 'uninvested');
    case 'lost':
    case 'guaranteePaid':
    case 'shortfall':
      return finite(sum(r[out]), out);
    case 'firstShortfallYear':
      return finite(r.firstShortfallYear, out, () => `The fund pays its running costs in every year of the ${r.years.length}-year horizon: no shortfall`);
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

export function cashflowTable(r: CaseResult, actor: ActorOrTotal | undefined): Cell[][] {
  if (actor) {
    const a = r.actors[actor];
    const rows: Cell[][] = [['Year', 'Gains', 'Costs', 'Net', 'Cumulative']];
    r.years.forEach((y, t) => rows.push([y, a.gains[t], a.costs[t], a.net[t], a.cumulative[t]]));
    return rows;
  }
  const cols: ActorOrTotal[] = [...ACTORS, 'total'];
  const rows: Cell[][] = [['Year', ...cols.map((c) => `Net ${c}`)]];
  r.years.forEach((y, t) => rows.push([y, ...cols.map((c) => r.actors[c].net[t])]));
  return rows;
}

export function fundTable(r: FundResult): Cell[][] {
  const rows: Cell[][] = [['Year', 'Invested', 'Repayments', 'People', 'Cumulative people', 'Uninvested', 'Lost', 'Guarantee paid', 'Shortfall']];
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
export function presetTable(name: string): Cell[][] {
  const p = findPreset(name) as Preset | undefined;
  if (!p) return [];
  const model = MODELS[p.kind];
  const values = p.values as Record<string, unknown>;
  const header = p.caveat ? `Value (${p.caveat.en})` : 'Value';
  const rows: Cell[][] = [['Parameter', header], ['preset', p.name]];
  for (const meta of model.params) rows.push([meta.key, ...valueCells(values[meta.key])]);
  for (const row of lineRows(values)) rows.push(row as Cell[]);
  return pad(rows);
}

export function presetList(): Cell[][] {
  const rows: Cell[][] = [['Preset', 'Model', 'Description', 'Note']];
  for (const p of PRESETS) rows.push([p.name, p.kind, p.description.en, p.caveat ? p.caveat.en : '']);
  return rows;
}
