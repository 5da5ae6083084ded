/**
 * Cell adapters of the analytics functions (contract, Monte Carlo, sensitivity). Same path as the
 * other functions: resolveBase / parseOverrides / figure / table from adapters.ts; errors are
 * DomainErrors that functions.ts maps to #VALUE! / #N/A. Pure: runs under jest without Office.
 */
import {
  contractModel,
  caseModel,
  fundModel,
  outcomeFundInputModel,
  findPreset,
  mergeInput,
  validate,
  analyseContract,
  maxAffordablePrice,
  switchingRate,
  CONTRACT_ACTORS,
  ContractActor,
  ContractParams,
  ContractResult,
  ParameterError,
  invalid,
  withPrefix,
  isEmptyCell,
  SIM_MODELS,
  SimKind,
  SimResult,
  Simulation,
  SimulationCancelled,
  parseDistributionTable,
  defaultDistributions,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  tornado,
  grid,
  InputLayer,
  Distribution,
  run,
  repaymentShares,
  evaluateOutcomeFund,
  FundParams,
  FundSimulation,
  FundSimResult,
  defaultFundDistributions,
  Derived,
  notAvailable,
  render,
} from '../model';
import './messages';

/** The front of a contract argument's message (the contract's own message follows). */
const CONTRACT_ARG = { en: 'contract', da: 'contract' };
import { asMatrix, shapeOf, flatten, isOmitted, scalarArg, textArg, actorArg } from './coerce';
import { figure, table, resolveBase, parseOverrides, finite, Cell } from './adapters';
import { fundOutputArg, fundTable, fundFigure } from './tables';
import { header, headers, byYear } from './headers';
import { excelLanguage } from './excelErrors';

// ---------------------------------------------------------------------------------------------
// DSI.CONTRACT and friends

/** #N/A for a derived figure that does not exist, with the model's reason in both languages. */
function noDerived(figure: string, d: Derived) {
  const reason = { en: d.reason ?? '', da: d.reasonParts ? render(d.reasonParts, 'da') : (d.reason ?? '') };
  return notAvailable('noDerived', { figure, reason });
}

export const CONTRACT_FIGURES = ['multiple', 'irr', 'investor', 'payments', 'kommune', 'region', 'stat', 'total', 'maxprice', 'breakevenprice'] as const;
export type ContractFigure = (typeof CONTRACT_FIGURES)[number] | 'table';

export function contractOutputArg(v: unknown): ContractFigure {
  const t = textArg(v, 'output');
  if (t === undefined) return 'table';
  const k = t.toLowerCase().replace(/[\s_-]/g, '');
  const alias: Record<string, ContractFigure> = { table: 'table', tabel: 'table', municipality: 'kommune', state: 'stat', investorpv: 'investor', maximumprice: 'maxprice' };
  const hit = alias[k] ?? (CONTRACT_FIGURES as readonly string[]).find((x) => x === k);
  if (!hit) throw invalid('outputTableOr', { names: CONTRACT_FIGURES, value: t }, 'output', t);
  return hit as ContractFigure;
}

function contractTable(r: ContractResult): Cell[][] {
  const rows: Cell[][] = [headers(['year', 'payment', 'investor', 'kommune', 'region', 'stat'], excelLanguage())];
  r.years.forEach((y, t) => rows.push([y, r.payments[t], r.investor.flows[t], r.actors.kommune.net[t], r.actors.region.net[t], r.actors.stat.net[t]]));
  return rows;
}

