/*
 * The budget-line custom functions (docs/budget-lines.md): DSI.PRICES, DSI.UNITGAINS, DSI.REFUSION.
 * A second input of custom-functions-metadata (webpack.config.js), so functions.ts stays within
 * its size; the same thin-adapter rules apply: coerce, call the model, map errors.
 */
import './runtimeGuard';
import { caseModel, CaseParams, CaseResult, priceList } from '../model';
import { actorArg, isOmitted, scalarArg, textArg } from './coerce';
import { table, mapCells, resolveBase, evaluate } from './adapters';
import { excel, excelErrors, excelLanguage } from './excelErrors';
import { pricesTable, listArg, unitGainsTable, refusionShare } from './budgetTables';

/**
 * Spills the price list of budget lines with the source, price year and verification of every line, or (list "index") the price index with its source. Given a case, its own price lines are included.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#PRICES
 * @param [list] "lines" (default) or "index".
 * @param [params] Preset name or parameter range of a case: its price rows replace or add to the default lines by id.
 * @returns Table: id | label | unit | kommune | region | stat | priceYear | staircase | status | source | note (DKK per unit), or year | value | status | source.
 */
export function PRICES(list?: any, params?: any[][]): any[][] {
  return excel(() => {
    const which = listArg(textArg(list, 'list'));
    if (isOmitted(params)) return mapCells(pricesTable(which, excelLanguage()), excelErrors);
    const { params: p } = evaluate<CaseParams, CaseResult>(caseModel, resolveBase(caseModel, params), {});
    return mapCells(pricesTable(which, excelLanguage(), priceList(p.prices)), excelErrors);
  });
}

/**
 * Spills the unit gains per year, g_{a,t}: DKK per net success per year at full effect, from the case's consequences (or its three fixed gains).
 * @customfunction
 * @helpurl https://localhost:3000/help.html#UNITGAINS
 * @param params Preset name (e.g. "holbaek-ips-lines") or a parameter range: rows key | value ..., consequence | id | units | weeksAtStart, price | ...
 * @param [actor] kommune, region, stat or total (the sum); omitted: all three actors.
 * @returns Table: Year | kommune | region | stat, or Year | the actor.
 */
export function UNITGAINS(params: any[][], actor?: any): any[][] {
  return excel(() => {
    const a = textArg(actor, 'actor') === undefined ? undefined : actorArg(actor, 'total');
    return mapCells(table(caseModel, params, null, 'UNITGAINS', ({ result }) => unitGainsTable(result, a, excelLanguage())), excelErrors);
  });
}

/**
 * The state's mean reimbursement share on the refusion staircase over weeks weekFrom..weekTo of a spell: 80 % in weeks 1-4, 40 % in 5-26, 30 % in 27-52, 20 % from week 53. A fractional weekTo counts its last week by its fraction.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#REFUSION
 * @param weekFrom First week of the spell counted (a whole number, 1 or more).
 * @param weekTo Last week counted (weeks; may end in a fraction of a week).
 * @returns The state's mean share (0.2 to 0.8); the municipality bears the rest.
 */
export function REFUSION(weekFrom: any, weekTo: any): number {
  return excel(() => refusionShare(scalarArg(weekFrom, 'weekFrom'), scalarArg(weekTo, 'weekTo')));
}
