/**
 * The fund whose repayments come from a reference outcome contract, as native formulas
 * (docs/export.md): the contract's repayment shares q_k = Pay_k / C are an input row; a vintage
 * invested in year s receives q_(t-s+1) of its size in year t. The rows of vintage s are written
 * out (one row per vintage), so every formula refers only to cells to its left or above: no
 * circular reference, and I_t = reinvestShare x R'_t / (1 - reinvestShare x q_1) takes the
 * same-year share in closed form, as the engine does.
 */
import { fundParamMeta } from '../model';
import type { FundParams, ParamMeta } from '../model';
import { buildInputs } from './inputs';
import { addr, colLetter, FMT } from './plan';
import type { PlanName, WorkbookPlan } from './plan';
import { Metrics } from './rows';
import type { ModelRows } from './rows';
import { modelSheet } from './case';
import { irrFormula } from './contract';
import { fundYears, fundTotals, fundMetrics, peopleChart, horizonRule } from './fund';
import type { Repayments } from './fund';
import { assemble, resolve, statusRow } from './results';
import type { PlanOptions } from './results';
import { fieldCheck, whileValid } from './checks';

/** The contract's payments per DKK of its cost, and where they came from. */
export interface ReferenceContract {
  shares: readonly number[];
  label: string;
}

const REPLACED = new Set(['repaymentMultiple', 'repaymentYears', 'repaymentLag']);

export const SHARES_META: ParamMeta = {
  key: 'repaymentShares',
  kind: 'vector',
  min: 0,
  required: true,
  label: { en: 'Repayment shares q_k', da: 'Tilbagebetalingsandele q_k' },
  unit: { en: 'share of the vintage in its year k', da: 'andel af årgangen i dens år k' },
  description: { en: "the reference contract's payment in year k / its cost", da: 'referencekontraktens betaling i år k / dens udgift' },
};

/** Repayments of year t from the vintage rows below (written after the main rows). */
function contractRepayments(rows: ModelRows, vintageTop: number): Repayments {
  const { first, horizon } = rows;
  const q1 = 'INDEX(repaymentShares,1,1)';
  const earlier = (c: string) => `SUM(${c}${vintageTop + 1}:${c}${vintageTop + horizon})`;
  return {
    repayments: [
      { en: "Repayments R_t (DKK) = the vintages' shares below + q_1 x I_t", da: 'Tilbagebetalinger R_t (kr.) = årgangenes andele nedenfor + q_1 x I_t' },
      (c, _col, invRow) => `${earlier(c)}+${q1}*${c}${invRow + 1}`,
    ],
    invested: [
      { en: "Invested I_t (DKK): initialCapital in year 1, then reinvestShare x R'_t / (1 - reinvestShare x q_1)", da: "Investeret I_t (kr.): initialCapital i år 1, derefter reinvestShare x R'_t / (1 - reinvestShare x q_1)" },
      (c, col) => (col === first ? whileValid('initialCapital') : `reinvestShare*${earlier(c)}/(1-reinvestShare*${q1})`),
    ],
    outstanding: (r, invRow) => {
      r.yearly(
        { en: 'Outstanding after the horizon (DKK) = I_t x the shares of years k > horizon - t + 1', da: 'Udestående efter horisonten (kr.) = I_t x andelene i årene k > horisont - t + 1' },
        (c) => `${c}${invRow + 1}*SUMIFS(shareRow,shareYear,">"&(horizon-${r.t(c)}+1))`,
        FMT.dkk,
        'outstandingByYear',
      );
    },
  };
}

/** The shares by year after investment k = 1..K (named shareYear, shareRow) and the vintage's IRR. */
function sharesBlock(rows: ModelRows, count: number): number {
  const { first } = rows;
  rows.blank();
  rows.heading({ en: 'One vintage: the share of it repaid in its year k, and its IRR', da: 'Én årgang: andelen af den, der tilbagebetales i dens år k, og dens interne rente' });
  const kRow = rows.nextRow;
  const cols = Array.from({ length: count }, (_, i) => first + i);
  rows.cells({ en: 'Year of the vintage k', da: 'Årgangens år k' }, cols.map((col, i) => (i === 0 ? { value: 1 } : { formula: `${addr(kRow, col - 1)}+1` })));
  rows.name('shareYear', rows.sheet.rowRef(kRow, first, first + count - 1));
  const qRow = rows.cells({ en: 'Share q_k', da: 'Andel q_k' }, cols.map((_, i) => ({ formula: `INDEX(repaymentShares,1,${i + 1})`, numFmt: FMT.share })));
  rows.name('shareRow', rows.sheet.rowRef(qRow, first, first + count - 1));
  const flowRow = rows.cells({ en: 'Vintage cash flow per DKK: q_1 - 1, q_2, q_3, ...', da: 'Årgangens pengestrøm pr. krone: q_1 - 1, q_2, q_3, ...' }, cols.map((col, i) => ({ formula: `${colLetter(col)}${qRow + 1}${i === 0 ? '-1' : ''}`, numFmt: FMT.factor })));
  rows.name('vintageFlows', rows.sheet.rowRef(flowRow, first, first + count - 1));
  rows.scalar(
    { en: 'IRR starting guess = (sum of q)^(1 / mean repayment year) - 1', da: 'Startgæt for IRR = (sum af q)^(1 / gennemsnitligt tilbagebetalingsår) - 1' },
    'IFERROR(SUM(shareRow)^(1/MAX(1,SUMPRODUCT(shareYear-1,shareRow)/SUM(shareRow)))-1,0.1)',
    'irrGuess',
    FMT.rate,
  );
  return rows.scalar(
    { en: 'Vintage IRR (#N/A: the flow does not change sign, so none exists)', da: 'Årgangens interne rente (#N/A: strømmen skifter ikke fortegn, så den findes ikke)' },
    irrFormula('vintageFlows', 'irrGuess'),
    'vintageIrr',
    FMT.rate,
  );
}

