/**
 * Fund whose repayments come from outcomes (docs/model.md section 5): instead of a fixed multiple, a
 * vintage invested in year s receives in year s + k - 1 the share q_k = Pay_k / C of its size,
 * k = 1..H of a reference contract (section 4). With q_k = m / n for k = L + 1 .. L + n this is
 * the fund of section 2.
 */
import { defineMessages, invalid } from './messages';
import type { FundResult } from './fund';
import { evaluateFundFlows, FundFlowParams } from './fundFlows';
import { irr } from './irr';
import type { ContractResult } from './contract';

defineMessages({
  contractNoCost: {
    en: () => 'the reference contract must have a cost above 0 to give repayment shares',
    da: () => 'referencekontrakten skal have en omkostning over 0 for at give tilbagebetalingsandele',
  },
});

/** q_k = Pay_k / C of a reference contract. */
export function repaymentShares(contract: ContractResult): number[] {
  if (!(contract.costTotal > 0)) throw invalid('contractNoCost', {}, 'costTotal', contract.costTotal);
  return contract.payments.map((x) => x / contract.costTotal);
}

/**
 * The fund with repayments from shares q (q[0] is k = 1, the vintage's own year), by the one
 * recurrence of fundFlows.ts. `shares(s)` may give each vintage its own shares and
 * `successRates[s - 1]` its own success rate (docs/fund.md). The vintage IRR is
 * that of vintage 1.
 */
export function evaluateOutcomeFund(
  p: FundFlowParams,
  shares: readonly number[] | ((vintage: number) => readonly number[]),
  successRates?: ArrayLike<number>,
): FundResult {
  const r = evaluateFundFlows(p, shares, successRates) as FundResult;
  const q1 = typeof shares === 'function' ? shares(1) : shares;
  r.vintageIrr = irr(q1.map((x, k) => (k === 0 ? x - 1 : x)));
  return r;
}
