/**
 * The outcome contract as native spreadsheet formulas (docs/export.md): the case's rows, then the
 * payments in the window with the cap (MIN of the due payment and what the cap leaves), the
 * investor's cash flow with Excel's IRR, the public actors under the contract, and the same actors
 * without it. The derived prices and switching rates need a root finder and stay with the add-in.
 */
import { contractParamMeta, ACTORS_AND_TOTAL } from '../model';
import type { ContractParams, ActorOrTotal } from '../model';
import { addr, FMT } from './plan';
import type { WorkbookPlan } from './plan';
import { Metrics } from './rows';
import type { ModelRows } from './rows';
import { caseSheetStart, caseActors, caseRules, caseHeadMetrics, actorBlock, actorMetrics, sumOfActors, cumulativeChart, ACTOR_LABEL, ACTOR_SUFFIX, unitGainRef, gainsLabel } from './case';
import type { CaseYears, ActorRows } from './case';
import { assemble } from './results';
import type { PlanOptions } from './results';
import { sumCheck } from './checks';
import type { RuleCheck } from './checks';

export interface PaymentRows {
  payRow: number;
  totalRow: number;
  capRow: number;
}

/** Pay_t = MIN(P x S x e_t, cap - paid before) in the window, never below 0; the cap only when given. */
export function paymentRows(rows: ModelRows, years: CaseYears): PaymentRows {
  const { t, first } = rows;
  rows.blank();
  rows.heading({ en: 'Outcome payments', da: 'Resultatbetalinger' });
  const due = rows.yearly(
    { en: 'Due before the cap = outcomePrice x S x e_t inside the payment window (not below 0)', da: 'Forfalden før loftet = outcomePrice x S x e_t i betalingsvinduet (ikke under 0)' },
    (c) => `IF(AND(${t(c)}>=paymentStart,${t(c)}<=paymentStart+paymentYears-1),MAX(0,outcomePrice*${rows.fixed(years.successYearsRow)(c)}),0)`,
    FMT.dkk,
  );
  const before = rows.nextRow;
  const payRow = before + 1;
  rows.yearly({ en: 'Paid in the years before (DKK)', da: 'Betalt i de foregående år (kr.)' }, (c, col) => (col === first ? '0' : `${addr(before, col - 1)}+${addr(payRow, col - 1)}`), FMT.dkk);
  rows.yearly(
    { en: 'Payment Pay_t (DKK) = MIN(due, paymentCap - paid before), not below 0; no cap when paymentCap is empty', da: 'Betaling Pay_t (kr.) = MIN(forfalden, paymentCap - betalt før), ikke under 0; intet loft, når paymentCap er tom' },
    (c) => `IF(ISNUMBER(paymentCap),MAX(0,MIN(${rows.at(due)(c)},paymentCap-${rows.at(before)(c)})),${rows.at(due)(c)})`,
    FMT.dkk,
    'payments',
  );
  rows.yearly(
    { en: 'Cut by the cap? (1 = yes)', da: 'Beskåret af loftet? (1 = ja)' },
    (c) => `IF(AND(ISNUMBER(paymentCap),${rows.at(due)(c)}>0,${rows.at(due)(c)}>paymentCap-${rows.at(before)(c)}),1,0)`,
    '0',
    'cutByCap',
  );
  const totalRow = rows.scalar({ en: 'Payments in total (DKK)', da: 'Betalinger i alt (kr.)' }, 'SUM(payments)', 'paymentsTotal', FMT.dkk);
  const capRow = rows.scalar({ en: 'The cap is reached (TRUE: it cut at least one payment)', da: 'Loftet er nået (SAND: det beskar mindst én betaling)' }, 'SUM(cutByCap)>0', 'capReached');
  return { payRow, totalRow, capRow };
}

export interface InvestorRows {
  flows: number;
  cum: number;
  pv: number;
  be: number;
  multiple: number;
  irr: number;
}