function contractFigure(p: ContractParams, r: ContractResult, out: Exclude<ContractFigure, 'table'>): number {
  switch (out) {
    case 'multiple':
      return finite(r.investor.multiple, 'multiple', () => notAvailable('noMultiple', {}));
    case 'irr':
      return finite(r.investor.irr, 'irr', () => notAvailable('noInvestorIrr', {}));
    case 'investor':
      return finite(r.investor.presentValue, 'investor present value');
    case 'payments':
      return finite(r.paymentsTotal, 'payments');
    case 'maxprice': {
      const d = maxAffordablePrice(p);
      return finite(d.value, 'maximum price', () => noDerived('maxprice', d));
    }
    case 'breakevenprice': {
      const d = analyseContract(p).investorBreakEvenPrice;
      return finite(d.value, 'break-even price', () => noDerived('breakevenprice', d));
    }
    default:
      return finite(r.actors[out].presentValue, `${out} present value`);
  }
}

export function contractCell(params: unknown, output: unknown, overrides: unknown): number | Cell[][] {
  const out = contractOutputArg(output);
  if (out === 'table') return table(contractModel, params, overrides, 'CONTRACT(..., "table")', ({ result }) => contractTable(result));
  return figure(contractModel, params, overrides, 'CONTRACT', ({ params: p, result }) => contractFigure(p, result, out));
}

export function investorIrrCell(params: unknown, overrides: unknown): number | Cell[][] {
  return figure(contractModel, params, overrides, 'INVESTORIRR', ({ params: p, result }) => contractFigure(p, result, 'irr'));
}

export function maxPriceCell(params: unknown, actor: unknown, overrides: unknown): number | Cell[][] {
  const a = actorArg(actor, 'kommune');
  return figure(contractModel, params, overrides, 'MAXPRICE', ({ params: p }) => {
    const d = maxAffordablePrice(p, a);
    return finite(d.value, 'maximum price', () => noDerived('maxprice', d));
  });
}

function contractActorArg(v: unknown): ContractActor {
  const t = textArg(v, 'actor');
  if (t !== undefined && t.toLowerCase() === 'investor') return 'investor';
  return actorArg(v, 'kommune');
}

/** Without an outcomePrice the input is a plain case: the switching rate of section 1. */
export function switchRateCell(params: unknown, actor: unknown, overrides: unknown): number | Cell[][] {
  const a = contractActorArg(actor);
  const kind = detectKind(params);
  if (kind === 'fund') throw invalid('switchFund', {}, 'params');
  if (kind === 'case' && a === 'investor') throw invalid('caseNoInvestor', {}, 'actor', 'investor');
  const model = kind === 'case' ? caseModel : contractModel;
  return figure(model as typeof contractModel, params, overrides, 'SWITCHRATE', ({ params: p }) => {
    const d = switchingRate(kind, p, a);
    return finite(d.value, 'switching rate', () => noDerived('switchrate', d));
  });
}

// ---------------------------------------------------------------------------------------------
// Which model a parameter argument is for (SIMULATE, TORNADO, GRID)

const FUND_ONLY = new Set(fundModel.params.map((m) => m.key.toLowerCase()).filter((k) => !caseModel.params.some((c) => c.key.toLowerCase() === k)));
const CONTRACT_ONLY = new Set(contractModel.params.map((m) => m.key.toLowerCase()).filter((k) => !caseModel.params.some((c) => c.key.toLowerCase() === k)));

/** The preset's kind, else fund when a fund-only key is present, contract for a contract key, else case. */
export function detectKind(params: unknown): SimKind {
  if (isOmitted(params)) throw invalid('paramsEmpty', {}, 'params');
  const m = asMatrix(params);
  const keys = m.map((row) => (typeof row[0] === 'string' ? row[0].trim().toLowerCase() : ''));
  const presetName = shapeOf(m) === 'cell' ? m[0][0] : m.find((row) => typeof row[0] === 'string' && row[0].trim().toLowerCase() === 'preset')?.[1];
  if (typeof presetName === 'string') {
    const p = findPreset(presetName);
    if (p) return keys.some((k) => CONTRACT_ONLY.has(k)) && p.kind === 'case' ? 'contract' : p.kind;
    if (shapeOf(m) === 'cell') resolveBase(caseModel, params); // unknown preset: the model's error
  }
  if (keys.some((k) => FUND_ONLY.has(k))) return 'fund';
  if (keys.some((k) => CONTRACT_ONLY.has(k))) return 'contract';
  return 'case';
}

