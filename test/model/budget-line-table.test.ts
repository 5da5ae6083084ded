/**
 * Budget lines as rows of a parameter table (src/model/budgetLineTable.ts): which rows are budget
 * lines, how each row's cells become a line, the staircase cell's spellings, and the row errors in
 * English and Danish. Expected values are written out here from the row shapes in
 * docs/budget-lines.md.
 */
import { parseParameterTable, caseModel, fundModel, lineRowKind, lineRows } from '../../src/model';
import { refusalOf } from './helpers';

const PRICE_ROW = ['price', 'visit', 100, 0, 0, 2024];
const table = (...rows: unknown[][]): Record<string, unknown> => parseParameterTable(caseModel, rows).values ?? {};
const refusal = (...rows: unknown[][]) => refusalOf(() => parseParameterTable(caseModel, rows));

describe('which rows are budget lines', () => {
  test.each([
    ['consequence', 'consequence'], ['Konsekvens', 'consequence'], [' price ', 'price'], ['PRIS', 'price'],
    ['priceIndex', 'priceIndex'], ['prisindeks', 'priceIndex'], ['priceyear', 'priceYear'], ['Prisår', 'priceYear'],
  ])('%p names a %s row', (first, kind) => {
    expect(lineRowKind(first)).toBe(kind);
  });

  test.each([['participants'], ['prices'], [''], [5], [null]])('%p is not a budget-line row', (first) => {
    expect(lineRowKind(first)).toBeUndefined();
  });

  test('a model without budget lines reads such a row as an unknown parameter', () => {
    expect(() => parseParameterTable(fundModel, [['consequence', 'x', 1]])).toThrow(/Unknown parameter 'consequence'/);
  });
});

describe('rows to lines', () => {
  test('a consequence row with and without weeksAtStart, in the order given', () => {
    expect(table(['consequence', 'a', 2], ['consequence', 'b', 44, 8], ['consequence', 'c', -1, '  '])).toEqual({
      consequences: [{ id: 'a', units: 2 }, { id: 'b', units: 44, weeksAtStart: 8 }, { id: 'c', units: -1 }],
    });
  });

  test('a price row with its label; trailing empty cells are not values', () => {
    expect(table([...PRICE_ROW, true, 'Statistics Denmark', 'Weekly benefit', '', null])).toEqual({
      prices: [{ id: 'visit', kommune: 100, region: 0, stat: 0, priceYear: 2024, staircase: true, source: 'Statistics Denmark', label: 'Weekly benefit' }],
    });
    expect(table([...PRICE_ROW, false, 'assumption'], ['price', 'b', 1, 2, 3, 2020, '', 'assumption'])).toEqual({
      prices: [
        { id: 'visit', kommune: 100, region: 0, stat: 0, priceYear: 2024, staircase: false, source: 'assumption' },
        { id: 'b', kommune: 1, region: 2, stat: 3, priceYear: 2020, staircase: false, source: 'assumption' },
      ],
    });
  });

  test('priceIndex rows collect into one map; a priceYear row gives the case price year; an empty one gives none', () => {
    expect(table(['priceIndex', 2020, 100], ['prisindeks', 2023, 125], ['priceYear', 2023])).toEqual({ priceIndex: { 2020: 100, 2023: 125 }, priceYear: 2023 });
    expect(table(['priceYear', ''])).toEqual({});
    expect(table(['priceYear'])).toEqual({});
  });

  test('lineRows writes the rows back in the order the table reads them', () => {
    const values = {
      priceYear: 2023,
      consequences: [{ id: 'a', units: 2 }, { id: 'b', units: 44, weeksAtStart: 8 }],
      prices: [
        { id: 'a', kommune: 1, region: 2, stat: 3, priceYear: 2020, source: 's', label: { en: 'A', da: 'Å' } },
        { id: 'b', kommune: 9, region: 0, stat: 0, priceYear: 2021, staircase: true, source: 't', label: 'B' },
        { id: 'c', kommune: 5, region: 0, stat: 0, priceYear: 2022, source: 'u' },
      ],
      priceIndex: { 2020: 100, 2023: 125 },
    };
    expect(lineRows(values)).toEqual([
      ['priceYear', 2023],
      ['consequence', 'a', 2], ['consequence', 'b', 44, 8],
      ['price', 'a', 1, 2, 3, 2020, false, 's', 'A'], ['price', 'b', 9, 0, 0, 2021, true, 't', 'B'], ['price', 'c', 5, 0, 0, 2022, false, 'u'],
      ['priceIndex', 2020, 100], ['priceIndex', 2023, 125],
    ]);
    expect(lineRows({})).toEqual([]);
  });
});