/** The investor pays the intervention and receives the payments; its IRR is Excel's IRR of the flows. */
export function investorRows(rows: ModelRows, years: CaseYears, pay: PaymentRows): InvestorRows {
  const block = actorBlock(
    rows,
    years.dfRow,
    { en: 'Investor: cash flow -C x c_t + Pay_t', da: 'Investor: pengestrøm -C x c_t + Pay_t' },
    {
      gains: [{ en: 'Payments received (DKK) = Pay_t', da: 'Modtagne betalinger (kr.) = Pay_t' }, (c) => rows.fixed(pay.payRow)(c)],
      costs: [{ en: 'Intervention cost paid (DKK) = C x c_t', da: 'Betalt udgift til indsatsen (kr.) = C x c_t' }, (c) => `totalCost*${rows.fixed(years.costShareRow)(c)}`],
    },
    (b) => `investor${b[0].toUpperCase()}${b.slice(1)}`,
  );
  const multiple = rows.scalar({ en: 'Multiple = payments in total / C (#N/A: the intervention costs nothing)', da: 'Faktor = betalinger i alt / C (#N/A: indsatsen koster intet)' }, 'IF(totalCost>0,paymentsTotal/totalCost,NA())', 'investorMultiple', FMT.ratio);
  // Newton's method in IRR() starts from the guess: the multiple spread over the years between the
  // average cost year and the average payment year keeps it near the root.
  rows.scalar(
    { en: 'IRR starting guess = multiple^(1 / (mean payment year - mean cost year)) - 1', da: 'Startgæt for IRR = faktor^(1 / (gennemsnitligt betalingsår - gennemsnitligt udgiftsår)) - 1' },
    'IFERROR(investorMultiple^(1/MAX(1,SUMPRODUCT(yearNumber,payments)/paymentsTotal-SUMPRODUCT(yearNumber,investorCosts)/SUM(investorCosts)))-1,0.1)',
    'investorIrrGuess',
    FMT.rate,
  );
  const irr = rows.scalar(
    { en: 'Investor IRR = IRR(cash flow) (#N/A: none exists, or IRR finds none from any of its starting guesses)', da: 'Investors interne rente = IA/IRR(pengestrøm) (#N/A: findes ikke, eller IRR finder ingen fra nogen af startgættene)' },
    irrFormula('investorNet', 'investorIrrGuess'),
    'investorIrr',
    FMT.rate,
  );
  return { flows: block.net, cum: block.cum, pv: block.pv, be: block.be, multiple, irr };
}

/** The public actors under the contract: the case's gains, costs = payerShare x Pay_t. */
export function contractActors(rows: ModelRows, years: CaseYears, pay: PaymentRows): Record<ActorOrTotal, ActorRows> {
  const done: Partial<Record<ActorOrTotal, ActorRows>> = {};
  for (const a of ACTORS_AND_TOTAL) {
    const sfx = ACTOR_SUFFIX[a];
    const flows =
      a === 'total'
        ? sumOfActors(rows, done)
        : {
            gains: [gainsLabel(years, a), (c: string) => `${rows.fixed(years.successYearsRow)(c)}*${unitGainRef(rows, years, a)(c)}`] as [{ en: string; da: string }, (c: string) => string],
            costs: [{ en: `Costs (DKK) = payerShare${sfx} x Pay_t`, da: `Udgifter (kr.) = payerShare${sfx} x Pay_t` }, (c: string) => `payerShare${sfx}*${rows.fixed(pay.payRow)(c)}`] as [{ en: string; da: string }, (c: string) => string],
          };
    const heading = { en: `${ACTOR_LABEL[a].en}, under the contract`, da: `${ACTOR_LABEL[a].da}, under kontrakten` };
    done[a] = actorBlock(rows, years.dfRow, heading, flows, (b) => `contract${b[0].toUpperCase()}${b.slice(1)}${sfx}`);
  }
  return done as Record<ActorOrTotal, ActorRows>;
}

/**
 * Excel's IRR from the guess, then from -0.99, -0.999, -0.9, -0.5 and 0.1 when Newton's method fails to
 * converge. A rate near -100 % (almost nothing comes back) is found from -0.99 or -0.999: for costs followed by
 * income the present value is convex and falling in the rate, so Newton's steps from a guess below
 * the root never overshoot it. #N/A when the flows do not change sign or no guess converges.
 */
