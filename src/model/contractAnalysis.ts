/**
 * Derived figures of an outcome contract (docs/model.md section 4): the maximum affordable price, the
 * investor's break-even price and the switching success rate. A figure that does not exist is
 * `value: null` with the reason; the cell adapters turn that into #N/A with the reason as message.
 */
import { evaluateCase, ActorOrTotal, CaseParams } from './case';
import { evaluateContract, outcomePayments, contractCost, ContractParams } from './contract';
import { discountFactors } from './discount';
import { unitGains } from './budgetLines';
import { defineMessages, render } from './messages';
import type { MessageParts } from './errors';
import { effectProfile, netSuccesses } from './case';
import { bisect, signChange } from './bisect';

export interface Derived {
  value: number | null;
  /** Why the figure does not exist (only when value is null). */
  reason?: string;
  /** The reason in Danish (the parts of the message catalogue), when the reason comes from it. */
  reasonParts?: MessageParts;
}

export type ContractActor = ActorOrTotal | 'investor';
export const CONTRACT_ACTORS: readonly ContractActor[] = ['kommune', 'region', 'stat', 'total', 'investor'];

const none = (code: string, params: Record<string, unknown>): Derived => {
  const reasonParts = { code, params };
  return { value: null, reason: render(reasonParts), reasonParts };
};

const dkkIn = (x: number, l: 'en' | 'da') => Math.round(x).toLocaleString('en-US').replace(/,/g, l === 'da' ? '.' : ',');
defineMessages({
  noPayerShare: {
    en: (p) => `${p.actor} pays no share of the outcome payments, so its result does not depend on the price`,
    da: (p) => `${p.actor} betaler ingen andel af resultatbetalingerne, så resultatet afhænger ikke af prisen`,
  },
  negativeAtZero: {
    en: (p, l) => `${p.actor}'s result is negative even at price 0 (discounted gains ${dkkIn(p.gains, l)} DKK)`,
    da: (p, l) => `${p.actor}s resultat er negativt selv ved pris 0 (diskonterede gevinster ${dkkIn(p.gains, l)} kr.)`,
  },
  nothingPaid: {
    en: () => 'there are no net successes in the payment window, so nothing is paid at any price',
    da: () => 'der er ingen nettosucceser i betalingsvinduet, så intet betales til nogen pris',
  },
  capKeepsPositive: {
    en: (p, l) => `the cap of ${dkkIn(p.cap, l)} DKK keeps ${p.actor}'s result positive at any price`,
    da: (p, l) => `loftet på ${dkkIn(p.cap, l)} kr. holder ${p.actor}s resultat positivt til enhver pris`,
  },
  noCost: {
    en: () => 'the intervention costs nothing, so the investor multiple is not defined',
    da: () => 'indsatsen koster intet, så investorfaktoren er ikke defineret',
  },
  capBelowCost: {
    en: (p, l) => `the cap of ${dkkIn(p.cap, l)} DKK is below the cost of ${dkkIn(p.cost, l)} DKK, so the multiple cannot reach 1`,
    da: (p, l) => `loftet på ${dkkIn(p.cap, l)} kr. er under udgiften på ${dkkIn(p.cost, l)} kr., så faktoren kan ikke nå 1`,
  },
  neverSwitches: {
    en: (p) => `${p.actor}'s present value is ${p.sign > 0 ? 'zero or positive' : p.sign < 0 ? 'zero or negative' : 'zero'} at every success rate from 0 to 1, so it never changes sign`,
    da: (p) => `${p.actor}s nutidsværdi er ${p.sign > 0 ? 'nul eller positiv' : p.sign < 0 ? 'nul eller negativ' : 'nul'} ved enhver succesrate fra 0 til 1, så den skifter aldrig fortegn`,
  },
});

function payerShare(p: ContractParams, a: ActorOrTotal): number {
  if (a === 'total') return 1;
  return a === 'kommune' ? p.payerShareKommune : a === 'region' ? p.payerShareRegion : p.payerShareStat;
}

/** Discounted payments as a function of the price (other parameters fixed). */
function discountedPayments(p: ContractParams): (price: number) => number {
  const H = p.horizon;
  const S = netSuccesses(p.participants, p.successRate, p.baselineRate, p.dropoutRate);
  const e = effectProfile(p.effectRamp, p.persistence, H);
  const df = discountFactors(p.discountRate, H);
  return (price) => {
    const { payments } = outcomePayments(S, e, price, p.paymentStart, p.paymentYears, p.paymentCap);
    let d = 0;
    for (let t = 0; t < H; t++) d += payments[t] * df[t];
    return d;
  };
}

