/**
 * Monte Carlo of the fund as DSI's board sees it (docs/fund.md).
 *
 * Every distribution is drawn once per draw for the whole fund (lossRate, guaranteeShare,
 * costPerParticipant, ...), in the order given. With a reference contract and a `successRate`
 * distribution, each vintage draws its own success rate instead (partnerships of one year share a
 * draw; years are independent): after the fund-wide values, draw i takes H more values, vintage 1
 * first. A vintage's repayments are then the contract's outcome payments with that vintage's net
 * successes, and its employed count uses that rate.
 *
 * Results: the fund's statistics of section 6 (people helped, employed, total invested) and of
 * section 7 (fundValue), P(a shortfall within the horizon) and P(fundValue >= capitalIn).
 */
import { defineMessages, invalid } from './messages';
import { netSuccesses, effectProfile } from './case';
import { contractCost, outcomePayments, evaluateContract, ContractParams } from './contract';
import type { FundParams } from './fund';
import { evaluateFundFlows, fixedMultipleShares, FundFlows } from './fundFlows';
import { repaymentShares } from './outcomeFund';
import { fundModel, outcomeFundInputModel, mergeInput, validate, InputLayer, ModelDef } from './models';
import { makeDistribution, Distribution } from './distributions';
import { defaultDistributionSpecs } from './defaultDistributions';
import { Rng, checkSeed } from './random';
import { checkDraws, summarise, SimResult, Stats, runInChunks } from './montecarlo';
import type { ChunkOptions } from './montecarlo';

export const FUND_SIM_METRICS = ['cumulativePeople', 'employed', 'totalInvested', 'fundValue'] as const;

export interface FundSimResult extends SimResult {
  /** P(a shortfall in some year 1..H), P(fundValue >= capitalIn). */
  probabilities: { shortfall: number; capitalPreserved: number };
  /** True when each vintage drew its own success rate. */
  perVintage: boolean;
}

defineMessages({
  replacedByContract: {
    en: (p) => `${p.key} is not used with a reference contract (its payments give the repayments), so it cannot be drawn`,
    da: (p) => `${p.key} bruges ikke med en referencekontrakt (dens betalinger giver tilbagebetalingerne), så den kan ikke trækkes`,
  },
});

/** A contract's repayment shares q_k = Pay_k / C at a gross success rate, written into `into`
 *  (a new row when left out). */
export function contractSharesAt(c: ContractParams): (successRate: number, into?: number[]) => number[] {
  const C = contractCost(c);
  if (!(C > 0)) throw invalid('contractNoCost', {}, 'costTotal', C);
  const effect = effectProfile(c.effectRamp, c.persistence, c.horizon);
  return (rate, into) => {
    const S = netSuccesses(c.participants, rate, c.baselineRate, c.dropoutRate);
    const { payments } = outcomePayments(S, effect, c.outcomePrice, c.paymentStart, c.paymentYears, c.paymentCap, into);
    for (let k = 0; k < payments.length; k++) payments[k] /= C;
    return payments;
  };
}

const REPLACED = new Set(['repaymentMultiple', 'repaymentYears', 'repaymentLag']);

export class FundSimulation {
  readonly kind = 'fund' as const;
  readonly draws: number;
  readonly seed: number;
  readonly params: FundParams;
  readonly dists: readonly Distribution[];
  readonly perVintage: boolean;
  private readonly fundWide: readonly Distribution[];
  private readonly vintageRate?: Distribution;
  private readonly sharesAt?: (rate: number, into?: number[]) => number[];
  private readonly fixedShares?: number[];
  private readonly vintageRows: number[][];
  private readonly rng: Rng;
  private readonly values: Float64Array[];
  private readonly shortfalls: Uint8Array;
  private readonly preserved: Uint8Array;
  private readonly deterministicResult: FundFlows;
  private doneCount = 0;

  constructor(layers: readonly InputLayer[], dists: readonly Distribution[], opts: { draws: number; seed: number; contract?: ContractParams }) {
    this.draws = checkDraws(opts.draws);
    this.seed = checkSeed(opts.seed);
    this.dists = dists;
    const model: ModelDef<FundParams, unknown> = opts.contract ? outcomeFundInputModel : fundModel;
    for (const d of dists) {
      if (!model.params.some((m) => m.key === d.key)) throw invalid('notParamOfModel', { key: d.key, model: 'fund' }, d.key);
      if (opts.contract && REPLACED.has(d.key)) throw invalid('replacedByContract', { key: d.key }, d.key);
    }
    const centres: Record<string, unknown> = {};
    for (const d of dists) centres[d.key] = d.center;
    this.params = validate(model, mergeInput(model, [...layers, { values: centres }]));
    this.vintageRate = opts.contract ? dists.find((d) => d.key === 'successRate' && d.kind !== 'fixed') : undefined;
    this.perVintage = this.vintageRate !== undefined;
    this.fundWide = dists.filter((d) => d !== this.vintageRate);
    if (opts.contract) {
      this.sharesAt = contractSharesAt(opts.contract);
      this.fixedShares = repaymentShares(evaluateContract(opts.contract));
    }
    this.vintageRows = Array.from({ length: this.params.horizon }, () => new Array<number>(opts.contract?.horizon ?? 0).fill(0));
    this.deterministicResult = this.evaluate(this.params, this.perVintage ? new Array(this.params.horizon).fill(this.params.successRate) : undefined);
    this.rng = new Rng(this.seed);
    this.values = FUND_SIM_METRICS.map(() => new Float64Array(this.draws));
    this.shortfalls = new Uint8Array(this.draws);
    this.preserved = new Uint8Array(this.draws);
  }

