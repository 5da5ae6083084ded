/*
 * The DSI custom functions: thin adapters from Excel cells to the model. Every declaration lives in
 * this one file because custom-functions-metadata reads only this file to write functions.json (and
 * its webpack loader appends the CustomFunctions.associate calls here). Coercion, dispatch and error
 * mapping are in coerce.ts / adapters.ts / tables.ts; all arithmetic is in src/model.
 */
import './runtimeGuard';
import {
  caseModel,
  fundModel,
  CaseResult,
  caseParamMeta,
  netSuccesses,
  fieldValue,
  presetValues,
  findPreset,
  isEmptyCell,
  notAvailable,
  invalid,
} from '../model';
import { actorArg, scalarArg, textArg } from './coerce';
import { figure, table, toExcelError, mapCells, finite, Cell } from './adapters';
import { excel, excelErrors, excelLanguage } from './excelErrors';
import { cashflowTable, fundTable, fundFigure, presetTable, presetList, fundOutputArg } from './tables';
import { contractCell, investorIrrCell, maxPriceCell, switchRateCell, simulationRequest, simulationOutput, runSimulationChunked, tornadoCell, gridCell, outcomeFundCell } from './analytics';
import './budgetFunctions';
import { goalSeekCell } from './goalseek';

/** A model figure or table as the cells Excel spills (errors in cells become Excel errors). */
function matrix(v: number | Cell[][]): any[][] {
  return Array.isArray(v) ? mapCells(v, excelErrors) : [[v]];
}

/** The year argument of NETVALUE: 1..H, or a calendar year of the horizon (startYear >= 1900 > H). */
function yearIndex(v: unknown, r: CaseResult): number {
  const y = scalarArg(v, 'year');
  const H = r.years.length;
  if (isEmptyCell(y)) return H;
  if (typeof y === 'number' && Number.isInteger(y)) {
    if (y >= 1 && y <= H) return y;
    if (y >= r.years[0] && y <= r.years[H - 1]) return y - r.years[0] + 1;
  }
  throw invalid('yearArg', { years: H, first: r.years[0], last: r.years[H - 1], value: y }, 'year', y);
}

/**
 * Spills a preset as a parameter table (header row, a `preset` row, then one row per parameter; vectors continue to the right). Edit the cells and give the range to the other DSI functions.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#PARAMS
 * @param preset Preset name (text), e.g. "holbaek-ips" or "dsi-fund-25m"; see DSI.PRESETS.
 * @returns Parameter table: Parameter | Value | more values of a vector.
 */
export function PARAMS(preset: any): any[][] {
  return excel(() => {
    const name = textArg(preset, 'preset');
    if (name === undefined) throw invalid('presetEmpty', {}, 'preset');
    if (!findPreset(name)) presetValues(caseModel, name); // throws the unknown-preset error with a suggestion
    return presetTable(name, excelLanguage());
  });
}

/**
 * Spills the preset names with a one-line description each, and the calibration note where there is one.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#PRESETS
 * @returns Table: Preset | Model (case or fund) | Description | Note.
 */
export function PRESETS(): any[][] {
  return excel(() => presetList(excelLanguage()));
}

/**
 * Net successes S = N x (1 - d) x (p1 - p0): participants who are in work because of the intervention.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#NETSUCCESSES
 * @param participants N, citizens enrolled (people); must be greater than 0.
 * @param successRate p1, share in employment with the intervention (share); must be between 0 and 1.
 * @param [baselineRate] p0, share who would be employed anyway (share); must be between 0 and 1; default 0.
 * @param [dropoutRate] d, share who drop out during the intervention (share); must be at least 0 and below 1; default 0.
 * @returns Net successes (people); negative when p1 < p0.
 */
export function NETSUCCESSES(participants: any, successRate: any, baselineRate?: any, dropoutRate?: any): number {
  return excel(() => {
    const args: Record<string, unknown> = { participants, successRate, baselineRate, dropoutRate };
    const v: Record<string, number> = {};
    for (const meta of caseParamMeta) {
      if (!(meta.key in args)) continue;
      const x = scalarArg(args[meta.key], meta.key);
      v[meta.key] = fieldValue(meta, isEmptyCell(x) ? undefined : x) as number;
    }
    return finite(netSuccesses(v.participants, v.successRate, v.baselineRate, v.dropoutRate), 'Net successes');
  });
}

/**
 * Break-even year (1..H) of an actor: the first year from which its cumulative discounted net stays at or above 0. #N/A when it does not break even within the horizon.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#BREAKEVEN
 * @param params Preset name (e.g. "holbaek-ips") or a parameter range: rows key | value | value..., as DSI.PARAMS spills.
 * @param [actor] kommune (default), region, stat or total; municipality and state are accepted too.
 * @param [overrides] Override pairs key, value, ...: a case parameter key and its value in that parameter's unit and range (see help). A row or column range as the value sweeps it: one result per value.
 * @returns Break-even year, 1..H (year 1 = startYear); a sweep spills one per value.
 */