/**
 * The outcome price at which `actor`'s present value under the contract is exactly 0 (default the
 * municipality): without a cap G / (s x sum over the window of S e_t DF_t); with a cap, bisection on
 * the price (the discounted payments rise with the price until the cap is used up).
 */
export function maxAffordablePrice(p: ContractParams, actor: ActorOrTotal = 'kommune'): Derived {
  const s = payerShare(p, actor);
  if (!(s > 0)) return none('noPayerShare', { actor });
  const df = discountFactors(p.discountRate, p.horizon);
  const gainsPv = evaluateCase(p).actors[actor].gains.reduce((acc, g, t) => acc + g * df[t], 0);
  if (gainsPv < 0) return none('negativeAtZero', { actor, gains: gainsPv });
  const D = discountedPayments(p);
  const uncappedUnit = discountedPayments({ ...p, paymentCap: undefined })(1);
  if (!(uncappedUnit > 0)) return none('nothingPaid', {});
  const closed = gainsPv / (s * uncappedUnit);
  if (p.paymentCap === undefined) return { value: closed };
  const pv = (price: number) => gainsPv - s * D(price);
  if (pv(Infinity) > 0) {
    return none('capKeepsPositive', { cap: p.paymentCap, actor });
  }
  // The uncapped root is a lower bound (the cap only lowers payments); double up to a bracket.
  let lo = 0;
  let hi = Math.max(closed, 1);
  while (pv(hi) > 0) {
    lo = hi;
    hi *= 2;
  }
  // The smallest price at which the result is no longer positive.
  return { value: bisect((price) => pv(price) > 0, lo, hi).hi };
}

/**
 * The outcome price at which the investor's multiple is 1: total payments are min(P x U, cap) with
 * U = sum over the window of S x e_t, so P = C / U when the cap (if any) is at least C.
 */
export function investorBreakEvenPrice(p: ContractParams): Derived {
  const C = contractCost(p);
  if (!(C > 0)) return none('noCost', {});
  const S = netSuccesses(p.participants, p.successRate, p.baselineRate, p.dropoutRate);
  const e = effectProfile(p.effectRamp, p.persistence, p.horizon);
  let U = 0;
  for (let t = p.paymentStart; t <= Math.min(p.horizon, p.paymentStart + p.paymentYears - 1); t++) U += S * e[t - 1];
  if (!(U > 0)) return none('nothingPaid', {});
  if (p.paymentCap !== undefined && p.paymentCap < C) {
    return none('capBelowCost', { cap: p.paymentCap, cost: C });
  }
  return { value: C / U };
}

// ---------------------------------------------------------------------------------------------
// Switching success rate

export type SwitchKind = 'case' | 'contract';

function pvAtRate(kind: SwitchKind, p: CaseParams | ContractParams, actor: ContractActor): (rate: number) => number {
  if (kind === 'case') {
    if (actor === 'investor') throw new Error('the case model has no investor');
    return (rate) => evaluateCase({ ...p, successRate: rate }).actors[actor].presentValue;
  }
  return (rate) => {
    const r = evaluateContract({ ...(p as ContractParams), successRate: rate });
    return actor === 'investor' ? r.investor.presentValue : r.actors[actor].presentValue;
  };
}

/** Success rates in (0, 1) where the present value has a kink: S = 0 and, with a cap, each year
 *  at which the cap starts to bind. Between them the present value is linear in the success rate. */
function kinks(kind: SwitchKind, p: CaseParams | ContractParams): number[] {
  const u = p.participants * (1 - p.dropoutRate);
  const out = [p.baselineRate];
  if (kind === 'contract') {
    const c = p as ContractParams;
    const e = effectProfile(c.effectRamp, c.persistence, c.horizon);
    if (c.paymentCap !== undefined && c.outcomePrice > 0) {
      let cum = 0;
      for (let t = c.paymentStart; t <= Math.min(c.horizon, c.paymentStart + c.paymentYears - 1); t++) {
        cum += e[t - 1];
        if (cum > 0) out.push(c.baselineRate + c.paymentCap / (c.outcomePrice * cum) / u);
      }
    }
  }
  return out.filter((x) => x > 0 && x < 1);
}

function noSwitch(actor: ContractActor, sign: number): Derived {
  return none('neverSwitches', { actor, sign });
}

/**
 * Root finder: the success rate nearest 1 at which the actor's present value changes sign
 * (strictly negative below and positive above, or the reverse; a value that only touches 0 is no
 * change). The present value is piecewise linear with kinks at `kinks`, so the change is searched
 * on those pieces, from the top, and located by bisection.
 */
