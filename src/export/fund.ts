/**
 * The fund model as native spreadsheet formulas (docs/export.md): one column per year; the
 * repayments of year t sum the vintages invested L..L+n-1 years earlier (SUMIFS over the columns to
 * its left, so no circular reference), and the investor IRR of one vintage is Excel's IRR().
 * fundPlan = Inputs + fundYears + fundTotals + vintageIrr + the Results lines; the fund with a
 * reference contract (outcomeFund.ts) swaps the repayment rows and the vintage's cash flow.
 */
import { fundParamMeta } from '../model';
import type { FundParams } from '../model';
import { buildInputs } from './inputs';
import { addr, colLetter, FMT } from './plan';
import type { Label, PlanName, WorkbookPlan, ChartSpec } from './plan';
import { ModelRows, Metrics } from './rows';
import { modelSheet } from './case';
import { assemble, resolve, statusRow } from './results';
import type { PlanOptions } from './results';
import { structureCheck, whileValid } from './checks';
import type { RuleCheck } from './checks';

export interface FundYears {
  yearRow: number;
  repRow: number;
  invRow: number;
  peopleRow: number;
  cumRow: number;
}

/** How a fund gets its repayments: the rows R_t and I_t (written one after the other) and the outstanding claims. */
export interface Repayments {
  repayments: [Label, (c: string, col: number, invRow: number) => string];
  invested: [Label, (c: string, col: number, repRow: number) => string];
  /** Writes the rows that give `outstandingByYear` (named) from the invested row. */
  outstanding: (rows: ModelRows, invRow: number) => void;
}

/** Section 2's fixed multiple: m / n of a vintage in each of the years L .. L+n-1 after it. */
export function fixedMultipleRepayments(rows: ModelRows): Repayments {
  const { t, first } = rows;
  return {
    repayments: [
      { en: 'Repayments R_t (DKK) = instalment x invested in years t-L-n+1 .. t-L (year 1: nothing invested before)', da: 'Tilbagebetalinger R_t (kr.) = afdrag x investeret i årene t-L-n+1 .. t-L (år 1: intet investeret før)' },
      (c, col, invRow) => {
        if (col === first) return '0';
        const prev = colLetter(col - 1);
        const tRow = rows.yearNumberRow;
        const span = (r: number) => `$${colLetter(first)}$${r + 1}:${prev}$${r + 1}`;
        // Vintage s pays instalments in years s+L .. s+L+n-1, so year t receives from s in t-L-n+1 .. t-L.
        return `instalment*SUMIFS(${span(invRow)},${span(tRow)},">="&(${t(c)}-repaymentLag-repaymentYears+1),${span(tRow)},"<="&(${t(c)}-repaymentLag))`;
      },
    ],
    invested: [
      { en: 'Invested I_t (DKK): initialCapital in year 1, then reinvestShare x R_t', da: 'Investeret I_t (kr.): initialCapital i år 1, derefter reinvestShare x R_t' },
      (c, col, repRow) => (col === first ? whileValid('initialCapital') : `reinvestShare*${c}${repRow + 1}`),
    ],
    outstanding: (r, invRow) => {
      const due = r.yearly(
        { en: "Instalments of this year's investment due after the horizon (count)", da: 'Afdrag af årets investering, der forfalder efter horisonten (antal)' },
        (c) => `MAX(0,(${t(c)}+repaymentLag+repaymentYears-1)-MAX(${t(c)}+repaymentLag,horizon+1)+1)`,
        '0',
      );
      r.yearly(
        { en: 'Outstanding after the horizon (DKK) = count x instalment x I_t', da: 'Udestående efter horisonten (kr.) = antal x afdrag x I_t' },
        (c) => `${c}${due + 1}*instalment*${c}${invRow + 1}`,
        FMT.dkk,
        'outstandingByYear',
      );
    },
  };
}

