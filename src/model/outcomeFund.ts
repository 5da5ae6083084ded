/**
 * Fund whose repayments come from outcomes (docs/model.md section 5): instead of a fixed multiple, a
 * vintage invested in year s receives in year s + k - 1 the share q_k = Pay_k / C of its size,
 * k = 1..H of a reference contract (section 4). With q_k = m / n for k = L + 1 .. L + n this is
 * the fund of section 2.
 */
import { ParameterError } from './errors';
import type { FundParams, FundResult } from './fund';
import { irr } from './irr';
import type { ContractResult } from './contract';

/** q_k = Pay_k / C of a reference contract. */
export function repaymentShares(contract: ContractResult): number[] {
  if (!(contract.costTotal > 0)) throw new ParameterError('the reference contract must have a cost above 0 to give repayment shares', 'costTotal', contract.costTotal);
  return contract.payments.map((x) => x / contract.costTotal);
}

/** Section 2's fixed multiple as shares: m / n in each of years L + 1 .. L + n. */
export function fixedMultipleShares(multiple: number, years: number, lag: number): number[] {
  const q = new Array<number>(lag + years).fill(0);
  for (let k = lag + 1; k <= lag + years; k++) q[k - 1] = multiple / years;
  return q;
}

/**
 * The fund of section 2 with repayments from shares q (q[0] is k = 1, the vintage's own year).
 * A share in the vintage's own year is reinvested the same year: I_t = reinvestShare x R_t with
 * R_t including q_1 I_t, so I_t = reinvestShare x R'_t / (1 - reinvestShare x q_1).
 * `sharesFor(s)` may give each vintage its own shares (e.g. its own success rate).
 */
export function evaluateOutcomeFund(
  p: Omit<FundParams, 'repaymentMultiple' | 'repaymentYears' | 'repaymentLag'>,
  shares: readonly number[] | ((vintage: number) => readonly number[]),
): FundResult {
  const H = p.horizon;
  const qOf = typeof shares === 'function' ? shares : () => shares;
  const q: (readonly number[])[] = [];
  const invested = new Array<number>(H).fill(0);
  const repayments = new Array<number>(H).fill(0);
  const peopleHelped = new Array<number>(H);
  const cumulativePeople = new Array<number>(H);
  const years = new Array<number>(H);
  let keptCash = 0;
  let total = 0;
  let people = 0;
  for (let t = 0; t < H; t++) {
    q[t] = qOf(t + 1);
    let r = 0;
    for (let s = 0; s < t; s++) r += invested[s] * (q[s][t - s] ?? 0);
    const q1 = q[t][0] ?? 0;
    if (t === 0) {
      invested[0] = p.initialCapital;
      r += invested[0] * q1;
      keptCash += r; // I_1 is K0 (section 2), so a year-1 repayment is kept
    } else {
      if (p.reinvestShare * q1 >= 1) throw new ParameterError('the reference contract repays a vintage in full in its own year, so reinvesting it would never end', 'paymentStart');
      invested[t] = (p.reinvestShare * r) / (1 - p.reinvestShare * q1);
      r += invested[t] * q1;
      keptCash += (1 - p.reinvestShare) * r;
    }
    repayments[t] = r;
    total += invested[t];
    peopleHelped[t] = invested[t] / p.costPerParticipant;
    people += peopleHelped[t];
    cumulativePeople[t] = people;
    years[t] = p.startYear + t;
  }
  let outstanding = 0;
  for (let s = 0; s < H; s++) for (let k = H - s; k < q[s].length; k++) outstanding += invested[s] * q[s][k];
  const q1 = q[0];
  const flows = q1.map((x, k) => (k === 0 ? x - 1 : x));
  return {
    years,
    invested,
    repayments,
    peopleHelped,
    cumulativePeople,
    totalInvested: total,
    employed: p.successRate * people,
    partnerships: total / p.averageInvestment,
    keptCash,
    outstanding,
    vintageIrr: irr(flows),
  };
}
