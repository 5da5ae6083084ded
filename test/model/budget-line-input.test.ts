/**
 * The field rules of the budget-line inputs (src/model/budgetLineInput.ts), called directly: which
 * value each rule refuses and accepts at its boundary, and the message it gives, in English and
 * Danish. The expected sentences are written out here from the rules in docs/budget-lines.md, not
 * read back from the model's templates.
 */
import {
  consequencesViolation,
  pricesViolation,
  priceYearViolation,
  priceIndexViolation,
  lineViolationParts,
  render,
  MessageParts,
} from '../../src/model';

const PRICE = { id: 'p', kommune: 100, region: 0, stat: 0, priceYear: 2024, source: 'assumption' };
const price = (extra: Record<string, unknown>) => ({ ...PRICE, ...extra });
const CONS = { id: 'c', units: 1 };

/** The English and Danish message of a refusal; fails the test if the value was accepted. */
function says(parts: MessageParts | undefined): { en: string; da: string } {
  if (parts === undefined) throw new Error('expected the value to be refused, but it was accepted');
  return { en: render(parts, 'en'), da: render(parts, 'da') };
}

describe('consequences', () => {
  test('must be a non-empty list', () => {
    expect(says(consequencesViolation({ id: 'c' })).en).toBe(`consequences must be a list of {id, units, weeksAtStart} (got {"id":"c"})`);
    expect(says(consequencesViolation('x')).da).toBe(`consequences skal være en liste af {id, units, weeksAtStart} (fik 'x')`);
    expect(says(consequencesViolation([]))).toEqual({
      en: 'consequences must have at least one line (or give gainKommune, gainRegion and gainStat instead)',
      da: 'consequences skal have mindst én linje (eller giv gainKommune, gainRegion og gainStat i stedet)',
    });
  });

  test.each([
    [5, '5', '5'],
    [null, 'nothing', 'intet'],
    [[1], '[1]', '[1]'],
  ])('a line that is not an object (%p) is named by its place', (line, en, da) => {
    expect(says(consequencesViolation([CONS, line]))).toEqual({
      en: `consequence 2 must be an object {id, units, weeksAtStart} (got ${en})`,
      da: `konsekvens 2 skal være et objekt {id, units, weeksAtStart} (fik ${da})`,
    });
  });

  test.each([
    [{ units: 1 }, 'nothing', 'intet'],
    [{ id: '  ', units: 1 }, "'  '", "'  '"],
    [{ id: 7, units: 1 }, '7', '7'],
  ])('a line without a text id (%p) is refused', (line, en, da) => {
    expect(says(consequencesViolation([line]))).toEqual({
      en: `consequence 1 needs an id (text, e.g. 'sygedagpenge-uge'; got ${en})`,
      da: `konsekvens 1 skal have et id (tekst, fx 'sygedagpenge-uge'; fik ${da})`,
    });
  });

  test('an unknown field is named with the closest known one, before the id is checked', () => {
    expect(says(consequencesViolation([CONS, { id: 'd', unit: 1 }]))).toEqual({
      en: "consequence 2 has an unknown field 'unit' - did you mean 'units'? (fields: id, units, weeksAtStart)",
      da: "konsekvens 2 har et ukendt felt 'unit' - mente du 'units'? (felter: id, units, weeksAtStart)",
    });
    const far = says(consequencesViolation([{ zzzzzzzz: 1 }])).en;
    expect(far).toBe("consequence 1 has an unknown field 'zzzzzzzz' (fields: id, units, weeksAtStart)");
  });

  test('the same id twice is refused', () => {
    expect(says(consequencesViolation([CONS, { id: 'd', units: 2 }, { id: 'c', units: 3 }]))).toEqual({
      en: "consequence 'c' is given twice; give each price line once, with its total units",
      da: "konsekvens 'c' er angivet to gange; angiv hver prislinje én gang med dens samlede enheder",
    });
  });

  test.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['3', "'3'"],
    [undefined, 'nothing'],
  ])('units must be a finite number (%p is refused)', (units, shown) => {
    expect(says(consequencesViolation([{ id: 'c', units }])).en).toBe(
      `consequence 'c': units must be a finite number (units of the line per net success per year; got ${shown})`,
    );
  });

  test('units of either sign and 0 are accepted; weeksAtStart 0 or a whole number is accepted', () => {
    expect(consequencesViolation([{ id: 'a', units: -2.5 }, { id: 'b', units: 0 }, { id: 'c', units: 3, weeksAtStart: 0 }, { id: 'd', units: 1, weeksAtStart: 52 }])).toBeUndefined();
  });

  test.each([
    [2.5, '2.5', '2,5'],
    [-1, '-1', '-1'],
    ['4', "'4'", "'4'"],
    [null, 'nothing', 'intet'],
  ])('weeksAtStart %p is refused', (weeks, en, da) => {
    expect(says(consequencesViolation([{ id: 'c', units: 1, weeksAtStart: weeks }]))).toEqual({
      en: `consequence 'c': weeksAtStart must be a whole number of weeks, 0 or more (got ${en})`,
      da: `konsekvens 'c': weeksAtStart skal være et helt antal uger, 0 eller flere (fik ${da})`,
    });
  });

  test('the first broken line is the one reported', () => {
    expect(says(consequencesViolation([CONS, { id: 'd', units: 'x' }, { id: 'e', units: 'y' }])).en).toContain("consequence 'd'");
  });
});