describe('the staircase cell', () => {
  const staircaseOf = (cell: unknown) => (table([...PRICE_ROW, cell, 'assumption']).prices as { staircase: boolean }[])[0].staircase;

  test.each([[true], [1], ['TRUE'], [' yes '], ['Ja'], ['sand'], ['SAND']])('%p is a staircase line', (cell) => {
    expect(staircaseOf(cell)).toBe(true);
  });

  test.each([[false], [0], [''], [null], ['false'], ['No'], ['nej'], ['FALSK']])('%p is not a staircase line', (cell) => {
    expect(staircaseOf(cell)).toBe(false);
  });

  test.each([['maybe', "'maybe'", "'maybe'"], [2, '2', '2'], [0.5, '0.5', '0,5']])('%p is refused, naming the row', (cell, en, da) => {
    expect(refusal(['participants', 10], [...PRICE_ROW, cell, 'assumption'])).toEqual({
      en: `Row 2: staircase must be TRUE or FALSE (got ${en})`,
      da: `Række 2: staircase skal være SAND eller FALSK (fik ${da})`,
    });
  });
});

describe('row errors', () => {
  test('too many values for the row kind', () => {
    expect(refusal(['consequence', 'a', 1, 2, 3])).toEqual({
      en: 'Row 1 (consequence) has 4 values; a consequence row is consequence | id | units | weeksAtStart',
      da: 'Række 1 (consequence) har 4 værdier; en consequence-række er consequence | id | units | weeksAtStart',
    });
    expect(refusal(['priceIndex', 2020, 100, 5, '']).en).toBe('Row 1 (priceIndex) has 3 values; a priceIndex row is priceIndex | year | value');
    expect(refusal(['priceYear', 2020, 2021]).en).toBe('Row 1 (priceYear) has 2 values; a priceYear row is priceYear | year');
    expect(refusal([...PRICE_ROW, false, 's', 'label', 'extra']).en).toBe(
      'Row 1 (price) has 9 values; a price row is price | id | kommune | region | stat | priceYear | staircase | source | label',
    );
  });

  test.each([
    [['consequence', 'a'], 'consequence', 'units'],
    [['consequence', '', 3], 'consequence', 'id'],
    [['priceIndex', 2020], 'priceIndex', 'value'],
    [['price', 'a', 1, 0, '', 2024, false, 's'], 'price', 'stat'],
    [['price', 'a', 1, 0, 0, 2024, true], 'price', 'source'],
  ])('a required cell that is empty (%p) is named', (row, kind, column) => {
    const e = refusal(row);
    expect(e.en).toMatch(new RegExp(`^Row 1 \\(${kind}\\) has no ${column}; a ${kind} row is ${kind} \\| `));
    expect(e.da).toMatch(new RegExp(`^Række 1 \\(${kind}\\) mangler ${column}; en ${kind}-række er ${kind} \\| `));
  });

  test('the staircase cell may be empty; the label may be left out', () => {
    expect(table(['price', 'a', 1, 0, 0, 2024, '', 's']).prices).toHaveLength(1);
  });

  test('priceYear twice, and one index year twice, are refused with the later row', () => {
    expect(refusal(['priceYear', 2020], ['participants', 5], ['priceYear', 2021])).toEqual({
      en: 'priceYear is given twice (row 3)',
      da: 'priceYear er angivet to gange (række 3)',
    });
    expect(refusal(['priceIndex', 2020, 100], ['priceIndex', 2021, 101], ['priceIndex', 2020, 102])).toEqual({
      en: 'priceIndex 2020 is given twice (row 3)',
      da: 'priceIndex 2020 er angivet to gange (række 3)',
    });
  });
});