export function BREAKEVEN(params: any[][], actor?: any, overrides?: any[][][]): any[][] {
  return excel(() => {
    const a = actorArg(actor, 'kommune');
    return matrix(
      figure(caseModel, params, overrides, 'BREAKEVEN', ({ result }) => {
        const r = result.actors[a];
        return finite(r.breakEvenYear, `${a} break-even`, () => notAvailable('noBreakEven', { actor: a, years: result.years.length, first: result.years[0], last: result.years[result.years.length - 1] }));
      }),
    );
  });
}

/**
 * Cumulative discounted net (gains minus costs) of an actor through a year, in DKK.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#NETVALUE
 * @param params Preset name (e.g. "holbaek-ips") or a parameter range: rows key | value | value..., as DSI.PARAMS spills.
 * @param [actor] total (default), kommune, region or stat; municipality and state are accepted too.
 * @param [year] Year through which to count: a whole number 1..H, or a calendar year of the horizon; default H (the whole horizon).
 * @param [overrides] Override pairs key, value, ...: a case parameter key and its value in that parameter's unit and range (see help). A row or column range as the value sweeps it: one result per value.
 * @returns Cumulative discounted net, DKK; a sweep spills one per value.
 */
export function NETVALUE(params: any[][], actor?: any, year?: any, overrides?: any[][][]): any[][] {
  return excel(() => {
    const a = actorArg(actor, 'total');
    return matrix(
      figure(caseModel, params, overrides, 'NETVALUE', ({ result }) => {
        const t = yearIndex(year, result);
        return finite(result.actors[a].cumulative[t - 1], `${a} net value`);
      }),
    );
  });
}

/**
 * Benefit-cost ratio of an actor: discounted gains divided by discounted costs over the horizon. #N/A when the actor bears no cost.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#BCR
 * @param params Preset name (e.g. "holbaek-ips") or a parameter range: rows key | value | value..., as DSI.PARAMS spills.
 * @param [actor] total (default), kommune, region or stat; municipality and state are accepted too.
 * @param [overrides] Override pairs key, value, ...: a case parameter key and its value in that parameter's unit and range (see help). A row or column range as the value sweeps it: one result per value.
 * @returns Benefit-cost ratio (DKK of gains per DKK of cost); a sweep spills one per value.
 */
export function BCR(params: any[][], actor?: any, overrides?: any[][][]): any[][] {
  return excel(() => {
    const a = actorArg(actor, 'total');
    return matrix(
      figure(caseModel, params, overrides, 'BCR', ({ result }) =>
        finite(result.actors[a].benefitCostRatio, `${a} benefit-cost ratio`, () => notAvailable('noRatio', { actor: a })),
      ),
    );
  });
}

/**
 * Spills the yearly cash flows of one actor (Year, Gains, Costs, Net, Cumulative), or the net of every actor and the total when actor is omitted. Years are calendar years from startYear; DKK.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#CASHFLOWS
 * @param params Preset name (e.g. "holbaek-ips") or a parameter range: rows key | value | value..., as DSI.PARAMS spills.
 * @param [actor] kommune, region, stat or total (municipality and state too); omitted: net of every actor and the total.
 * @param [overrides] Override pairs key, value, ...: a case parameter key and its value (one cell) in that parameter's unit and range (see help).
 * @returns Table with a header row, one row per year.
 */
export function CASHFLOWS(params: any[][], actor?: any, overrides?: any[][][]): any[][] {
  return excel(() => {
    const a = textArg(actor, 'actor') === undefined ? undefined : actorArg(actor, 'total');
    return mapCells(
      table(caseModel, params, overrides, 'CASHFLOWS', ({ result }) => cashflowTable(result, a, excelLanguage())),
      excelErrors,
    );
  });
}

/**
 * Revolving fund that reinvests its repayments: the yearly table (Year, Invested, Repayments, People, Cumulative people, Uninvested, Lost, Guarantee paid, Shortfall) or one figure over the horizon.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#REINVEST
 * @param params Fund preset name (e.g. "dsi-fund-25m") or a fund parameter range: rows key | value, as DSI.PARAMS spills.
 * @param [output] "table" (default), or one figure: "totalInvested" (DKK), "people" (cumulative people helped), "employed" (people), "partnerships" (count), "outstanding" (DKK due after the horizon), "keptCash" (DKK not reinvested), "irr" (investor IRR of one vintage, per year); the board's figures "fundValue" (DKK: cash + instalments still to come), "capitalIn" (DKK), "firstShortfallYear" (#N/A when none), "shortfall", "lost", "guaranteePaid" (DKK over the horizon), "uninvested" (DKK at the horizon).
 * @param [overrides] Override pairs key, value, ...: a fund parameter key and its value in that parameter's unit and range (see help). For a single figure, a row or column range as the value sweeps it.
 * @returns The table with a header row, or the figure; a sweep spills one figure per value.
 */