/** The yearly rows of the fund: calendar year, repayments, invested, kept cash, people, outstanding. */
export function fundYears(rows: ModelRows, how: Repayments): FundYears {
  const t = rows.yearNumbers();
  const yearRow = rows.yearly({ en: 'Calendar year', da: 'Kalenderår' }, (c) => `startYear+${t(c)}-1`, FMT.year, 'calendarYear');
  const repRow = rows.nextRow;
  const invRow = repRow + 1;
  rows.yearly(how.repayments[0], (c, col) => how.repayments[1](c, col, invRow), FMT.dkk, 'repayments');
  rows.yearly(how.invested[0], (c, col) => how.invested[1](c, col, repRow), FMT.dkk, 'invested');
  rows.yearly(
    { en: 'Kept cash (DKK) = (1 - reinvestShare) x R_t (year 1: all of R_1)', da: 'Beholdt kontant (kr.) = (1 - reinvestShare) x R_t (år 1: hele R_1)' },
    (c, col) => (col === rows.first ? `${c}${repRow + 1}` : `(1-reinvestShare)*${c}${repRow + 1}`),
    FMT.dkk,
    'keptCashByYear',
  );
  const peopleRow = rows.yearly({ en: 'People helped P_t = I_t / costPerParticipant', da: 'Hjulpne personer P_t = I_t / costPerParticipant' }, (c) => `${c}${invRow + 1}/costPerParticipant`, FMT.people, 'peopleHelped');
  const cumRow = rows.nextRow;
  rows.yearly(
    { en: 'Cumulative people helped', da: 'Hjulpne personer, akkumuleret' },
    (c, col) => (col === rows.first ? `${c}${peopleRow + 1}` : `${addr(cumRow, col - 1)}+${c}${peopleRow + 1}`),
    FMT.people,
    'cumulativePeople',
  );
  how.outstanding(rows, invRow);
  return { yearRow, repRow, invRow, peopleRow, cumRow };
}

export interface FundTotals {
  total: number;
  employed: number;
  partnerships: number;
  kept: number;
  outstanding: number;
}

export function fundTotals(rows: ModelRows, years: FundYears): FundTotals {
  rows.blank();
  return {
    total: rows.scalar({ en: 'Total invested (DKK) = sum of I_t', da: 'Samlet investeret (kr.) = sum af I_t' }, 'SUM(invested)', 'totalInvested', FMT.dkk),
    employed: rows.scalar(
      { en: 'Employed = successRate x cumulative people in the last year', da: 'I job = successRate x akkumulerede personer i sidste år' },
      `successRate*${addr(years.cumRow, rows.last)}`,
      'employed',
      FMT.people,
    ),
    partnerships: rows.scalar({ en: 'Partnerships = total invested / averageInvestment', da: 'Partnerskaber = samlet investeret / averageInvestment' }, 'totalInvested/averageInvestment', 'partnerships', FMT.people),
    kept: rows.scalar({ en: 'Kept cash (DKK) = sum of kept cash', da: 'Beholdt kontant (kr.) = sum af beholdt kontant' }, 'SUM(keptCashByYear)', 'keptCash', FMT.dkk),
    outstanding: rows.scalar({ en: 'Outstanding claims at the horizon (DKK)', da: 'Udestående krav ved horisonten (kr.)' }, 'SUM(outstandingByYear)', 'outstanding', FMT.dkk),
  };
}

/** The vintage block: k = 0..length-1, the cash flow per DKK invested, and Excel's IRR of it. */
export function fixedMultipleIrr(rows: ModelRows, vintageLength: number): number {
  rows.blank();
  rows.heading({ en: 'Investor IRR of one vintage: -1 in year 0, instalment in years L .. L+n-1', da: 'Investors interne rente for én årgang: -1 i år 0, afdrag i årene L .. L+n-1' });
  const { first } = rows;
  const kRow = rows.nextRow;
  const vcols = Array.from({ length: vintageLength }, (_, i) => first + i);
  rows.cells({ en: 'Years after investment k', da: 'År efter investeringen k' }, vcols.map((col, i) => (i === 0 ? { value: 0 } : { formula: `${addr(kRow, col - 1)}+1` })));
  const flowRow = rows.cells(
    { en: 'Vintage cash flow per DKK invested', da: 'Årgangens pengestrøm pr. investeret krone' },
    vcols.map((col) => {
      const k = `${colLetter(col)}$${kRow + 1}`;
      return { formula: `IF(${k}=0,-1,IF(AND(${k}>=repaymentLag,${k}<=repaymentLag+repaymentYears-1),instalment,0))`, numFmt: FMT.factor };
    }),
  );
  rows.name('vintageFlows', rows.sheet.rowRef(flowRow, first, first + vintageLength - 1));
  // Newton's method in IRR() starts from the guess; the rate of one payment of m after the average
  // payback year keeps it converging for multiples far from 1.
  rows.scalar({ en: 'IRR starting guess = m^(1 / (L + (n - 1) / 2)) - 1', da: 'Startgæt for IRR = m^(1 / (L + (n - 1) / 2)) - 1' }, 'repaymentMultiple^(1/(repaymentLag+(repaymentYears-1)/2))-1', 'irrGuess', FMT.rate);
  return rows.scalar(
    { en: 'Vintage IRR (#N/A: no IRR exists when repaymentMultiple is 0)', da: 'Årgangens interne rente (#N/A: findes ikke, når repaymentMultiple er 0)' },
    'IF(repaymentMultiple>0,IRR(vintageFlows,irrGuess),NA())',
    'vintageIrr',
    FMT.rate,
  );
}