describe('price lines', () => {
  test('must be a list; an empty list is accepted (the built-in list then applies alone)', () => {
    expect(says(pricesViolation({ id: 'p' }))).toEqual({
      en: 'prices must be a list of price lines {id, kommune, region, stat, priceYear, source} (got {"id":"p"})',
      da: 'prices skal være en liste af prislinjer {id, kommune, region, stat, priceYear, source} (fik {"id":"p"})',
    });
    expect(pricesViolation([])).toBeUndefined();
  });

  test('a complete line with every optional field is accepted', () => {
    expect(pricesViolation([price({ staircase: false, region: 5, label: 'Weeks', unit: { en: 'week', da: 'uge' }, status: 'verified', note: 'checked' }),
      price({ id: 'q', status: 'unverified', staircase: true })])).toBeUndefined();
  });

  test('a line that is not an object is named by its place', () => {
    expect(says(pricesViolation([PRICE, 'x']))).toEqual({
      en: "price line 2 must be an object {id, kommune, region, stat, priceYear, source} (got 'x')",
      da: "prislinje 2 skal være et objekt {id, kommune, region, stat, priceYear, source} (fik 'x')",
    });
  });

  test('a line without an id, and a line with an unknown field and a valid id', () => {
    const { id: _id, ...noId } = PRICE;
    expect(says(pricesViolation([noId]))).toEqual({
      en: "price line 1 needs an id (text, e.g. 'sygedagpenge-uge'; got nothing)",
      da: "prislinje 1 skal have et id (tekst, fx 'sygedagpenge-uge'; fik intet)",
    });
    const fields = 'id, label, unit, kommune, region, stat, priceYear, staircase, source, status, note';
    expect(says(pricesViolation([PRICE, price({ id: 'q', sources: 'x' })]))).toEqual({
      en: `price line 2 has an unknown field 'sources' - did you mean 'source'? (fields: ${fields})`,
      da: `prislinje 2 har et ukendt felt 'sources' - mente du 'source'? (felter: ${fields})`,
    });
  });

  test.each(['kommune', 'region', 'stat'])('%s must be a finite number', (actor) => {
    expect(says(pricesViolation([price({ [actor]: Number.NaN })]))).toEqual({
      en: `price line 'p': ${actor} must be a finite number (DKK per unit; a saving or extra revenue is positive; got NaN)`,
      da: `prislinje 'p': ${actor} skal være et endeligt tal (kr. pr. enhed; en besparelse eller merindtægt er positiv; fik NaN)`,
    });
    expect(says(pricesViolation([price({ [actor]: '5' })])).en).toContain(`${actor} must be a finite number`);
    expect(pricesViolation([price({ [actor]: -250.5 })])).toBeUndefined();
  });

  test('priceYear runs from 1900 to 2200 in whole years', () => {
    expect(pricesViolation([price({ priceYear: 1900 }), price({ id: 'q', priceYear: 2200 })])).toBeUndefined();
    for (const [year, en, da] of [[1899, '1899', '1899'], [2201, '2201', '2201'], [2024.5, '2024.5', '2024,5'], ['2024', "'2024'", "'2024'"]] as const) {
      expect(says(pricesViolation([price({ priceYear: year })]))).toEqual({
        en: `price line 'p': priceYear must be a whole number from 1900 to 2200 (got ${en})`,
        da: `prislinje 'p': priceYear skal være et helt tal fra 1900 til 2200 (fik ${da})`,
      });
    }
  });

  test.each([['', 'nothing'], ['   ', "'   '"], [undefined, 'nothing'], [4, '4']])('source %p is refused', (source, shown) => {
    expect(says(pricesViolation([price({ source })])).en).toBe(
      `price line 'p': source must say where the price comes from (publication and table, or "assumption"; got ${shown})`,
    );
  });

  test('staircase must be a boolean, and a staircase line holds the gross price under kommune only', () => {
    expect(says(pricesViolation([price({ staircase: 'yes' })]))).toEqual({
      en: "price line 'p': staircase must be true or false (got 'yes')",
      da: "prislinje 'p': staircase skal være sand eller falsk (fik 'yes')",
    });
    expect(says(pricesViolation([price({ staircase: true, stat: 10 })]))).toEqual({
      en: "price line 'p' is a staircase line, so its region and stat prices must be 0 (got region 0, stat 10): kommune holds the gross weekly payment and the staircase splits it between municipality and state",
      da: "prislinje 'p' er en trappelinje, så dens region- og statspriser skal være 0 (fik region 0; stat 10): kommune rummer den brutto ugentlige ydelse, og trappen fordeler den mellem kommune og stat",
    });
    expect(says(pricesViolation([price({ staircase: true, region: 1 })])).en).toContain('(got region 1, stat 0)');
    expect(pricesViolation([price({ staircase: false, region: 1, stat: 2 })])).toBeUndefined();
  });

  test.each(['label', 'unit'])('%s is text or {en, da} text', (field) => {
    expect(pricesViolation([price({ [field]: 'x' })])).toBeUndefined();
    expect(pricesViolation([price({ [field]: { en: 'x', da: 'y' } })])).toBeUndefined();
    expect(says(pricesViolation([price({ [field]: 5 })]))).toEqual({
      en: `price line 'p': ${field} must be text (got 5)`,
      da: `prislinje 'p': ${field} skal være tekst (fik 5)`,
    });
    expect(says(pricesViolation([price({ [field]: { en: 'x' } })])).en).toBe(`price line 'p': ${field} must be text (got {"en":"x"})`);
    expect(says(pricesViolation([price({ [field]: { da: 'y' } })])).en).toBe(`price line 'p': ${field} must be text (got {"da":"y"})`);
    expect(says(pricesViolation([price({ [field]: null })])).en).toBe(`price line 'p': ${field} must be text (got nothing)`);
  });

  test('status is "verified" or "unverified"; note is text', () => {
    expect(says(pricesViolation([price({ status: 'checked' })]))).toEqual({
      en: `price line 'p': status must be "verified" or "unverified" (got 'checked')`,
      da: `prislinje 'p': status skal være "verified" eller "unverified" (fik 'checked')`,
    });
    expect(says(pricesViolation([price({ note: 5 })]))).toEqual({
      en: "price line 'p': note must be text (got 5)",
      da: "prislinje 'p': note skal være tekst (fik 5)",
    });
  });

  test('the same id twice is refused, also when the second line is otherwise valid', () => {
    expect(says(pricesViolation([PRICE, price({ id: 'q' }), price({ kommune: 7 })]))).toEqual({
      en: "price line 'p' is given twice",
      da: "prislinje 'p' er angivet to gange",
    });
  });
});