function layersOf(kind: SimKind, params: unknown, overrides: unknown, fnName: string): InputLayer[] {
  const model = SIM_MODELS[kind];
  const base = resolveBase(model, params);
  const ov = parseOverrides(model, overrides, false, fnName);
  return Object.keys(ov.values).length ? [base.layer, { values: ov.values }] : [base.layer];
}

// ---------------------------------------------------------------------------------------------
// DSI.SIMULATE

export const SIM_STATS = ['mean', 'sd', 'p5', 'p10', 'p50', 'p90', 'p95', 'breakeven'] as const;

export interface SimRequest {
  kind: SimKind;
  layers: InputLayer[];
  dists: Distribution[];
  draws: number;
  seed: number;
  output: string;
  /** The fund's reference contract (docs/fund.md: each vintage draws its own success rate). */
  contract?: ContractParams;
}

function wholeArg(v: unknown, name: string, dflt: number): number {
  const x = scalarArg(v, name);
  if (isEmptyCell(x)) return dflt;
  if (typeof x !== 'number' || !Number.isInteger(x)) throw invalid('wholeNumber', { name, value: x }, name, x);
  return x;
}

/** Checks every argument of DSI.SIMULATE before any draw is made. */
export function simulationRequest(params: unknown, distributions: unknown, output: unknown, draws: unknown, seed: unknown, contractArg?: unknown): SimRequest {
  const kind = detectKind(params);
  const contract = isOmitted(contractArg) ? undefined : fundContractArg(kind, contractArg);
  const model = contract ? outcomeFundInputModel : SIM_MODELS[kind];
  const base = resolveBase(model, params);
  const layers = [base.layer];
  let dists: Distribution[];
  if (isOmitted(distributions) || flatten(asMatrix(distributions)).every(isEmptyCell)) {
    const centre = validate(model, mergeInput(model, layers)) as Record<string, unknown>;
    dists = kind === 'fund' ? defaultFundDistributions(centre, contract !== undefined) : defaultDistributions(kind, model, centre);
  } else {
    dists = parseDistributionTable(model, asMatrix(distributions) as unknown[][]);
  }
  const out = (textArg(output, 'output') ?? 'table').trim();
  const req: SimRequest = { kind, layers, dists, draws: wholeArg(draws, 'draws', DEFAULT_DRAWS), seed: wholeArg(seed, 'seed', DEFAULT_SEED), output: out, contract };
  // Construct once here so that draws, seed and the centre values are checked before any work.
  startSimulation(req);
  simulationOutput(req, null);
  return req;
}

/** The contract argument of DSI.SIMULATE: only for a fund, checked by the contract model. */
function fundContractArg(kind: SimKind, contract: unknown): ContractParams {
  if (kind !== 'fund') throw invalid('contractForFund', { kind }, 'contract');
  try {
    return run(contractModel, [resolveBase(contractModel, contract).layer]).params;
  } catch (e) {
    if (e instanceof ParameterError) throw withPrefix(CONTRACT_ARG, e);
    throw e;
  }
}

function startSimulation(req: SimRequest): Simulation | FundSimulation {
  const opts = { draws: req.draws, seed: req.seed };
  return req.kind === 'fund' ? new FundSimulation(req.layers, req.dists, { ...opts, contract: req.contract }) : new Simulation(req.kind, req.layers, req.dists, opts);
}

const ROW_LABEL: Record<string, string> = {
  'kommune.presentValue': 'kommune', 'region.presentValue': 'region', 'stat.presentValue': 'stat', 'total.presentValue': 'total',
  'investor.presentValue': 'investor', 'investor.multiple': 'multiple', 'investor.irr': 'irr',
};

