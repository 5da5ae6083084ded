/**
 * The fund's cash as DSI's board sees it (docs/fund.md), as native formulas: capital injections,
 * running costs, the pipeline limit (MIN), losses and a guarantee, and shortfalls (IF). One column
 * per year; every formula refers to the columns to its left or to rows above, so there is no
 * circular reference. A share of a vintage due in its own year (q_1, a contract paying in year 1)
 * is solved in closed form, as the engine does: I_t = MIN(A'_t / (1 - reinvestShare x rho x q_1), max).
 */
import { addr, FMT } from './plan';
import type { Label } from './plan';
import type { ModelRows } from './rows';
import { whileValid } from './checks';

/** Where a fund's instalments come from: the fixed multiple or a reference contract's shares. */
export interface Repayments {
  /** D'_t: the instalments due in year t from the vintages of earlier years, given the invested row. */
  earlier: [Label, (c: string, col: number, invRow: number) => string];
  /** q_1: the share of a vintage due in its own year ('0' for the fixed multiple). */
  ownYear: string;
  /** Writes the rows that give `outstandingByYear` (named) from the invested row. */
  outstanding: (rows: ModelRows, invRow: number) => void;
}

export interface CashRows {
  capRow: number;
  runRow: number;
  invRow: number;
  repRow: number;
  lostRow: number;
  guarRow: number;
  shortRow: number;
  uninvRow: number;
  shortYearRow: number;
}

/** The rows in the order written: their positions are fixed before the first is written. */
const ORDER = ['cap', 'run', 'earlier', 'avail', 'inv', 'due', 'rep', 'lost', 'guar', 'short', 'uninv', 'kept'] as const;

export function cashRows(rows: ModelRows, how: Repayments): CashRows {
  const { first, t } = rows;
  const base = rows.nextRow;
  const at = Object.fromEntries(ORDER.map((k, i) => [k, base + i])) as Record<(typeof ORDER)[number], number>;
  const cell = (k: (typeof ORDER)[number]) => rows.at(at[k]);
  const prevCash = (col: number) => (col === first ? '0' : addr(at.uninv, col - 1));
  const own = how.ownYear === '0' ? '' : `*${how.ownYear}`;
  const solved = (c: string) => (own ? `${cell('avail')(c)}/(1-reinvestShare*receivedShare${own})` : cell('avail')(c));
  const write: [Label, (c: string, col: number) => string, string, string?][] = [
    [{ en: 'Capital received (DKK) = initialCapital in year 1 + capitalInjections of year t', da: 'Modtaget kapital (kr.) = initialCapital i år 1 + capitalInjections i år t' },
      (c) => `IF(${t(c)}=1,${whileValid('initialCapital')},0)+IF(${t(c)}<=COLUMNS(capitalInjections),INDEX(capitalInjections,1,${t(c)}),0)`, FMT.dkk, 'capitalByYear'],
    [{ en: 'Running costs O_t (DKK): operatingCost of year t, the last value continuing', da: 'Driftsomkostninger O_t (kr.): operatingCost i år t, den sidste værdi fortsætter' },
      (c) => `INDEX(operatingCost,1,MIN(${t(c)},COLUMNS(operatingCost)))`, FMT.dkk, 'runningCostByYear'],
    [how.earlier[0], (c, col) => how.earlier[1](c, col, at.inv), FMT.dkk],
    [{ en: "Cash before investing A'_t (DKK) = B_(t-1) + capital + reinvestShare x rho x D'_t - O_t", da: "Kasse før investering A'_t (kr.) = B_(t-1) + kapital + reinvestShare x rho x D'_t - O_t" },
      (c, col) => `${prevCash(col)}+${cell('cap')(c)}+reinvestShare*receivedShare*${cell('earlier')(c)}-${cell('run')(c)}`, FMT.dkk],
    [{ en: "Invested I_t (DKK) = 0 when A'_t < 0, else MIN(A'_t, maxInvestmentPerYear) (no limit when it is empty)", da: "Investeret I_t (kr.) = 0 når A'_t < 0, ellers MIN(A'_t, maxInvestmentPerYear) (ingen grænse, når den er tom)" },
      (c) => `IF(${cell('avail')(c)}<0,0,IF(ISNUMBER(maxInvestmentPerYear),MIN(${solved(c)},maxInvestmentPerYear),${solved(c)}))`, FMT.dkk, 'invested'],
    [{ en: "Instalments due D_t (DKK) = D'_t + q_1 x I_t", da: "Forfaldne afdrag D_t (kr.) = D'_t + q_1 x I_t" },
      (c) => `${cell('earlier')(c)}${own ? `+${cell('inv')(c)}${own}` : ''}`, FMT.dkk, 'dueByYear'],
    [{ en: 'Repayments received R_t (DKK) = rho x D_t, rho = 1 - lossRate x (1 - guaranteeShare)', da: 'Modtagne tilbagebetalinger R_t (kr.) = rho x D_t, rho = 1 - lossRate x (1 - guaranteeShare)' },
      (c) => `receivedShare*${cell('due')(c)}`, FMT.dkk, 'repayments'],
    [{ en: 'Lost instalments (DKK) = D_t x lossRate x (1 - guaranteeShare)', da: 'Tabte afdrag (kr.) = D_t x lossRate x (1 - guaranteeShare)' },
      (c) => `${cell('due')(c)}*lossRate*(1-guaranteeShare)`, FMT.dkk, 'lostByYear'],
    [{ en: 'Paid by the guarantor (DKK) = D_t x lossRate x guaranteeShare', da: 'Betalt af garanten (kr.) = D_t x lossRate x guaranteeShare' },
      (c) => `${cell('due')(c)}*lossRate*guaranteeShare`, FMT.dkk, 'guaranteeByYear'],
    [{ en: "Shortfall (DKK) = -A'_t when the cash cannot pay the running costs, else 0 (not carried)", da: "Underskud (kr.) = -A'_t når kassen ikke kan betale driften, ellers 0 (føres ikke videre)" },
      (c) => `IF(${cell('avail')(c)}<0,-${cell('avail')(c)},0)`, FMT.dkk, 'shortfallByYear'],
    [{ en: 'Uninvested cash B_t (DKK), carried to the next year', da: 'Uinvesteret kasse B_t (kr.), føres til næste år' },
      (c) => `IF(${cell('avail')(c)}<0,0,${cell('avail')(c)}${own ? `+reinvestShare*receivedShare${own}*${cell('inv')(c)}` : ''}-${cell('inv')(c)})`, FMT.dkk, 'uninvestedByYear'],
    [{ en: 'Kept cash (DKK) = (1 - reinvestShare) x R_t', da: 'Beholdt kontant (kr.) = (1 - reinvestShare) x R_t' },
      (c) => `(1-reinvestShare)*${cell('rep')(c)}`, FMT.dkk, 'keptCashByYear'],
  ];
  write.forEach(([label, f, fmt, name], i) => {
    const r = rows.yearly(label, f, fmt, name);
    if (r !== base + i) throw new Error('the fund cash rows moved');
  });
  const shortYearRow = rows.yearly({ en: 'Year number of a shortfall (horizon + 1 when none)', da: 'Årstal med underskud (horisont + 1, når intet)' }, (c) => `IF(${cell('short')(c)}>0,${t(c)},horizon+1)`, '0', 'shortfallYears');
  return { capRow: at.cap, runRow: at.run, invRow: at.inv, repRow: at.rep, lostRow: at.lost, guarRow: at.guar, shortRow: at.short, uninvRow: at.uninv, shortYearRow };
}

