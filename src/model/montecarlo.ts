/**
 * Monte Carlo of the case, the contract and the fund (docs/model.md section 6).
 *
 * Reproducibility: one generator (random.ts) per run, seeded once; draw i takes, for each
 * distribution in the order given, one value (a distribution may use several uniforms). Running
 * in chunks gives exactly the numbers of one run, so the pane and the cells can yield between
 * chunks, show progress and cancel.
 *
 * Statistics: mean and sample standard deviation (n - 1); percentiles as Excel's PERCENTILE.INC
 * (linear between order statistics, rank p x (n - 1)). The mean is computed around the first
 * draw, so when every draw is the same the mean equals it exactly.
 */
import { defineMessages, invalid, numberIn, showValueIn } from './messages';
import { ACTORS_AND_TOTAL, ActorOrTotal } from './case';
import type { CaseResult, CaseParams } from './case';
import type { ContractResult } from './contract';
import type { FundResult } from './fund';
import { ModelDef, InputLayer, mergeInput, validate, caseModel, contractModel, fundModel } from './models';
import type { Distribution } from './distributions';
import { Rng, checkSeed } from './random';
import { unitsId, withUnits, checkUnitsDistributions } from './consequenceUnits';
import { caseDrawApplies, caseDrawReader } from './caseDraw';
import { selectInPlace } from './select';

export type SimKind = 'case' | 'contract' | 'fund';
export const MAX_DRAWS = 1_000_000;
export const DEFAULT_DRAWS = 10_000;
export const DEFAULT_SEED = 1;

export interface Stats {
  mean: number;
  sd: number;
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  min: number;
  max: number;
  /** Draws in which the figure exists (an IRR may not). */
  count: number;
}

export interface BreakEvenStats {
  /** P(break-even within the horizon). */
  probability: number;
  /** P(break-even year = t), t = 1..H. */
  byYear: number[];
  /** P(break-even year <= t), t = 1..H. */
  cumulative: number[];
}

/** What each draw records, by model. */
interface Extractor {
  metrics: string[];
  breakEven: string[];
  read(result: unknown, metrics: Float64Array, be: Int16Array): void;
}

const ACTOR_METRICS = ACTORS_AND_TOTAL.map((a) => `${a}.presentValue`);

const EXTRACTORS: Record<SimKind, Extractor> = {
  case: {
    metrics: ACTOR_METRICS,
    breakEven: [...ACTORS_AND_TOTAL],
    read(res, m, be) {
      const r = res as CaseResult;
      ACTORS_AND_TOTAL.forEach((a, i) => {
        m[i] = r.actors[a].presentValue;
        be[i] = r.actors[a].breakEvenYear ?? 0;
      });
    },
  },
  contract: {
    metrics: [...ACTOR_METRICS, 'investor.presentValue', 'investor.multiple', 'investor.irr'],
    breakEven: [...ACTORS_AND_TOTAL, 'investor'],
    read(res, m, be) {
      const r = res as ContractResult;
      ACTORS_AND_TOTAL.forEach((a, i) => {
        m[i] = r.actors[a].presentValue;
        be[i] = r.actors[a].breakEvenYear ?? 0;
      });
      m[4] = r.investor.presentValue;
      m[5] = r.investor.multiple ?? NaN;
      m[6] = r.investor.irr ?? NaN;
      be[4] = r.investor.breakEvenYear ?? 0;
    },
  },
  fund: {
    metrics: ['cumulativePeople', 'employed', 'totalInvested'],
    breakEven: [],
    read(res, m) {
      const r = res as FundResult;
      m[0] = r.cumulativePeople[r.cumulativePeople.length - 1];
      m[1] = r.employed;
      m[2] = r.totalInvested;
    },
  },
};

export const SIM_MODELS: Record<SimKind, ModelDef<any, any>> = { case: caseModel, contract: contractModel, fund: fundModel };

export interface SimResult {
  model: SimKind;
  draws: number;
  seed: number;
  horizon: number;
  distributions: { key: string; kind: string; args: number[] }[];
  /** The figures at the centre values (fixed value, mode or mean of each distribution). */
  deterministic: Record<string, number | null>;
  stats: Record<string, Stats>;
  breakEven: Record<string, BreakEvenStats>;
  /** Every draw's value of each figure (NaN where it does not exist), for histograms. */
  samples: Record<string, Float64Array>;
}

export class SimulationCancelled extends Error {
  constructor() {
    super('The simulation was cancelled');
    this.name = 'SimulationCancelled';
  }
}

defineMessages({
  drawsRange: {
    en: (p, l) => `draws must be a whole number from 1 to ${numberIn(p.max, l)} (got ${showValueIn(p.value, l)})`,
    da: (p, l) => `draws skal være et helt tal fra 1 til ${numberIn(p.max, l)} (fik ${showValueIn(p.value, l)})`,
  },
  notParamOfModel: {
    en: (p) => `${p.key} is not a parameter of the ${p.model} model`,
    da: (p) => `${p.key} er ikke en parameter i ${({ case: 'case-modellen', fund: 'fondsmodellen', contract: 'kontraktmodellen' } as Record<string, string>)[p.model] ?? p.model}`,
  },
});

