/**
 * Budget lines in a parameter table (docs/budget-lines.md), one line a row:
 *   consequence | id | units | weeksAtStart
 *   price       | id | kommune | region | stat | priceYear | staircase | source | label
 *   priceIndex  | year | value
 *   priceYear   | year
 * DSI.PARAMS spills these rows after the parameters and parseParameterTable reads them back.
 */
import { defineMessages, invalid, showValueIn } from './messages';
import { isEmptyCell } from './table';
import type { ConsequenceInput, PriceInput } from './budgetLineInput';

export type LineRowKind = 'consequence' | 'price' | 'priceIndex' | 'priceYear';

const ROW_NAMES: Record<string, LineRowKind> = {
  consequence: 'consequence', konsekvens: 'consequence',
  price: 'price', pris: 'price',
  priceindex: 'priceIndex', prisindeks: 'priceIndex',
  priceyear: 'priceYear', prisår: 'priceYear',
};

/** The kind of budget-line row a first cell names, or undefined for an ordinary parameter row. */
export function lineRowKind(first: unknown): LineRowKind | undefined {
  return typeof first === 'string' ? ROW_NAMES[first.trim().toLowerCase()] : undefined;
}

const COLUMNS: Record<LineRowKind, readonly string[]> = {
  consequence: ['id', 'units', 'weeksAtStart'],
  price: ['id', 'kommune', 'region', 'stat', 'priceYear', 'staircase', 'source', 'label'],
  priceIndex: ['year', 'value'],
  priceYear: ['year'],
};
const REQUIRED: Record<LineRowKind, number> = { consequence: 2, price: 7, priceIndex: 2, priceYear: 0 };

const rowShape = (p: Record<string, any>) => `${p.kind} | ${p.cols.join(' | ')}`;

defineMessages({
  lineStaircase: {
    en: (p, l) => `Row ${p.row}: staircase must be TRUE or FALSE (got ${showValueIn(p.value, l)})`,
    da: (p, l) => `Række ${p.row}: staircase skal være SAND eller FALSK (fik ${showValueIn(p.value, l)})`,
  },
  lineTooMany: {
    en: (p) => `Row ${p.row} (${p.kind}) has ${p.count} values; a ${p.kind} row is ${rowShape(p)}`,
    da: (p) => `Række ${p.row} (${p.kind}) har ${p.count} værdier; en ${p.kind}-række er ${rowShape(p)}`,
  },
  lineMissing: {
    en: (p) => `Row ${p.row} (${p.kind}) has no ${p.column}; a ${p.kind} row is ${rowShape(p)}`,
    da: (p) => `Række ${p.row} (${p.kind}) mangler ${p.column}; en ${p.kind}-række er ${rowShape(p)}`,
  },
  lineTwice: { en: (p) => `${p.what} is given twice (row ${p.row})`, da: (p) => `${p.what} er angivet to gange (række ${p.row})` },
});

function staircaseCell(v: unknown, row: number): boolean {
  if (isEmptyCell(v) || v === false || v === 0) return false;
  if (v === true || v === 1) return true;
  const t = typeof v === 'string' ? v.trim().toLowerCase() : undefined;
  if (t === 'true' || t === 'yes' || t === 'ja' || t === 'sand') return true;
  if (t === 'false' || t === 'no' || t === 'nej' || t === 'falsk') return false;
  throw invalid('lineStaircase', { row, value: v }, 'prices', v);
}

function cellsOf(kind: LineRowKind, row: readonly unknown[], rowNumber: number): unknown[] {
  const cols = COLUMNS[kind];
  const cells = row.slice(1);
  let last = cells.length;
  while (last > 0 && isEmptyCell(cells[last - 1])) last--;
  if (last > cols.length) {
    throw invalid('lineTooMany', { row: rowNumber, kind, count: last, cols }, kind, cells);
  }
  for (let i = 0; i < REQUIRED[kind]; i++) {
    if (isEmptyCell(cells[i]) && !(kind === 'price' && cols[i] === 'staircase')) {
      throw invalid('lineMissing', { row: rowNumber, kind, column: cols[i], cols }, kind, cells);
    }
  }
  return cells;
}

/** Adds one budget-line row to the values read from a table so far. */
export function addLineRow(values: Record<string, unknown>, kind: LineRowKind, row: readonly unknown[], rowNumber: number): void {
  const c = cellsOf(kind, row, rowNumber);
  if (kind === 'priceYear') {
    if (values.priceYear !== undefined) throw invalid('lineTwice', { what: 'priceYear', row: rowNumber }, 'priceYear', c[0]);
    // An empty priceYear row (as DSI.PARAMS spills it for a case without one) means "not given".
    if (!isEmptyCell(c[0])) values.priceYear = c[0];
  } else if (kind === 'consequence') {
    const line: ConsequenceInput = { id: c[0] as string, units: c[1] as number };
    if (!isEmptyCell(c[2])) line.weeksAtStart = c[2] as number;
    values.consequences = [...((values.consequences as unknown[]) ?? []), line];
  } else if (kind === 'price') {
    const line: PriceInput = {
      id: c[0] as string, kommune: c[1] as number, region: c[2] as number, stat: c[3] as number,
      priceYear: c[4] as number, staircase: staircaseCell(c[5], rowNumber), source: c[6] as string,
    };
    if (!isEmptyCell(c[7])) line.label = c[7] as string;
    values.prices = [...((values.prices as unknown[]) ?? []), line];
  } else {
    const index = { ...((values.priceIndex as Record<string, unknown>) ?? {}) };
    const year = String(c[0]);
    if (year in index) throw invalid('lineTwice', { what: `priceIndex ${year}`, row: rowNumber }, 'priceIndex', c[0]);
    index[year] = c[1];
    values.priceIndex = index;
  }
}

/** The budget-line rows of a set of values, in the order parseParameterTable reads them. */
export function lineRows(values: Record<string, unknown>): unknown[][] {
  const rows: unknown[][] = [];
  if (values.priceYear !== undefined) rows.push(['priceYear', values.priceYear]);
  for (const c of (values.consequences as ConsequenceInput[] | undefined) ?? []) {
    rows.push(['consequence', c.id, c.units, ...(c.weeksAtStart !== undefined ? [c.weeksAtStart] : [])]);
  }
  for (const p of (values.prices as PriceInput[] | undefined) ?? []) {
    const label = p.label === undefined ? [] : [typeof p.label === 'string' ? p.label : p.label.en];
    rows.push(['price', p.id, p.kommune, p.region, p.stat, p.priceYear, p.staircase === true, p.source, ...label]);
  }
  for (const [year, v] of Object.entries((values.priceIndex as Record<string, number> | undefined) ?? {})) rows.push(['priceIndex', Number(year), v]);
  return rows;
}
