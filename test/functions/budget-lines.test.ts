/**
 * MODEL.md section 8 through the built bundle, called the way Excel calls it: a parameter range with
 * consequence and price rows, DSI.UNITGAINS, DSI.REFUSION, DSI.PRICES and the Danish names.
 */
import { loadAddIn, AddIn, single, errorOf, matrixOf } from './harness';

let A: AddIn;
beforeAll(() => {
  A = loadAddIn();
});

/** The hand check as a parameter range: S = 10 at full effect, one staircase line at 4,000 a week. */
const HAND_RANGE = [
  ['Parameter', 'Value', '', '', '', '', '', ''],
  ['participants', 10, '', '', '', '', '', ''],
  ['costTotal', 0, '', '', '', '', '', ''],
  ['successRate', 1, '', '', '', '', '', ''],
  ['horizon', 2, '', '', '', '', '', ''],
  ['price', 'hand-check', 4000, 0, 0, 2024, true, 'MODEL.md section 8 hand check'],
  ['consequence', 'hand-check', 10, 0, '', '', '', ''],
];

describe('DSI.UNITGAINS', () => {
  test('the hand check: 2024 kommune 17,600 stat 22,400; 2025 kommune 32,000 stat 8,000', () => {
    const m = matrixOf(A.xl('UNITGAINS', [HAND_RANGE]));
    expect(m[0]).toEqual(['Year', 'kommune', 'region', 'stat']);
    expect(m[1][0]).toBe(2024);
    expect(Math.abs((m[1][1] as number) - 17_600)).toBeLessThan(1e-9);
    expect(Math.abs((m[1][3] as number) - 22_400)).toBeLessThan(1e-9);
    expect(Math.abs((m[2][1] as number) - 32_000)).toBeLessThan(1e-9);
    expect(Math.abs((m[2][3] as number) - 8_000)).toBeLessThan(1e-9);
  });

  test('one actor, or the total', () => {
    const m = matrixOf(A.xl('UNITGAINS', [HAND_RANGE, 'staten']));
    expect(m).toEqual([['Year', 'stat'], [2024, expect.closeTo(22_400, 9)], [2025, expect.closeTo(8_000, 9)]]);
    const t = matrixOf(A.xl('UNITGAINS', [HAND_RANGE, 'total']));
    expect(t[1][1]).toBeCloseTo(40_000, 9);
  });

  test('the other functions see the same gains: NETVALUE of the state through year 2 = 10 x (22,400 + 8,000)', () => {
    expect(single(A.xl('NETVALUE', [HAND_RANGE, 'stat', 2]))).toBeCloseTo(304_000, 6);
  });

  test('DSI.PARAMS("holbaek-ips-lines") spills consequence rows that read back to the preset', () => {
    const spill = matrixOf(A.xl('PARAMS', ['holbaek-ips-lines']));
    expect(spill.filter((r) => r[0] === 'consequence').map((r) => r[1])).toEqual(['sygedagpenge-uge', 'skat-sygedagpenge-uge', 'skat-fuldtid-aar', 'laegebesoeg']);
    expect(matrixOf(A.xl('UNITGAINS', [spill]))).toEqual(matrixOf(A.xl('UNITGAINS', ['holbaek-ips-lines'])));
  });

  test('a consequence not in the price list is #VALUE! naming the closest id', () => {
    const bad = HAND_RANGE.map((r) => (r[0] === 'consequence' ? ['consequence', 'hand-chek', 10, '', '', '', '', ''] : r));
    const e = errorOf(A.xl('UNITGAINS', [bad]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/consequence 'hand-chek' is not in the price list - did you mean 'hand-check'\?/);
  });
});

describe('DSI.REFUSION', () => {
  test.each([
    [1, 10, 0.56],
    [4, 4, 0.8],
    [5, 5, 0.4],
    [26, 27, 0.35],
    [52, 53, 0.25],
    [53, 62, 0.2],
    [1, 4.5, (4 * 0.8 + 0.5 * 0.4) / 4.5],
  ])('weeks %s to %s: %s', (from, to, share) => {
    expect(single(A.xl('REFUSION', [from, to]))).toBeCloseTo(share, 12);
  });

  test.each([
    [0, 10, /weekFrom must be a whole number of at least 1/],
    [2.5, 10, /weekFrom must be a whole number of at least 1/],
    [10, 9, /weekTo must be after the start of week 10/],
    ['x', 9, /weekFrom must be a week number/],
  ])('REFUSION(%s, %s) is #VALUE!', (from, to, message) => {
    const e = errorOf(A.xl('REFUSION', [from, to]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(message);
  });
});

describe('DSI.PRICES', () => {
  test('every line has a source, a price year and verified or unverified', () => {
    const m = matrixOf(A.xl('PRICES', []));
    const h = m[0];
    for (const row of m.slice(1)) {
      expect(String(row[h.indexOf('source')]).length).toBeGreaterThan(20);
      expect(row[h.indexOf('priceYear')]).toBe(2024);
      expect(['verified', 'unverified']).toContain(row[h.indexOf('status')]);
    }
  });

  test("with a case: the case's own price line is in the list", () => {
    const m = matrixOf(A.xl('PRICES', ['lines', HAND_RANGE]));
    expect(m.map((r) => r[0])).toContain('hand-check');
  });

  test('the index with its source', () => {
    const m = matrixOf(A.xl('PRICES', ['index']));
    expect(m[0]).toEqual(['year', 'value', 'status', 'source']);
    expect(m.find((r) => r[0] === 2015)![1]).toBe(100);
    expect(String(m[1][3])).toMatch(/Danmarks Statistik/);
  });
});

test('Danish names', () => {
  const da = new Map(A.da.functions.map((f) => [f.id, f.name]));
  expect([da.get('PRICES'), da.get('UNITGAINS'), da.get('REFUSION')]).toEqual(['PRISLISTE', 'ENHEDSGEVINSTER', 'REFUSIONSANDEL']);
});