/** Shapes a result for the cell; with r = null it only checks the output argument. */
export function simulationOutput(req: SimRequest, r: SimResult | null): Cell[][] {
  const o = req.output.toLowerCase();
  const lang = excelLanguage();
  if (o === 'table' || o === 'tabel') {
    if (!r) return [];
    const rows: Cell[][] = [[...headers(['figure', 'mean', 'sd'], lang), 'P5', 'P10', 'P50', 'P90', 'P95', header('pBreakEven', lang)]];
    for (const [k, s] of Object.entries(r.stats)) {
      const actor = k.split('.')[0];
      const be = r.breakEven[actor];
      const cells: Cell[] = [s.mean, s.sd, s.p5, s.p10, s.p50, s.p90, s.p95].map((x) => (Number.isFinite(x) ? x : notAvailable('noneInAnyDraw', { what: k })));
      const pb: Cell = be && !k.endsWith('.multiple') && !k.endsWith('.irr') ? be.probability : '';
      rows.push([ROW_LABEL[k] ?? k, ...cells, pb]);
    }
    if ('probabilities' in r) {
      const p = (r as FundSimResult).probabilities;
      rows.push([header('pShortfall', lang), p.shortfall, '', '', '', '', '', '', ''], [header('pCapitalKept', lang), p.capitalPreserved, '', '', '', '', '', '', '']);
    }
    return rows;
  }
  if (req.kind === 'fund' && (o === 'pshortfall' || o === 'pcapital')) {
    if (!r) return [];
    const p = (r as FundSimResult).probabilities;
    return [[o === 'pshortfall' ? p.shortfall : p.capitalPreserved]];
  }
  if (o === 'breakeven' || o === 'balanceår') {
    if (req.kind === 'fund') throw invalid('fundNoBreakEven', {}, 'output', req.output);
    if (!r) return [];
    const H = r.horizon;
    const rows: Cell[][] = [[header('actor', lang), ...Array.from({ length: H }, (_, t) => byYear(t + 1, lang))]];
    for (const [a, b] of Object.entries(r.breakEven)) rows.push([a, ...b.cumulative]);
    return rows;
  }
  // One figure: "<figure>.<stat>", e.g. "kommune.p50", "investor.mean", "kommune.breakeven".
  const dot = o.lastIndexOf('.');
  const fig = dot > 0 ? o.slice(0, dot) : '';
  const stat = dot > 0 ? o.slice(dot + 1) : '';
  const names = Object.entries(ROW_LABEL).filter(([k]) => SIM_MODELS[req.kind] && (req.kind === 'contract' || !k.startsWith('investor'))).map(([, v]) => v);
  const figures = req.kind === 'fund' ? ['cumulativepeople', 'employed', 'totalinvested', 'fundvalue'] : names;
  if (!figures.includes(fig) || !(SIM_STATS as readonly string[]).includes(stat) || (stat === 'breakeven' && (req.kind === 'fund' || fig === 'multiple' || fig === 'irr'))) {
    throw invalid('simOutput', { fund: req.kind === 'fund', figures, stats: SIM_STATS, value: req.output }, 'output', req.output);
  }
  if (!r) return [];
  const key = Object.keys(r.stats).find((k) => (ROW_LABEL[k] ?? k).toLowerCase() === fig) as string;
  if (stat === 'breakeven') return [[r.breakEven[key.split('.')[0]].probability]];
  const v = (r.stats[key] as unknown as Record<string, number>)[stat];
  return [[Number.isFinite(v) ? v : notAvailable('noneInAnyDraw', { what: fig })]];
}

/**
 * Runs the simulation in chunks of `chunk` draws with a setTimeout(0) yield between them, so Excel's
 * JavaScript runtime stays responsive for 100,000 draws; `cancelled()` is checked between chunks.
 */
export async function runSimulationChunked(req: SimRequest, cancelled: () => boolean, chunk = 5000): Promise<SimResult> {
  const s = startSimulation(req);
  while (!s.done) {
    if (cancelled()) throw new SimulationCancelled();
    s.step(chunk);
    // Excel's runtimes have setTimeout (a macrotask lets Excel recalc and paint); a bare
    // JavaScript sandbox may not, and then a microtask still breaks the work into steps.
    if (!s.done) await (typeof setTimeout === 'function' ? new Promise<void>((res) => setTimeout(res, 0)) : Promise.resolve());
  }
  return s.result();
}