export function REINVEST(params: any[][], output?: any, overrides?: any[][][]): any[][] {
  return excel(() => {
    const out = fundOutputArg(textArg(output, 'output'));
    if (out === 'table') {
      return mapCells(table(fundModel, params, overrides, 'REINVEST(..., "table")', ({ result }) => fundTable(result, excelLanguage())), excelErrors);
    }
    return matrix(
      figure(fundModel, params, overrides, 'REINVEST', ({ result }) => fundFigure(result, out, () => notAvailable('noVintageIrr', { why: 'multiple' }))),
    );
  });
}


// Analytics functions (outcome contract, Monte Carlo, sensitivity): the adapter logic is in
// ./analytics.ts, every number in src/model.

/**
 * Outcome contract (the investor pays the intervention; the public side pays per net success-year): the yearly table (Year, Payment, Investor, Kommune, Region, Stat) or one figure.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#CONTRACT
 * @param params Contract preset (e.g. "holbaek-ips-contract"), a case preset, or a parameter range with the contract keys (outcomePrice, paymentStart, paymentYears, paymentCap, payerShare...).
 * @param [output] "table" (default), or one figure: "multiple", "irr", "investor" (present value), "payments", "kommune", "region", "stat", "total" (present value under the contract), "maxprice", "breakevenprice".
 * @param [overrides] Override pairs key, value, ...: a contract parameter key and its value. For a single figure, a row or column range as the value sweeps it.
 * @returns The table with a header row, or the figure; a sweep spills one per value.
 */
export function CONTRACT(params: any[][], output?: any, overrides?: any[][][]): any[][] {
  return excel(() => matrix(contractCell(params, output, overrides)));
}

/**
 * Investor IRR of an outcome contract (Excel IRR convention on the yearly flows -cost + payments); #N/A when no IRR exists.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#INVESTORIRR
 * @param params Contract preset (e.g. "holbaek-ips-contract") or a contract parameter range.
 * @param [overrides] Override pairs key, value, ...; a row or column range as the value sweeps it.
 * @returns IRR per year (0.0645 = 6.45 %).
 */
export function INVESTORIRR(params: any[][], overrides?: any[][][]): any[][] {
  return excel(() => matrix(investorIrrCell(params, overrides)));
}

/**
 * Maximum affordable outcome price: the price per net success-year at which the actor's present value under the contract is 0; #N/A when none exists.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#MAXPRICE
 * @param params Contract preset (e.g. "holbaek-ips-contract") or a contract parameter range.
 * @param [actor] kommune (default), region, stat or total.
 * @param [overrides] Override pairs key, value, ...; a row or column range as the value sweeps it.
 * @returns DKK per net success-year.
 */
export function MAXPRICE(params: any[][], actor?: any, overrides?: any[][][]): any[][] {
  return excel(() => matrix(maxPriceCell(params, actor, overrides)));
}

/**
 * Switching success rate: the successRate at which the actor's present value changes sign (with or without a contract); #N/A when it never does.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#SWITCHRATE
 * @param params A case or contract preset, or a parameter range; without outcomePrice the case itself is used.
 * @param [actor] kommune (default), region, stat, total or investor.
 * @param [overrides] Override pairs key, value, ...; a row or column range as the value sweeps it.
 * @returns Gross success rate (share).
 */
export function SWITCHRATE(params: any[][], actor?: any, overrides?: any[][][]): any[][] {
  return excel(() => matrix(switchRateCell(params, actor, overrides)));
}

/**
 * Monte Carlo of a case, contract or fund: spills mean, SD and percentiles of each present value with the probability of break-even, the break-even-year distribution, or one figure. Computed in chunks so Excel stays responsive; cancelable.
 * @customfunction
 * @cancelable
 * @helpurl https://localhost:3000/help.html#SIMULATE
 * @param params Preset name or parameter range (case, contract or fund).
 * @param [distributions] Range of rows key | distribution | a | b | c (fixed, uniform, triangular, pert, normal, beta); empty: the documented defaults.
 * @param [output] "table" (default), "breakeven" (P(break-even by year)), or one figure "kommune.p50", "investor.mean", "kommune.breakeven" ...
 * @param [draws] Number of draws, 1..1,000,000 (default 10,000).
 * @param [seed] Seed of the generator, 0..4294967295 (default 1).
 * @param [contract] For a fund: a reference contract (preset or range) whose payments repay it; each vintage then draws its own success rate. The fund adds fundValue and the outputs "pshortfall" (P(a shortfall within the horizon)) and "pcapital" (P(fundValue >= capitalIn)).
 * @returns Percentile table with a header row, or the figure.
 */