export function checkDraws(draws: unknown): number {
  if (typeof draws !== 'number' || !Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
    throw invalid('drawsRange', { max: MAX_DRAWS, value: draws }, 'draws', draws);
  }
  return draws;
}

/**
 * A Monte Carlo run that can be advanced in chunks: `step(n)` runs up to n more draws,
 * `result()` summarises once `done`.
 */
export class Simulation {
  readonly kind: SimKind;
  readonly draws: number;
  readonly seed: number;
  readonly params: Record<string, unknown>;
  readonly dists: readonly Distribution[];
  private readonly model: ModelDef<any, any>;
  private readonly ex: Extractor;
  private readonly rng: Rng;
  private readonly values: Float64Array[];
  private readonly years: Int16Array[];
  private readonly rowM: Float64Array;
  private readonly rowB: Int16Array;
  private readonly deterministicResult: unknown;
  /** The case's figures read straight from the parameters (caseDraw.ts): same numbers, no result objects. */
  private readonly caseDraw?: ReturnType<typeof caseDrawReader>;
  private doneCount = 0;
  /** For each distribution, the consequence whose units it draws (units:ID keys), else undefined. */
  private readonly unitIds: (string | undefined)[];

  constructor(kind: SimKind, layers: readonly InputLayer[], dists: readonly Distribution[], opts: { draws: number; seed: number }) {
    this.kind = kind;
    this.model = SIM_MODELS[kind];
    this.ex = EXTRACTORS[kind];
    this.draws = checkDraws(opts.draws);
    this.seed = checkSeed(opts.seed);
    this.dists = dists;
    for (const d of dists) {
      if (unitsId(d.key) === undefined && !this.model.params.some((m) => m.key === d.key)) {
        throw invalid('notParamOfModel', { key: d.key, model: this.model.label }, d.key);
      }
    }
    // Centre values go through the model's validation, so the other rules (sums, exclusive keys)
    // are checked once; each draw then only replaces values that are valid by construction.
    const centres: Record<string, unknown> = {};
    for (const d of dists) centres[d.key] = d.center;
    const merged = mergeInput(this.model, [...layers, { values: Object.fromEntries(Object.entries(centres).filter(([k]) => unitsId(k) === undefined)) }]);
    this.params = validate(this.model, withUnits(merged, centres));
    checkUnitsDistributions(dists, this.params);
    this.deterministicResult = this.model.evaluate(this.params);
    this.unitIds = dists.map((d) => unitsId(d.key));
    this.rng = new Rng(this.seed);
    this.values = this.ex.metrics.map(() => new Float64Array(this.draws));
    this.years = this.ex.breakEven.map(() => new Int16Array(this.draws));
    this.rowM = new Float64Array(this.ex.metrics.length);
    this.rowB = new Int16Array(this.ex.breakEven.length);
    if (kind === 'case' && caseDrawApplies(this.params)) this.caseDraw = caseDrawReader();
  }

  get done(): boolean {
    return this.doneCount >= this.draws;
  }

  get progress(): number {
    return this.doneCount / this.draws;
  }

  /** Runs up to n more draws; returns how many draws are done in all. */
  step(n: number): number {
    const end = Math.min(this.draws, this.doneCount + Math.max(0, Math.floor(n)));
    const p: Record<string, unknown> = { ...this.params };
    const { dists, rng, rowM, rowB } = this;
    const evaluate = this.model.evaluate;
    const caseDraw = this.caseDraw;
    const { values, years } = this;
    const keys = dists.map((d) => d.key);
    for (let i = this.doneCount; i < end; i++) {
      for (let k = 0; k < dists.length; k++) {
        const id = this.unitIds[k];
        if (id === undefined) p[keys[k]] = dists[k].sample(rng);
        else p.consequences = (p.consequences as { id: string }[]).map((c) => (c.id === id ? { ...c, units: dists[k].sample(rng) } : c));
      }
      if (caseDraw) caseDraw(p as unknown as CaseParams, rowM, rowB);
      else this.ex.read(evaluate(p), rowM, rowB);
      for (let k = 0; k < rowM.length; k++) values[k][i] = rowM[k];
      for (let k = 0; k < rowB.length; k++) years[k][i] = rowB[k];
    }
    this.doneCount = end;
    return end;
  }