// ---------------------------------------------------------------------------------------------
// DSI.TORNADO and DSI.GRID

export function tornadoCell(params: unknown, output: unknown, fraction: unknown): Cell[][] {
  const kind = detectKind(params);
  const layers = layersOf(kind, params, null, 'TORNADO');
  const f = scalarArg(fraction, 'fraction');
  const t = tornado(kind, layers, textArg(output, 'output'), isEmptyCell(f) ? {} : { fraction: f as number });
  const rows: Cell[][] = [headers(['parameter', 'low', 'high', 'outputLow', 'outputHigh', 'swing'], excelLanguage())];
  const na = (x: number | null) => (x === null ? notAvailable('noneHere', { what: t.output }) : x);
  for (const r of t.rows) rows.push([r.key, r.low, r.high, na(r.outputLow), na(r.outputHigh), na(r.swing)]);
  return rows;
}

function valuesArg(v: unknown, name: string): number[] {
  const m = asMatrix(v);
  if (shapeOf(m) === 'grid') throw invalid('valuesShape', { name }, name);
  return flatten(m).filter((x) => !isEmptyCell(x)).map((x) => {
    if (typeof x !== 'number') throw invalid('valuesNumbers', { name, value: x }, name, x);
    return x;
  });
}

export function gridCell(params: unknown, output: unknown, keyX: unknown, valuesX: unknown, keyY: unknown, valuesY: unknown): Cell[][] {
  const kind = detectKind(params);
  const layers = layersOf(kind, params, null, 'GRID');
  const kx = textArg(keyX, 'keyX');
  const ky = textArg(keyY, 'keyY');
  if (kx === undefined || ky === undefined) throw invalid('gridKeys', {}, 'keyX');
  const g = grid(kind, layers, textArg(output, 'output'), kx, valuesArg(valuesX, 'valuesX'), ky, valuesArg(valuesY, 'valuesY'));
  const rows: Cell[][] = [[`${g.keyX} \\ ${g.keyY}`, ...g.ys]];
  g.xs.forEach((x, i) => rows.push([x, ...g.values[i].map((v) => (v === null ? notAvailable('noneAtPoint', { what: g.output }) : v))]));
  return rows;
}

// ---------------------------------------------------------------------------------------------
// DSI.OUTCOMEFUND (docs/model.md section 5)


/**
 * The fund whose repayments are a reference contract's payments as shares of its cost, as
 * `dsi fund --contract`: the fund's inputs are checked by the fund model as for DSI.REINVEST
 * (so repaymentMultiple, repaymentYears and repaymentLag are checked but not used), the contract's
 * by the contract model.
 */
export function outcomeFundCell(fundParams: unknown, contract: unknown, output: unknown): number | Cell[][] {
  const out = fundOutputArg(textArg(output, 'output'));
  const fund = validate(outcomeFundInputModel, mergeInput(outcomeFundInputModel, [resolveBase(outcomeFundInputModel, fundParams).layer])) as FundParams;
  if (isOmitted(contract)) throw invalid('contractEmpty', {}, 'contract');
  let shares: number[];
  try {
    shares = repaymentShares(run(contractModel, [resolveBase(contractModel, contract).layer]).result);
  } catch (e) {
    // The contract's own message, said to be about the contract argument (not the fund's params).
    if (e instanceof ParameterError) throw withPrefix(CONTRACT_ARG, e);
    throw e;
  }
  const r = evaluateOutcomeFund(fund, shares);
  return out === 'table' ? fundTable(r, excelLanguage()) : fundFigure(r, out, () => notAvailable('noVintageIrr', { why: 'contract' }));
}

export { CONTRACT_ACTORS };