export async function SIMULATE(params: any[][], distributions?: any[][], output?: any, draws?: any, seed?: any, contract?: any[][], invocation?: CustomFunctions.CancelableInvocation): Promise<any[][]> {
  let cancelled = false;
  if (invocation) invocation.onCanceled = () => (cancelled = true);
  try {
    const req = simulationRequest(params, distributions, output, draws, seed, contract);
    const r = await runSimulationChunked(req, () => cancelled);
    return mapCells(simulationOutput(req, r), excelErrors);
  } catch (e) {
    throw toExcelError(e, excelErrors);
  }
}

/**
 * One-way sensitivity (tornado): each numeric parameter moved down and up by a fraction (default 10 %), sorted by the swing of the output.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#TORNADO
 * @param params Preset name or parameter range (case, contract or fund).
 * @param [output] kommune (default), region, stat, total; contract also investor, multiple, irr; fund totalInvested, employed, cumulativePeople, partnerships, outstanding.
 * @param [fraction] Share to move each parameter, above 0 and below 1 (default 0.1).
 * @returns Table: Parameter | Low | High | Output at low | Output at high | Swing.
 */
export function TORNADO(params: any[][], output?: any, fraction?: any): any[][] {
  return excel(() => matrix(tornadoCell(params, output, fraction)));
}

/**
 * Two-way grid: an output over every pair of values of two parameters (rows: keyX values, columns: keyY values).
 * @customfunction
 * @helpurl https://localhost:3000/help.html#GRID
 * @param params Preset name or parameter range (case, contract or fund).
 * @param output Output name as for DSI.TORNADO (e.g. "kommune", "irr").
 * @param keyX Parameter of the rows, e.g. "successRate".
 * @param valuesX Its values: a cell, row or column.
 * @param keyY Parameter of the columns, e.g. "outcomePrice".
 * @param valuesY Its values: a cell, row or column.
 * @returns Grid with a header row and column.
 */
export function GRID(params: any[][], output: any, keyX: any, valuesX: any[][], keyY: any, valuesY: any[][]): any[][] {
  return excel(() => matrix(gridCell(params, output, keyX, valuesX, keyY, valuesY)));
}

/**
 * Outcome-driven fund: the revolving fund whose repayments are a reference outcome contract's payments (each vintage gets back Pay_k / cost in its year k) instead of a fixed multiple: the yearly table or one figure.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#OUTCOMEFUND
 * @param fundParams Fund preset name (e.g. "dsi-fund-25m") or a fund parameter range, as for DSI.REINVEST; repaymentMultiple, repaymentYears and repaymentLag are not used.
 * @param contract Contract preset name (e.g. "holbaek-ips-contract") or a contract parameter range whose payments give the repayments.
 * @param [output] "table" (default), or one figure as for DSI.REINVEST: "totalInvested", "people", "employed", "partnerships", "outstanding", "keptCash", "irr", "fundValue", "capitalIn", "firstShortfallYear", "shortfall", "lost", "guaranteePaid", "uninvested".
 * @returns The table (Year, Invested, Repayments, People, Cumulative people, Uninvested, Lost, Guarantee paid, Shortfall) with a header row, or the figure.
 */
export function OUTCOMEFUND(fundParams: any[][], contract: any[][], output?: any): any[][] {
  return excel(() => matrix(outcomeFundCell(fundParams, contract, output)));
}
/**
 * Goal seek: the value of the input key at which output equals target, all other inputs as given (Excel's own Goal Seek does not evaluate custom functions). Searches the key's valid range, or min..max; where the output crosses the target several times, the crossing nearest min. #N/A when no value in the range gives the target.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#GOALSEEK
 * @param params Preset name or parameter range (case, contract or fund).
 * @param output Result path, as in the CLI's JSON and the export's Results sheet: "actors.kommune.presentValue", "actors.total.benefitCostRatio", "cumulativePeople.6" (year 6), "investor.irr".
 * @param target The value the output should take.
 * @param key The input to vary, e.g. "successRate" (one number, not a whole number or a list).
 * @param [min] Low end of the search (default: the key's lowest valid value).
 * @param [max] High end of the search (default: the key's highest valid value; without one, the search grows outward from the current value).
 * @param [overrides] Override pairs key, value, ... applied before the search.
 * @returns The value of key, in its unit.
 */
export function GOALSEEK(params: any[][], output: any, target: any, key: any, min?: any, max?: any, overrides?: any[][][]): number {
  return excel(() => goalSeekCell(params, output, target, key, min, max, overrides));
}
// ===================================== end of analytics functions ===============================