export function switchingRateByRoot(kind: SwitchKind, p: CaseParams | ContractParams, actor: ContractActor): Derived {
  const f = pvAtRate(kind, p, actor);
  const pts = Array.from(new Set([0, ...kinks(kind, p), 1])).sort((a, b) => a - b);
  const sg = pts.map((x) => Math.sign(f(x)));
  let j = sg.length - 1;
  while (j >= 0 && sg[j] === 0) j--;
  if (j < 0) return noSwitch(actor, 0);
  const top = sg[j];
  let i = j - 1;
  while (i >= 0 && sg[i] !== -top) i--;
  if (i < 0) return noSwitch(actor, top);
  return { value: signChange(f, pts[i], pts[i + 1]) };
}

/** Closed form where the present value is linear in S on each side of S = 0 (no cap). */
export function switchingRateClosed(kind: SwitchKind, p: CaseParams | ContractParams, actor: ContractActor): Derived {
  const H = p.horizon;
  const u = p.participants * (1 - p.dropoutRate);
  const e = effectProfile(p.effectRamp, p.persistence, H);
  const df = discountFactors(p.discountRate, H);
  const C = contractCost(p);
  const g = unitGains(p);
  const gain = (t: number) => (actor === 'kommune' || actor === 'region' || actor === 'stat' ? g[actor][t] : actor === 'total' ? g.kommune[t] + g.region[t] + g.stat[t] : 0);
  let Ge = 0; // discounted gains per net success
  for (let t = 0; t < H; t++) Ge += e[t] * gain(t) * df[t];
  const costPv = (share: number) => {
    let k = 0;
    for (let t = 0; t < p.costProfile.length; t++) k += C * p.costProfile[t] * share * df[t];
    return k;
  };
  const S = (rate: number) => u * (rate - p.baselineRate);
  let pv: (rate: number) => number;
  let root: number | null;
  if (kind === 'case') {
    if (actor === 'investor') throw new Error('the case model has no investor');
    const share = actor === 'kommune' ? p.costShareKommune : actor === 'region' ? p.costShareRegion : actor === 'stat' ? p.costShareStat : 1;
    const K = costPv(share);
    pv = (rate) => S(rate) * Ge - K;
    root = Ge !== 0 ? p.baselineRate + K / (u * Ge) : null;
  } else {
    const c = p as ContractParams;
    if (c.paymentCap !== undefined) throw new Error('no closed form with a payment cap; use switchingRateByRoot');
    let W = 0; // discounted effect in the payment window
    for (let t = c.paymentStart; t <= Math.min(H, c.paymentStart + c.paymentYears - 1); t++) W += e[t - 1] * df[t - 1];
    if (actor === 'investor') {
      const K = costPv(1);
      pv = (rate) => c.outcomePrice * W * Math.max(S(rate), 0) - K;
      root = c.outcomePrice * W > 0 ? p.baselineRate + K / (c.outcomePrice * W) / u : null;
    } else {
      const s = actor === 'total' ? 1 : actor === 'kommune' ? c.payerShareKommune : actor === 'region' ? c.payerShareRegion : c.payerShareStat;
      pv = (rate) => S(rate) * Ge - s * c.outcomePrice * W * Math.max(S(rate), 0);
      root = p.baselineRate;
    }
  }
  const s0 = Math.sign(pv(0));
  const s1 = Math.sign(pv(1));
  if (root === null || s0 * s1 >= 0) return noSwitch(actor, s1 !== 0 ? s1 : s0);
  return { value: root };
}

/** The switching success rate: closed form without a cap, root finder with one. */
export function switchingRate(kind: SwitchKind, p: CaseParams | ContractParams, actor: ContractActor): Derived {
  if (kind === 'contract' && (p as ContractParams).paymentCap !== undefined) return switchingRateByRoot(kind, p, actor);
  return switchingRateClosed(kind, p, actor);
}

export interface ContractAnalysis {
  maxAffordablePrice: Derived;
  investorBreakEvenPrice: Derived;
  switchingRate: Record<ContractActor, Derived>;
}

export function analyseContract(p: ContractParams): ContractAnalysis {
  const sw = {} as Record<ContractActor, Derived>;
  for (const a of CONTRACT_ACTORS) sw[a] = switchingRate('contract', p, a);
  return { maxAffordablePrice: maxAffordablePrice(p), investorBreakEvenPrice: investorBreakEvenPrice(p), switchingRate: sw };
}