export function irrFormula(flows: string, guess: string): string {
  const tries = [guess, '-0.99', '-0.999', '-0.9', '-0.5', '0.1'].reduceRight((rest, g) => `IFERROR(IRR(${flows},${g}),${rest})`, 'NA()');
  return `IF(AND(MAX(${flows})>0,MIN(${flows})<0),${tries},NA())`;
}

export function contractRules(p: ContractParams): RuleCheck[] {
  return [
    ...caseRules(p),
    { rule: { en: 'paymentStart must be within the horizon', da: 'paymentStart skal ligge inden for horisonten' }, holds: 'paymentStart<=horizon' },
    sumCheck(['payerShareKommune', 'payerShareRegion', 'payerShareStat'], { en: 'the payer shares', da: 'betalerandelene' }),
  ];
}

function contractMetrics(metrics: Metrics, sRow: number, years: CaseYears, pay: PaymentRows, inv: InvestorRows, under: Record<ActorOrTotal, ActorRows>, without: Record<ActorOrTotal, ActorRows>): void {
  caseHeadMetrics(metrics, sRow, years);
  metrics.formula('costTotal', { en: 'Total cost C (DKK)', da: 'Samlet udgift C (kr.)' }, 'totalCost', FMT.dkk);
  metrics.yearly('payments', { en: 'Payment', da: 'Betaling' }, pay.payRow, FMT.dkk);
  metrics.scalar('paymentsTotal', { en: 'Payments in total (DKK)', da: 'Betalinger i alt (kr.)' }, pay.totalRow, FMT.dkk);
  metrics.scalar('capReached', { en: 'The cap is reached', da: 'Loftet er nået' }, pay.capRow);
  metrics.yearly('investor.flows', { en: 'Investor cash flow', da: 'Investors pengestrøm' }, inv.flows, FMT.dkk);
  metrics.yearly('investor.cumulative', { en: 'Investor cumulative discounted flow', da: 'Investors akkumulerede diskonterede strøm' }, inv.cum, FMT.dkk);
  metrics.scalar('investor.presentValue', { en: 'Investor present value (DKK)', da: 'Investors nutidsværdi (kr.)' }, inv.pv, FMT.dkk);
  metrics.scalar('investor.breakEvenYear', { en: 'Investor break-even year', da: 'Investors break-even-år' }, inv.be, '0');
  metrics.scalar('investor.multiple', { en: 'Investor multiple', da: 'Investors faktor' }, inv.multiple, FMT.ratio);
  metrics.scalar('investor.irr', { en: 'Investor IRR', da: 'Investors interne rente' }, inv.irr, FMT.rate);
  actorMetrics(metrics, 'actors', under, { en: ', under the contract', da: ', under kontrakten' });
  actorMetrics(metrics, 'withoutContract', without, { en: ', without the contract', da: ', uden kontrakten' });
}

export function contractPlan(p: ContractParams, options: PlanOptions = {}): WorkbookPlan {
  const { resolved, inputs, names, rows, sRow, years } = caseSheetStart(p, contractParamMeta, options);
  const pay = paymentRows(rows, years);
  const inv = investorRows(rows, years, pay);
  const under = contractActors(rows, years, pay);
  rows.blank();
  rows.heading({ en: 'Without the contract (the public side pays the intervention), for comparison', da: 'Uden kontrakten (det offentlige betaler indsatsen), til sammenligning' });
  const without = caseActors(rows, years);
  const metrics = new Metrics(rows);
  contractMetrics(metrics, sRow, years, pay, inv, under, without);
  const chart = cumulativeChart(rows, years, under, { en: 'Cumulative discounted net under the contract (DKK)', da: 'Akkumuleret diskonteret netto under kontrakten (kr.)' });
  return assemble({ kind: 'contract', about: 'contract', resolved, inputs, rules: contractRules(p), model: rows, names, metrics: metrics.list, chart });
}