  get done(): boolean {
    return this.doneCount >= this.draws;
  }

  get progress(): number {
    return this.doneCount / this.draws;
  }

  /** The fund's flows without the vintage IRR, which the simulation does not report. */
  private evaluate(p: FundParams, rates?: Float64Array | number[]): FundFlows {
    if (!this.sharesAt) return evaluateFundFlows(p, fixedMultipleShares(p.repaymentMultiple, p.repaymentYears, p.repaymentLag));
    if (!rates) return evaluateFundFlows(p, this.fixedShares as number[]);
    const at = this.sharesAt;
    // One row per vintage, refilled each draw (the recurrence reads them only during the call).
    const rows = this.vintageRows;
    return evaluateFundFlows(p, (s) => at(rates[s - 1], rows[s - 1]), rates);
  }

  /** Runs up to n more draws; returns how many draws are done in all. */
  step(n: number): number {
    const end = Math.min(this.draws, this.doneCount + Math.max(0, Math.floor(n)));
    const p = { ...this.params } as Record<string, unknown>;
    const { fundWide, vintageRate, rng } = this;
    const H = this.params.horizon;
    const rates = vintageRate ? new Float64Array(H) : undefined;
    const [people, employed, invested, value] = this.values;
    for (let i = this.doneCount; i < end; i++) {
      for (let k = 0; k < fundWide.length; k++) p[fundWide[k].key] = fundWide[k].sample(rng);
      if (rates && vintageRate) for (let t = 0; t < H; t++) rates[t] = vintageRate.sample(rng);
      const r = this.evaluate(p as unknown as FundParams, rates);
      people[i] = r.cumulativePeople[H - 1];
      employed[i] = r.employed;
      invested[i] = r.totalInvested;
      value[i] = r.fundValue;
      this.shortfalls[i] = r.firstShortfallYear === null ? 0 : 1;
      this.preserved[i] = r.fundValue >= r.capitalIn ? 1 : 0;
    }
    this.doneCount = end;
    return end;
  }

  result(): FundSimResult {
    if (!this.done) throw new Error('result() before the simulation is done');
    const stats: Record<string, Stats> = {};
    const samples: Record<string, Float64Array> = {};
    const deterministic: Record<string, number | null> = {};
    const det = this.deterministicResult;
    const detValues = [det.cumulativePeople[det.cumulativePeople.length - 1], det.employed, det.totalInvested, det.fundValue];
    FUND_SIM_METRICS.forEach((name, k) => {
      stats[name] = summarise(this.values[k]);
      samples[name] = this.values[k];
      deterministic[name] = detValues[k];
    });
    const share = (flags: Uint8Array) => flags.reduce((a, b) => a + b, 0) / this.draws;
    return {
      model: 'fund',
      draws: this.draws,
      seed: this.seed,
      horizon: this.params.horizon,
      distributions: this.dists.map((d) => ({ key: d.key, kind: d.kind, args: [...d.args] })),
      deterministic,
      stats,
      breakEven: {},
      samples,
      probabilities: { shortfall: share(this.shortfalls), capitalPreserved: share(this.preserved) },
      perVintage: this.perVintage,
    };
  }
}

/** One run to the end. */
export function simulateFund(layers: readonly InputLayer[], dists: readonly Distribution[], opts: { draws: number; seed: number; contract?: ContractParams }): FundSimResult {
  const s = new FundSimulation(layers, dists, opts);
  s.step(s.draws);
  return s.result();
}

/** In chunks with a yield to the event loop between them, as simulateAsync (for the pane). */
export async function simulateFundAsync(
  layers: readonly InputLayer[],
  dists: readonly Distribution[],
  opts: { draws: number; seed: number; contract?: ContractParams } & ChunkOptions,
): Promise<FundSimResult> {
  return runInChunks(new FundSimulation(layers, dists, opts), opts);
}

/** The documented default distributions of the fund (defaultDistributions.ts); with a reference
 *  contract without repaymentMultiple, which the contract's payments replace. */
export function defaultFundDistributions(params: Record<string, unknown>, withContract: boolean): Distribution[] {
  const model = withContract ? outcomeFundInputModel : fundModel;
  const specs = defaultDistributionSpecs('fund', { repaymentMultiple: 0, ...params });
  return specs.filter((d) => !withContract || !REPLACED.has(d.key)).map((d) => makeDistribution(model, d, 'default'));
}
