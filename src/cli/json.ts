/**
 * The --json output contract (docs/cli-commands.md, "JSON output"), built field by field so the
 * output keeps exactly these keys in this order even if the model's result objects grow.
 */
import type { CaseResult, FundResult, ActorResult, ActorOrTotal } from '../model';

export const CASE_ACTORS: readonly ActorOrTotal[] = ['kommune', 'region', 'stat', 'total'];

export interface ActorJson {
  gains: number[];
  costs: number[];
  net: number[];
  cumulative: number[];
  breakEvenYear: number | null;
  presentValue: number;
  benefitCostRatio: number | null;
}

export interface CaseJson {
  netSuccesses: number;
  years: number[];
  effect: number[];
  actors: Record<ActorOrTotal, ActorJson>;
}

export interface FundJson {
  years: number[];
  invested: number[];
  repayments: number[];
  peopleHelped: number[];
  cumulativePeople: number[];
  totalInvested: number;
  employed: number;
  partnerships: number;
  keptCash: number;
  outstanding: number;
  vintageIrr: number | null;
}

function actorJson(a: ActorResult): ActorJson {
  return {
    gains: a.gains,
    costs: a.costs,
    net: a.net,
    cumulative: a.cumulative,
    breakEvenYear: a.breakEvenYear,
    presentValue: a.presentValue,
    benefitCostRatio: a.benefitCostRatio,
  };
}

export function caseJson(r: CaseResult): CaseJson {
  const actors = {} as Record<ActorOrTotal, ActorJson>;
  for (const a of CASE_ACTORS) actors[a] = actorJson(r.actors[a]);
  return { netSuccesses: r.netSuccesses, years: r.years, effect: r.effect, actors };
}

export function fundJson(r: FundResult): FundJson {
  return {
    years: r.years,
    invested: r.invested,
    repayments: r.repayments,
    peopleHelped: r.peopleHelped,
    cumulativePeople: r.cumulativePeople,
    totalInvested: r.totalInvested,
    employed: r.employed,
    partnerships: r.partnerships,
    keptCash: r.keptCash,
    outstanding: r.outstanding,
    vintageIrr: r.vintageIrr,
  };
}

/** JSON indented for reading, with arrays of plain values kept on one line. */
function pretty(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return JSON.stringify(value);
    const inner = indent + '  ';
    return '[\n' + value.map((v) => inner + pretty(v, inner)).join(',\n') + '\n' + indent + ']';
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return '{\n' + entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n') + '\n' + indent + '}';
  }
  return JSON.stringify(value);
}

/** One result, indented for reading (parses to the same value as JSON.stringify would give). */
export function jsonOne(value: unknown): string {
  return pretty(value, '') + '\n';
}

/** A batch: a JSON array with one compact result per line (valid JSON, and easy to stream by line). */
export function jsonMany(values: readonly unknown[]): string {
  if (values.length === 0) return '[]\n';
  return '[\n' + values.map((v) => JSON.stringify(v)).join(',\n') + '\n]\n';
}