/** The scalars of the board: rho, then (after the totals) capital put in, fund value, first shortfall year. */
export function receivedShare(rows: ModelRows): number {
  return rows.scalar({ en: 'Share of instalments received rho = 1 - lossRate x (1 - guaranteeShare)', da: 'Andel af afdrag, der modtages, rho = 1 - lossRate x (1 - guaranteeShare)' }, '1-lossRate*(1-guaranteeShare)', 'receivedShare', FMT.factor);
}

export interface BoardTotals {
  capitalIn: number;
  fundValue: number;
  firstShortfallYear: number;
}

export function boardTotals(rows: ModelRows, cash: CashRows): BoardTotals {
  return {
    capitalIn: rows.scalar({ en: 'Capital put in (DKK) = initialCapital + sum of capitalInjections', da: 'Tilført kapital (kr.) = initialCapital + summen af capitalInjections' }, whileValid('initialCapital+SUM(capitalInjections)'), 'capitalIn', FMT.dkk),
    fundValue: rows.scalar(
      { en: 'Fund value at the horizon (DKK) = B_H + rho x outstanding', da: 'Fondens værdi ved horisonten (kr.) = B_H + rho x udestående' },
      `${addr(cash.uninvRow, rows.last)}+receivedShare*outstanding`,
      'fundValue',
      FMT.dkk,
    ),
    firstShortfallYear: rows.scalar(
      { en: 'First year with a shortfall (#N/A: none within the horizon)', da: 'Første år med underskud (#N/A: intet inden for horisonten)' },
      'IF(MIN(shortfallYears)>horizon,NA(),MIN(shortfallYears))',
      'firstShortfallYear',
      '0',
    ),
  };
}