describe('the case price year and the price index', () => {
  test('priceYear from 1900 to 2200 in whole years', () => {
    expect(priceYearViolation(1900)).toBeUndefined();
    expect(priceYearViolation(2200)).toBeUndefined();
    for (const [year, en, da] of [[1899, '1899', '1899'], [2201, '2201', '2201'], [2024.5, '2024.5', '2024,5'], ['2024', "'2024'", "'2024'"]] as const) {
      expect(says(priceYearViolation(year))).toEqual({
        en: `priceYear must be a whole number from 1900 to 2200: the price level of the case, to which every consequence's price is uprated (got ${en})`,
        da: `priceYear skal være et helt tal fra 1900 til 2200: casens prisniveau, som hver konsekvens' pris fremskrives til (fik ${da})`,
      });
    }
  });

  test.each([[null, 'nothing', 'intet'], [[100], '[100]', '[100]'], [5, '5', '5']])('a price index that is not a map (%p) is refused', (index, en, da) => {
    expect(says(priceIndexViolation(index))).toEqual({
      en: `priceIndex must map years to index values, e.g. {"2023": 117.2, "2024": 119.0} (got ${en})`,
      da: `priceIndex skal knytte år til indeksværdier, fx {"2023": 117.2, "2024": 119.0} (fik ${da})`,
    });
  });

  test('keys are four-digit years from 1900 to 2200', () => {
    expect(priceIndexViolation({ 1900: 50, 2200: 300, 2024: 119 })).toBeUndefined();
    expect(priceIndexViolation({})).toBeUndefined();
    // ' 2020' and '2020 ' read as 2020 with Number(): the four digits must be the whole key.
    for (const year of ['x2020', '2020x', '20200', '1899', '2201', '999', ' 2020', '2020 ', '2020.0']) {
      expect(says(priceIndexViolation({ 2024: 100, [year]: 100 }))).toEqual({
        en: `priceIndex: '${year}' is not a year from 1900 to 2200`,
        da: `priceIndex: '${year}' er ikke et år fra 1900 til 2200`,
      });
    }
  });

  test.each([[0, '0', '0'], [-1, '-1', '-1'], ['x', "'x'", "'x'"], [Number.POSITIVE_INFINITY, 'Infinity', 'Infinity'], [0.5, null, null]])(
    'the index value %p', (value, en, da) => {
      const parts = priceIndexViolation({ 2023: 117.2, 2024: value });
      if (en === null) {
        expect(parts).toBeUndefined();
        return;
      }
      expect(says(parts)).toEqual({
        en: `priceIndex: the value for 2024 must be a number greater than 0 (got ${en})`,
        da: `priceIndex: værdien for 2024 skal være et tal større end 0 (fik ${da})`,
      });
    },
  );
});

describe('lineViolationParts: the rules by field key', () => {
  test('each budget-line key runs its own rule; other keys have none here', () => {
    expect(lineViolationParts('consequences', [])?.code).toBe('consequencesEmpty');
    expect(lineViolationParts('prices', 5)?.code).toBe('pricesNotList');
    expect(lineViolationParts('priceYear', 1800)?.code).toBe('casePriceYear');
    expect(lineViolationParts('priceIndex', [])?.code).toBe('priceIndexNotMap');
    expect(lineViolationParts('consequences', [CONS])).toBeUndefined();
    expect(lineViolationParts('participants', 'anything')).toBeUndefined();
    expect(lineViolationParts('toString', 'anything')).toBeUndefined();
  });
});