/** The fund's Results lines, in the order of the CLI's JSON. */
export function fundMetrics(metrics: Metrics, years: FundYears, totals: FundTotals, irrRow: number): void {
  metrics.yearly('years', { en: 'Calendar year', da: 'Kalenderår' }, years.yearRow, FMT.year);
  metrics.yearly('invested', { en: 'Invested (DKK)', da: 'Investeret (kr.)' }, years.invRow, FMT.dkk);
  metrics.yearly('repayments', { en: 'Repayments (DKK)', da: 'Tilbagebetalinger (kr.)' }, years.repRow, FMT.dkk);
  metrics.yearly('peopleHelped', { en: 'People helped', da: 'Hjulpne personer' }, years.peopleRow, FMT.people);
  metrics.yearly('cumulativePeople', { en: 'Cumulative people helped', da: 'Hjulpne personer, akkumuleret' }, years.cumRow, FMT.people);
  metrics.scalar('totalInvested', { en: 'Total invested (DKK)', da: 'Samlet investeret (kr.)' }, totals.total, FMT.dkk);
  metrics.scalar('employed', { en: 'Employed', da: 'I job' }, totals.employed, FMT.people);
  metrics.scalar('partnerships', { en: 'Partnerships', da: 'Partnerskaber' }, totals.partnerships, FMT.people);
  metrics.scalar('keptCash', { en: 'Kept cash (DKK)', da: 'Beholdt kontant (kr.)' }, totals.kept, FMT.dkk);
  metrics.scalar('outstanding', { en: 'Outstanding claims (DKK)', da: 'Udestående krav (kr.)' }, totals.outstanding, FMT.dkk);
  metrics.scalar('vintageIrr', { en: 'Vintage IRR', da: 'Årgangens interne rente' }, irrRow, FMT.rate);
}

export function peopleChart(rows: ModelRows, years: FundYears): ChartSpec {
  const title = rows.lang === 'da' ? 'Hjulpne personer, akkumuleret' : 'Cumulative people helped';
  return {
    sheet: rows.sheet.sheet.name,
    title,
    categories: rows.sheet.rowRef(years.yearRow, rows.first, rows.last),
    series: [{ name: title, values: rows.sheet.rowRef(years.cumRow, rows.first, rows.last) }],
    yAxisTitle: rows.lang === 'da' ? 'personer' : 'people',
    anchor: { row: rows.nextRow + 2, col: 0, cols: Math.max(6, Math.min(rows.horizon + 1, 12)), rows: 34 },
  };
}

/** The horizon and, for the fixed multiple, the vintage's length are the Model sheet's columns. */
export function horizonRule(horizon: number): RuleCheck {
  return structureCheck('horizon', horizon, { en: `the Model sheet has ${horizon} year columns`, da: `modelarket har ${horizon} årskolonner` });
}

export function fundPlan(p: FundParams, options: PlanOptions = {}): WorkbookPlan {
  const resolved = resolve(options);
  const { lang, sheetNames } = resolved;
  const vintageLength = p.repaymentLag + p.repaymentYears;
  const inputs = buildInputs(sheetNames.inputs, lang, fundParamMeta, p as unknown as Record<string, unknown>, { preset: options.preset });
  const names: PlanName[] = [...inputs.names];
  const rows = modelSheet(sheetNames, Math.max(p.horizon, vintageLength), p.horizon, lang, names);
  statusRow(rows);
  rows.scalar(
    { en: 'Instalment per DKK invested = repaymentMultiple / repaymentYears', da: 'Afdrag pr. investeret krone = repaymentMultiple / repaymentYears' },
    whileValid('repaymentMultiple/repaymentYears'),
    'instalment',
    FMT.factor,
  );
  rows.blank();
  const years = fundYears(rows, fixedMultipleRepayments(rows));
  const totals = fundTotals(rows, years);
  const irrRow = fixedMultipleIrr(rows, vintageLength);
  const metrics = new Metrics(rows);
  fundMetrics(metrics, years, totals, irrRow);
  const rules = [
    horizonRule(p.horizon),
    structureCheck('repaymentLag+repaymentYears', vintageLength, { en: "the vintage's cash flow has this many columns", da: 'årgangens pengestrøm har så mange kolonner' }),
  ];
  return assemble({ kind: 'fund', about: 'fund', resolved, inputs, rules, model: rows, names, metrics: metrics.list, chart: peopleChart(rows, years) });
}