  result(): SimResult {
    if (!this.done) throw new Error('result() before the simulation is done');
    const horizon = (this.params as { horizon: number }).horizon;
    const stats: Record<string, Stats> = {};
    const samples: Record<string, Float64Array> = {};
    this.ex.metrics.forEach((name, k) => {
      stats[name] = summarise(this.values[k]);
      samples[name] = this.values[k];
    });
    const breakEven: Record<string, BreakEvenStats> = {};
    this.ex.breakEven.forEach((name, k) => {
      breakEven[name] = breakEvenStats(this.years[k], horizon);
    });
    const detM = new Float64Array(this.ex.metrics.length);
    this.ex.read(this.deterministicResult, detM, new Int16Array(this.ex.breakEven.length));
    const deterministic: Record<string, number | null> = {};
    this.ex.metrics.forEach((name, k) => (deterministic[name] = Number.isFinite(detM[k]) ? detM[k] : null));
    return {
      model: this.kind,
      draws: this.draws,
      seed: this.seed,
      horizon,
      distributions: this.dists.map((d) => ({ key: d.key, kind: d.kind, args: [...d.args] })),
      deterministic,
      stats,
      breakEven,
      samples,
    };
  }
}

/** PERCENTILE.INC on sorted values. */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo];
  const b = sorted[hi];
  return a === b ? a : a + (h - lo) * (b - a);
}

/** Mean, sd and percentiles of the values that exist (NaN marks a figure that does not). */
export function summarise(values: Float64Array): Stats {
  // One pass: the values that exist are copied (for the order statistics) and summed around the
  // first of them, in the order of the draws.
  const all = new Float64Array(values.length);
  let n = 0;
  let shift = NaN;
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue; // NaN: the figure does not exist in this draw
    if (n === 0) shift = v;
    all[n++] = v;
    const d = v - shift;
    s += d;
    s2 += d * d;
  }
  if (n === 0) return { mean: NaN, sd: NaN, p5: NaN, p10: NaN, p50: NaN, p90: NaN, p95: NaN, min: NaN, max: NaN, count: 0 };
  const xs = n === values.length ? all : all.subarray(0, n);
  const mean = shift + s / n;
  const sd = n > 1 ? Math.sqrt(Math.max(0, (s2 - (s * s) / n) / (n - 1))) : 0;
  // Only the order statistics the percentiles read are put in place (a selection, not a sort:
  // the same values as sorting, in a fraction of the time at a million draws).
  const ps = [0.05, 0.1, 0.5, 0.9, 0.95];
  const ranks = ps.flatMap((q) => [Math.floor((n - 1) * q), Math.min(Math.floor((n - 1) * q) + 1, n - 1)]);
  selectInPlace(xs, [...new Set([0, n - 1, ...ranks])].sort((a, b) => a - b));
  return {
    mean,
    sd,
    p5: percentileSorted(xs, 0.05),
    p10: percentileSorted(xs, 0.1),
    p50: percentileSorted(xs, 0.5),
    p90: percentileSorted(xs, 0.9),
    p95: percentileSorted(xs, 0.95),
    min: xs[0],
    max: xs[n - 1],
    count: n,
  };
}

function breakEvenStats(years: Int16Array, horizon: number): BreakEvenStats {
  const counts = new Array<number>(horizon + 1).fill(0);
  for (let i = 0; i < years.length; i++) counts[years[i]]++;
  const n = years.length;
  const byYear = counts.slice(1).map((c) => c / n);
  const cumulative: number[] = [];
  let acc = 0;
  for (let t = 1; t <= horizon; t++) {
    acc += counts[t];
    cumulative.push(acc / n);
  }
  return { probability: acc / n, byYear, cumulative };
}

/** One run to the end. */
export function simulate(kind: SimKind, layers: readonly InputLayer[], dists: readonly Distribution[], opts: { draws: number; seed: number }): SimResult {
  const s = new Simulation(kind, layers, dists, opts);
  s.step(s.draws);
  return s.result();
}

/**
 * Runs in chunks, yielding to the event loop between them (setTimeout 0), so a browser or Excel's
 * runtime stays responsive; `onProgress` gets the share done; aborting the signal stops at the
 * next chunk with SimulationCancelled.
 */
export async function simulateAsync(
  kind: SimKind,
  layers: readonly InputLayer[],
  dists: readonly Distribution[],
  opts: { draws: number; seed: number } & ChunkOptions,
): Promise<SimResult> {
  return runInChunks(new Simulation(kind, layers, dists, opts), opts);
}

/** What runInChunks drives: the case, contract and fund simulations alike. */
export interface SteppedRun<R> {
  readonly done: boolean;
  readonly progress: number;
  step(n: number): number;
  result(): R;
}

export interface ChunkOptions {
  chunk?: number;
  onProgress?: (share: number) => void;
  signal?: { aborted: boolean };
}

/** Runs `s` to the end in chunks, yielding to the event loop between them; an aborted signal stops
 *  it at the next chunk (or after the last) with SimulationCancelled. */
export async function runInChunks<R>(s: SteppedRun<R>, opts: ChunkOptions): Promise<R> {
  const chunk = Math.max(1, opts.chunk ?? 5000);
  while (!s.done) {
    if (opts.signal?.aborted) throw new SimulationCancelled();
    s.step(chunk);
    opts.onProgress?.(s.progress);
    if (!s.done) await new Promise<void>((res) => setTimeout(res, 0));
  }
  if (opts.signal?.aborted) throw new SimulationCancelled();
  return s.result();
}

export type { ActorOrTotal };
