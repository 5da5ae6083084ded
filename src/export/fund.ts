/**
 * The fund model (docs/model.md section 2) as native spreadsheet formulas: one column per year; the
 * repayments of year t sum the vintages invested L..L+n-1 years earlier (SUMIFS over the columns to
 * its left, so no circular reference), and the investor IRR of one vintage is Excel's IRR().
 */
import { fundParamMeta } from '../model';
import type { FundParams } from '../model';
import { buildInputs } from './inputs';
import { SheetBuilder, yearlyRows, PlanName, WorkbookPlan, addr, colLetter, FMT } from './plan';
import { MODEL, STRUCTURE_NOTE, resultsSheet } from './case';

export function fundPlan(p: FundParams): WorkbookPlan {
  const H = p.horizon;
  const vintageLength = p.repaymentLag + p.repaymentYears;
  const inputs = buildInputs(fundParamMeta, p as unknown as Record<string, unknown>, [
    'Fund model (docs/model.md section 2), exported by the DSI add-in. The Model sheet computes everything with plain spreadsheet formulas from the values above.',
    STRUCTURE_NOTE,
    `The vintage cash flow row has repaymentLag + repaymentYears = ${vintageLength} columns; export again after changing either.`,
  ]);
  const names: PlanName[] = [...inputs.names];
  const width = Math.max(H, vintageLength);
  const m = new SheetBuilder(MODEL, [64, ...new Array(width).fill(14)]);
  const { first, last, cols, name, scalar, yearly } = yearlyRows(m, names, H);

  scalar('Instalment per DKK invested = repaymentMultiple / repaymentYears', 'repaymentMultiple/repaymentYears', 'instalment', FMT.factor);
  m.blank();
  const tRow = m.nextRow;
  m.row([{ value: 'Year number t', bold: true }, ...cols.map((col, i) => (i === 0 ? { value: 1, bold: true } : { formula: `${addr(tRow, col - 1)}+1`, bold: true }))]);
  name('yearNumber', m.rowRef(tRow, first, last));
  const t = (c: string) => `${c}$${tRow + 1}`;
  const yearRow = yearly('Calendar year', (c) => `startYear+${t(c)}-1`, FMT.year, 'calendarYear');
  const repRow = m.nextRow;
  const invRow = repRow + 1;
  // Vintage s pays instalments in years s+L .. s+L+n-1, so year t receives from s in t-L-n+1 .. t-L.
  yearly(
    'Repayments R_t (DKK) = instalment x invested in years t-L-n+1 .. t-L (year 1: nothing invested before)',
    (c, col) => {
      if (col === first) return '0';
      const prev = colLetter(col - 1);
      const span = (r: number) => `$${colLetter(first)}$${r + 1}:${prev}$${r + 1}`;
      return `instalment*SUMIFS(${span(invRow)},${span(tRow)},">="&(${t(c)}-repaymentLag-repaymentYears+1),${span(tRow)},"<="&(${t(c)}-repaymentLag))`;
    },
    FMT.dkk,
    'repayments',
  );
  yearly(
    'Invested I_t (DKK): initialCapital in year 1, then reinvestShare x R_t',
    (c, col) => (col === first ? 'initialCapital' : `reinvestShare*${c}${repRow + 1}`),
    FMT.dkk,
    'invested',
  );
  yearly('Kept cash (DKK) = (1 - reinvestShare) x R_t', (c) => `(1-reinvestShare)*${c}${repRow + 1}`, FMT.dkk, 'keptCashByYear');
  const peopleRow = yearly('People helped P_t = I_t / costPerParticipant', (c) => `${c}${invRow + 1}/costPerParticipant`, FMT.people, 'peopleHelped');
  const cumRow = m.nextRow;
  yearly(
    'Cumulative people helped',
    (c, col) => (col === first ? `${c}${peopleRow + 1}` : `${addr(cumRow, col - 1)}+${c}${peopleRow + 1}`),
    FMT.people,
    'cumulativePeople',
  );
  const dueRow = yearly(
    'Instalments of this year\'s investment due after the horizon (count)',
    (c) => `MAX(0,(${t(c)}+repaymentLag+repaymentYears-1)-MAX(${t(c)}+repaymentLag,horizon+1)+1)`,
    '0',
  );
  yearly('Outstanding after the horizon (DKK) = count x instalment x I_t', (c) => `${c}${dueRow + 1}*instalment*${c}${invRow + 1}`, FMT.dkk, 'outstandingByYear');
  m.blank();
  const total = scalar('Total invested (DKK) = sum of I_t', 'SUM(invested)', 'totalInvested', FMT.dkk);
  const employed = scalar('Employed = successRate x cumulative people in the last year', `successRate*${addr(cumRow, last)}`, 'employed', FMT.people);
  const partnerships = scalar('Partnerships = total invested / averageInvestment', 'totalInvested/averageInvestment', 'partnerships', FMT.people);
  const kept = scalar('Kept cash (DKK) = sum of kept cash', 'SUM(keptCashByYear)', 'keptCash', FMT.dkk);
  const outstanding = scalar('Outstanding claims at the horizon (DKK)', 'SUM(outstandingByYear)', 'outstanding', FMT.dkk);
  m.blank();

  m.row([{ value: 'Investor IRR of one vintage: -1 in year 0, instalment in years L .. L+n-1', bold: true }]);
  const kRow = m.nextRow;
  const vcols = Array.from({ length: vintageLength }, (_, i) => first + i);
  m.row([{ value: 'Years after investment k' }, ...vcols.map((col, i) => (i === 0 ? { value: 0 } : { formula: `${addr(kRow, col - 1)}+1` }))]);
  const flowRow = m.row([
    { value: 'Vintage cash flow per DKK invested' },
    ...vcols.map((col) => {
      const k = `${colLetter(col)}$${kRow + 1}`;
      return { formula: `IF(${k}=0,-1,IF(AND(${k}>=repaymentLag,${k}<=repaymentLag+repaymentYears-1),instalment,0))`, numFmt: FMT.factor };
    }),
  ]);
  name('vintageFlows', m.rowRef(flowRow, first, first + vintageLength - 1));
  // Newton's method in IRR() starts from the guess; the rate of one payment of m after the average
  // payback year keeps it converging for multiples far from 1.
  scalar('IRR starting guess = m^(1 / (L + (n - 1) / 2)) - 1', 'repaymentMultiple^(1/(repaymentLag+(repaymentYears-1)/2))-1', 'irrGuess', FMT.rate);
  const irrRow = scalar('Vintage IRR (#N/A: no IRR exists when repaymentMultiple is 0)', 'IF(repaymentMultiple>0,IRR(vintageFlows,irrGuess),NA())', 'vintageIrr', FMT.rate);

  const ref = (row: number, col: number) => `${MODEL}!${addr(row, col)}`;
  const metrics: [string, string, string?][] = [];
  const series: [string, number, string][] = [
    ['years', yearRow, FMT.year],
    ['invested', invRow, FMT.dkk],
    ['repayments', repRow, FMT.dkk],
    ['peopleHelped', peopleRow, FMT.people],
    ['cumulativePeople', cumRow, FMT.people],
  ];
  for (const [key, row, fmt] of series) cols.forEach((col, i) => metrics.push([`${key}.${i + 1}`, ref(row, col), fmt]));
  metrics.push(['totalInvested', ref(total, 1), FMT.dkk]);
  metrics.push(['employed', ref(employed, 1), FMT.people]);
  metrics.push(['partnerships', ref(partnerships, 1), FMT.people]);
  metrics.push(['keptCash', ref(kept, 1), FMT.dkk]);
  metrics.push(['outstanding', ref(outstanding, 1), FMT.dkk]);
  metrics.push(['vintageIrr', ref(irrRow, 1), FMT.rate]);

  return {
    kind: 'fund',
    sheets: [inputs.builder.sheet, m.sheet, resultsSheet(metrics)],
    names,
    metrics: metrics.map((x) => x[0]),
    chart: {
      sheet: MODEL,
      title: 'Cumulative people helped',
      categories: m.rowRef(yearRow, first, last),
      series: [{ name: 'Cumulative people helped', values: m.rowRef(cumRow, first, last) }],
      yAxisTitle: 'people',
      anchor: { row: m.nextRow + 2, col: 0, cols: Math.max(6, Math.min(H + 1, 12)), rows: 20 },
    },
  };
}