/** One row per vintage s: its repayment in each later year t, I_s x q_(t-s+1). */
function vintageRows(rows: ModelRows, invRow: number): number {
  const { first, horizon, t } = rows;
  rows.blank();
  rows.heading({ en: 'Repayments by vintage (DKK): one row per year of investment s, one column per year of repayment t', da: 'Tilbagebetalinger pr. årgang (kr.): én række pr. investeringsår s, én kolonne pr. tilbagebetalingsår t' });
  const top = rows.nextRow;
  for (let s = 1; s <= horizon; s++) {
    const invested = `$${colLetter(first + s - 1)}$${invRow + 1}`;
    rows.yearly(
      { en: `Vintage ${s}: I_${s} x q_(t - ${s} + 1), for t > ${s}`, da: `Årgang ${s}: I_${s} x q_(t - ${s} + 1), for t > ${s}` },
      // Years up to s are 0 as constants: a formula there would refer to I_s, which sums this column.
      (c, col) => (col - first + 1 <= s ? '0' : `IF(${t(c)}-${s}+1<=COLUMNS(repaymentShares),${invested}*INDEX(repaymentShares,1,${t(c)}-${s}+1),0)`),
      FMT.dkk,
    );
  }
  return top;
}

export function outcomeFundPlan(p: FundParams, contract: ReferenceContract, options: PlanOptions = {}): WorkbookPlan {
  // The repayment rows sum the vintage rows written after them: a first layout finds where those
  // rows start, the second writes the formulas with it (the layout does not depend on it).
  const trial = layout(p, contract, options, 0);
  const done = layout(p, contract, options, trial.vintageTop);
  if (done.vintageTop !== trial.vintageTop) throw new Error('the vintage rows moved between the two layouts');
  return done.plan;
}

function layout(p: FundParams, contract: ReferenceContract, options: PlanOptions, vintageTop: number): { plan: WorkbookPlan; vintageTop: number } {
  const resolved = resolve(options);
  const { lang, sheetNames } = resolved;
  const meta = [...fundParamMeta.filter((m) => !REPLACED.has(m.key)), SHARES_META];
  const values = { ...(p as unknown as Record<string, unknown>), repaymentShares: [...contract.shares] };
  const inputs = buildInputs(sheetNames.inputs, lang, meta, values, { preset: options.preset, fixed: { repaymentShares: contract.label } });
  const names: PlanName[] = [...inputs.names];
  const rows = modelSheet(sheetNames, Math.max(p.horizon, contract.shares.length), p.horizon, lang, names);
  statusRow(rows);
  const years = fundYears(rows, contractRepayments(rows, vintageTop));
  const totals = fundTotals(rows, years);
  const irrRow = sharesBlock(rows, contract.shares.length);
  const top = vintageRows(rows, years.invRow);
  const metrics = new Metrics(rows);
  fundMetrics(metrics, years, totals, irrRow);
  const rules = [
    horizonRule(p.horizon),
    fieldCheck(SHARES_META, true),
    {
      rule: { en: 'reinvestShare x q_1 must be below 1 (else a vintage repaid in its own year would be reinvested without end)', da: 'reinvestShare x q_1 skal være under 1 (ellers ville en årgang, der tilbagebetales i sit eget år, blive geninvesteret uden ende)' },
      holds: 'reinvestShare*INDEX(repaymentShares,1,1)<1',
    },
  ];
  const plan = assemble({ kind: 'fund', about: 'outcomeFund', resolved, inputs, rules, model: rows, names, metrics: metrics.list, chart: peopleChart(rows, years), contractSource: contract.label });
  return { plan, vintageTop: top };
}
